"""Look into builds: every fact about an entity with its evidence, the entity list, and the facts
that differ between two builds. All of it is SPARQL on the builds' stores."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .build import RESOLUTION
from .errors import InputError, UnknownEntity
from .resources import ontology_dir
from .store import DEFAULT_BUILD, Answer, query

# Every fact with its evidence: the subject, predicate and object (with labels where there are),
# the sentence, the matched span and the rule. A fact read in two articles has two rows. The article
# is the sentence's context (nif:referenceContext).
FACTS = """
SELECT ?s ?sl ?p ?o ?ol ?article ?sentence ?begin ?end ?rule WHERE {
    %s
    ?ev gk:factPredicate ?p ; gk:sentence ?sent ; nif:beginIndex ?begin ; nif:endIndex ?end ; gk:rule ?rule .
    ?sent nif:anchorOf ?sentence ; nif:referenceContext/dcterms:identifier ?article .
    OPTIONAL { ?s rdfs:label ?sl0 } OPTIONAL { ?o rdfs:label|skos:prefLabel ?ol0 }
    BIND (COALESCE(?sl0, STR(?s)) AS ?sl) BIND (COALESCE(?ol0, STR(?o)) AS ?ol)
}
ORDER BY ?sl ?p ?ol ?article ?begin
"""
ALL_FACTS = "?ev gk:factSubject ?s ; gk:factObject ?o ."
# The facts about one entity: those with it as subject, and those with it as object (a fact about
# it and itself once). Each side starts from the entity: a FILTER over every fact took 25 s at
# 10,000 articles, this takes milliseconds.
ABOUT = """{ ?ev gk:factSubject <%(iri)s> ; gk:factObject ?o . BIND (<%(iri)s> AS ?s) }
    UNION { ?ev gk:factObject <%(iri)s> ; gk:factSubject ?s . FILTER (?s != <%(iri)s>) BIND (<%(iri)s> AS ?o) }"""


@dataclass(frozen=True)
class FactRow:
    subject: str
    subject_label: str
    predicate: str
    object: str
    object_label: str
    article: str
    sentence: str
    begin: int
    end: int
    rule: str

    @property
    def relation(self) -> str:
        return self.predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1]

    @property
    def key(self) -> tuple[str, str, str]:
        return self.subject, self.predicate, self.object


def facts(build: Path | str = DEFAULT_BUILD, about: str | None = None) -> list[FactRow]:
    """Every fact of the build with its evidence, or only those about the entity IRI ``about``."""
    if about and any(c in about for c in '<>"{}|^`\\ '):
        raise InputError(f"not an IRI: {about!r}")
    pattern = ABOUT % {"iri": about} if about else ALL_FACTS
    return [FactRow(*(str(v) for v in row[:7]), int(row[7]), int(row[8]), str(row[9]))
            for row in query(FACTS % pattern, build)]


@dataclass(frozen=True)
class EntityRow:
    iri: str
    label: str
    type: str
    articles: int


def entities(build: Path | str = DEFAULT_BUILD) -> list[EntityRow]:
    """Every entity of the build: label, its most specific gk: type (the stated one; one of them
    when articles differ), and how many articles mention it. Entailed types are in the same graph
    as stated ones, so the type is the one no other type of the entity is a subclass of."""
    rows = query("""
        SELECT ?x ?label (SAMPLE(?t) AS ?type) (COUNT(DISTINCT ?a) AS ?n) WHERE {
            ?a gk:mentions ?x . ?x rdfs:label ?label .
            ?x a ?t FILTER (STRSTARTS(STR(?t), STR(gk:)))
            FILTER NOT EXISTS { ?x a ?sub . ?sub rdfs:subClassOf+ ?t }
        } GROUP BY ?x ?label ORDER BY ?label ?x""", build)
    return [EntityRow(str(x), str(label), str(t).rsplit("#", 1)[-1], int(n)) for x, label, t, n in rows]


def ambiguous(build: Path | str = DEFAULT_BUILD) -> list[dict]:
    """Short names that several entities carry, kept apart by cross-article resolution."""
    path = Path(build) / RESOLUTION
    if not path.is_file():
        raise InputError("no resolution.json here; run `kg build` first", str(build))
    return json.loads(path.read_text(encoding="utf-8"))["ambiguous"]


def find_entity(name: str, build: Path | str = DEFAULT_BUILD) -> str:
    """The IRI of the entity called ``name`` (label, alternative label or IRI; case-insensitive)."""
    rows = query("""SELECT DISTINCT ?x ?label WHERE { ?a gk:mentions ?x . ?x rdfs:label ?label }""", build)
    wanted = name.strip().casefold()
    labels = {str(x): str(label) for x, label in rows}
    hits = sorted(x for x, label in labels.items() if wanted in (label.casefold(), x.casefold()))
    if not hits:
        alts = query("""SELECT DISTINCT ?x ?alt WHERE { ?a gk:mentions ?x . ?x skos:altLabel ?alt }""", build)
        hits = sorted({str(x) for x, alt in alts if str(alt).casefold() == wanted})
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise InputError(f"{name!r} names {len(hits)} entities: {', '.join(hits)}; give the IRI")
    raise UnknownEntity(f"no entity called {name!r} in the build{_close_hint(wanted, labels.values(), build)}")


def _close_hint(wanted: str, labels, build: Path | str) -> str:
    """"; did you mean 'A', 'B'?" for the labels and alternative labels near ``wanted`` (case-folded),
    as ``kg path`` finds them: similar spellings first, then the names that contain it."""
    alts = query("""SELECT DISTINCT ?alt WHERE { ?a gk:mentions ?x . ?x skos:altLabel ?alt }""", build)
    names: dict[str, str] = {}
    for text in [*sorted(labels), *sorted(str(a) for (a,) in alts)]:
        names.setdefault(" ".join(text.split()).casefold(), text)
    wanted = " ".join(wanted.split())
    close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.5)
    close += [k for k in sorted(names) if wanted and wanted in k and k not in close][: 5 - len(close)]
    shown = list(dict.fromkeys(names[c] for c in close))
    return f"; did you mean {', '.join(repr(c) for c in shown)}?" if shown else "; no close matches"


def diff(old: Path | str, new: Path | str) -> tuple[list[FactRow], list[FactRow]]:
    """Facts in ``new`` but not in ``old`` (added) and the reverse (removed), each with its evidence."""
    before, after = facts(old), facts(new)
    old_keys, new_keys = {f.key for f in before}, {f.key for f in after}
    return [f for f in after if f.key not in old_keys], [f for f in before if f.key not in new_keys]


# ---------------------------------------------------------------- questions about one entity

ENTITY_QUESTIONS = "queries/entity"


def entity_questions() -> dict[str, str]:
    """The per-entity questions (``ontology/queries/entity/*.rq``) by name: each asks about the
    entity ``?entity``, which :func:`entity_question` replaces by an IRI."""
    folder = ontology_dir() / ENTITY_QUESTIONS
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.rq"))}


def entity_question(text: str, iri: str) -> str:
    """A per-entity question with ``?entity`` replaced by the IRI: a constant the engine starts
    from, which a VALUES clause or a FILTER is not (Oxigraph does not push them into the patterns)."""
    if any(c in iri for c in '<>"{}|^`\\ '):
        raise InputError(f"not an IRI: {iri!r}")
    return re.sub(r"\?entity\b", lambda _: f"<{iri}>", text)


def ask_about(name: str, iri: str, build: Path | str = DEFAULT_BUILD) -> Answer:
    """The answer to the per-entity question ``name`` about the entity ``iri``."""
    questions = entity_questions()
    if name not in questions:
        raise InputError(f"no question {name!r}; the questions are {', '.join(questions)}")
    return query(entity_question(questions[name], iri), build)
