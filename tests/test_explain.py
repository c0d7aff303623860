"""``kg explain`` (kg.inspect.facts about one entity) gives the rows, labels and order of the one
SPARQL query it replaced: every fact about the entity with its evidence, labelled by OPTIONAL
look-ups and sorted by ORDER BY ?sl ?p ?ol ?article ?begin in Oxigraph. That query is kept here as
the reference; facts() now asks for the labels once per node and sorts in Python."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import explain_index
from kg.inspect import FACTS, FactRow, facts, find_entity
from kg.store import query
from kg.vocab import ID

REFERENCE = FACTS % """{ ?ev gk:factSubject <%(iri)s> ; gk:factObject ?o . BIND (<%(iri)s> AS ?s) }
    UNION { ?ev gk:factObject <%(iri)s> ; gk:factSubject ?s . FILTER (?s != <%(iri)s>) BIND (<%(iri)s> AS ?o) }"""


def reference(build: Path, iri: str) -> list[FactRow]:
    """The reference query's rows; those that tie on its ORDER BY (which Oxigraph's unstable sort
    leaves in an order of its own) by end, rule, sentence, subject and object, as facts() orders them."""
    rows = [FactRow(*(str(v) for v in row[:7]), int(row[7]), int(row[8]), str(row[9]))
            for row in query(REFERENCE % {"iri": iri}, build)]
    position = {id(r): n for n, r in enumerate(rows)}
    keys = [(r.subject_label, r.predicate, r.object_label, r.article, r.begin) for r in rows]
    assert keys == sorted(keys)  # plain strings here, where code-point order is Oxigraph's
    return sorted(rows, key=lambda r: (position_of_tie(rows, position, r), r.end, r.rule, r.sentence, r.subject, r.object))


def position_of_tie(rows: list[FactRow], position: dict, r: FactRow) -> int:
    """Where the tie group of ``r`` (rows equal on the ORDER BY keys) starts in ``rows``."""
    key = (r.subject_label, r.predicate, r.object_label, r.article, r.begin)
    n = position[id(r)]
    while n and (rows[n - 1].subject_label, rows[n - 1].predicate, rows[n - 1].object_label, rows[n - 1].article,
                 rows[n - 1].begin) == key:
        n -= 1
    return n


GK = "https://w3id.org/garment-kg/ontology#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
XSD = "http://www.w3.org/2001/XMLSchema#"
X = "https://example.org/x/"


def node(name: str) -> ox.NamedNode:
    return ox.NamedNode(X + name)


def small_build(tmp_path: Path, ties: bool = False, indexed: bool = False) -> Path:
    """A store with what the labels and the order can meet: an entity with two labels, an object
    with a label, a preferred label equal to it and one of the same text in English, an object
    with no label, literal objects (a year, a number written "007"), a fact of an entity about
    itself, one fact read in two articles and two sentences, and (``ties``) two evidence nodes
    that agree on every key of the ORDER BY. With ``indexed``, the store has the evidence index
    a build writes beside it (and the support table its labels come from)."""
    build = tmp_path / "build"
    (build / "store").mkdir(parents=True)
    store = ox.Store(str(build / "store"))
    triples = []
    articles: dict[str, list] = {"a1": [], "a2": []}  # each article graph's quads, for the index

    def add(s, p, o):
        q = ox.Quad(s, ox.NamedNode(p) if isinstance(p, str) else p, o)
        triples.append(q)
        if s.value.startswith(str(ID["article/"])):
            articles[s.value.rsplit("/", 1)[1].split("#")[0]].append(q)
        elif s.value.startswith(str(ID["evidence/"])):
            if p == GK + "sentence":  # (given first) the evidence node's article is its sentence's
                evidence_of[s.value] = o.value.rsplit("/", 1)[1].split("#")[0]
            articles[evidence_of[s.value]].append(q)

    evidence_of: dict[str, str] = {}
    for art, text in (("a1", "Zeta met Beta. Beta hosted Zeta."), ("a2", "Beta, also alpha, met Topic in 2024.")):
        add(article(art), "http://purl.org/dc/terms/identifier", ox.Literal(art))
        for i, sentence in enumerate(text.split(". ")):
            sent = article(f"{art}#s{i}")
            add(sent, NIF + "anchorOf", ox.Literal(sentence))
            add(sent, NIF + "referenceContext", article(art))
    add(node("beta"), LABEL, ox.Literal("Beta"))
    add(node("beta"), LABEL, ox.Literal("alpha"))
    add(node("zeta"), LABEL, ox.Literal("Zeta"))
    add(node("topic"), LABEL, ox.Literal("topic"))
    add(node("topic"), PREF, ox.Literal("topic"))
    add(node("topic"), PREF, ox.Literal("topic", language="en"))
    facts_ = [  # subject, predicate, object, sentence, begin, end, rule
        ("beta", "metWith", node("zeta"), "a1#s0", 0, 13, "meeting"),
        ("zeta", "hostedBy", node("beta"), "a1#s1", 0, 17, "hosting"),
        ("beta", "metWith", node("zeta"), "a2#s0", 0, 9, "meeting"),
        ("beta", "discusses", node("topic"), "a2#s0", 23, 28, "topic-label"),
        ("beta", "discusses", node("nameless"), "a2#s0", 23, 28, "topic-label"),
        ("beta", "year", ox.Literal("2024", datatype=ox.NamedNode(XSD + "gYear")), "a2#s0", 32, 36, "year"),
        ("beta", "participantCount", ox.Literal("007", datatype=ox.NamedNode(XSD + "integer")), "a2#s0", 0, 4, "count"),
        ("beta", "partOf", node("beta"), "a1#s1", 0, 4, "self"),
    ]
    if ties:
        facts_ += [("beta", "metWith", node("zeta"), "a1#s0", 0, 13, "meeting-again"),
                   ("beta", "metWith", node("zeta"), "a1#s0", 0, 12, "meeting")]
    for n, (s, p, o, sent, begin, end, rule) in enumerate(facts_):
        ev = ox.NamedNode(str(ID[f"evidence/ev{n}"]))
        add(ev, GK + "sentence", article(sent))
        add(ev, GK + "factSubject", node(s))
        add(ev, GK + "factPredicate", ox.NamedNode(GK + p))
        add(ev, GK + "factObject", o)
        add(ev, NIF + "beginIndex", ox.Literal(str(begin), datatype=ox.NamedNode(XSD + "nonNegativeInteger")))
        add(ev, NIF + "endIndex", ox.Literal(str(end), datatype=ox.NamedNode(XSD + "nonNegativeInteger")))
        add(ev, GK + "rule", ox.Literal(rule))
    store.extend(triples)
    store.flush()
    del store
    if indexed:
        import sqlite3

        db = sqlite3.connect(build / "store" / "support.sqlite")
        db.execute("CREATE TABLE support (triple TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
        db.executemany("INSERT INTO support VALUES (?, 1)", ((str(q.triple),) for q in triples
                                                              if not q.subject.value.startswith(str(ID))))
        db.commit()
        db.close()
        graphs = []
        for art, quads in articles.items():
            graphs.append(tmp_path / f"{art}.ttl")
            graphs[-1].write_bytes(ox.serialize([q.triple for q in quads], format=ox.RdfFormat.TURTLE))
        explain_index.write(build / "store" / explain_index.INDEX_FILE, graphs)
        assert explain_index.bindings(build / "store", X + "beta") is not None
    return build


def article(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(ID[f"article/{name}"]))


@pytest.mark.parametrize("indexed", [False, True], ids=["store", "index"])
def test_the_facts_about_an_entity_are_the_reference_query_rows_in_its_order(tmp_path: Path, indexed: bool):
    build = small_build(tmp_path, indexed=indexed)
    for name in ("beta", "zeta", "topic", "nameless", "nobody"):
        assert facts(build, X + name) == reference(build, X + name), name
    rows = facts(build, X + "beta")
    # every label of the subject, each label term of the object once ("topic" as label and as
    # preferred label is one term, "topic"@en another), the IRI where there is no label
    assert {(r.subject_label, r.object_label) for r in rows if r.predicate == GK + "discusses"} == {
        ("Beta", "topic"), ("alpha", "topic"), ("Beta", X + "nameless"), ("alpha", X + "nameless")}
    assert len([r for r in rows if r.object == X + "topic"]) == 4
    assert [r.relation for r in rows][:3] == ["discusses", "discusses", "discusses"]  # "Beta" sorts before "alpha"
    # literal objects as rdflib gives them (it writes an xsd:integer "007" as 7), their text as label
    assert {(r.object, r.object_label) for r in rows if r.relation in ("year", "participantCount")} == {
        ("2024", "2024"), ("7", "7")}
    # the fact about itself once (a row for each label as subject and each as object, not twice
    # that), the fact read in two articles twice, with each article and sentence
    assert len([r for r in rows if r.relation == "partOf"]) == 4
    met = [(r.article, r.sentence, r.begin, r.end) for r in rows if r.relation == "metWith" and r.subject_label == "Beta"]
    assert met == [("a1", "Zeta met Beta", 0, 13), ("a2", "Beta, also alpha, met Topic in 2024.", 0, 9)]
    # ordered by the subject's label first: Beta met Zeta (twice), Zeta was hosted by Beta and by alpha, alpha met Zeta
    assert [(r.subject_label, r.relation) for r in facts(build, X + "zeta")] == [
        ("Beta", "metWith"), ("Beta", "metWith"), ("Zeta", "hostedBy"), ("Zeta", "hostedBy"),
        ("alpha", "metWith"), ("alpha", "metWith")]


@pytest.mark.parametrize("indexed", [False, True], ids=["store", "index"])
def test_rows_that_tie_on_the_order_come_in_one_order_of_their_own(tmp_path: Path, indexed: bool):
    build = small_build(tmp_path, ties=True, indexed=indexed)
    rows = facts(build, X + "beta")
    assert rows == reference(build, X + "beta")
    tied = [(r.end, r.rule) for r in rows if r.relation == "metWith" and r.article == "a1" and r.subject_label == "Beta"]
    assert tied == [(12, "meeting"), (13, "meeting"), (13, "meeting-again")]
    assert facts(build, X + "beta") == rows


def test_every_entity_of_the_seed_is_explained_as_the_reference_query_explains_it(seed_build: Path):
    entities = [str(x) for (x,) in query("SELECT DISTINCT ?x WHERE { ?a gk:mentions ?x }", seed_build)]
    assert len(entities) >= 15
    for iri in entities:
        assert facts(seed_build, iri) == reference(seed_build, iri), iri
    rows = facts(seed_build, find_entity("liao bo", seed_build))
    assert [(r.relation, r.subject_label) for r in rows] == [
        ("presidedOverBy", "2024 China's garment industry Belt and Road docking exchange event"),
        ("heldBy", "deputy director, Industry Department of China National Garment Association")]
    assert rows[0].sentence.startswith("The event was presided over by Liao Bo")


@pytest.mark.parametrize("name", ["LIAO BO", "  liao bo ", "https://w3id.org/garment-kg/id/person/liao-bo"])
def test_an_entity_is_found_by_its_name_in_any_case_or_by_its_iri(seed_build: Path, name: str):
    assert find_entity(name, seed_build) == "https://w3id.org/garment-kg/id/person/liao-bo"


def test_an_index_of_another_version_is_left_for_the_store(tmp_path: Path):
    import sqlite3

    build = small_build(tmp_path, indexed=True)
    expected = facts(build, X + "beta")
    db = sqlite3.connect(build / "store" / explain_index.INDEX_FILE)
    db.execute("UPDATE meta SET version = 0")
    db.execute("DELETE FROM evidence")  # were it read, beta would have no facts
    db.commit()
    db.close()
    assert explain_index.bindings(build / "store", X + "beta") is None
    assert facts(build, X + "beta") == expected == reference(build, X + "beta")


def test_a_build_explains_from_its_index_as_its_store_does(seed_build: Path, monkeypatch):
    entities = [str(x) for (x,) in query("SELECT DISTINCT ?x WHERE { ?a gk:mentions ?x }", seed_build)]
    assert (seed_build / "store" / explain_index.INDEX_FILE).is_file()
    assert all(explain_index.bindings(seed_build / "store", iri) is not None for iri in entities)
    indexed = {iri: facts(seed_build, iri) for iri in entities}
    monkeypatch.setattr(explain_index, "bindings", lambda *args: None)
    assert {iri: facts(seed_build, iri) for iri in entities} == indexed
    assert sum(map(len, indexed.values())) > 50
