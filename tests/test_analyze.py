"""The NetworkX projection, the measures, names and paths (kg/analyze.py) and `kg analyze` / `kg path`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from typer.testing import CliRunner

from conftest import SEED
from kg import analyze as an
from kg.build import build
from kg.cli import app
from kg.errors import AmbiguousEntity, NoPath, UnknownEntity
from kg.resources import ontology_file
from kg.vocab import GK

ID = "https://w3id.org/garment-kg/id/"
EVENT = ID + "event/2024-china-garment-industry-belt-and-road-docking-exchange-event"
PROGRAMME = ID + "programme/2024-textile-and-garment-excellent-supply-promotion-and-upgrading-activity"
CNGA = ID + "organization/china-national-garment-association"
MIIT = ID + "organization/ministry-of-industry-and-information-technology-of-the-people-republic-of-china"
MOFCOM = ID + "organization/ministry-of-commerce-of-the-people-republic-of-china"
CONSUMER = ID + "organization/department-of-consumer-goods-industry-of-the-ministry-of-industry-and-information-technology"
INDUSTRY_DEPT = ID + "organization/industry-department-of-china-national-garment-association"
XJ_DEPT = ID + "organization/department-of-industry-and-information-technology-of-xinjiang-uygur-autonomous-region"
LIAO = ID + "person/liao-bo"
URUMQI = ID + "place/urumqi"
PRESIDED = "The event was presided over by Liao Bo, deputy director of the Industry Department of China National Garment Association."

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("analyze") / "build"
    build([SEED], out)
    return out


@pytest.fixture(scope="module")
def rdf(seed_build) -> Graph:
    return an.load_graph(seed_build / "graph.ttl")


@pytest.fixture(scope="module")
def G(rdf) -> nx.MultiDiGraph:
    return an.project(rdf)


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


# --- projection -------------------------------------------------------------------------------

def test_projection_counts_on_the_seed(rdf, G):
    assert (G.number_of_nodes(), G.number_of_edges()) == (16, 21)
    with_topics = an.project(rdf, topics=True)
    assert (with_topics.number_of_nodes(), with_topics.number_of_edges()) == (45, 50)
    assert sum(1 for _, d in with_topics.nodes(data=True) if d["cls"] == "Topic") == 29


def test_projection_keeps_only_entities(G):
    assert all(n.startswith(ID) and d["kind"] in an.KINDS for n, d in G.nodes(data=True))
    assert not [n for n in G if "/evidence/" in n or "/article/" in n or "/post/" in n or "/role/" in n]
    assert G.nodes[EVENT]["label"] == "2024 China's garment industry Belt and Road docking exchange event"
    assert G.nodes[EVENT]["cls"] == "Event"
    assert G.nodes[CNGA]["cls"] == "IndustryAssociation" and G.nodes[CNGA]["aliases"] == ["China Garment Association"]
    # literal facts become attributes of their subject, not nodes
    assert ("participantCount", "120") in G.nodes[EVENT]["attributes"]
    assert ("theme", "the future of the Fashion New Silk Road Quality Chain") in G.nodes[EVENT]["attributes"]


def test_exact_edges_with_relations_and_evidence(G):
    assert set(G[EVENT][CNGA]) == {"hostedBy", "attendedBy"}
    assert G[EVENT][URUMQI]["heldIn"]["predicate"] == str(GK.heldIn)
    assert G[EVENT][PROGRAMME]["partOf"]["relation"] == "partOf"
    assert set(G[PROGRAMME]) == {MIIT, MOFCOM} and "organizedBy" in G[PROGRAMME][MOFCOM]
    assert "subOrganizationOf" in G[CONSUMER][MIIT]
    [ev] = G[EVENT][LIAO]["presidedOverBy"]["evidence"]
    assert (ev.sentence, ev.article, ev.rule) == (PRESIDED, "000_79e68d3d9a482b0e", "presided-passive")


def test_posts_become_person_to_organization_edges_labelled_by_role(G):
    edge = G[LIAO][INDUSTRY_DEPT]["holdsPostIn:deputy director"]
    assert (edge["relation"], edge["label"], edge["predicate"]) == ("holdsPostIn", "deputy director", "http://www.w3.org/ns/org#Post")
    assert [e.sentence for e in edge["evidence"]] == [PRESIDED]
    roles = sorted(d["label"] for _, _, d in G.edges(data=True) if d["relation"] == "holdsPostIn")
    assert roles == ["deputy director", "full-time vice president", "second inspector"]


def test_every_projected_edge_has_evidence(G):
    assert all(d["evidence"] for *_, d in G.edges(data=True))


# --- measures ---------------------------------------------------------------------------------

def test_centrality_communities_and_components(G):
    a = an.analyse(G, seed=42)
    assert [(s.iri, s.degree) for s in a.top("degree", 3)] == [(EVENT, 12), (CNGA, 4), (XJ_DEPT, 4)]
    assert a.top("betweenness", 1)[0].iri == EVENT and a.top("pagerank", 1)[0].iri == CNGA
    assert abs(sum(s.pagerank for s in a.nodes) - 1.0) < 1e-4
    assert len(a.components) == 1 and len(a.components[0]) == 16
    assert sorted(map(len, a.communities), reverse=True) == [len(c) for c in a.communities]
    assert sum(map(len, a.communities)) == 16
    assert a.class_counts == {"City": 1, "Country": 1, "Event": 1, "GovernmentAgency": 2, "IndustryAssociation": 3,
                              "OrganizationalUnit": 3, "Person": 3, "Programme": 1, "Region": 1}
    assert a.relation_counts["holdsPostIn"] == 3 and a.relation_counts["attendedBy"] == 4
    assert sum(a.relation_counts.values()) == 21


def test_analysis_is_reproducible(G):
    first, second = an.analyse(G, seed=42), an.analyse(G, seed=42)
    assert first.communities == second.communities and first.nodes == second.nodes
    assert json.dumps(an.to_json(first, G)) == json.dumps(an.to_json(second, G))


def test_analysis_graph_is_queryable(G):
    g = an.analysis_graph(an.analyse(G))
    assert g.identifier == URIRef("https://w3id.org/garment-kg/graph/derived/analysis")
    assert len(g) == 16 * 4
    rows = list(g.query("PREFIX gk: <https://w3id.org/garment-kg/ontology#> "
                        "SELECT ?n WHERE { ?n gk:pageRank ?r } ORDER BY DESC(?r) LIMIT 1"))
    assert str(rows[0][0]) == CNGA
    assert g.value(URIRef(EVENT), GK.degree) == Literal(12)


def test_analysis_terms_are_in_the_ontology():
    onto = Graph().parse(ontology_file("garment-kg.ttl"))
    for term in (GK.degree, GK.pageRank, GK.betweenness, GK.community):
        assert onto.value(term, RDFS.label) and onto.value(term, RDFS.comment)
        assert (term, RDF.type, URIRef("http://www.w3.org/2002/07/owl#DatatypeProperty")) in onto


# --- names and paths --------------------------------------------------------------------------

def test_find_node_by_label_alias_or_iri(G):
    assert an.find_node(G, "liao bo") == LIAO
    assert an.find_node(G, "  LIAO   BO ") == LIAO
    assert an.find_node(G, "China Garment Association") == CNGA
    assert an.find_node(G, URUMQI) == URUMQI


def test_unknown_name_lists_close_matches(G):
    with pytest.raises(UnknownEntity) as info:
        an.find_node(G, "China Garmnt Association")
    assert "close matches" in str(info.value) and "China National Garment Association" in str(info.value)


def test_ambiguous_name(G):
    H = G.copy()
    H.add_node(ID + "person/liao-bo-2", iri=ID + "person/liao-bo-2", label="Liao Bo", cls="Person",
               kind="Person", aliases=[], attributes=[])
    with pytest.raises(AmbiguousEntity):
        an.find_node(H, "Liao Bo")


def test_shortest_path_hops_with_relations_and_evidence(G):
    [path] = an.shortest_paths(G, LIAO, URUMQI)
    assert [(h.source, h.target) for h in path] == [(LIAO, EVENT), (EVENT, URUMQI)]
    assert [(k.relation, k.forward) for k in path[0].links] == [("presidedOverBy", False)]
    assert [(k.relation, k.forward) for k in path[1].links] == [("heldIn", True)]
    assert path[0].links[0].evidence[0].sentence == PRESIDED


def test_no_path(G):
    H = G.copy()
    H.add_node("urn:x:island", iri="urn:x:island", label="Island", cls="Place", kind="Place", aliases=[], attributes=[])
    with pytest.raises(NoPath):
        an.shortest_paths(H, LIAO, "urn:x:island")


def test_neighbourhood(G):
    assert set(an.neighbourhood(G, LIAO, 1)) == {LIAO, EVENT, INDUSTRY_DEPT}


# --- CLI --------------------------------------------------------------------------------------

def test_cli_analyze_table(seed_build):
    result = run("analyze", "--build", seed_build, "--top", 3)
    assert result.exit_code == 0, result.output
    assert "21 facts between 16 entities; 1 connected component(s)" in result.output
    for heading in ("Degree: top 3", "PageRank: top 3", "Betweenness: top 3", "Communities (Louvain)",
                    "Connected components", "Entities by class", "Facts by relation"):
        assert heading in result.output
    assert "holdsPostIn" in result.output


def test_cli_analyze_json_is_stable(seed_build):
    first = run("analyze", "--build", seed_build, "--format", "json")
    second = run("analyze", "--build", seed_build, "--format", "json")
    assert first.exit_code == 0 and first.output == second.output
    data = json.loads(first.output)
    assert (data["nodes"], data["edges"]) == (16, 21)
    assert data["top"]["degree"][0] == {"iri": EVENT, "label": G_LABEL, "class": "Event", "degree": 12,
                                        "pagerank": data["top"]["degree"][0]["pagerank"],
                                        "betweenness": data["top"]["degree"][0]["betweenness"],
                                        "community": data["top"]["degree"][0]["community"]}
    assert len(data["components"]) == 1


G_LABEL = "2024 China's garment industry Belt and Road docking exchange event"


def test_cli_analyze_with_topics(seed_build):
    data = json.loads(run("analyze", "--build", seed_build, "--topics", "--format", "json").output)
    assert (data["nodes"], data["edges"], data["classes"]["Topic"]) == (45, 50, 29)


def test_cli_analyze_write_named_graph(seed_build):
    result = run("analyze", "--build", seed_build, "--write")
    assert result.exit_code == 0, result.output
    ds = Dataset()
    ds.parse(seed_build / "analysis.trig", format="trig")
    g = ds.graph(URIRef("https://w3id.org/garment-kg/graph/derived/analysis"))
    assert len(g) == 64 and g.value(URIRef(EVENT), GK.degree) == Literal(12)
    assert not [p for p in seed_build.iterdir() if p.name.startswith(".analysis.trig")]
    # the same named graph is in the SPARQL store, and in its default graph (the union)
    import kg
    assert run("analyze", "--build", seed_build, "--write").exit_code == 0  # rewriting replaces, not adds
    top = kg.query("SELECT ?n WHERE { ?n gk:pageRank ?r } ORDER BY DESC(?r) LIMIT 1", seed_build)
    assert [str(row[0]) for row in top] == [CNGA]
    count = kg.query("SELECT (COUNT(*) AS ?c) WHERE { GRAPH gkg:derived\\/analysis { ?s ?p ?o } }", seed_build)
    assert [int(row[0]) for row in count] == [64]


def _plain(G: nx.MultiDiGraph) -> tuple[list, list]:
    return list(G.nodes(data=True)), list(G.edges(keys=True, data=True))


def test_a_graph_file_read_as_a_stream_projects_as_its_rdflib_graph(built):
    """project_file keeps only what the projection uses of the file, and gives the projection that
    an rdflib graph of all of it gives; without the evidence, the same nodes and edges."""
    for name in ("graph.ttl", "dataset.trig"):
        for topics in (False, True):
            whole = an.project(an.load_graph(built / name), topics=topics)
            assert _plain(an.project_file(built / name, topics=topics)) == _plain(whole), (name, topics)
            lean = an.project_file(built / name, topics=topics, evidence=False)
            assert list(lean.nodes(data=True)) == list(whole.nodes(data=True))
            assert [(u, v, k, {**d, "evidence": (), "records": ()}) for u, v, k, d in whole.edges(keys=True, data=True)] \
                == list(lean.edges(keys=True, data=True))


def test_analyze_write_reads_no_rdflib_graph_and_writes_the_same_triples_in_place(seed_build, tmp_path, monkeypatch):
    """`kg analyze --write` writes what it wrote when it read the whole graph into rdflib (and
    copied it into a second rdflib graph): the same analysis.trig, and the same triples in the
    store's named graph and default graph. It reads the graph as a stream, and writes into the
    store where it is: no second store, no copy of the folder."""
    import pyoxigraph as ox

    from kg import oxi

    out = tmp_path / "build"
    shutil.copytree(seed_build, out)
    (out / "analysis.trig").unlink(missing_ok=True)  # the module's other tests write one
    expected = an.analysis_quads(an.analysis_graph(an.analyse(an.project(an.load_graph(out / "graph.ttl")))))

    def refused(*_args, **_kwargs):
        raise AssertionError("kg analyze read the graph into rdflib")

    monkeypatch.setattr(an, "load_graphs", refused)
    store = out / "store"
    before = {"build": sorted(os.listdir(out)), "beside": sorted(os.listdir(tmp_path)), "inode": store.stat().st_ino,
              "bytes": sum(f.stat().st_size for f in store.iterdir())}
    result = run("analyze", "--build", out, "--write")
    assert result.exit_code == 0, result.output
    assert (out / "analysis.trig").read_bytes() == oxi.trig(expected)
    stored = ox.Store()  # Oxigraph keeps a double by its value ("0.0" comes back "0"): compare as it keeps them
    stored.extend(expected)
    expected = {q.triple for q in stored}
    written = ox.Store.read_only(str(store))
    assert {q.triple for q in written.quads_for_pattern(None, None, None, ox.NamedNode(str(an.ANALYSIS_GRAPH)))} \
        == expected
    assert expected <= {q.triple for q in written.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    del written
    assert sorted(os.listdir(out)) == sorted([*before["build"], "analysis.trig"])
    assert sorted(os.listdir(tmp_path)) == before["beside"] and store.stat().st_ino == before["inode"]
    grown = sum(f.stat().st_size for f in store.iterdir()) - before["bytes"]
    assert grown < before["bytes"]  # a store beside itself, or rewritten whole, would be another as big


def test_cli_path(seed_build):
    result = run("path", "liao bo", "URUMQI", "--build", seed_build)
    assert result.exit_code == 0, result.output
    assert "Liao Bo ←presidedOverBy— 2024 China's garment industry" in result.output
    assert "—heldIn→ Urumqi" in result.output and PRESIDED in result.output
    data = json.loads(run("path", "Liao Bo", "Urumqi", "--build", seed_build, "--format", "json").output)
    assert [hop["to_label"] for hop in data[0]] == [G_LABEL, "Urumqi"]


def test_cli_path_unknown_name_is_one_line(seed_build):
    result = run("path", "Liao Boo", "Urumqi", "--build", seed_build)
    assert result.exit_code == 1
    assert "[E020] no entity named 'Liao Boo'; close matches: Liao Bo" in result.output
    assert "Traceback" not in result.output


def test_cli_missing_build_says_to_build(tmp_path):
    for command in (["analyze"], ["path", "a", "b"], ["viz"]):
        result = run(*command, "--build", tmp_path / "nothing")
        assert result.exit_code == 1 and "run `kg build` first" in result.output, command


def test_analysis_does_not_change_with_python_string_hashing(built):
    # Python orders sets of strings by a per-process hash; networkx's undirected view iterates a
    # node's neighbours as such a set, and Louvain put a person shared by two articles in either
    # community by it. Three processes with different hash seeds must agree on every measure.
    script = ("import json, sys; from pathlib import Path; from kg import analyze as an; "
              "G = an.project(an.load_graph(Path(sys.argv[1]))); "
              "print(json.dumps(an.to_json(an.analyse(G, seed=42), G)))")
    answers = set()
    for hash_seed in ("7", "8", "12"):
        run = subprocess.run([sys.executable, "-c", script, str(built / "graph.ttl")], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": hash_seed}, check=True)
        answers.add(run.stdout)
    assert len(answers) == 1 and json.loads(answers.pop())["communities"]
