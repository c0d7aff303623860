"""What ``kg`` prints and reads: prefixed names in tables, --format json|csv for explain, entities
and diff, ``-`` for stdin, one-line errors, the served prefixes and the curl example, ``kg docs``,
gold .json files given to ``kg build``, and the Chromium installer waiting for apt."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import shutil
import socket
import stat
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEED
from kg import cli_common
from kg.build import build
from kg.cli import app, serve
from kg.rdf import GK, ID

runner = CliRunner()
CNGA = ID["organization/china-national-garment-association"]
# An invented article, in the genre's style.
ARTICLE = """Northwind Loom Association holds spinning forum in Tallinn

The 2025 Northwind Spinning Forum was held in Tallinn on 12 March. The forum was hosted by the Northwind Loom \
Association and guided by the Baltic Textile Federation. Mari Kask, president of the Northwind Loom Association, \
addressed the forum.
"""


def run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


@pytest.fixture
def wide():
    """Tables as wide as a wide terminal, so a long name is on one line to look for."""
    before = cli_common.out._width
    cli_common.out.width = 250
    yield
    cli_common.out._width = before


@pytest.fixture(scope="module")
def two_builds(seed_build: Path, tmp_path_factory) -> tuple[Path, Path]:
    """The seed build, and a build of the seed with the invented article."""
    folder = tmp_path_factory.mktemp("diff")
    (folder / "northwind.txt").write_text(ARTICLE, encoding="utf-8")
    build([SEED, folder / "northwind.txt"], folder / "build")
    return seed_build, folder / "build"


# ---------------------------------------------------------------- tables


def test_tables_show_prefixed_names(seed_build: Path, wide):
    explain = run("explain", "China National Garment Association", "-b", seed_build)
    assert explain.exit_code == 0, explain.output
    assert "fact(s) about gkorg:china-national-garment-association" in explain.output
    assert "gk:hostedBy" in explain.output and "gk:attendedBy" in explain.output
    entities = run("entities", "-b", seed_build)
    assert "gkperson:liao-bo" in entities.output and "gkplace:urumqi" in entities.output
    table = run("query", "SELECT ?e ?o WHERE { ?e gk:hostedBy ?o }", "-b", seed_build)
    assert "gkorg:china-national-garment-association" in table.output and "gkevent:2024-" in table.output
    path = run("path", "Liao Bo", "Urumqi", "-b", seed_build)
    for result in (explain, entities, table, path):
        assert result.exit_code == 0 and "https://w3id.org/" not in result.output, result.output


def test_diff_table_shows_prefixed_relations(two_builds, wide):
    old, new = two_builds
    result = run("diff", old, new)
    assert result.exit_code == 0, result.output
    assert "gk:hostedBy" in result.output and "Northwind Loom Association" in result.output
    assert "0 fact(s) removed" in result.output and "https://w3id.org/" not in result.output


def test_explain_as_json_and_csv(seed_build: Path):
    data = json.loads(run("explain", "Liao Bo", "-b", seed_build, "--format", "json").stdout)
    presided = [f for f in data if f["predicate"] == str(GK.presidedOverBy)]
    assert presided and presided[0]["object"] == str(ID["person/liao-bo"])
    assert presided[0]["article"] == "000_79e68d3d9a482b0e" and "presided over by Liao Bo" in presided[0]["sentence"]
    assert presided[0]["begin"] < presided[0]["end"] and presided[0]["rule"]
    rows = list(csv.DictReader(io.StringIO(run("explain", "Liao Bo", "-b", seed_build, "-f", "csv").stdout)))
    assert len(rows) == len(data) and rows[0]["subject"] == data[0]["subject"] and rows[0]["begin"] == str(data[0]["begin"])


def test_entities_as_json_and_csv(seed_build: Path):
    data = json.loads(run("entities", "-b", seed_build, "-f", "json").stdout)
    assert len(data) == 16
    assert {"iri": str(CNGA), "label": "China National Garment Association", "type": "IndustryAssociation",
            "articles": 1} in data
    rows = list(csv.DictReader(io.StringIO(run("entities", "-b", seed_build, "-f", "csv").stdout)))
    assert [r["iri"] for r in rows] == [e["iri"] for e in data]
    assert json.loads(run("entities", "--ambiguous", "-b", seed_build, "-f", "json").stdout) == []


def test_diff_as_json_and_csv(two_builds):
    old, new = two_builds
    data = json.loads(run("diff", old, new, "--format", "json").stdout)
    assert data["removed"] == [] and data["added"]
    hosted = [f for f in data["added"] if f["predicate"] == str(GK.hostedBy)]
    assert [f["object"] for f in hosted] == [str(ID["organization/northwind-loom-association"])]
    assert {f["article"] for f in data["added"]} == {"northwind"}
    rows = list(csv.DictReader(io.StringIO(run("diff", old, new, "-f", "csv").stdout)))
    assert len(rows) == len(data["added"]) and {r["change"] for r in rows} == {"added"}
    empty = run("diff", old, old, "-f", "csv").stdout
    assert empty.splitlines() == ["change,subject,subject_label,predicate,object,object_label,article,sentence,begin,end,rule"]


# ---------------------------------------------------------------- stdin


def test_query_reads_stdin(seed_build: Path):
    result = run("query", "-", "-b", seed_build, input="ASK { ?e gk:heldIn gkplace:urumqi }\n")
    assert result.exit_code == 0 and result.stdout.strip() == "true"
    csv_rows = run("query", "-", "-b", seed_build, "-f", "csv", input="SELECT ?n WHERE { ?p a gk:Person ; rdfs:label ?n } ORDER BY ?n")
    assert csv_rows.stdout.split() == ["n", "Dilebel", "Maimaitiming", "Liao", "Bo", "Yang", "Xiaodong"]
    empty = run("query", "-", "-b", seed_build, input="")
    assert "[E001] stdin: no query on standard input" in one_line_error(empty)


def test_build_reads_an_article_from_stdin(tmp_path: Path):
    piped = run("build", "-", "--out", tmp_path / "piped", input=ARTICLE)
    assert piped.exit_code == 0, piped.output
    assert "stdin" in piped.output and sorted(p.name for p in (tmp_path / "piped" / "articles").iterdir()) == ["stdin.ttl"]
    named = tmp_path / "stdin.txt"
    named.write_text(ARTICLE, encoding="utf-8")
    assert run("build", named, "--out", tmp_path / "named").exit_code == 0
    for name in ("articles/stdin.ttl", "dataset.trig", "graph.ttl"):
        assert (tmp_path / "piped" / name).read_bytes() == (tmp_path / "named" / name).read_bytes(), name
    assert "Northwind Loom Association" in (tmp_path / "piped" / "graph.ttl").read_text(encoding="utf-8")
    empty = run("build", "-", "--out", tmp_path / "empty", input="  \n")
    assert empty.exit_code == 1 and "stdin: no article text on standard input" in empty.output
    assert not (tmp_path / "empty").exists()


# ---------------------------------------------------------------- errors


def one_line_error(result) -> str:
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


def test_an_unknown_prefix_is_named(seed_build: Path):
    line = one_line_error(run("query", "SELECT ?o WHERE { ?e gk:hostedBy ?o . ?o exa:memberOf ?x }", "-b", seed_build))
    assert "[E005] unknown prefix exa: in the query" in line and "PREFIX exa:" in line and "gkorg" in line
    assert "expected" not in line
    declared = run("query", "PREFIX exa: <http://example.org/> ASK { ?o exa:memberOf ?x }", "-b", seed_build)
    assert declared.exit_code == 0 and declared.output.strip() == "false"


@pytest.mark.parametrize("update", ["INSERT DATA { gkorg:a gk:hostedBy gkorg:b }", "DELETE WHERE { ?s ?p ?o }",
                                    "CLEAR ALL", "LOAD <http://example.org/data.ttl>", "DROP GRAPH <urn:x:g>",
                                    "WITH <urn:x:g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }"])
def test_updates_are_refused_as_updates(seed_build: Path, update: str):
    line = one_line_error(run("query", update, "-b", seed_build))
    assert "updates are not supported" in line and "CONSTRUCT" not in line


def test_a_turtle_syntax_error_keeps_the_parsers_reason(tmp_path: Path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b .\n", encoding="utf-8")
    line = one_line_error(run("validate", bad))
    assert "broken.ttl: cannot parse as turtle: line 3: objectList expected" in line
    trig = tmp_path / "broken.trig"
    trig.write_text("@prefix ex: <http://example.org/> .\nex:g {\n  ex:a ex:b ex:c\n  ex:d\n}\n", encoding="utf-8")
    assert re.search(r"cannot parse as trig: line \d+: \w", one_line_error(run("validate", trig)))


def test_explain_offers_close_matches(seed_build: Path):
    line = one_line_error(run("explain", "liao boo", "-b", seed_build))
    assert "[E020] no entity called 'liao boo' in the build; did you mean 'Liao Bo'?" in line
    assert "did you mean 'China National Garment Association'" in one_line_error(
        run("explain", "china national garment assoc", "-b", seed_build))
    assert "no close matches" in one_line_error(run("explain", "Qqqqzzzz", "-b", seed_build))


# ---------------------------------------------------------------- over HTTP


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(port: int, sparql: str, accept: str = "application/sparql-results+json") -> tuple[int, bytes]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": sparql})
    try:
        with opener.open(urllib.request.Request(url, headers={"Accept": accept}), timeout=20) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_the_serve_example_and_the_predeclared_prefixes_work_over_http(seed_build: Path):
    from kg.server import start

    example = next(line for line in serve.__doc__.splitlines() if "curl" in line)
    assert "curl -G --data-urlencode 'query=" in example and example.strip() in " ".join(
        run("serve", "--help").output.split())
    sparql = re.search(r"'query=([^']*)'", example).group(1)
    port = free_port()
    server = start(seed_build, port=port)
    try:
        status, body = http_get(port, sparql)
        assert status == 200 and json.loads(body)["boolean"] is True
        status, body = http_get(port, "SELECT ?n WHERE { ?p a gk:Person ; rdfs:label ?n } ORDER BY ?n", "text/csv")
        assert status == 200 and body.decode().split() == ["n", "Dilebel", "Maimaitiming", "Liao", "Bo", "Yang", "Xiaodong"]
        status, body = http_get(port, "ASK { gkorg:china-national-garment-association a gk:Organization }")
        assert status == 200 and json.loads(body)["boolean"] is True
        status, body = http_get(port, "ASK { ?s exa:p ?o }")
        assert status == 400 and b"unknown prefix exa:" in body
        if shutil.which("curl"):  # the example as written, the port aside: curl must not glob the braces
            args = shlex.split(example.split("Example:", 1)[1].replace("7878", str(port)))
            done = subprocess.run(args + ["-s", "--noproxy", "*"], capture_output=True, text=True, timeout=30)
            assert json.loads(done.stdout)["boolean"] is True, done
    finally:
        server.terminate()
        server.wait(10)


# ---------------------------------------------------------------- kg docs, .json inputs, Chromium


def test_docs_by_default_leaves_the_tracked_page_alone_and_repeats_itself(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "ontology.html").write_text("tracked", encoding="utf-8")
    first = run("docs")
    assert first.exit_code == 0 and "wrote data/ontology.html" in first.output
    page = (tmp_path / "data" / "ontology.html").read_bytes()
    assert run("docs", "--out", tmp_path / "again.html").exit_code == 0
    assert (tmp_path / "again.html").read_bytes() == page
    assert (tmp_path / "docs" / "ontology.html").read_text() == "tracked"
    html = page.decode()
    union = re.findall(r'href="#(\w+)">\w+</a>\s*<sup[^>]*>c</sup>\s*</span>\s*<span class="cardinality">or</span>'
                       r'\s*<span>\s*<a href="#(\w+)"', html)
    assert union and all(a < b for a, b in union)  # "Event or Programme", never "Programme or Event"
    assert ("Event", "Programme") in union  # the organizer relations' domain, partOf's range


def test_a_gold_json_given_by_name_is_skipped_not_built(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "northwind.txt").write_text(ARTICLE, encoding="utf-8")
    gold = folder / "northwind.json"
    gold.write_text(json.dumps({"article": "northwind", "entities": [], "facts": []}), encoding="utf-8")
    result = run("build", folder / "northwind.txt", gold, "--out", tmp_path / "b")
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if "northwind.json" in line]
    assert len(warned) == 1 and "is not an article" in warned[0] and "skipped" in warned[0]
    graph = (tmp_path / "b" / "articles" / "northwind.ttl").read_text(encoding="utf-8")
    assert "Northwind Loom Association" in graph and '"entities"' not in graph
    alone = run("build", gold, "--out", tmp_path / "c")
    assert alone.exit_code == 1 and "is not an article" in alone.output
    assert run("build", folder, "--out", tmp_path / "d", "--strict").exit_code == 0  # a folder's .json is no input


def test_ensure_chromium_waits_for_the_apt_lock(tmp_path: Path):
    """A fake apt-get that finds the lock taken on its first `update`: the script passes the lock
    timeout to every apt-get, tries again, and installs."""
    if os.geteuid() != 0:
        pytest.skip("the script installs only as root")
    fake = tmp_path / "bin" / "apt-get"
    fake.parent.mkdir()
    log, chromium = tmp_path / "calls", tmp_path / "chromium"
    fake.write_text(f"""#!/usr/bin/env bash
echo "$*" >> {log}
if [[ " $* " == *" update "* ]] && [ ! -e {tmp_path}/unlocked ]; then
    touch {tmp_path}/unlocked
    echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (apt-get)" >&2
    exit 100
fi
if [[ " $* " == *" install "* ]]; then printf '#!/bin/sh\\n' > {chromium}; chmod +x {chromium}; fi
""")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    env = {**os.environ, "PATH": f"{fake.parent}:{os.environ['PATH']}", "KG_CHROMIUM": str(chromium),
           "KG_APT_LOCK_TIMEOUT": "30"}
    done = subprocess.run(["bash", str(ROOT / "scripts" / "ensure-chromium")], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    calls = log.read_text().splitlines()
    assert ["update" in c.split() for c in calls] == [True, True, False] and "install" in calls[-1].split()
    assert all("-o DPkg::Lock::Timeout=30" in c for c in calls)
    assert "waiting for the apt lock" in done.stderr
