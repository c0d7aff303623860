"""The article writer prints N-Triples text itself: it must print exactly what rdflib terms would."""

from __future__ import annotations

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.article import Article
from kg.corpus import names_of
from kg.extract import extract
from kg.rdf import to_graph, to_lines
from kg.oxi import parse_lines, rdflib_graph
from kg.rdf import nt, plain
from kg.vocab import ID

TRICKY = ['plain', 'say "hi"', "back\\slash", "two\nlines", "cr\rhere", "tab\there", "Zürich — 中国纺织", ""]


def test_plain_literal_is_what_rdflib_prints():
    for text in TRICKY:
        assert plain(text) == nt(Literal(text)), text


def test_printed_lines_parse_back_to_the_same_rdflib_terms():
    lines = [f"<{ID}organization/x> <http://www.w3.org/2000/01/rdf-schema#label> {plain(t)} .\n" for t in TRICKY]
    lines.append(f"<{ID}article/a> <http://purl.org/dc/terms/date> "
                 f"{nt(Literal('2025-06-12T08:00:00Z', datatype=XSD.dateTime))} .\n")
    g = rdflib_graph(parse_lines(lines))
    assert {str(o) for o in g.objects(URIRef(f"{ID}organization/x"))} == set(TRICKY)
    # rdflib writes the UTC designator as an offset; the writer keeps rdflib's form
    assert [str(o) for o in g.objects(URIRef(f"{ID}article/a"))] == ["2025-06-12T08:00:00+00:00"]


def test_names_are_read_from_the_lines_with_escapes_undone():
    org, place = f"{ID}organization/acme-textile-group", f"{ID}place/ningbo"
    quoted = 'Acme "Textile" Group'
    lines = sorted([
        f"<{org}> <http://www.w3.org/2000/01/rdf-schema#label> {plain(quoted)} .\n",
        f"<{org}> <http://www.w3.org/2004/02/skos/core#altLabel> {plain('ATG')} .\n",
        f"<{ID}evidence/1> <https://example.org/factObject> <{place}> .\n",
        f"<{ID}person/li-hua> <http://www.w3.org/2000/01/rdf-schema#label> {plain('Li Hua')} .\n",
    ])
    names = names_of(lines)
    assert names.names == ((org, False, "ATG"), (org, True, quoted), (f"{ID}person/li-hua", True, "Li Hua"))
    assert names.iris == (org, f"{ID}person/li-hua", place)


def test_writer_lines_and_graph_agree():
    text = ('The Acme Textile Group (ATG) held a "Silk Road" fair in Ningbo, Zhejiang, on 3 May 2025. '
            'ATG chairman Wang Ming opened the fair.')
    x = extract(Article("atg-fair", text, date="2025-05-03"))
    lines = to_lines(x)
    assert lines == sorted(set(lines))
    assert isomorphic(to_graph(x), Graph().parse(data="".join(lines), format="nt"))
    assert any('"Wang Ming"' in line for line in lines)
