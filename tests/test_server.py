"""`kg serve` runs the Oxigraph SPARQL server on the build; `kg push` loads a Graph Store endpoint."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from conftest import ROOT
from kg.cli import app
from kg.server import oxigraph_binary, start
from kg.store import query

runner = CliRunner()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sparql_json(port: int, sparql: str) -> dict:
    r = httpx.post(f"http://127.0.0.1:{port}/query", data={"query": sparql},
                   headers={"Accept": "application/sparql-results+json"}, trust_env=False, timeout=10)
    r.raise_for_status()
    return r.json()


def test_served_store_answers_competency_questions_over_http(seed_build: Path):
    port = free_port()
    server = start(seed_build, port=port)
    try:
        for name in ("02-event-hosted-by.rq", "06-person-posts.rq", "12-entities-by-type.rq"):
            text = (ROOT / "ontology" / "queries" / name).read_text(encoding="utf-8")
            got = sparql_json(port, text)
            rows = [[b[v]["value"] if v in b else None for v in got["head"]["vars"]] for b in got["results"]["bindings"]]
            want = [[None if t is None else str(t) for t in row] for row in query(text, seed_build).rows]
            assert rows == want, name
        refused = httpx.post(f"http://127.0.0.1:{port}/update", data={"update": "CLEAR ALL"}, trust_env=False)
        assert refused.status_code >= 400  # read-only by default
        assert len(query("SELECT ?x WHERE { ?x a gk:Person }", seed_build)) == 3
    finally:
        server.terminate()
        server.wait(10)


def test_served_listings_page_with_sparqls_own_limit_and_offset(seed_build: Path):
    """kg serve has no paging of its own: a client pages with LIMIT and OFFSET in the query, and
    gets the rows kg.query(..., limit=, offset=) gives."""
    port = free_port()
    server = start(seed_build, port=port)
    try:
        text = (ROOT / "ontology" / "queries" / "06-person-posts.rq").read_text(encoding="utf-8")
        got = sparql_json(port, text + "LIMIT 2 OFFSET 1\n")
        rows = [[b[v]["value"] for v in got["head"]["vars"]] for b in got["results"]["bindings"]]
        want = [[str(t) for t in row] for row in query(text, seed_build, limit=2, offset=1).rows]
        assert len(rows) == 2 and rows == want
        assert want == [[str(t) for t in row] for row in query(text, seed_build).rows[1:3]]
    finally:
        server.terminate()
        server.wait(10)


def test_server_binds_to_loopback_by_default(seed_build: Path):
    from kg.server import command

    cmd = command(seed_build)
    assert cmd[cmd.index("--bind") + 1] == "127.0.0.1:7878" and "serve-read-only" in cmd


def test_push_replaces_each_article_graph(seed_build: Path, tmp_path: Path):
    port = free_port()
    target = tmp_path / "remote"
    server = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(target), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                httpx.get(f"http://127.0.0.1:{port}/query", params={"query": "ASK {}"}, trust_env=False, timeout=1)
                break
            except httpx.HTTPError:
                import time
                time.sleep(0.05)
        endpoint = f"http://127.0.0.1:{port}/store"
        for _ in range(2):  # the second push replaces, it does not add
            result = runner.invoke(app, ["push", "--endpoint", endpoint, "--build", str(seed_build)])
            assert result.exit_code == 0, result.output
            assert "pushed 1 graph(s), 769 triples" in result.output
        counts = sparql_json(port, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        assert [(b["g"]["value"], b["n"]["value"]) for b in counts["results"]["bindings"]] == [
            ("https://w3id.org/garment-kg/graph/000_79e68d3d9a482b0e", "769")]
    finally:
        server.terminate()
        server.wait(10)


def test_push_to_nowhere_is_a_one_line_error(seed_build: Path):
    result = runner.invoke(app, ["push", "--endpoint", f"http://127.0.0.1:{free_port()}/store", "--build", str(seed_build)])
    assert result.exit_code == 1 and "cannot reach" in result.output and "Traceback" not in result.output
