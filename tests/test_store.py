"""The SPARQL store: competency questions with their exact answers, entailment, safety, the Python API."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

import kg
from conftest import GOLDEN, ROOT, SEED
from kg.build import build
from kg.errors import InputError, QueryError
from kg.store import _run, open_store, query

QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
EXPECTED = json.loads((GOLDEN / "competency.json").read_text(encoding="utf-8"))
GK = "https://w3id.org/garment-kg/ontology#"


def test_there_are_at_least_15_documented_competency_questions():
    assert len(QUERIES) >= 15
    for path in QUERIES:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and len(first) > 20, path.name
    assert sorted(EXPECTED) == [p.name for p in QUERIES]


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_competency_question_answers_exactly(path: Path, seed_build: Path):
    answer = query(path.read_text(encoding="utf-8"), seed_build)
    rows = [[None if t is None else str(t) for t in row] for row in answer.rows]
    assert rows == EXPECTED[path.name]


def test_a_few_answers_read_from_the_article(seed_build: Path):
    hosts = {r["host"] for r in query((ROOT / "ontology/queries/02-event-hosted-by.rq").read_text(), seed_build).dicts()}
    assert hosts == {"China National Garment Association",
                     "Department of Industry and Information Technology of Xinjiang Uygur Autonomous Region"}
    evidence = query((ROOT / "ontology/queries/11-fact-evidence.rq").read_text(), seed_build).dicts()[0]
    text = SEED.read_text(encoding="utf-8")
    assert evidence["sentence"] in text
    assert "hosted by" in text[int(evidence["begin"]):int(evidence["end"])]


def test_subclass_instances_count_as_their_superclass(seed_build: Path):
    agencies = {r[0] for r in query("SELECT ?x WHERE { ?x a gk:GovernmentAgency }", seed_build)}
    units = {r[0] for r in query("SELECT ?x WHERE { ?x a gk:OrganizationalUnit }", seed_build)}
    orgs = {r[0] for r in query("SELECT ?x WHERE { ?x a gk:Organization }", seed_build)}
    assert agencies and units and agencies | units <= orgs
    people = {r[0] for r in query("SELECT ?x WHERE { ?x a gk:Person }", seed_build)}
    agents = {r[0] for r in query("SELECT ?x WHERE { ?x a foaf:Agent }", seed_build)}
    assert agents == people | orgs


def test_the_store_holds_each_triple_once_with_entailments_about_entities_only(seed_build: Path):
    store = open_store(seed_build)
    assert list(store.named_graphs()) == []  # no copies: everything is in the default graph, once
    agency = query(f"ASK {{ ?x a <{GK}GovernmentAgency> , <{GK}Organization> , foaf:Agent }}", seed_build)
    assert agency.boolean is True  # the superclass types are entailed
    about_evidence = query("ASK { ?ev gk:factSubject ?s ; a ?t }", seed_build)
    assert about_evidence.boolean is False  # evidence nodes are neither typed nor given entailed types
    text = query("ASK { ?s nif:anchorOf ?t ; a nif:String }", seed_build)
    assert text.boolean is True  # stated types of sentences stay


def test_a_triple_said_twice_counts_once(tmp_path: Path):
    twin = tmp_path / "in"
    twin.mkdir()
    for name in ("a.txt", "b.txt"):
        (twin / name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    build([twin], tmp_path / "build", check=False)
    people = query("SELECT ?x WHERE { ?x a gk:Person }", tmp_path / "build")
    assert len(people) == 3
    said = query("""SELECT DISTINCT ?id WHERE { ?x a gk:Person . ?ev gk:factObject|gk:factSubject ?x ;
                                               gk:sentence/nif:referenceContext/dcterms:identifier ?id }""",
                 tmp_path / "build")
    assert {str(r[0]) for r in said} == {"a", "b"}  # which article said it: through the evidence


def test_each_distinct_triple_is_fed_to_the_store_once_whatever_the_chunks(tmp_path: Path, monkeypatch):
    """A label two articles state is fed once, also when the articles fall in different chunks of
    the bulk load, and counted twice in the support table: the store and its counts are those of a
    load in one chunk."""
    import sqlite3

    import kg.store as store_module

    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt"):  # the same article twice: every triple about an entity twice
        (src / name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    one = build([src], tmp_path / "one", check=False)
    monkeypatch.setattr(store_module, "CHUNK", 97)  # a few hundred quads an article: many chunks
    many = build([src], tmp_path / "many", check=False)

    def contents(out: Path) -> tuple[list[str], list[tuple[str, int]]]:
        db = sqlite3.connect(out / "store" / "support.sqlite")
        support = db.execute("SELECT triple, n FROM support ORDER BY triple").fetchall()
        db.close()
        return sorted(str(q) for q in open_store(out)), support

    quads, support = contents(tmp_path / "one")
    assert contents(tmp_path / "many") == (quads, support)
    assert one.quads_loaded == many.quads_loaded == len(quads)  # nothing fed twice
    assert {n for _, n in support} == {2}  # each triple about an entity: both articles
    label = '<https://w3id.org/garment-kg/id/person/liao-bo> <http://www.w3.org/2000/01/rdf-schema#label> "Liao Bo"'
    assert (label, 2) in support


def test_python_api_answers_select_ask_and_construct(seed_build: Path):
    answer = kg.query("SELECT ?name WHERE { ?p a gk:Person ; rdfs:label ?name } ORDER BY ?name", seed_build)
    assert answer.variables == ["name"]
    assert [r["name"] for r in answer.dicts()] == ["Dilebel Maimaitiming", "Liao Bo", "Yang Xiaodong"]
    assert kg.query("ASK { ?e gk:heldIn ?p }", seed_build).boolean is True
    g = kg.query("CONSTRUCT { ?p a gk:Person } WHERE { ?p a gk:Person }", seed_build).graph
    assert len(g) == 3 and all(isinstance(s, URIRef) for s in g.subjects())


def test_malformed_sparql_is_one_line_with_the_position(seed_build: Path):
    with pytest.raises(QueryError) as info:
        query("SELECT ?x WHERE { ?x a gk:Person", seed_build)
    assert "malformed SPARQL" in str(info.value) and "1:" in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_service_is_refused(sparql: str, seed_build: Path):
    with pytest.raises(QueryError, match="SERVICE is not allowed"):
        query(sparql, seed_build)


def test_the_word_service_in_a_string_or_iri_is_fine(seed_build: Path):
    answer = query('SELECT ?x WHERE { VALUES ?x { "SERVICE" <http://example.org/SERVICE> } } # SERVICE', seed_build)
    assert len(answer) == 2


def test_remote_from_only_names_a_graph_in_the_store(seed_build: Path):
    answer = query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5", seed_build)
    assert len(answer) == 5
    remote = query("SELECT ?s FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }", seed_build)
    assert len(remote) == 0  # not fetched: no such graph in the store


def test_missing_build_says_what_to_run(tmp_path: Path):
    with pytest.raises(InputError, match="run `kg build` first"):
        open_store(tmp_path / "nothing")


def test_event_overview_lists_differing_reports_once_per_event():
    """Two articles that give one event different dates and themes: one row, each value once,
    not every start date paired with every theme."""
    gk, rdfs = "https://w3id.org/garment-kg/ontology#", "http://www.w3.org/2000/01/rdf-schema#"
    event = ox.NamedNode("https://example.org/event")
    store = ox.Store()
    store.add(ox.Quad(event, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(gk + "Event")))
    store.add(ox.Quad(event, ox.NamedNode(rdfs + "label"), ox.Literal("Fair")))
    for prop, values in {"startDate": ["2024-05-01", "2024-05-02"], "theme": ["Green Threads", "Smart Looms"],
                         "year": ["2024"]}.items():
        for value in values:
            store.add(ox.Quad(event, ox.NamedNode(gk + prop), ox.Literal(value)))
    rows = [[None if t is None else t.value for t in row]
            for row in _run(store, (ROOT / "ontology/queries/15-event-overview.rq").read_text(encoding="utf-8"))]
    assert len(rows) == 1
    event_label, year, start, end, theme, participants = rows[0]
    assert (event_label, year, end, participants) == ("Fair", "2024", None, None)
    assert sorted(start.split(" | ")) == ["2024-05-01", "2024-05-02"]
    assert sorted(theme.split(" | ")) == ["Green Threads", "Smart Looms"]
