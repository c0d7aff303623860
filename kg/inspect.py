"""Look into builds: every fact about an entity with its evidence, the entity list, and the facts
that differ between two builds. All of it is SPARQL on the builds' stores."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import explain_index
from .errors import InputError, UnknownEntity
from .resources import ontology_dir
from .store import DEFAULT_BUILD, STORE_DIR, Answer, limits_of, query, sandboxed, to_rdflib

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

# The facts about one entity (``kg explain``): the rows FACTS gives with the entity as subject or as
# object (a fact about it and itself once), assembled here from one query of three parts:
#   ?t 0: each fact with the entity as subject, ?x its object; ?t 1: as object, ?x its subject;
#         each with its evidence, sentence and article (the joins of FACTS, in the same form);
#   ?t 2, 3: the rdfs:label and skos:prefLabel of the entity and of each distinct ?x, once each.
# Each part starts from the entity (a FILTER over every fact took 25 s at 10,000 articles). What
# the query leaves to Python is what made FACTS slow there: its two OPTIONAL label look-ups ran for
# every row (an event's 1,175 facts name 367 others), the ORDER BY sorted every row inside the
# engine, and every term of the answer became an rdflib term (a quarter of the time). The rows,
# their labels and their order are FACTS's: see :func:`_about`.
ABOUT = """
SELECT ?t ?x ?p ?begin ?end ?rule ?sentence ?article ?label WHERE {
    { ?ev gk:factSubject <%(iri)s> ; gk:factObject ?x . %(evidence)s BIND (0 AS ?t) }
    UNION { ?ev gk:factObject <%(iri)s> ; gk:factSubject ?x . FILTER (?x != <%(iri)s>) %(evidence)s BIND (1 AS ?t) }
    UNION {
        { { SELECT DISTINCT ?x WHERE { { ?ev gk:factSubject <%(iri)s> ; gk:factObject ?x }
                                       UNION { ?ev gk:factObject <%(iri)s> ; gk:factSubject ?x } } }
          UNION { BIND (<%(iri)s> AS ?x) } }
        { ?x rdfs:label ?label BIND (2 AS ?t) } UNION { ?x skos:prefLabel ?label BIND (3 AS ?t) }
    }
}"""
EVIDENCE = """?ev gk:factPredicate ?p ; gk:sentence ?sent ; nif:beginIndex ?begin ; nif:endIndex ?end ; gk:rule ?rule .
    ?sent nif:anchorOf ?sentence ; nif:referenceContext/dcterms:identifier ?article ."""
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


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
    if about:
        return _about(build, about)
    return [FactRow(*(str(v) for v in row[:7]), int(row[7]), int(row[8]), str(row[9]))
            for row in query(FACTS % ALL_FACTS, build)]


def _bindings(sparql: str, build: Path | str) -> list[dict]:
    """The rows of a SELECT as SPARQL JSON bindings ({variable: {"type", "value", ...}}), read
    straight from the sandbox's answer: no rdflib term is made."""
    return json.loads(sandboxed(build, sparql, limits_of()).body)["results"]["bindings"]


def _text(term: dict) -> str:
    """A term as ``str()`` of its rdflib term gives it (what :func:`query` rows hold): the IRI, or
    the literal's lexical form, which rdflib rewrites for some datatypes (an xsd:integer "01")."""
    if term["type"] == "literal" and "xml:lang" not in term and term.get("datatype", _XSD_STRING) != _XSD_STRING:
        return str(to_rdflib(ox.Literal(term["value"], datatype=ox.NamedNode(term["datatype"]))))
    return term["value"]


def _literal_order(term: dict) -> tuple[str, str, str]:
    """Where Oxigraph's ORDER BY puts a plain or language-tagged literal: by its text (code points),
    then by datatype (rdf:langString before xsd:string), then by language tag."""
    lang = term.get("xml:lang")
    return term["value"], _LANG_STRING if lang else term.get("datatype", _XSD_STRING), lang or ""


def about_bindings(build: Path | str, iri: str) -> list[dict]:
    """The rows of ABOUT for ``iri``, asked of the store (the evidence index gives the same rows)."""
    return _bindings(ABOUT % {"iri": iri, "evidence": EVIDENCE}, build)


def _about(build: Path | str, iri: str) -> list[FactRow]:
    """The facts about ``iri``: the rows of ``FACTS`` for that entity, in its order, from ABOUT.

    FACTS labels each row with ``OPTIONAL { ?s rdfs:label ?sl0 }`` and ``OPTIONAL { ?o
    rdfs:label|skos:prefLabel ?ol0 }``: a row for every label of the subject and every distinct
    term the path gives for the object (Oxigraph's alternative path gives each term once), else
    the node's IRI or the literal's text. Here the labels come once per node and the same rows are
    made from them, sorted as its ORDER BY ?sl ?p ?ol ?article ?begin sorts them. Rows that tie on
    all five (two people's posts with the same label, "vice president, X", read at one offset) came
    in an order of Oxigraph's unstable sort; they follow end, rule, sentence, subject and object."""
    rows = explain_index.bindings(Path(build) / STORE_DIR, iri)
    if rows is None:  # a store without the index (written by an earlier version): ask it
        rows = about_bindings(build, iri)
    # each label term of a node once (the entity itself may come twice: as itself and as the
    # object of a fact about itself); for the object, rdfs:label|skos:prefLabel, each term once
    labels: dict[tuple[str, str], dict[tuple, dict]] = {}
    paths: dict[tuple[str, str], dict[tuple, dict]] = {}
    stated = []
    for row in rows:
        kind = row["t"]["value"]
        if kind in ("0", "1"):
            stated.append(row)
            continue
        node, label = (row["x"]["type"], row["x"]["value"]), row["label"]
        term = tuple(sorted(label.items()))
        if kind == "2":
            labels.setdefault(node, {})[term] = label
        paths.setdefault(node, {})[term] = label
    entity = {"type": "uri", "value": iri}
    out = []
    for row in stated:
        s, o = (entity, row["x"]) if row["t"]["value"] == "0" else (row["x"], entity)
        s_labels = list(labels.get((s["type"], s["value"]), {}).values()) or [{"type": "literal", "value": s["value"]}]
        o_labels = (list(paths.get((o["type"], o["value"]), {}).values()) if o["type"] != "literal" else None) \
            or [{"type": "literal", "value": o["value"]}]
        p, article, begin, end = row["p"]["value"], _text(row["article"]), int(row["begin"]["value"]), int(row["end"]["value"])
        rule, sentence, obj = _text(row["rule"]), _text(row["sentence"]), _text(o)
        for sl in s_labels:
            for ol in o_labels:
                out.append(((_literal_order(sl), p, _literal_order(ol), article, begin, end, rule, sentence, s["value"], obj),
                            FactRow(s["value"], sl["value"], p, obj, ol["value"], article, sentence, begin, end, rule)))
    out.sort(key=lambda keyed: keyed[0])
    return [fact for _, fact in out]


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
    from .build import RESOLUTION  # here: kg.build loads the extraction (2 s), which nothing else here needs

    path = Path(build) / RESOLUTION
    if not path.is_file():
        raise InputError("no resolution.json here; run `kg build` first", str(build))
    return json.loads(path.read_text(encoding="utf-8"))["ambiguous"]


# The names (rdfs:label, skos:altLabel) of the entities that an article mentions. Each name is
# looked at once and its entity checked for a mention; starting from the mentions (a quarter of a
# million at 10,000 articles) and then asking for DISTINCT names took 2.3 s there, this 0.35 s.
MENTIONED = "SELECT ?x ?name WHERE { ?x %s ?name FILTER EXISTS { ?a gk:mentions ?x } }"


def find_entity(name: str, build: Path | str = DEFAULT_BUILD) -> str:
    """The IRI of the entity called ``name`` (label, alternative label or IRI; case-insensitive)."""
    rows = _bindings(MENTIONED % "rdfs:label", build)
    wanted = name.strip().casefold()
    labels = {row["x"]["value"]: _text(row["name"]) for row in rows}
    hits = sorted(x for x, label in labels.items() if wanted in (label.casefold(), x.casefold()))
    if not hits:
        alts = _bindings(MENTIONED % "skos:altLabel", build)
        hits = sorted({row["x"]["value"] for row in alts if _text(row["name"]).casefold() == wanted})
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise InputError(f"{name!r} names {len(hits)} entities: {', '.join(hits)}; give the IRI")
    raise UnknownEntity(f"no entity called {name!r} in the build{_close_hint(wanted, labels.values(), build)}")


def _close_hint(wanted: str, labels, build: Path | str) -> str:
    """"; did you mean 'A', 'B'?" for the labels and alternative labels near ``wanted`` (case-folded),
    as ``kg path`` finds them: similar spellings first, then the names that contain it."""
    alts = {_text(row["name"]) for row in _bindings(MENTIONED % "skos:altLabel", build)}
    names: dict[str, str] = {}
    for text in [*sorted(labels), *sorted(alts)]:
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
