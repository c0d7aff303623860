"""GraphML, GEXF, node-link JSON and Neo4j CSV (kg/graph_formats.py, `kg export`): each read back
with the tool's own reader (NetworkX; for Neo4j, its documented header format) and compared with
the build's entity network; deterministic, escaped, nothing fetched."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import socket
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg import analyze as an
from kg import graph_formats as gf
from kg.cli import app
from kg.errors import ExportError, InputError
from kg.export import export

runner = CliRunner()
DELIMITER = gf.NEO4J_ARRAY_DELIMITER
# The header fields of neo4j-admin's CSV import (Operations Manual, "Import header format"): a
# property is <name>:<type> with one of the documented types, [] for an array; the special fields
# take no type, and only :ID keeps a name (the property the ID is stored in).
NEO4J_TYPES = ("int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
               "localtime", "time", "localdatetime", "datetime", "duration")
PROPERTY = re.compile(rf"[A-Za-z_][A-Za-z0-9_]*:(?:{'|'.join(NEO4J_TYPES)})(?:\[\])?")
ID_FIELD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*:ID")


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def projection(seed_build: Path) -> nx.MultiDiGraph:
    """The build's own entity network, topics included (what `kg export` writes by default)."""
    return an.project(an.load_graph(seed_build / "graph.ttl"), topics=True)


def edge_facts(G) -> Counter:
    """(source, target, relation, label) of every edge, with multiplicity."""
    return Counter((u, v, d["relation"], d["label"]) for u, v, d in G.edges(data=True))


def evidence_of(G) -> dict[tuple, list]:
    """(source, target, relation, label) -> the sentences of its evidence, as the build has them."""
    return {(u, v, d["relation"], d["label"]): [r.sentence for r in d["records"]] for u, v, d in G.edges(data=True)}


def check_read_back(back: nx.MultiDiGraph, projection: nx.MultiDiGraph, lists_as_json: bool):
    assert back.is_directed() and back.is_multigraph()
    assert back.number_of_nodes() == projection.number_of_nodes() > 40
    assert back.number_of_edges() == projection.number_of_edges() > 40
    assert edge_facts(back) == edge_facts(projection)
    load = json.loads if lists_as_json else (lambda x: x)
    for n, d in projection.nodes(data=True):
        got = back.nodes[n]
        assert (got["iri"], got["label"], got["class"], got["kind"]) == (n, d["label"], d["cls"], d["kind"])
        assert load(got["aliases"]) == d["aliases"]
        for relation, value in d["attributes"]:
            assert value in got[relation]
    want = evidence_of(projection)
    for u, v, d in back.edges(data=True):
        (records,) = [e["records"] for e in projection.get_edge_data(u, v).values()
                      if (e["relation"], e["label"]) == (d["relation"], d["label"])]
        assert load(d["sentence"]) == want[(u, v, d["relation"], d["label"])]
        assert d["evidence_count"] == len(records) >= 1
        assert load(d["article"]) == [r.article for r in records]
        assert load(d["rule"]) == [r.rule for r in records]
        assert load(d["begin_index"]) == [r.begin for r in records]
        assert load(d["end_index"]) == [r.end for r in records]
        assert load(d["sentence_id"]) == [r.sentence_id for r in records]
        assert all(r.sentence_id.startswith("https://") and "#char=" in r.sentence_id for r in records)


def test_graphml_reads_back_as_the_build(seed_build: Path, projection, tmp_path: Path):
    target = tmp_path / "graph.graphml"
    result = run("export", "--format", "graphml", "-b", seed_build, "--out", target)
    assert result.exit_code == 0, result.output
    check_read_back(nx.read_graphml(target), projection, lists_as_json=True)


def test_gexf_reads_back_as_the_build_and_has_no_date(seed_build: Path, projection, tmp_path: Path, monkeypatch):
    target = tmp_path / "graph.gexf"
    result = run("export", "-f", "GEXF", "-b", seed_build, "-o", target)
    assert result.exit_code == 0, result.output
    check_read_back(nx.read_gexf(target), projection, lists_as_json=True)
    data = target.read_bytes()
    assert b"lastmodifieddate" not in data and b"<meta>" in data
    import networkx.readwrite.gexf as gexf_module  # written on another day: the same bytes

    monkeypatch.setattr(gexf_module.time, "strftime", lambda fmt, *args: "1999-12-31")
    assert export("gexf", seed_build) == data


def test_node_link_reads_back_as_the_build(seed_build: Path, projection):
    back = nx.node_link_graph(json.loads(export("nodelink", seed_build)), edges="edges")
    check_read_back(back, projection, lists_as_json=False)
    assert sorted(back) == list(back)  # nodes sorted by IRI


def test_without_topics(seed_build: Path):
    back = nx.read_graphml(io.BytesIO(export("graphml", seed_build, topics=False)))
    kinds = Counter(d["kind"] for _, d in back.nodes(data=True))
    assert "Topic" not in kinds and kinds["Organization"] == 8
    result = run("export", "-f", "node-link", "-b", seed_build, "--no-topics")
    assert result.exit_code == 0 and '"Topic"' not in result.stdout


def test_every_network_format_is_byte_identical_on_repeat(seed_build: Path, tmp_path: Path):
    for fmt in gf.FILE_FORMATS:
        assert export(fmt, seed_build) == export(fmt, seed_build), fmt
    for name in ("a", "b"):
        assert run("export", "-f", "neo4j", "-b", seed_build, "-o", tmp_path / name).exit_code == 0
    files = lambda d: {p.relative_to(d): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}  # noqa: E731
    assert files(tmp_path / "a") == files(tmp_path / "b") and len(files(tmp_path / "a")) > 10


# ---------------------------------------------------------------- Neo4j


def read_neo4j(folder: Path) -> tuple[dict[str, dict], list[dict]]:
    """The node and relationship files as neo4j-admin would read them, checked on the way:
    {id: node}, [relationship]; every value split by its header type."""
    def value(text: str, kind: str):
        if kind.endswith("[]"):
            return [value(x, kind[:-2]) for x in text.split(DELIMITER)] if text else []
        return int(text) if kind == "int" and text else text

    nodes: dict[str, dict] = {}
    relationships: list[dict] = []
    for path in sorted(folder.glob("*/*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        header, body = rows[0], rows[1:]
        assert body, path
        for field in header:
            assert field in (":LABEL", ":START_ID", ":END_ID", ":TYPE") or ID_FIELD.fullmatch(field) \
                or PROPERTY.fullmatch(field), (path, field)
        specials = Counter(f.split(":", 1)[1] for f in header if not PROPERTY.fullmatch(f))
        kinds = {f.split(":")[0]: f.split(":", 1)[1] for f in header if PROPERTY.fullmatch(f)}
        for row in body:
            assert len(row) == len(header), (path, row)
            record = dict(zip(header, row))
            props = {name: value(record[f"{name}:{kind}"], kind) for name, kind in kinds.items()}
            if path.parent.name == "nodes":
                assert specials == {"ID": 1, "LABEL": 1}, path
                (id_field,) = [f for f in header if ID_FIELD.fullmatch(f)]
                assert id_field == "iri:ID"
                node_id = record[id_field]
                assert node_id not in nodes, node_id
                nodes[node_id] = {**props, "labels": record[":LABEL"].split(DELIMITER), "file": path.stem}
            else:
                assert path.parent.name == "relationships" and specials == {"START_ID": 1, "END_ID": 1, "TYPE": 1}
                assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
                relationships.append({**props, "start": record[":START_ID"], "end": record[":END_ID"],
                                      "type": record[":TYPE"], "file": path.stem})
    return nodes, relationships


def test_neo4j_files_follow_the_header_format_and_hold_the_build(seed_build: Path, projection, tmp_path: Path):
    folder = tmp_path / "neo4j"
    result = run("export", "--format", "neo4j", "-b", seed_build, "--out", folder)
    assert result.exit_code == 0, result.output
    nodes, relationships = read_neo4j(folder)
    assert set(nodes) == set(projection) and len(relationships) == projection.number_of_edges()
    for n, d in projection.nodes(data=True):
        node = nodes[n]
        assert node["file"] == d["cls"] and node["labels"][0] == d["cls"] and d["kind"] in node["labels"]
        assert (node["label"], node["class"], node["kind"], node["aliases"]) == (d["label"], d["cls"], d["kind"], d["aliases"])
    for r in relationships:  # every ID a relationship names is a node of some node file
        assert r["start"] in nodes and r["end"] in nodes, r
        assert r["file"] == r["type"]
        assert r["evidence_count"] >= 1
        for field in gf.EVIDENCE_FIELDS:
            assert len(r[field]) == r["evidence_count"], (r, field)
    assert Counter((r["start"], r["end"], r["type"], r["label"]) for r in relationships) == edge_facts(projection)
    want = evidence_of(projection)
    assert all(r["sentence"] == want[(r["start"], r["end"], r["type"], r["label"])] for r in relationships)
    assert all(isinstance(x, int) and x >= 0 for r in relationships for x in r["begin_index"] + r["end_index"])

    # the printed command, and import.sh beside the files, load exactly these files
    command = result.stdout.strip().splitlines()[-1]
    words = shlex.split(command)
    assert words[:3] == ["cd", str(folder), "&&"]
    assert words[3:9] == ["neo4j-admin", "database", "import", "full", "neo4j", "--array-delimiter=U+001F"]
    listed = sorted(w.split("=", 1)[1] for w in words[9:])
    assert all(w.startswith(("--nodes=nodes/", "--relationships=relationships/")) for w in words[9:])
    present = sorted(str(p.relative_to(folder)) for p in folder.glob("*/*.csv"))
    assert listed == present
    script = (folder / gf.NEO4J_SCRIPT).read_text()
    assert script.startswith("#!/bin/sh\n") and 'cd "$(dirname "$0")"' in script
    assert all(f"={name}" in script for name in present)
    assert '"${NEO4J_ADMIN:-neo4j-admin}" database import full "${1:-neo4j}"' in script


def test_neo4j_needs_a_folder_and_overwrites_only_its_own(seed_build: Path, tmp_path: Path):
    result = run("export", "-f", "neo4j", "-b", seed_build)
    assert result.exit_code == 1 and "--out FOLDER" in result.output and len(result.output.strip().splitlines()) == 1
    other = tmp_path / "notes"
    other.mkdir()
    (other / "mine.txt").write_text("keep")
    result = run("export", "-f", "Neo4j-CSV", "-b", seed_build, "-o", other)
    assert result.exit_code == 1 and "not empty" in result.output and len(result.output.strip().splitlines()) == 1
    assert [p.name for p in other.iterdir()] == ["mine.txt"]
    folder = tmp_path / "neo4j"
    assert run("export", "-f", "neo4j", "-b", seed_build, "-o", folder).exit_code == 0
    (folder / "nodes" / "Stale.csv").write_text("iri:ID,:LABEL\nx,Stale\n")  # from an earlier build
    assert run("export", "-f", "neo4j", "-b", seed_build, "-o", folder, "--no-topics").exit_code == 0
    assert not (folder / "nodes" / "Stale.csv").exists() and not (folder / "nodes" / "Topic.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neo4j", "notes"]  # no staging folder left
    with pytest.raises(ExportError, match="is a folder"):
        gf.export_neo4j(seed_build, folder / "import.sh")
    with pytest.raises(InputError, match="run `kg build` first"):
        gf.export_neo4j(tmp_path / "none", tmp_path / "out")


# ---------------------------------------------------------------- escaping, control characters, the network


# An invented graph: one association whose name holds markup, an ampersand, both quotes and two
# control characters (U+0001, U+000B: XML 1.0 cannot hold them, not even as &#1;), and an expo it
# hosts, with the evidence sentence holding them too, and a line break.
TRICKY_LABEL = "Loom <b>&amp; \"Weavers'\" Guild\x01 & Co\x0b"
TRICKY_SENTENCE = "The <Spring> Expo was hosted by Loom <b>&amp; \"Weavers'\" Guild\x01 & Co\x0b.\nIt ran for a week."
TRICKY_TTL = """@prefix gk: <https://w3id.org/garment-kg/ontology#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/garment-kg/id/organization/loom-guild> a gk:IndustryAssociation ; rdfs:label "%(label)s" ;
    skos:altLabel "Loom & \\"Co\\"" .
<https://w3id.org/garment-kg/id/event/spring-expo> a gk:Event ; rdfs:label "The <Spring> Expo" ;
    gk:hostedBy <https://w3id.org/garment-kg/id/organization/loom-guild> ; gk:year "2031"^^xsd:gYear .
<https://w3id.org/garment-kg/id/article/t1> a gk:Article ; dcterms:identifier "t1" .
<https://w3id.org/garment-kg/id/article/t1#char=0,90> a nif:Sentence ; nif:anchorOf "%(sentence)s" ;
    nif:referenceContext <https://w3id.org/garment-kg/id/article/t1> .
<https://w3id.org/garment-kg/id/evidence/e1> gk:factSubject <https://w3id.org/garment-kg/id/event/spring-expo> ;
    gk:factPredicate gk:hostedBy ; gk:factObject <https://w3id.org/garment-kg/id/organization/loom-guild> ;
    gk:sentence <https://w3id.org/garment-kg/id/article/t1#char=0,90> ;
    nif:beginIndex "31"^^xsd:nonNegativeInteger ; nif:endIndex "70"^^xsd:nonNegativeInteger ; gk:rule "hosted-by" .
"""


def turtle_string(text: str) -> str:
    return "".join(f"\\u{ord(c):04X}" if ord(c) < 0x20 else {'"': '\\"', "\\": "\\\\"}.get(c, c) for c in text)


@pytest.fixture(scope="module")
def tricky_build(tmp_path_factory) -> Path:
    build = tmp_path_factory.mktemp("tricky")
    (build / "graph.ttl").write_text(TRICKY_TTL % {"label": turtle_string(TRICKY_LABEL),
                                                   "sentence": turtle_string(TRICKY_SENTENCE)}, encoding="utf-8")
    return build


GUILD = "https://w3id.org/garment-kg/id/organization/loom-guild"
EXPO = "https://w3id.org/garment-kg/id/event/spring-expo"


def xml_clean(text: str) -> str:
    return text.replace("\x01", "\ufffd").replace("\x0b", "\ufffd")


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_xml_formats_escape_markup_and_replace_control_characters(fmt, reader, tricky_build: Path, tmp_path: Path):
    data = export(fmt, tricky_build)
    assert b"\x01" not in data and b"\x0b" not in data
    assert b"<b>" not in data and b"&lt;b&gt;&amp;amp;" in data  # escaped, not read as markup
    ET.fromstring(data)  # a strict XML 1.0 parser reads it
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(data)
    back = reader(path)
    assert sorted(back) == [EXPO, GUILD] and back.number_of_edges() == 1
    assert back.nodes[GUILD]["label"] == xml_clean(TRICKY_LABEL)  # one character for one
    assert json.loads(back.nodes[GUILD]["aliases"]) == ['Loom & "Co"']
    assert back.nodes[EXPO]["label"] == "The <Spring> Expo" and back.nodes[EXPO]["year"] == "2031"
    (edge,) = back.edges(data=True)
    # in a list's JSON text a control character is a JSON escape, ASCII that XML holds: nothing is lost
    assert json.loads(edge[2]["sentence"]) == [TRICKY_SENTENCE] and b"\\u0001" in data
    assert json.loads(edge[2]["begin_index"]) == [31] and json.loads(edge[2]["end_index"]) == [70]
    assert json.loads(edge[2]["article"]) == ["t1"] and json.loads(edge[2]["rule"]) == ["hosted-by"]


def test_node_link_keeps_every_character(tricky_build: Path):
    back = nx.node_link_graph(json.loads(export("nodelink", tricky_build)), edges="edges")
    assert back.nodes[GUILD]["label"] == TRICKY_LABEL
    assert back[EXPO][GUILD]["hostedBy"]["sentence"] == [TRICKY_SENTENCE]


def test_neo4j_csv_keeps_fields_on_one_line(tricky_build: Path, tmp_path: Path):
    gf.export_neo4j(tricky_build, tmp_path / "neo4j")
    nodes, (rel,) = read_neo4j(tmp_path / "neo4j")
    assert nodes[GUILD]["label"] == xml_clean(TRICKY_LABEL)
    assert rel["sentence"] == [xml_clean(TRICKY_SENTENCE).replace("\n", " ")]
    assert (tmp_path / "neo4j" / "relationships" / "hostedBy.csv").read_text().count("\n") == 2  # header and row


def test_exports_fetch_nothing(seed_build: Path, tmp_path: Path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("an export opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for fmt in gf.FILE_FORMATS:
        data = export(fmt, seed_build)
        assert len(data) > 10_000
    gf.export_neo4j(seed_build, tmp_path / "neo4j")


def test_a_graph_made_by_hand_exports_what_it_has(tmp_path: Path):
    G = nx.MultiDiGraph()
    for n in ("urn:a", "urn:b"):
        G.add_node(n, iri=n, label=n[-1].upper(), cls="Company", kind="Organization", aliases=[], attributes=[])
    G.add_edge("urn:a", "urn:b", key="partOf", relation="partOf", label="partOf", predicate="urn:p",
               evidence=(an.Evidence("art", "A is part of B.", "r"),))
    H = gf.export_graph(G)
    back = nx.read_graphml(io.BytesIO(gf.to_graphml(H)))
    (edge,) = back.edges(data=True)
    assert json.loads(edge[2]["sentence"]) == ["A is part of B."] and json.loads(edge[2]["begin_index"]) == [None]
    gf.write_neo4j(H, tmp_path / "neo4j")
    _, (rel,) = read_neo4j(tmp_path / "neo4j")
    assert rel["begin_index"] == [-1] and rel["sentence"] == ["A is part of B."]
