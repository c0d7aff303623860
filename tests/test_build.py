"""The build: golden graph of the seed, byte-identical rebuilds, SHACL conformance."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from conftest import GOLDEN, SEED, gold_cases
from kg.article import read_article
from kg.build import build, build_article
from kg.validate import validate
from kg.vocab import GK


def test_seed_graph_matches_golden_file():
    built = build_article(read_article(SEED)).graph
    golden = Graph().parse(GOLDEN / "seed.ttl")
    if not isomorphic(built, golden):
        _, only_built, only_golden = graph_diff(to_isomorphic(built), to_isomorphic(golden))
        raise AssertionError(f"new: {sorted(only_built)[:5]} missing: {sorted(only_golden)[:5]}")


def test_two_builds_are_byte_identical(tmp_path: Path, built: Path):
    again = tmp_path / "again"
    build([article for article, _ in gold_cases()], again)
    for name in ("dataset.trig", "graph.ttl"):
        assert (again / name).read_bytes() == (built / name).read_bytes(), name


def test_built_graphs_conform_to_the_shapes(built: Path):
    for path in sorted((built / "articles").glob("*.ttl")):
        assert validate(Graph().parse(path)) == [], path.name


def test_a_fact_without_evidence_is_a_violation():
    g = build_article(read_article(SEED)).graph
    evidence = next(g.subjects(GK.factPredicate, GK.heldIn))
    g.remove((evidence, None, None))
    messages = [v.message for v in validate(g)]
    assert any("Fact has no evidence" in m and "heldIn" in m for m in messages)


def test_every_fact_has_its_sentence_in_sparql(built: Path):
    g = Graph().parse(built / "articles" / "000_79e68d3d9a482b0e.ttl")
    rows = list(g.query("""
        PREFIX gk: <https://w3id.org/garment-kg/ontology#>
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?text ?b ?e ?rule WHERE {
          ?event gk:heldIn ?place .
          ?ev gk:factSubject ?event ; gk:factPredicate gk:heldIn ; gk:factObject ?place ;
              gk:sentence/nif:anchorOf ?text ; nif:beginIndex ?b ; nif:endIndex ?e ; gk:rule ?rule .
        }"""))
    assert len(rows) == 1
    text, b, e, rule = rows[0]
    article = SEED.read_text(encoding="utf-8")
    assert "was held in Urumqi" in str(text)
    assert article[int(b):int(e)].endswith("Urumqi")
    assert str(rule) == "held-in"
