"""The bridge from rdflib (used to model one article) to Oxigraph (used for bulk output and the store).

rdflib's Turtle writer is quadratic in the number of distinct IRI "namespaces", and every NIF sentence
IRI (``...#char=S,E``) counts as one; Oxigraph writes the same data in linear time. Triples are
sorted before writing and the prefix block is written here in sorted order, so the bytes depend only
on the graph's content.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .rdf import PREFIXES

PREFIX_MAP = {p: str(ns) for p, ns in sorted(PREFIXES.items())}
PREFIX_BLOCK = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIX_MAP.items()).encode()

Triple = tuple[Node, Node, Node]


def term(t: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    raise TypeError(f"not an RDF term: {t!r}")


def triples(g: Iterable[Triple]) -> list[ox.Triple]:
    """rdflib triples as Oxigraph triples, in a canonical order (the N-Triples text of s, p, o)."""
    out = [ox.Triple(term(s), term(p), term(o)) for s, p, o in g]
    out.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return out


def quads(graphs: Iterable[tuple[str, Iterable[Triple]]]) -> list[ox.Quad]:
    """Each (graph name, triples) pair as quads, graphs in name order."""
    out: list[ox.Quad] = []
    for name, g in sorted(graphs, key=lambda x: x[0]):
        gn = ox.NamedNode(name)
        out.extend(ox.Quad(t.subject, t.predicate, t.object, gn) for t in triples(g))
    return out


def _with_sorted_prefixes(data: bytes) -> bytes:
    # Oxigraph writes every given prefix first, in an order of its own; replace that block by ours.
    body = data.split(b"\n", len(PREFIX_MAP))[-1] if data.startswith(b"@prefix") else data
    return PREFIX_BLOCK + body


def turtle(ts: list[ox.Triple]) -> bytes:
    return _with_sorted_prefixes(ox.serialize(ts, None, ox.RdfFormat.TURTLE, prefixes=PREFIX_MAP))


def trig(qs: list[ox.Quad]) -> bytes:
    return _with_sorted_prefixes(ox.serialize(qs, None, ox.RdfFormat.TRIG, prefixes=PREFIX_MAP))
