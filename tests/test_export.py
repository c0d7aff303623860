"""Export to every RDF format, each round-tripping to the same graphs; JSON-LD never fetches a context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.errors import ExportError, InputError
from kg.export import FORMATS, GRAPH_FORMATS, export, write_atomically
from kg.graphio import CONTEXT_IRI, load_graphs
from kg.oxi import PREFIX_MAP

RDFLIB_FORMAT = {"turtle": "turtle", "nt": "nt", "xml": "xml", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}


def named_graphs(ds: Dataset) -> dict[str, Graph]:
    out = {}
    for g in ds.graphs():
        if len(g):
            copy = Graph()
            for t in g:
                copy.add(t)
            out[str(g.identifier)] = copy
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_round_trips(fmt: str, seed_build: Path):
    data = export(fmt, seed_build)
    source = Dataset()
    source.parse(seed_build / "dataset.trig", format="trig")
    if fmt in GRAPH_FORMATS:
        merged = Graph()
        for g in named_graphs(source).values():
            merged += g
        back = Graph().parse(data=data, format=RDFLIB_FORMAT[fmt])
        assert len(back) == len(merged) > 700
        assert isomorphic(back, merged)
    else:
        back = Dataset()
        back.parse(data=data, format=RDFLIB_FORMAT[fmt])
        want, got = named_graphs(source), named_graphs(back)
        assert sorted(got) == sorted(want) and len(want) == 1
        for name in want:
            assert isomorphic(got[name], want[name]), name


def test_exports_are_byte_identical_on_repeat(seed_build: Path):
    for fmt in FORMATS:
        assert export(fmt, seed_build) == export(fmt, seed_build), fmt


def test_jsonld_is_compacted_with_the_project_context(seed_build: Path):
    doc = json.loads(export("jsonld", seed_build))
    shipped = json.loads((Path(__file__).resolve().parent.parent / "ontology" / "context.jsonld").read_text())
    assert doc["@context"] == shipped["@context"]
    text = json.dumps(doc)
    assert '"gk:hostedBy"' in text and '"rdfs:label"' in text
    assert "https://w3id.org/garment-kg/ontology#hostedBy" not in text


def test_context_file_matches_the_prefixes():
    shipped = json.loads((Path(__file__).resolve().parent.parent / "ontology" / "context.jsonld").read_text())
    for prefix, ns in PREFIX_MAP.items():
        assert shipped["@context"][prefix] == ns


def test_jsonld_input_with_a_remote_context_is_refused(tmp_path: Path):
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps({"@context": "http://example.org/context.jsonld", "@id": "http://example.org/a",
                                "name": "A"}))
    with pytest.raises(InputError, match="not fetched"):
        load_graphs(path)
    path.write_text(json.dumps({"@context": [{"@import": "http://example.org/c.jsonld"}], "@id": "http://example.org/a"}))
    with pytest.raises(InputError, match="not fetched"):
        load_graphs(path)


def test_jsonld_naming_the_project_context_uses_the_shipped_copy(tmp_path: Path, seed_build: Path):
    doc = json.loads(export("jsonld", seed_build))
    doc["@context"] = CONTEXT_IRI
    path = tmp_path / "named.jsonld"
    path.write_text(json.dumps(doc))
    graphs = load_graphs(path)
    assert len(graphs) == 1 and len(graphs[0][1]) > 700


def test_unknown_format_and_missing_build(tmp_path: Path, seed_build: Path):
    with pytest.raises(ExportError, match="unknown format 'yaml'"):
        export("yaml", seed_build)
    with pytest.raises(InputError, match="run `kg build` first"):
        export("turtle", tmp_path / "none")


def test_write_atomically_replaces_whole_or_not_at_all(tmp_path: Path):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"old")
    write_atomically(b"new", target)
    assert target.read_bytes() == b"new"
    with pytest.raises(ExportError):
        write_atomically(b"x", tmp_path / "missing-folder" / "out.ttl")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ttl"]
