"""Entity resolution inside one article: one entity per real thing, whatever name a sentence uses.

Mentions are joined when they share a gazetteer entry or a normalised name, when one is the other's
acronym, when one is the other's name without its place qualifier, or when a short form's words are
an ordered part of exactly one longer name with the same head noun ("Example Silk Association" for "Example National Silk Association").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from . import people
from .gazetteer import gazetteer
from .mentions import Mention, Sentence, initials_match


_POSSESSIVE = re.compile(r"['’`]s\b")
_PUNCTUATION = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:the|a|an) ")


@lru_cache(maxsize=1 << 16)  # resolution compares every pair of mentions: the same names come back
def normalise(text: str) -> str:
    """The form names are compared and IRIs minted in: lower case, no possessive 's, no punctuation,
    no leading article."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _POSSESSIVE.sub("", text)
    text = _PUNCTUATION.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return _ARTICLE.sub("", text)


@lru_cache(maxsize=1 << 14)
def slug(text: str) -> str:
    return normalise(text).replace(" ", "-") or "unnamed"


def clean_label(text: str) -> str:
    text = re.sub(r"[\"“”]", "", text)
    text = re.sub(r"^(?:[Tt]he|[Tt]his|[Tt]hat) ", "", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Entity:
    kind: str
    cls: str
    label: str
    mentions: list[Mention] = field(default_factory=list)
    alt_labels: set[str] = field(default_factory=set)
    gaz: str = ""
    wikidata: str = ""

    @property
    def key(self) -> str:
        return slug(self.label)


class _Union:
    def __init__(self, n: int):
        self.p = list(range(n))

    def find(self, i: int) -> int:
        while self.p[i] != i:
            self.p[i] = self.p[self.p[i]]
            i = self.p[i]
        return i

    def join(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)


def all_mentions(sentences: list[Sentence]) -> list[Mention]:
    """Top-level mentions with their nested parents and qualifiers, in text order."""
    out: list[Mention] = []
    seen: set[int] = set()

    def add(m: Mention | None) -> None:
        while m is not None and id(m) not in seen:
            seen.add(id(m))
            out.append(m)
            add(m.qualifier)
            m = m.parent

    for sent in sentences:
        for m in sent.mentions:
            add(m)
    return sorted(out, key=lambda m: (m.start, -m.end))


def core_name(m: Mention) -> str:
    """A name without its place qualifier: "Department of X of Y Province" and "Y Department of X"
    both give "department of x"."""
    return normalise(m.core) if m.core else _core(m.text)


def qualifier_of(m: Mention) -> str | None:
    """The place that qualifies a name (a gazetteer id, else the place's normalised name); None
    for a name without one."""
    if m.qualifier is not None:
        e = gazetteer().lookup(m.qualifier.text)
        return e.id if e is not None else normalise(m.qualifier.text)
    return None if m.core else _split(m.text)[1]


def _core(name: str) -> str:
    return _split(name)[0]


@lru_cache(maxsize=1 << 14)
def _split(name: str) -> tuple[str, str | None]:
    """A name's core and the gazetteer id of its place qualifier: "department of x of y province"
    and "y department of x" both give ("department of x", the id of Y)."""
    text = normalise(name)
    gaz = gazetteer()
    mt = re.match(r"^(.*?) of (?:the )?(.+)$", text)
    if mt and (e := gaz.lookup(mt.group(2))) is not None and e.kind == "place":
        return mt.group(1), e.id
    words = text.split()
    for k in range(len(words) - 1, 0, -1):
        e = gaz.lookup(" ".join(words[:k]))
        if e is not None and e.kind == "place":
            return " ".join(words[k:]), e.id
    return text, None


def _words(text: str) -> list[str]:
    return normalise(text).split()


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


class Resolver:
    """Groups the mentions of an article into entities and picks each entity's label."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.mentions = [m for m in all_mentions(sentences) if not m.anaphor]
        self.anaphors = [m for s in sentences for m in s.mentions if m.anaphor]
        self.entity_of: dict[int, Entity] = {}
        self.entities: list[Entity] = []
        self.main_event: Entity | None = None

    def run(self) -> list[Entity]:
        for kind in ("Organization", "Person", "Place", "Event", "Programme"):
            self._group([m for m in self.mentions if m.kind == kind])
        self._events_and_anaphors()
        return self.entities

    def _same(self, a: Mention, b: Mention) -> bool:
        if a.gaz and a.gaz == b.gaz:
            return True
        na, nb = normalise(a.text), normalise(b.text)
        if na == nb:
            return True
        if a.acronym and normalise(a.acronym) == nb or b.acronym and normalise(b.acronym) == na:
            return True
        if a.kind == "Event":
            # "ABCX 2025" and "ABCX"; a name with and without its year
            strip = lambda s: re.sub(r"\b(?:19|20)\d\d\b", "", s).strip()  # noqa: E731
            return bool(strip(na)) and strip(na) == strip(nb)
        ca, cb = core_name(a), core_name(b)
        if ca != cb or (ca == na and cb == nb):
            return False
        # "Light Industry University of Anhui" is "Anhui Light Industry University", and may be
        # called "Light Industry University"; "Guangdong Light Industry University" is another one
        qa, qb = qualifier_of(a), qualifier_of(b)
        return qa is None or qb is None or qa == qb

    def _group(self, ms: list[Mention]) -> None:
        if not ms:
            return
        u = _Union(len(ms))
        for i in range(len(ms)):
            for j in range(i):
                if self._same(ms[i], ms[j]):
                    u.join(i, j)
        # acronyms and short forms that fit exactly one longer name
        for i, m in enumerate(ms):
            words = _words(m.text)
            cands = set()
            for j, other in enumerate(ms):
                if len(other.text) <= len(m.text) or (other.parent is not None and m.parent is None and m.kind == "Organization"):
                    continue
                ow = _words(other.core or other.text)
                if m.text.replace("-", "").isupper() and len(m.text) >= 2 and initials_match(m.text, other.text.split()):
                    cands.add(u.find(j))
                elif m.kind == "Person" and len(words) == 1 and words[0] in (_words(other.text)[0], _words(other.text)[-1]):
                    cands.add(u.find(j))
                elif (m.kind in {"Organization", "Event", "Programme"} and len(words) >= 2 and words[-1] == ow[-1]
                      and _subsequence(words, ow) and not (other.parent and m.kind == "Organization" and normalise(other.parent.text) == normalise(m.text))):
                    cands.add(u.find(j))
            if len(cands) == 1 and cands != {u.find(i)}:
                u.join(i, cands.pop())
        groups: dict[int, list[Mention]] = {}
        for i, m in enumerate(ms):
            groups.setdefault(u.find(i), []).append(m)
        for group in groups.values():
            self._make(group)

    def _make(self, group: list[Mention]) -> Entity:
        gaz = gazetteer()
        entry = next((gaz.entries[m.gaz] for m in group if m.gaz in gaz.entries), None)
        forms = [people.name_forms(m.text) if m.kind == "Person" else (m.text, set()) for m in group]
        names = [clean_label(label) for label, _ in forms]
        if entry is not None and _spelled_otherwise(entry, names):
            entry = None
        if entry is not None:
            label = entry.name
        else:
            # the fullest written name: not an acronym, qualified if ever qualified, longest
            full = [n for n, m in zip(names, group) if not n.replace("-", "").isupper()] or names
            label = max(full, key=lambda n: (len(n.split()), len(n), n))
        cls = next((m.cls for m in group if m.gaz), None) or _most_specific([m.cls for m in group])
        ent = Entity(group[0].kind, cls, label, list(group), gaz=entry.id if entry else "",
                     wikidata=entry.wikidata if entry else "")
        for (_, other_forms), n, m in zip(forms, names, group):
            ent.alt_labels.add(n)
            ent.alt_labels.update(other_forms)
            if m.acronym:
                ent.alt_labels.add(m.acronym)
            if m.core and m.kind == "Organization":
                ent.alt_labels.add(clean_label(m.core))
        if entry is not None:
            ent.alt_labels.update(a for a in entry.aliases if any(normalise(a) == normalise(n) for n in names))
        ent.alt_labels = {a for a in ent.alt_labels if normalise(a) != normalise(label) and normalise(a)}
        # a clashing alternative name stays with neither entity
        for other in self.entities:
            if other.kind == ent.kind:
                clash = {normalise(a) for a in ent.alt_labels} & {normalise(a) for a in other.alt_labels}
                ent.alt_labels = {a for a in ent.alt_labels if normalise(a) not in clash}
                other.alt_labels = {a for a in other.alt_labels if normalise(a) not in clash}
        self.entities.append(ent)
        for m in group:
            self.entity_of[id(m)] = ent
        return ent

    def _events_and_anaphors(self) -> None:
        events = [m for m in self.mentions if m.kind == "Event" and m.rule not in {"side-event", "indefinite-event"}]
        events = events or [m for m in self.mentions if m.kind == "Event" and m.rule == "indefinite-event"]
        if events:
            self.main_event = self.entity_of[id(events[0])]
        elif any(a.kind == "Event" for a in self.anaphors):
            first = next(a for a in self.anaphors if a.kind == "Event")
            head = clean_label(first.text)
            first.anaphor = False
            self.main_event = self._make([Mention(first.start, first.end, head, "Event", "Event",
                                                  "event-reference", first.sent)])
        for m in self.anaphors:
            if m.kind == "Organization":
                self._organization_reference(m)
                continue
            if id(m) in self.entity_of:
                continue
            head = normalise(m.text).split()[-1]
            side = [s for s in self.mentions if s.rule == "side-event" and s.start < m.start
                    and normalise(s.text).split()[-1] == head]
            target = self.entity_of[id(side[-1])] if side else self._named_event(head, m.start)
            if target is not None:
                self.entity_of[id(m)] = target

    def _organization_reference(self, m: Mention) -> None:
        """"the federation" is the organization named before it whose name has that word, when only
        one has; with none or several, the reference stays no entity."""
        head = normalise(m.text).split()[-1]
        named = {id(self.entity_of[id(x)]): self.entity_of[id(x)] for x in self.mentions
                 if x.kind == "Organization" and x.start < m.start and id(x) in self.entity_of
                 and head in normalise(x.text).split()}
        if len(named) == 1:
            self.entity_of[id(m)] = next(iter(named.values()))

    def _named_event(self, head: str, before: int) -> Entity | None:
        """What "the seminar" refers to: the main event when its name has that word, else the last
        event before it whose proper name has it ("a Cross-border Trade Seminar on Wool ...";
        not "the first meeting of the council"), else the main event."""
        main = self.main_event
        if main is None or any(head in normalise(x.text).split() for x in main.mentions):
            return main
        named = [x for x in self.mentions if x.kind == "Event" and x.start < before and id(x) in self.entity_of
                 and x.text[:1].isupper() and x.rule not in {"side-event", "indefinite-event"}
                 and head in normalise(x.text).split()]
        return self.entity_of[id(named[-1])] if named else main

    def entity(self, m: Mention) -> Entity | None:
        return self.entity_of.get(id(m))


def _spelled_otherwise(entry, names: list[str]) -> bool:
    """Whether the article spells out a full name for a known acronym that is not the known
    entity's name: "Bangladesh Textile Manufacturers Association (BTMA)" is not the gazetteer's
    Bangladesh Textile Mills Association, whatever its acronym."""
    full = [n for n in names if not n.replace("-", "").replace(".", "").isupper()]
    known = {normalise(n) for n in entry.names}
    return bool(full) and not any(normalise(n) in known for n in full)


_SPECIFICITY = ["Unknown", "Organization", "Place", "Venue", "City", "County", "Region", "Country",
                "IndustryAssociation", "Company", "EducationalInstitution", "ResearchInstitute",
                "PoliticalOrganization", "GovernmentAgency", "OrganizationalUnit", "Person", "Event", "Programme"]


def _most_specific(classes: list[str]) -> str:
    return max(classes, key=lambda c: _SPECIFICITY.index(c) if c in _SPECIFICITY else 0)
