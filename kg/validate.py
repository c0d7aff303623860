"""Validate a built graph against the SHACL shapes with pySHACL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import pyshacl
from rdflib import Graph
from rdflib.namespace import RDF, SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.plugins.sparql.sparql import Query

from .resources import ontology_file


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.focus}{where}: {self.message}"


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"))


@lru_cache(maxsize=1)
def ontology() -> Graph:
    g = Graph().parse(ontology_file("garment-kg.ttl"))
    return g


@lru_cache(maxsize=64)
def _translated(text: str, namespaces: tuple[tuple[str, str], ...]) -> Query:
    return prepareQuery(text, initNs=dict(namespaces))


@contextmanager
def _prepared_queries() -> Iterator[None]:
    """pySHACL hands rdflib the same SPARQL text for every focus node of every call (the focus node
    goes in as a binding), and rdflib parses it anew each time: 90 ms a query, most of a validation.
    While this is active, rdflib reuses the translated query, as ``prepareQuery`` is meant for."""
    original = SPARQLProcessor.query

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(strOrQuery, str) and base is None:
            strOrQuery = _translated(strOrQuery, tuple(sorted((str(k), str(v)) for k, v in (initNs or {}).items())))
        return original(self, strOrQuery, initBindings, initNs, base, DEBUG)

    SPARQLProcessor.query = query
    try:
        yield
    finally:
        SPARQLProcessor.query = original


def validate(data: Graph) -> list[Violation]:
    """The SHACL violations of ``data`` (empty when it conforms)."""
    with _prepared_queries():
        conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes(), ont_graph=ontology(),
                                               inference="none", advanced=True, allow_warnings=True)
    if conforms:
        return []
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if report.value(result, SH.resultSeverity) != SH.Violation:
            continue
        out.append(Violation(str(report.value(result, SH.focusNode)), str(report.value(result, SH.resultPath) or ""),
                             str(report.value(result, SH.resultMessage) or "does not conform")))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))
