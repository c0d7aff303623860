"""Paging a listing: ``kg query --limit N --offset M`` and ``kg.query(..., limit=, offset=)``.

Pages are cut from Oxigraph's lazy solutions in the query process, so a SELECT without ORDER BY
evaluates only the rows up to the end of the page. The competency questions order every column they
select, so on the seed and dev articles their pages, asked one after another, are the whole listing
in its order, and asking again (in another query process) gives the same pages."""

from __future__ import annotations

import csv
import io
import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.term import Variable
from typer.testing import CliRunner

from conftest import ROOT
from golden_answers import build_seed_dev
from kg.cli import app
from kg.errors import QueryError
from kg.sparql_worker import Worker, _page
from kg.store import limits_of, query, sandboxed

runner = CliRunner()
QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
POSTS = ROOT / "ontology" / "queries" / "06-person-posts.rq"
# Every triple three times over: on the seed and dev build, 2,400^3 rows, which no limit of time or
# answer size lets through whole.
CROSS_JOIN = "SELECT ?a ?d ?g WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


@pytest.fixture(scope="module")
def seed_dev(tmp_path_factory) -> Path:
    return build_seed_dev(tmp_path_factory.mktemp("paging") / "build")


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- the command line

def test_limit_gives_exactly_that_many_rows_and_says_more_follow(seed_dev: Path):
    whole = csv_rows(run("query", POSTS, "-b", seed_dev, "-f", "csv").stdout)
    assert len(whole) == 26  # the header and 25 posts
    first = run("query", POSTS, "-b", seed_dev, "-f", "csv", "--limit", 3)
    assert first.exit_code == 0, first.output
    assert csv_rows(first.stdout) == whole[:4]  # the header and rows 1-3: nothing else on stdout
    assert first.stderr.strip() == "3 row(s): rows 1-3; more follow: --offset 3 for the next page"


def test_offset_and_limit_give_rows_4_to_6_of_the_ordered_listing(seed_dev: Path):
    whole = csv_rows(run("query", POSTS, "-b", seed_dev, "-f", "csv").stdout)
    page = run("query", POSTS, "-b", seed_dev, "-f", "csv", "--offset", 3, "--limit", 3)
    assert page.exit_code == 0 and csv_rows(page.stdout) == [whole[0], *whole[4:7]]
    assert "rows 4-6; more follow: --offset 6" in page.stderr
    last = run("query", POSTS, "-b", seed_dev, "-f", "csv", "--offset", 23)  # no limit: the rest
    assert csv_rows(last.stdout) == [whole[0], *whole[24:]] and "rows 24-25, the last" in last.stderr
    beyond = run("query", POSTS, "-b", seed_dev, "-f", "csv", "--offset", 40, "--limit", 5)
    assert csv_rows(beyond.stdout) == [whole[0]] and "no rows after row 40" in beyond.stderr


def test_every_format_pages_and_keeps_stdout_machine_readable(seed_dev: Path):
    args = ("query", POSTS, "-b", seed_dev, "--offset", 3, "--limit", 3)
    table = run(*args)
    persons = [row[0] for row in csv_rows(run("query", POSTS, "-b", seed_dev, "-f", "csv").stdout)[1:]]
    assert table.exit_code == 0 and persons[0] not in table.stdout and persons[5] in table.stdout
    assert table.stderr.startswith("3 row(s): rows 4-6;")
    data = json.loads(run(*args, "-f", "json").stdout)
    assert len(data["results"]["bindings"]) == 3 and data["head"]["vars"] == ["person", "role", "organization"]
    tsv = run(*args, "-f", "tsv").stdout.splitlines()
    assert len(tsv) == 4 and tsv[0] == "?person\t?role\t?organization"
    results = ET.fromstring(run(*args, "-f", "xml").stdout)
    assert len(results.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 3
    whole = json.loads(run("query", POSTS, "-b", seed_dev, "-f", "json").stdout)
    assert data["results"]["bindings"] == whole["results"]["bindings"][3:6]


def test_a_page_written_to_a_file_is_json_and_the_note_stays_on_stderr(seed_dev: Path, tmp_path: Path):
    result = run("query", POSTS, "-b", seed_dev, "--limit", 2, "--out", tmp_path / "page.json")
    assert result.exit_code == 0 and result.stdout == ""
    assert len(json.loads((tmp_path / "page.json").read_text(encoding="utf-8"))["results"]["bindings"]) == 2
    assert "rows 1-2; more follow" in result.stderr


@pytest.mark.parametrize("option", ["--limit", "--offset"])
@pytest.mark.parametrize("value", ["-1", "-20", "ten"])
def test_bad_paging_values_are_refused_as_other_options_are(seed_dev: Path, option: str, value: str):
    result = run("query", POSTS, "-b", seed_dev, option, value)
    assert result.exit_code == 2 and f"Invalid value for '{option}'" in result.output  # as --jobs 0 or --timeout -1
    assert "Traceback" not in result.output and result.stdout == ""


def test_a_limit_of_zero_is_refused_on_the_command_line(seed_dev: Path):
    result = run("query", POSTS, "-b", seed_dev, "--limit", 0)
    assert result.exit_code == 2 and "greater than or equal to 1" in result.output


def test_paging_an_ask_or_construct_is_one_line(seed_dev: Path):
    for sparql in ("ASK { ?s ?p ?o }", "CONSTRUCT WHERE { ?s a gk:Person }"):
        result = run("query", sparql, "-b", seed_dev, "--limit", 5)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1
        assert "limit and offset page the rows of a SELECT" in result.output


def test_help_shows_the_paging_options_with_an_example():
    result = run("query", "--help")
    words = " ".join(result.output.replace("│", " ").split())  # the help as one line, out of its boxes
    assert result.exit_code == 0
    assert "--limit 20 --offset 40 gives rows 41-60" in words
    assert "kg query ontology/queries/03-event-attended-by.rq --limit 20 --offset 20 (rows 21-40)" in words


# ---------------------------------------------------------------- streaming

def test_a_page_of_an_unordered_listing_is_not_evaluated_whole(seed_dev: Path):
    whole = run("query", CROSS_JOIN, "-b", seed_dev, "--timeout", 3)
    assert whole.exit_code == 1 and ("longer than 3 s" in whole.output or "larger than" in whole.output)
    started = time.monotonic()
    page = run("query", CROSS_JOIN, "-b", seed_dev, "--timeout", 3, "--limit", 3, "--offset", 100_000, "-f", "csv")
    assert page.exit_code == 0, page.output
    assert len(csv_rows(page.stdout)) == 4 and time.monotonic() - started < 3
    assert "rows 100001-100003; more follow" in page.stderr
    assert "no ORDER BY" in page.stderr  # such pages follow the store's order, and the note says so


# ---------------------------------------------------------------- the library

def test_the_library_pages_and_says_whether_more_follow(seed_dev: Path):
    whole = query(text_of(POSTS), seed_dev)
    assert whole.ordered and not whole.more and len(whole) == 25
    page = query(text_of(POSTS), seed_dev, limit=3, offset=3)
    assert page.rows == whole.rows[3:6] and page.more and page.offset == 3 and page.ordered
    end = query(text_of(POSTS), seed_dev, offset=22)
    assert end.rows == whole.rows[22:] and not end.more
    none = query(text_of(POSTS), seed_dev, limit=0)  # SPARQL's LIMIT 0: no rows; whether there are any
    assert none.rows == [] and none.more
    unordered = query("SELECT ?p WHERE { ?p a gk:Person }", seed_dev, limit=2)
    assert len(unordered) == 2 and unordered.more and not unordered.ordered


@pytest.mark.parametrize("bad", [{"limit": -1}, {"offset": -3}, {"limit": 2.5}, {"offset": True}])
def test_the_library_refuses_a_value_that_is_no_count_of_rows(seed_dev: Path, bad: dict):
    name = next(iter(bad))
    with pytest.raises(QueryError, match=f"{name} must be a whole number of rows, 0 or more"):
        query(text_of(POSTS), seed_dev, **bad)


def test_a_whole_page_is_the_bytes_oxigraph_writes(seed_dev: Path):
    """The page's SPARQL JSON is written by the query process itself; when the page is the whole
    listing it is the same bytes as Oxigraph's own serialisation."""
    for text in ["SELECT * WHERE { ?s nif:anchorOf ?o }", *map(text_of, QUERIES)]:
        whole = sandboxed(seed_dev, text, limits_of(max_answer_mb=0))
        paged = sandboxed(seed_dev, text, limit=10**9)
        assert paged.body == whole.body and not paged.more, text[:60]


def test_the_page_writer_writes_every_kind_of_term_as_oxigraph_does():
    """Terms the store never holds and rdflib's check cannot parse (an RDF 1.2 triple term, a
    literal with a direction) too, written from an in-memory store in this process."""
    terms = r'''SELECT ?a ?b ?c ?d ?e ?f ?g ?h WHERE {
        VALUES (?a ?b ?c ?d ?e ?f) { (<http://example.org/é> "q\"\\\n\t\u0001\u001f\u007f\u2028/" "y"@en-GB 1
                                      "2.5"^^<http://www.w3.org/2001/XMLSchema#decimal> UNDEF) }
        BIND (<<( ?a ?a ?b )>> AS ?g) BIND ("w"@en--ltr AS ?h) }'''
    store = ox.Store()
    body, rows, more = _page(store.query(terms), 0, None)
    assert body == store.query(terms).serialize(format=ox.QueryResultsFormat.JSON) and (rows, more) == (1, False)
    blank = store.query("SELECT ?b WHERE { BIND (BNODE() AS ?b) }")
    assert json.loads(_page(blank, 0, 5)[0])["results"]["bindings"][0]["b"]["type"] == "bnode"


# ---------------------------------------------------------------- the competency questions

def order_keys(text: str) -> tuple[list[str], list[str] | None]:
    """(selected variables, ORDER BY variables) from rdflib's algebra of the query."""
    algebra = translateQuery(parseQuery(text)).algebra
    selected = [str(v) for v in algebra["PV"]]
    node = algebra["p"]
    while node.name in ("Slice", "Distinct", "Reduced", "Project"):
        node = node["p"]
    if node.name != "OrderBy":
        return selected, None
    keys = [c if isinstance(c, Variable) else c.expr for c in node["expr"]]
    return selected, [str(k) for k in keys]


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_each_competency_question_orders_every_column_it_selects(path: Path):
    """So two rows that tie on the order are the same row, and pages cannot swap them."""
    selected, keys = order_keys(text_of(path))
    assert keys is not None and set(selected) <= set(keys), (selected, keys)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_pages_of_each_competency_question_are_the_whole_listing(seed_dev: Path, path: Path):
    text = text_of(path)
    whole = query(text, seed_dev)
    size = max(1, len(whole) // 4)  # four or five pages, the last one short
    for attempt in range(2):  # each time in a query process of its own
        worker, pages, offset = Worker(), [], 0
        try:
            while True:
                reply = sandboxed(seed_dev, text, limit=size, offset=offset, worker=worker)
                answer = json.loads(reply.body)["results"]["bindings"]
                assert reply.ordered and reply.count == len(answer) <= size
                pages.append(answer)
                offset += size
                if not reply.more:
                    break
        finally:
            worker.close()
        rows = [row for page in pages for row in page]
        assert rows == json.loads(sandboxed(seed_dev, text).body)["results"]["bindings"], attempt
        assert len(rows) == len(whole)
        assert len(pages) == max(1, -(-len(whole) // size))  # `more` is exact: no empty page at the end
