"""Validate a built graph against the SHACL shapes with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyshacl
from rdflib import Graph
from rdflib.namespace import RDF, SH

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


def validate(data: Graph) -> list[Violation]:
    """The SHACL violations of ``data`` (empty when it conforms)."""
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
