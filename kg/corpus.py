"""Entity resolution across articles: one IRI per real entity in the whole corpus.

Inside one article, :mod:`kg.extract.resolve` already joins full names, acronyms and short forms, and IRIs
are minted from normalised names, so the same full name in two articles is already one IRI. What
is left is an article that only uses a short name ("the CNTX", "Example Silk Association") for an
entity that another article names in full and lists that short name as its ``skos:altLabel``.
Such an entity is merged into the full one when exactly one entity of its kind carries that name;
when several do, the short name is *ambiguous*: the entities are kept apart and the case is listed
(``kg entities --ambiguous``). People are never merged on a short name: two people who share a
surname are different people.

The result is a mapping of IRIs, applied to every article graph. The merged entity's own label
becomes an ``skos:altLabel`` of the full one, so each entity keeps exactly one ``rdfs:label``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
from rdflib.namespace import RDFS, SKOS

from . import oxi
from .vocab import ID

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.-]*[A-Z0-9]\.?")
LABEL = ox.NamedNode(str(RDFS.label))
ALT = ox.NamedNode(str(SKOS.altLabel))
# Kinds of entity that a unique short name may stand for (a path segment of the minted IRI).
MERGEABLE = ("organization", "place", "event", "programme")


@lru_cache(maxsize=1 << 16)  # a corpus repeats the same names in thousands of articles
def name_key(text: str) -> str:
    """A name compared loosely: case, accents, punctuation, a leading "the" and spacing ignored."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@lru_cache(maxsize=1 << 16)  # an entity's IRI recurs in many triples
def kind_of(iri: str) -> str | None:
    rest = iri[len(str(ID)):] if iri.startswith(str(ID)) else ""
    kind = rest.split("/", 1)[0]
    if "--" in rest and kind in MERGEABLE:
        return None  # scoped to its article ("event/opening-ceremony--042_some-report"): never merged
    return kind if kind in MERGEABLE or kind == "person" else None


@dataclass(frozen=True)
class Ambiguity:
    """A short name that several entities of one kind carry, and the articles that use it alone."""

    name: str
    candidates: tuple[str, ...]
    entity: str  # the entity known only by this name
    articles: tuple[str, ...]


@dataclass
class Resolution:
    """IRI → canonical IRI for merged entities, the canonical entities' labels, and the short names
    left ambiguous."""

    merged: dict[str, str] = field(default_factory=dict)
    ambiguous: list[Ambiguity] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # canonical IRI → its rdfs:label

    @classmethod
    def of(cls, mapping: Mapping[str, tuple[str, str]]) -> Resolution:
        """The resolution an article needs, from :func:`relevant`."""
        return cls(merged={i: t for i, (t, _) in mapping.items()},
                   labels={t: label for t, label in mapping.values() if label})

    def to_json(self) -> dict:
        return {"merged": dict(sorted(self.merged.items())), "labels": dict(sorted(self.labels.items())),
                "ambiguous": [{"name": a.name, "entity": a.entity, "candidates": list(a.candidates),
                               "articles": list(a.articles)} for a in self.ambiguous]}


Name = tuple[str, bool, str]  # entity IRI, whether the name is its rdfs:label (else an altLabel), the name


@dataclass(frozen=True)
class Names:
    """What resolution reads from one article: its entities' names, and every entity IRI it uses."""

    names: tuple[Name, ...]
    iris: tuple[str, ...]


class NamePool:
    """One copy of each IRI, name and (IRI, flag, name) across a build's articles. A corpus names
    the same entities in thousands of articles, and each article's :class:`Names` came with its own
    copies of the strings (unpickled from a worker, or read from the manifest): 16 KB an article,
    most of what a build held in memory as the corpus grew; shared, 1.6 KB (2,000 generated articles)."""

    def __init__(self) -> None:
        self._seen: dict = {}

    def __call__(self, names: Names) -> Names:
        one = self._seen.setdefault
        return Names(tuple(one(n, n) for n in ((one(i, i), flag, one(t, t)) for i, flag, t in names.names)),
                     tuple(one(i, i) for i in names.iris))


_NAME_PREDICATES = (f" <{RDFS.label}> ", f" <{SKOS.altLabel}> ")


def names_of(nt_lines: Iterable[str]) -> Names:
    """The :class:`Names` of an article graph given as N-Triples lines (as :func:`kg.oxi.lines`
    prints them). Read as text: an IRI holds no space, so a line splits at its first two spaces,
    and only the name lines are parsed; making an Oxigraph term of every triple cost twice as much."""
    iris: set[str] = set()
    name_lines: list[str] = []
    for line in nt_lines:
        subject, predicate, rest = line.split(" ", 2)
        if subject[0] == "<" and kind_of(subject[1:-1]):
            iris.add(subject[1:-1])
            if f" {predicate} " in _NAME_PREDICATES:
                name_lines.append(line)
        if rest[0] == "<":
            obj = rest[1:rest.index(">")]
            if kind_of(obj):
                iris.add(obj)
    names = {(t.subject.value, t.predicate == LABEL, t.object.value) for t in oxi.parse_lines(name_lines)}
    return Names(tuple(sorted(names)), tuple(sorted(iris)))


def resolve_names(articles: Mapping[str, Names]) -> Resolution:
    """Decide which entities across ``articles`` (article id → the :class:`Names` it uses) are one.
    Only names are read, so a rebuild resolves from the manifest without reading any article graph."""
    labels: dict[str, str] = {}
    label_text: dict[str, str] = {}
    names: dict[str, set[str]] = defaultdict(set)
    acronyms: dict[str, set[str]] = defaultdict(set)
    seen_in: dict[str, set[str]] = defaultdict(set)
    for aid in sorted(articles):
        for iri, is_label, text in articles[aid].names:
            key = name_key(text)
            names[iri].add(key)
            seen_in[iri].add(aid)
            if is_label:
                labels[iri] = key
                label_text[iri] = text
            elif _ACRONYM.fullmatch(text):
                acronyms[iri].add(key)
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)  # (kind, alternative name) → entities
    for iri, keys in names.items():
        for key in keys - {labels.get(iri)}:
            owners[(kind_of(iri), key)].add(iri)
    out = Resolution()
    for iri in sorted(labels):
        kind = kind_of(iri)
        if kind not in MERGEABLE:
            continue
        # two entities each known by an acronym of its own are two ("ABC", "XABC"), whatever their names
        candidates = sorted(c for c in owners.get((kind, labels[iri]), set()) - {iri}
                            if not (acronyms[iri] and acronyms[c] and not acronyms[iri] & acronyms[c]))
        if len(candidates) == 1:
            out.merged[iri] = candidates[0]
        elif len(candidates) > 1:
            out.ambiguous.append(Ambiguity(labels[iri], tuple(candidates), iri, tuple(sorted(seen_in[iri]))))
    # A chain a → b → c ends at c; a cycle (two entities listing each other's label) keeps the smaller IRI.
    for iri in sorted(out.merged):
        target, hops = out.merged[iri], 0
        while target in out.merged and hops < len(out.merged):
            target, hops = out.merged[target], hops + 1
        out.merged[iri] = min(target, iri) if target in out.merged else target
    out.merged = {k: v for k, v in out.merged.items() if k != v}
    # an article that names an entity only by a short form states the full label too: every graph
    # gives each entity it uses an rdfs:label
    out.labels = {t: label_text[t] for t in sorted(set(out.merged.values())) if t in label_text}
    return out


def relevant(resolution: Resolution, iris: Iterable[str]) -> dict[str, tuple[str, str]]:
    """The part of a resolution that changes an article using ``iris``: IRI → (canonical IRI, its label)."""
    return {i: (resolution.merged[i], resolution.labels.get(resolution.merged[i], "")) for i in iris
            if i in resolution.merged}


def apply(resolution: Resolution, triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """An article's triples with merged IRIs replaced; a merged entity's label becomes an altLabel,
    and the canonical entity's label is stated. The result is in canonical order when the input was."""
    triples = triples if isinstance(triples, list) else list(triples)
    nodes = {ox.NamedNode(k): ox.NamedNode(v) for k, v in resolution.merged.items()}
    kept, moved = [], set()
    for t in triples:
        s, o = nodes.get(t.subject), nodes.get(t.object)
        if s is None and o is None:
            kept.append(t)
        else:
            p = ALT if s is not None and t.predicate == LABEL else t.predicate
            moved.add(ox.Triple(s or t.subject, p, o or t.object))
            if s is not None and t.predicate == LABEL and s.value in resolution.labels:
                moved.add(ox.Triple(s, LABEL, ox.Literal(resolution.labels[s.value])))
    if not moved:
        return triples
    moved -= {ox.Triple(t.subject, ALT, t.object) for t in moved if t.predicate == LABEL}  # a label is no altLabel too
    return sorted(set(kept).union(moved), key=oxi.triple_key)
