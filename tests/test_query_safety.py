"""Queries cannot crash, hang, reach the network or write: limits before the parser, rdflib's algebra
for SERVICE and updates, a sandboxed child process for the evaluation; printed and XML output is safe."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
import xml.dom.minidom
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from kg.build import build
from kg.cli import app
from kg.errors import QueryError
from kg.store import query

runner = CliRunner()

ATTACKS = {
    "3,000 nested braces": "SELECT * WHERE " + "{" * 3000 + "}" * 3000,
    "5,000 nested parentheses": "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
    "20,000 nested OPTIONALs": "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o " * 20000 + "}" * 20000 + "}",
    "20,000 OPTIONALs in a row": "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o } " * 20000 + "}",
    "10,000-branch UNION": "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 10000) + " }",
}
CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?d LIMIT 1"
SLOW_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # little memory, much time


def kg_child(*args: object, timeout: float = 60, env: dict | None = None, **popen) -> subprocess.CompletedProcess:
    """`kg ARGS` in a child process: a crash there fails the test instead of ending the test run."""
    code = "import sys; from kg.cli import app; sys.argv[0] = 'kg'; app()"
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})}, **popen)


def assert_one_line(result, *words: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stderr[-500:])
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr[-500:]
    assert any(w in lines[0] for w in words), lines[0]


# ---------------------------------------------------------------- 1. nesting and size

def test_deep_nesting_is_refused_in_one_line_and_the_interpreter_lives(seed_build: Path):
    script = f"""
import json, kg, sys
from kg.errors import QueryError
attacks = json.loads(sys.stdin.read())
for name, q in attacks.items():
    try:
        kg.query(q, {str(seed_build)!r})
        print(name, "ANSWERED")
    except QueryError as e:
        print(name, "REFUSED", str(e).replace(chr(10), " "))
print("alive", len(kg.query("SELECT ?x WHERE {{ ?x a gk:Person }}", {str(seed_build)!r})))
"""
    result = subprocess.run([sys.executable, "-c", script], input=json.dumps(ATTACKS), capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-800:]
    lines = result.stdout.splitlines()
    assert lines[-1] == f"alive {len(query('SELECT ?x WHERE { ?x a gk:Person }', seed_build))}"
    for name, line in zip(ATTACKS, lines, strict=False):
        assert line.startswith(f"{name} REFUSED") and ("limit" in line or "deep" in line), line


@pytest.mark.parametrize("name", ["3,000 nested braces", "5,000 nested parentheses"])
def test_kg_query_refuses_deep_nesting_in_one_line(seed_build: Path, name: str):
    assert_one_line(kg_child("query", ATTACKS[name], "--build", seed_build), "deep")


def test_the_nesting_limit_is_configurable(seed_build: Path, monkeypatch):
    nested = "SELECT * WHERE " + "{" * 100 + "}" * 100
    with pytest.raises(QueryError, match="more than 64 deep"):
        query(nested, seed_build)
    monkeypatch.setenv("KG_QUERY_MAX_DEPTH", "200")
    assert len(query(nested, seed_build)) == 1


def test_a_string_iri_or_comment_does_not_count_as_nesting(seed_build: Path):
    brackets = "{{{{(((([[[[" * 20
    answer = query(f'SELECT ?x WHERE {{ VALUES ?x {{ "{brackets}" <http://example.org/{"%7B" * 5}> }} }} # {brackets}',
                   seed_build)
    assert len(answer) == 2


# ---------------------------------------------------------------- 2. SERVICE and updates

@pytest.fixture
def listener():
    """A local TCP listener that counts the connections it gets."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    hits: list[int] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append(1)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], hits
    stop.set()
    thread.join(2)
    server.close()


BYPASSES = [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s nif:beginIndex 0SERVICE <http://127.0.0.1:{port}/sparql> {{ ?a ?b ?c }} }}",
    "PREFIX ex: <http://example.org/> SELECT * WHERE {{ ?s ex:a\\#b ?o SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
    "PREFIX ex: <http://example.org/> SELECT * WHERE {{ ?s ex:a\\'b ?o SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ ?s ?p ?o # a comment that ends at a carriage return\rSERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ \\u005Cu0053ERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
    "ASK {{ FILTER EXISTS {{ SERVICE SILENT <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }} }}",
    "SELECT * WHERE {{ {{ SELECT ?a WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }} }} }}",
]


@pytest.mark.parametrize("template", BYPASSES, ids=range(len(BYPASSES)))
def test_service_is_refused_and_reaches_nothing(template: str, seed_build: Path, listener):
    port, hits = listener
    with pytest.raises(QueryError) as info:
        query(template.format(port=port), seed_build)
    message = str(info.value)
    assert "\n" not in message and ("SERVICE is not allowed" in message or "cannot read" in message), message
    time.sleep(0.3)
    assert hits == []


def test_the_query_process_cannot_open_a_network_socket():
    if not (sys.platform.startswith("linux") and os.uname().machine in ("x86_64", "aarch64")):
        pytest.skip("the seccomp filter is for Linux on x86-64 and aarch64")
    code = ("import socket; from kg.sparql_worker import _deny_network; assert _deny_network()\n"
            "try:\n    socket.socket(socket.AF_INET, socket.SOCK_STREAM)\nexcept PermissionError:\n    print('denied')\n"
            "import os; r, w = os.pipe(); print('pipes work')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert result.stdout.split() == ["denied", "pipes", "work"], result.stderr


@pytest.mark.parametrize("update", ["INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }",
                                    "CLEAR ALL", "LOAD <http://127.0.0.1:9/data.ttl>",
                                    "DELETE WHERE { ?s ?p ?o }"])
def test_an_update_is_named_as_such(update: str, seed_build: Path):
    with pytest.raises(QueryError, match="updates are not supported") as info:
        query(update, seed_build)
    assert "expected" not in str(info.value)  # not the parser's state
    assert_one_line(kg_child("query", update, "--build", seed_build), "updates are not supported")


def test_a_control_character_outside_a_string_is_refused(seed_build: Path):
    with pytest.raises(QueryError, match="control character"):
        query("SELECT * WHERE { ?s ?p ?o\x0b }", seed_build)
    assert len(query('SELECT ?x WHERE { BIND ("a\x01b" AS ?x) }', seed_build)) == 1


# ---------------------------------------------------------------- 3. time and memory

def test_a_cross_join_ends_with_one_line_within_the_limit(seed_build: Path):
    started = time.monotonic()
    result = kg_child("query", CROSS_JOIN, "--build", seed_build, "--timeout", 3)
    elapsed = time.monotonic() - started
    assert_one_line(result, "memory", "longer than 3 s")
    assert elapsed < 3 + 5  # interpreter start and the build's imports aside


def test_a_query_over_its_time_limit_is_stopped(seed_build: Path):
    started = time.monotonic()
    with pytest.raises(QueryError, match="longer than 1 s"):
        query(SLOW_COUNT, seed_build, timeout=1, memory_mb=0)
    assert time.monotonic() - started < 4
    assert len(query("SELECT ?x WHERE { ?x a gk:Person }", seed_build)) > 0  # a new child answers


def test_the_time_limit_is_configurable(seed_build: Path, monkeypatch):
    monkeypatch.setenv("KG_QUERY_TIMEOUT", "0.5")
    started = time.monotonic()
    with pytest.raises(QueryError, match="longer than 0.5 s"):
        query(SLOW_COUNT, seed_build, memory_mb=0)
    assert time.monotonic() - started < 3


def test_a_query_over_its_memory_limit_is_stopped(seed_build: Path):
    with pytest.raises(QueryError, match="more than 200 MB"):
        query(CROSS_JOIN, seed_build, timeout=30, memory_mb=200)


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_ctrl_c_stops_kg_query_and_its_child(seed_build: Path):
    marker = f"KG_TEST_MARK={uuid.uuid4().hex}"
    code = "import sys; from kg.cli import app; sys.argv[0] = 'kg'; app()"
    proc = subprocess.Popen([sys.executable, "-c", code, "query", SLOW_COUNT, "--build", str(seed_build),
                             "--timeout", "0", "--memory-mb", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, marker.split("=")[0]: marker.split("=")[1]})
    deadline = time.monotonic() + 30
    while len(_processes_with(marker)) < 2 and time.monotonic() < deadline:  # the CLI and its query child
        time.sleep(0.1)
    time.sleep(0.5)
    assert len(_processes_with(marker)) == 2
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=5)
    assert proc.returncode == 130 and "Traceback" not in stderr and "interrupted" in stderr, stderr
    time.sleep(0.3)
    assert _processes_with(marker) == []


# ---------------------------------------------------------------- 5. output safe to print and parse

@pytest.fixture(scope="module")
def control_build(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("controls")
    (folder / "in").mkdir()
    (folder / "in" / "fair.txt").write_text(
        "Textile fair opens in Hangzhou\n\nThe China National Garment Association hosted the \x1b]52;c;SGVsbG8=\x07 "
        "Hangzhou Textile Fair \x01 in Hangzhou on 3 May 2024. Zhang Wei, president of the China National Garment "
        "Association, opened the fair \x1b]52;c;SGVsbG8=\x07 in Hangzhou.\n", encoding="utf-8")
    build([folder / "in"], folder / "build", check=False)
    return folder / "build"


def test_xml_export_with_a_control_character_is_well_formed(control_build: Path, tmp_path: Path):
    target = tmp_path / "graph.rdf"
    result = runner.invoke(app, ["export", "--format", "xml", "--build", str(control_build), "--output", str(target)])
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    xml.dom.minidom.parseString(data)
    assert "\ufffd".encode() in data


def test_sparql_xml_results_with_a_control_character_are_well_formed(control_build: Path):
    result = runner.invoke(app, ["query", "SELECT ?s WHERE { ?x nif:anchorOf ?s }", "--format", "xml",
                                 "--build", str(control_build)])
    assert result.exit_code == 0, result.output
    doc = xml.dom.minidom.parseString(result.stdout_bytes)
    assert "Hangzhou Textile Fair" in doc.toxml()


def _assert_inert(output: str) -> None:
    assert "\x1b" not in output and "\x07" not in output and "\x01" not in output
    assert "\\x1b" in output  # shown, escaped


def test_terminal_tables_escape_control_characters(control_build: Path):
    for args in (["query", "SELECT ?s WHERE { ?x nif:anchorOf ?s }"],
                 ["explain", "Zhang Wei"],
                 ["path", "Zhang Wei", "China National Garment Association"]):
        result = runner.invoke(app, [*args, "--build", str(control_build)])
        assert result.exit_code == 0, result.output
        _assert_inert(result.output)


# ---------------------------------------------------------------- 4. kg serve

import httpx  # noqa: E402

from kg.server import start  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(seed_build: Path):
    """A server of the seed build with one query process: (port, process, build)."""
    port = free_port()
    proc = start(seed_build, port=port, extra=["--workers", "1", "--timeout", "20", "--memory-mb", "0"])
    yield port, proc, seed_build
    proc.terminate()
    proc.wait(10)


def port_build(served) -> Path:
    return served[2]


def ask(port: int, sparql: str = "SELECT ?x WHERE { ?x a gk:Person }", host: str | None = None, **headers) -> httpx.Response:
    if host:
        headers["Host"] = host
    return httpx.post(f"http://127.0.0.1:{port}/query", data={"query": sparql}, trust_env=False, timeout=30,
                      headers={"Accept": "application/sparql-results+json", **headers})


def test_the_server_answers_only_its_own_host_names(served):
    port, _, _ = served
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"):
        assert ask(port, host=host).status_code == 200, host
    for host in ("attacker.example", f"attacker.example:{port}", f"127.0.0.1:{port + 1}", "localhost"):
        r = ask(port, host=host)
        assert r.status_code == 421 and "results" not in r.text, host


def test_the_server_refuses_foreign_origins_and_sends_no_cors(served):
    port, _, _ = served
    own = ask(port)
    assert own.status_code == 200 and "access-control-allow-origin" not in own.headers
    assert len(own.json()["results"]["bindings"]) == len(query("SELECT ?x WHERE { ?x a gk:Person }", port_build(served)))
    r = ask(port, Origin="https://attacker.example")
    assert r.status_code == 403 and "access-control-allow-origin" not in r.headers
    g = httpx.get(f"http://127.0.0.1:{port}/query", params={"query": "ASK {}"}, trust_env=False, timeout=10,
                  headers={"Origin": "null"})
    assert g.status_code == 403


def test_cors_only_for_the_origin_asked_for(seed_build: Path):
    port = free_port()
    proc = start(seed_build, port=port, extra=["--cors", "https://app.example"])
    try:
        r = ask(port, Origin="https://app.example")
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "https://app.example"
        assert ask(port, Origin="https://other.example").status_code == 403
    finally:
        proc.terminate()
        proc.wait(10)


def test_the_server_survives_deep_nesting_service_and_updates(served, listener):
    port, proc, _ = served
    listen_port, hits = listener
    for q in ATTACKS.values():
        r = httpx.post(f"http://127.0.0.1:{port}/query", content=q.encode(), trust_env=False, timeout=30,
                       headers={"Content-Type": "application/sparql-query"})
        assert r.status_code == 400 and r.text.count("\n") == 1, r.text[:200]
    r = httpx.get(f"http://127.0.0.1:{port}/query", trust_env=False, timeout=30,
                  params={"query": f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listen_port}/> {{ ?s ?p ?o }} }}"})
    assert r.status_code == 400 and "SERVICE is not allowed" in r.text
    u = httpx.post(f"http://127.0.0.1:{port}/update", data={"update": "CLEAR ALL"}, trust_env=False, timeout=10)
    assert u.status_code == 403
    assert ask(port, "INSERT DATA { <http://a.example/> <http://a.example/> 1 }").status_code == 400
    time.sleep(0.3)
    assert hits == [] and proc.poll() is None
    assert len(ask(port).json()["results"]["bindings"]) > 0


def test_the_server_stops_a_cross_join_and_keeps_answering(seed_build: Path):
    port = free_port()
    proc = start(seed_build, port=port, extra=["--timeout", "3"])
    try:
        started = time.monotonic()
        r = ask(port, CROSS_JOIN)
        assert r.status_code in (400, 503) and time.monotonic() - started < 5, r.text
        assert r.text.count("\n") == 1 and ("memory" in r.text or "longer than" in r.text)
        assert ask(port).status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)


def test_the_server_survives_256_half_open_connections(served):
    port, _, _ = served
    held = []
    try:
        for _ in range(256):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(f"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 1000\r\n\r\nquery=".encode())
            held.append(s)
        started = time.monotonic()
        r = ask(port)
        assert r.status_code == 200 and time.monotonic() - started < 5
    finally:
        for s in held:
            s.close()


def test_a_query_whose_client_left_is_cancelled(served):
    port, _, _ = served
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    body = f"query={SLOW_COUNT}".encode()
    s.sendall(f"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
              f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    time.sleep(1.0)
    s.close()  # the only query process is busy with the slow count until it is cancelled
    started = time.monotonic()
    assert ask(port).status_code == 200
    assert time.monotonic() - started < 5


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                kids = (task / "children").read_text().split()
            except OSError:
                continue
            for k in map(int, kids):
                if k not in found:
                    found.add(k)
                    todo.append(k)
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_sigterm_stops_the_whole_server_and_frees_the_port(seed_build: Path):
    port = free_port()
    proc = start(seed_build, port=port)
    ask(port)
    children = _descendants(proc.pid)
    assert children  # its query process
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(10) == 0
    time.sleep(0.3)
    assert not [c for c in children if Path(f"/proc/{c}").exists() and "zombie" not in
                Path(f"/proc/{c}/status").read_text().lower()]
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))  # free again


def test_a_busy_port_is_one_line(seed_build: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        result = kg_child("serve", "--port", s.getsockname()[1], "--build", seed_build, timeout=30)
    assert result.returncode == 1 and "in use" in result.stderr and "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 2  # "serving ..." and the error


def test_there_is_no_unprotected_writable_server(seed_build: Path):
    """``kg serve --writable`` ran the Oxigraph server, which answers any Host, sends permissive CORS
    and runs SERVICE; it is gone, and nothing else serves without the protections."""
    port = free_port()
    try:
        result = kg_child("serve", "--writable", "--port", port, "--build", seed_build, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("kg serve --writable started a server")
    assert result.returncode == 2 and "No such option" in result.stderr and "Traceback" not in result.stderr
    assert "writable" not in kg_child("serve", "--help").stdout


def test_a_rebuild_is_served_without_a_restart(tmp_path: Path, control_build: Path):
    from conftest import SEED

    out = tmp_path / "build"
    build([SEED], out, check=False)
    port = free_port()
    proc = start(out, port=port)
    try:
        persons = "SELECT DISTINCT ?l WHERE { ?x a gk:Person ; rdfs:label ?l }"
        before = {b["l"]["value"] for b in ask(port, persons).json()["results"]["bindings"]}
        build([SEED, control_build.parent / "in" / "fair.txt"], out, check=False)
        after = {b["l"]["value"] for b in ask(port, persons).json()["results"]["bindings"]}
        assert "Zhang Wei" in after - before
    finally:
        proc.terminate()
        proc.wait(10)


# ---------------------------------------------------------------- kg push

@pytest.fixture
def bad_endpoint():
    """A local endpoint that answers every PUT with HTTP 500 and a body of 300 MB, slowly."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    stop = threading.Event()

    def serve():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            try:
                conn.settimeout(5)
                conn.recv(1 << 16)
                conn.sendall(b"HTTP/1.1 500 Oops\r\nContent-Length: 300000000\r\nContent-Type: text/plain\r\n\r\n")
                chunk = b"x" * (1 << 16)
                for _ in range(300_000_000 // len(chunk)):
                    if stop.is_set():
                        break
                    conn.sendall(chunk)
            except OSError:
                pass
            finally:
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join(5)
    server.close()


def test_push_reads_little_of_an_error_and_never_echoes_credentials(seed_build: Path, bad_endpoint: int):
    endpoint = f"http://alice:s3cret@127.0.0.1:{bad_endpoint}/store"
    started = time.monotonic()
    result = runner.invoke(app, ["push", "--endpoint", endpoint, "--build", str(seed_build)])
    assert result.exit_code == 1 and time.monotonic() - started < 10, result.output
    assert "HTTP 500" in result.output and "0 of 1 graph(s) were already replaced" in result.output
    assert "s3cret" not in result.output and "alice" not in result.output
    nowhere = runner.invoke(app, ["push", "--endpoint", f"http://bob:hunter2@127.0.0.1:{free_port()}/store",
                                  "--build", str(seed_build)])
    assert nowhere.exit_code == 1 and "cannot reach" in nowhere.output and "hunter2" not in nowhere.output


def test_a_relative_build_path_is_the_callers_not_the_query_processs(seed_build: Path, tmp_path, monkeypatch):
    """The query process is reused and keeps the folder it started in: a relative build path must be
    read from the caller's working folder (it failed with 'No such file' after a chdir)."""
    ask = "ASK { ?s a gk:Person }"
    assert query(ask, seed_build).boolean  # starts the query process here
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "build").symlink_to(seed_build)
    monkeypatch.chdir(tmp_path)
    assert query(ask, Path("data/build")).boolean


def test_an_rdf_xml_billion_laughs_is_refused_in_one_line(tmp_path):
    """kg validate / kg analyze --graph read RDF/XML with rdflib; entity declarations that expand into
    each other kept them busy until killed. They are refused before parsing."""
    lol = "".join(f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10 if i else "lol"}">' for i in range(10))
    (tmp_path / "lol.rdf").write_text(
        f'<?xml version="1.0"?><!DOCTYPE rdf:RDF [{lol}]>'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://example.org/">'
        '<rdf:Description rdf:about="https://example.org/a"><ex:p>&l9;</ex:p></rdf:Description></rdf:RDF>',
        encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "lol.rdf")])
    assert result.exit_code == 1
    assert "declares entities" in result.output and "Traceback" not in result.output


@pytest.fixture
def scripted_endpoint():
    """A local endpoint whose answer to the n-th request is ``answers[n](conn)``; yields (port, answers)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    stop = threading.Event()
    answers: list = []

    def serve():
        server.settimeout(0.2)
        n = 0
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            try:
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    data += conn.recv(1 << 16)
                head, _, body = data.partition(b"\r\n\r\n")
                length = int(next((line.split(b":")[1] for line in head.split(b"\r\n")
                                   if line.lower().startswith(b"content-length:")), b"0"))
                while len(body) < length:
                    body += conn.recv(1 << 16)
                answers[min(n, len(answers) - 1)](conn, stop)
                n += 1
            except OSError:
                pass
            finally:
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], answers
    stop.set()
    thread.join(5)
    server.close()


def _two_graph_build(tmp_path: Path) -> Path:
    from conftest import SEED

    (tmp_path / "fair.txt").write_text("The Example Denim Fair was held in Example City.", encoding="utf-8")
    build([SEED, tmp_path / "fair.txt"], tmp_path / "build", check=False)
    return tmp_path / "build"


def test_push_to_an_endpoint_that_trickles_its_answer_ends_at_its_deadline(tmp_path: Path, scripted_endpoint):
    """Each read of a byte every 0.2 s is within any per-read timeout; the graph's deadline is not."""
    from kg.errors import ExportError
    from kg.export import push

    port, answers = scripted_endpoint

    def trickle(conn, stop):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
        while not stop.is_set():
            conn.sendall(b"x")
            time.sleep(0.2)

    answers.append(trickle)
    started = time.monotonic()
    with pytest.raises(ExportError, match="no answer within 2 s") as info:
        push(f"http://127.0.0.1:{port}/store", _two_graph_build(tmp_path), timeout=2.0)
    assert time.monotonic() - started < 8
    assert "0 of 2 graph(s) were already replaced" in str(info.value)


def test_a_push_that_fails_half_way_says_which_graphs_were_replaced(tmp_path: Path, scripted_endpoint):
    port, answers = scripted_endpoint
    answers.append(lambda conn, stop: conn.sendall(b"HTTP/1.1 204 No Content\r\n\r\n"))
    answers.append(lambda conn, stop: conn.sendall(b"HTTP/1.1 500 Oops\r\nContent-Length: 4\r\n\r\nfull"))
    result = runner.invoke(app, ["push", "--endpoint", f"http://127.0.0.1:{port}/store",
                                 "--build", str(_two_graph_build(tmp_path))])
    assert result.exit_code == 1, result.output
    line = " ".join(result.output.split())
    assert "HTTP 500 full" in line and "1 of 2 graph(s) were already replaced (the last: " in line, line
    assert "https://w3id.org/garment-kg/graph/" in line.split("the last: ")[1]


def test_push_sends_a_graph_again_once_when_the_connection_drops(tmp_path: Path, scripted_endpoint):
    """An endpoint may close a kept-alive connection between two graphs; the PUT replaces the graph,
    so it is sent once more. A connection that drops twice is one error line."""
    port, answers = scripted_endpoint
    answers.append(lambda conn, stop: conn.sendall(b"HTTP/1.1 204 No Content\r\n\r\n"))
    answers.append(lambda conn, stop: None)  # read the request, then hang up without an answer
    answers.append(lambda conn, stop: conn.sendall(b"HTTP/1.1 204 No Content\r\n\r\n"))
    two = _two_graph_build(tmp_path)
    result = runner.invoke(app, ["push", "--endpoint", f"http://127.0.0.1:{port}/store", "--build", str(two)])
    assert result.exit_code == 0 and "pushed 2 graph(s)" in result.output, result.output
    answers[:] = [lambda conn, stop: None]
    result = runner.invoke(app, ["push", "--endpoint", f"http://127.0.0.1:{port}/store", "--build", str(two)])
    line = " ".join(result.output.split())
    assert result.exit_code == 1 and "cannot reach" in line and "0 of 2 graph(s) were already replaced" in line, line
    assert "Traceback" not in result.output


def test_push_answers_a_basic_challenge_once_and_keeps_to_it(tmp_path: Path):
    """Credentials go only when the endpoint asks, in the scheme it names (here Basic; Virtuoso's
    Digest is tested in test_push_virtuoso.py); after the first 401 they go with every request."""
    import base64
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[tuple[str, str | None]] = []
    good = "Basic " + base64.b64encode(b"alice:s3cret").decode()

    class Handler(BaseHTTPRequestHandler):
        def do_PUT(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            auth = self.headers.get("Authorization")
            seen.append((self.path.split("graph=")[1], auth))
            if auth == good:
                self.send_response(204)
            else:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="kg"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        two = _two_graph_build(tmp_path)
        endpoint = f"http://127.0.0.1:{server.server_port}/store"
        result = runner.invoke(app, ["push", "--endpoint", endpoint, "--build", str(two), "--user", "alice"],
                               env={"KG_PUSH_PASSWORD": "s3cret"})
        assert result.exit_code == 0 and "pushed 2 graph(s)" in result.output, result.output
        assert [auth for _, auth in seen] == [None, good, good]  # the first graph twice, then at once
        assert seen[0][0] == seen[1][0] != seen[2][0]
        seen.clear()
        result = runner.invoke(app, ["push", "--endpoint", endpoint.replace("//", "//alice:wrong@"), "--build", str(two)])
        assert result.exit_code == 1 and "HTTP 401: the user name or password was refused" in result.output
        assert "wrong" not in result.output and "alice" not in result.output and len(seen) == 2
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
