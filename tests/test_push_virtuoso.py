"""`kg push` into a real Virtuoso: Debian's ``virtuoso-t`` (package virtuoso-opensource-7-bin), started
here on free loopback ports with its own virtuoso.ini and database in a temporary folder, and stopped
after. The build goes to Virtuoso's authenticated Graph Store endpoint (``/sparql-graph-crud-auth``,
HTTP Digest) as a user that has only the SPARQL_UPDATE role; what Virtuoso then holds is read back
through its own ``/sparql`` endpoint and compared with the build: the triples of every article
graph, and the answers the build's Oxigraph store gives to the competency questions.

``make test`` installs the package first (``scripts/ensure-virtuoso``, as root); without it these
tests fail and say so. ``KG_VIRTUOSO`` may name another ``virtuoso-t``.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEED, SHARED
from kg.build import build
from kg.cli import app
from kg.export import read_dataset
from kg.store import QUERY_PREFIXES, query

runner = CliRunner()
GRAPH_NS = "https://w3id.org/garment-kg/graph/"
INSTALL = ("run `make ensure-virtuoso` (as root it installs Debian's virtuoso-opensource-7-bin), "
           "or point KG_VIRTUOSO at a virtuoso-t binary")
STARTUP_LIMIT = 180  # seconds to wait for a fresh database to come up (about 5 s here)

INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{isql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxClientConnections = 8
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
MaxClientConnections = 8
EnabledDavVSP = 0
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 120
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def virtuoso_binaries() -> tuple[str, str]:
    """(virtuoso-t, its isql), or a test failure that says how to install them."""
    server = os.environ.get("KG_VIRTUOSO") or shutil.which("virtuoso-t")
    if not server or not os.access(server, os.X_OK):
        what = f"KG_VIRTUOSO={server} is no executable" if os.environ.get("KG_VIRTUOSO") else "no virtuoso-t on PATH"
        pytest.fail(f"Virtuoso is not installed ({what}): {INSTALL}", pytrace=False)
    folder = Path(server).resolve().parent
    isql = next((str(folder / n) for n in ("isql-vt", "isql") if (folder / n).is_file()), None) or shutil.which("isql-vt")
    if not isql:
        pytest.fail(f"Virtuoso's isql-vt is missing beside {server}: {INSTALL}", pytrace=False)
    return server, isql


def _die_with_parent() -> None:
    """In the child before exec: Linux ends virtuoso-t when pytest dies, even by SIGKILL."""
    import ctypes

    ctypes.CDLL(None).prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG


@dataclass
class Virtuoso:
    http: str  # http://127.0.0.1:PORT
    user: str  # a user with the SPARQL_UPDATE role and nothing else
    password: str
    log: Path

    def select(self, sparql: str) -> list[dict]:
        """The bindings of a SELECT on the public /sparql endpoint, as {variable: lexical form}."""
        r = httpx.post(f"{self.http}/sparql", data={"query": sparql}, trust_env=False, timeout=120,
                       headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200, r.text[:500]
        return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> Virtuoso:
    """A Virtuoso of its own: fresh database, ISQL and HTTP on free 127.0.0.1 ports, dba's password
    changed from the default, and a user ``kgpush`` with a random password and SPARQL_UPDATE."""
    server, isql = virtuoso_binaries()
    folder = tmp_path_factory.mktemp("virtuoso")
    isql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(dir=folder, isql_port=isql_port, http_port=http_port), encoding="utf-8")
    console = open(folder / "console.log", "wb")
    proc = subprocess.Popen([server, "+foreground", "+configfile", str(ini)], cwd=folder, stdin=subprocess.DEVNULL,
                            stdout=console, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)
    log = folder / "virtuoso.log"

    def tail() -> str:
        return "".join(p.read_text(errors="replace")[-1500:] for p in (log, folder / "console.log") if p.exists())

    try:
        http = f"http://127.0.0.1:{http_port}"
        deadline = time.monotonic() + STARTUP_LIMIT
        while True:
            if proc.poll() is not None:
                pytest.fail(f"virtuoso-t exited with status {proc.returncode} while starting:\n{tail()}", pytrace=False)
            try:
                if httpx.get(f"{http}/sparql", params={"query": "ASK {}"}, trust_env=False, timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"virtuoso-t did not answer on {http} within {STARTUP_LIMIT} s:\n{tail()}", pytrace=False)
            time.sleep(0.2)
        user, password, dba = "kgpush", "kg" + secrets.token_hex(12), "kg" + secrets.token_hex(12)
        # statements on stdin, so the new passwords are not in any process's arguments
        sql = (f"DB.DBA.USER_CREATE('{user}', '{password}');\n"
               f'GRANT SPARQL_UPDATE TO "{user}";\n'
               f"USER_SET_PASSWORD('dba', '{dba}');\n")
        done = subprocess.run([isql, f"127.0.0.1:{isql_port}", "dba", "dba"], input=sql, text=True,
                              capture_output=True, timeout=60)
        assert done.returncode == 0 and "Error" not in done.stdout + done.stderr, done.stdout + done.stderr
        default = subprocess.run([isql, f"127.0.0.1:{isql_port}", "dba", "dba"], input="SELECT 1;\n", text=True,
                                 capture_output=True, timeout=60)
        assert "Bad login" in default.stdout + default.stderr, "dba still has its default password"
        yield Virtuoso(http, user, password, log)
    finally:
        proc.terminate()
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        console.close()


@pytest.fixture(scope="module")
def seed_and_dev(tmp_path_factory) -> Path:
    """One build of the seed and the three dev articles: four article graphs."""
    out = tmp_path_factory.mktemp("seed-dev") / "build"
    build([SEED, *sorted((SHARED / "dev").glob("*.txt"))], out)
    return out


def build_graphs(build_dir: Path) -> dict[str, set[str]]:
    """{graph IRI: its triples as N-Triples lines}, as the build's dataset.trig holds them."""
    graphs: dict[str, set[str]] = {}
    for q in read_dataset(build_dir):
        graphs.setdefault(q.graph_name.value, set()).add(f"{q.subject} {q.predicate} {q.object} .")
    return graphs


def push_as(v: Virtuoso, build_dir: Path, password: str, endpoint: str = "/sparql-graph-crud-auth", *more: str):
    return runner.invoke(app, ["push", "--endpoint", v.http + endpoint, "--build", str(build_dir), *more],
                         env={"KG_PUSH_PASSWORD": password})


def one_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


# ---------------------------------------------------------------- the push and what Virtuoso then holds

@pytest.fixture(scope="module")
def pushed(virtuoso: Virtuoso, seed_and_dev: Path) -> Virtuoso:
    """The seed+dev build pushed twice with Digest authentication: the second push replaces every
    graph (HTTP 200 instead of 201), it adds nothing."""
    graphs = build_graphs(seed_and_dev)
    total = sum(map(len, graphs.values()))
    for _ in range(2):
        result = push_as(virtuoso, seed_and_dev, virtuoso.password, "/sparql-graph-crud-auth", "--user", virtuoso.user)
        assert result.exit_code == 0, result.output
        assert one_line(result) == (f"pushed {len(graphs)} graph(s), {total:,} triples to "
                                    f"{virtuoso.http}/sparql-graph-crud-auth")
        assert virtuoso.password not in result.output
    return virtuoso


def test_every_article_graph_arrives_whole(pushed: Virtuoso, seed_and_dev: Path):
    graphs = build_graphs(seed_and_dev)
    assert len(graphs) == 4 and all(g.startswith(GRAPH_NS) for g in graphs)
    counts = pushed.select(f"""
        SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{GRAPH_NS}")) }}
        GROUP BY ?g""")
    assert {row["g"]: int(row["n"]) for row in counts} == {g: len(t) for g, t in graphs.items()}
    assert sum(map(len, graphs.values())) == 2420  # the seed's and the three dev articles' (as kg build writes them: see test_notebook)
    for name, triples in graphs.items():  # every triple as the build has it: IRIs, language tags, datatypes
        r = httpx.get(f"{pushed.http}/sparql-graph-crud", params={"graph-uri": name}, trust_env=False, timeout=60,
                      headers={"Accept": "application/n-triples"})
        assert r.status_code == 200, r.text[:300]
        got = {f"{q.subject} {q.predicate} {q.object} ." for q in ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES)}
        assert got == triples, (name, sorted(triples - got)[:3], sorted(got - triples)[:3])


# The competency questions whose answers need only the article graphs, which is what kg push sends.
# The others read what only the build's own store holds besides: the topic scheme (09 and 10 read its
# labels and skos:broader), the ontology (13 lists its gk:FactProperty properties) and the RDFS
# entailments (08, 12, 13, 16 and 17 ask for gk:Organization or foaf:Agent, which the entailments give
# to the members of every subclass). On Virtuoso they answer less (16, 17: nothing).
ARTICLE_ONLY = ("01-event-guided-by", "02-event-hosted-by", "03-event-attended-by", "04-event-held-in",
                "05-event-programme", "06-person-posts", "07-sub-units", "11-fact-evidence", "14-event-speakers",
                "15-event-overview", "18-articles")


def answer_set(rows) -> set[tuple[str, ...]]:
    return {tuple(row) for row in rows}


@pytest.mark.parametrize("name", ARTICLE_ONLY)
def test_virtuoso_answers_the_competency_questions_as_the_build_does(pushed: Virtuoso, seed_and_dev: Path, name: str):
    """Each question's text as it is, on Virtuoso's /sparql, against the build's Oxigraph store.
    Without FROM, Virtuoso's default graph is every graph it holds, quad by quad, so a triple that two
    articles state matches twice there and once in the build's store (which holds each triple once):
    the answers are compared as sets of rows."""
    text = (ROOT / "ontology" / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    answer = query(text, seed_and_dev)
    want = answer_set(tuple("" if t is None else str(t) for t in row) for row in answer.rows)
    got = answer_set(tuple(row.get(v, "") for v in answer.variables) for row in pushed.select(text))
    assert want and got == want, (sorted(want - got)[:3], sorted(got - want)[:3])


def test_an_events_attendees_from_virtuoso(pushed: Virtuoso, seed_and_dev: Path):
    """The per-entity question "who attended this event?" about each event that had attendees."""
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in sorted(QUERY_PREFIXES.items()))
    text = (ROOT / "ontology" / "queries" / "entity" / "01-event-attendees.rq").read_text(encoding="utf-8")
    events = [str(row[0]) for row in query("SELECT DISTINCT ?e WHERE { ?e gk:attendedBy ?a } ORDER BY ?e", seed_and_dev).rows]
    assert len(events) == 4  # (the opening ceremony of dev 001 is an event of its own, with attendees)
    for event in events:
        asked = prologue + text.replace("?entity", f"<{event}>")
        want = sorted({str(row[0]) for row in query(asked, seed_and_dev).rows})
        got = sorted({row["attendee"] for row in pushed.select(asked)})
        assert got == want and want, event
    seed_event = "https://w3id.org/garment-kg/id/event/2024-china-garment-industry-belt-and-road-docking-exchange-event"
    got = sorted({row["attendee"] for row in pushed.select(prologue + text.replace("?entity", f"<{seed_event}>"))})
    assert got == ["China National Garment Association", "China Textile Association",
                   "Department of Consumer Goods Industry of the Ministry of Industry and Information Technology",
                   "Department of Industry and Information Technology of Xinjiang Uygur Autonomous Region"]


# ---------------------------------------------------------------- refusals: one line, no secret

def test_a_wrong_password_is_one_line_and_never_shown(pushed: Virtuoso, seed_and_dev: Path):
    wrong = "not-" + pushed.password
    result = push_as(pushed, seed_and_dev, wrong, "/sparql-graph-crud-auth", "--user", pushed.user)
    assert result.exit_code == 1
    line = one_line(result)
    assert "HTTP 401: the user name or password was refused" in line and "0 of 4 graph(s)" in line, line
    assert wrong not in result.output and pushed.password not in result.output
    # the same with the credentials in the URL: neither the user nor the password is printed
    in_url = pushed.http.replace("http://", f"http://{pushed.user}:{wrong}@") + "/sparql-graph-crud-auth"
    result = runner.invoke(app, ["push", "--endpoint", in_url, "--build", str(seed_and_dev)])
    assert result.exit_code == 1 and "HTTP 401" in one_line(result)
    assert wrong not in result.output and f"{pushed.user}:" not in result.output
    # and the right password in the URL works as --user does
    in_url = pushed.http.replace("http://", f"http://{pushed.user}:{pushed.password}@") + "/sparql-graph-crud-auth"
    result = runner.invoke(app, ["push", "--endpoint", in_url, "--build", str(seed_and_dev)])
    assert result.exit_code == 0 and pushed.password not in result.output, result.output
    assert one_line(result).endswith(f"triples to {pushed.http}/sparql-graph-crud-auth")


def test_without_credentials_virtuoso_refuses_in_one_line(pushed: Virtuoso, seed_and_dev: Path):
    """The authenticated endpoint asks for them; the open /sparql-graph-crud runs as Virtuoso's
    SPARQL user, which may not write until it is granted SPARQL_UPDATE (not done here: that would
    let anyone who reaches the port replace the graphs)."""
    result = runner.invoke(app, ["push", "--endpoint", f"{pushed.http}/sparql-graph-crud-auth", "--build", str(seed_and_dev)])
    assert result.exit_code == 1
    assert "HTTP 401: the endpoint asks for a user name and password (--user" in one_line(result)
    result = runner.invoke(app, ["push", "--endpoint", f"{pushed.http}/sparql-graph-crud", "--build", str(seed_and_dev)])
    assert result.exit_code == 1
    line = one_line(result)
    assert "HTTP 403" in line and "SECURITY: Permission denied" in line and "<" not in line, line


def test_user_without_a_password_at_no_terminal_is_one_line(pushed: Virtuoso, seed_and_dev: Path):
    result = runner.invoke(app, ["push", "--endpoint", f"{pushed.http}/sparql-graph-crud-auth", "--build",
                                 str(seed_and_dev), "--user", pushed.user], env={"KG_PUSH_PASSWORD": None})
    assert result.exit_code == 1 and "set KG_PUSH_PASSWORD" in one_line(result)
