"""The bridge from rdflib (used to model one article) to Oxigraph (used for bulk output and the store).

rdflib's Turtle writer is quadratic in the number of distinct IRI "namespaces", and every NIF sentence
IRI (``...#char=S,E``) counts as one; Oxigraph writes the same data in linear time. Triples are
sorted before writing and the prefix block is written here in sorted order, so the bytes depend only
on the graph's content.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .rdf import PREFIXES, bind, nt

PREFIX_MAP = {p: str(ns) for p, ns in sorted(PREFIXES.items())}

Triple = tuple[Node, Node, Node]


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@lru_cache(maxsize=1 << 14)  # properties, classes and entities recur in every triple
def rdflib_term(t: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    if t.datatype.value != _XSD_STRING:
        return Literal(t.value, datatype=URIRef(t.datatype.value))
    return Literal(t.value)


def rdflib_graph(ts: Iterable[ox.Triple]) -> Graph:
    """Oxigraph triples as an rdflib graph (with the project's prefixes), for pySHACL and notebooks."""
    g = bind(Graph())
    for t in ts:
        g.add((rdflib_term(t.subject), rdflib_term(t.predicate), rdflib_term(t.object)))
    return g


def lines(g: Iterable[Triple]) -> list[str]:
    """rdflib triples as sorted, distinct N-Triples lines: the canonical order. A space sorts before
    any character a term may end with, so line order is the order of (s, p, o) printed."""
    return sorted({f"{nt(s)} {nt(p)} {nt(o)} .\n" for s, p, o in g})


def parse_lines(nt_lines: list[str]) -> list[ox.Triple]:
    return [q.triple for q in ox.parse("".join(nt_lines).encode(), ox.RdfFormat.N_TRIPLES)]


def triples(g: Iterable[Triple]) -> list[ox.Triple]:
    """rdflib triples as Oxigraph triples, in the canonical order of :func:`lines`. Printing and
    sorting the lines, then letting Oxigraph parse them, is quicker than building each term in Python."""
    return parse_lines(lines(g))


def triple_key(t: ox.Triple) -> tuple[str, str, str]:
    return str(t.subject), str(t.predicate), str(t.object)


def serialize(items: Iterable, fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None) -> bytes:
    """Oxigraph's serialization of ``items`` in their given order. Oxigraph writes every given prefix
    first, in an order of its own; for Turtle-like formats that block is replaced by a sorted one."""
    data = ox.serialize(items, None, fmt, prefixes=prefixes)
    if prefixes and fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N3) and data.startswith(b"@prefix"):
        block = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items())).encode()
        data = block + data.split(b"\n", len(prefixes))[-1]
    return data


def turtle(ts: list[ox.Triple]) -> bytes:
    return serialize(ts, ox.RdfFormat.TURTLE, PREFIX_MAP)


def trig(qs: Iterable[ox.Quad]) -> bytes:
    return serialize(qs, ox.RdfFormat.TRIG, PREFIX_MAP)


def prefix_block() -> bytes:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIX_MAP.items()).encode()


def without_prefixes(turtle_bytes: bytes) -> bytes:
    """The statements of a Turtle document written by :func:`turtle` (its prefix block dropped)."""
    if not turtle_bytes.startswith(b"@prefix"):
        return turtle_bytes
    return turtle_bytes.split(b"\n", len(PREFIX_MAP))[-1]
