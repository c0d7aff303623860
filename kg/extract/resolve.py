"""Entity resolution inside one article: one entity per real thing, whatever name a sentence uses.

Mentions are joined when they share a gazetteer entry or a normalised name, when one is the other's
acronym, when one is the other's name without its place qualifier, or when a short form's words are
an ordered part of exactly one longer name with the same head noun ("Example Silk Association" for "Example National Silk Association").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon as lx
from . import people
from .gazetteer import gazetteer
from .mentions import Mention, Sentence, initials_match


_POSSESSIVE = re.compile(r"['’`]s\b")
_PUNCTUATION = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:the|a|an) ")


@lru_cache(maxsize=1 << 16)  # the same names come back in every step of resolution and of the rules
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
    scope: str = ""  # the article an entity with a generic label belongs to (see generic_event)

    @property
    def key(self) -> str:
        """The normalised label; an entity scoped to its article adds the article's id after "--",
        which no slug of a label holds (its hyphens are single): "opening-ceremony--042_some-report"."""
        return f"{slug(self.label)}--{slug(self.scope)}" if self.scope else slug(self.label)


_GENERIC_WORDS = frozenset(lx.GENERIC_EVENT_WORDS | lx.FUNCTION_WORDS
                           | {w for phrase in lx.EVENT_HEADS | lx.EVENT_ANAPHORS | lx.SIDE_EVENTS for w in phrase.split()})
_YEAR_OR_ORDINAL = re.compile(r"(?:\d+(?:st|nd|rd|th)?|\d+-day|\(?\d{4}\)?)", re.I)


@lru_cache(maxsize=1 << 12)
def generic_event(label: str) -> bool:
    """Whether an event's label describes a gathering without naming it, so that two articles saying it
    speak of two events: every word is lower-case, a year or ordinal, or a word of gatherings ("Opening
    Session", "2027 Annual General Meeting", "press conference", "Workshop"). One word that is
    neither ("Harbour Weavers Congress", "Expo Textil 2027") makes it a name."""
    words = label.split()
    return bool(words) and all(w[0].islower() or _YEAR_OR_ORDINAL.fullmatch(w) or w.lower() in _GENERIC_WORDS
                               for w in words)


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


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _same_names(ms: list[Mention]) -> list[list[int]]:
    """Buckets of the indices of mentions (all of one kind) that name the same thing; joining each
    bucket gives the entities of the first step. Two mentions are the same when

    * they have the same gazetteer id, or the same normalised name;
    * one's acronym, "(ABC)" written after it, is the other's name;
    * events: their names without a year are the same ("Example Expo 2025" and "Example Expo");
    * other kinds: their names without the place qualifier are the same and the places do not
      differ: "Light Industry University of Anhui" is "Anhui Light Industry University", and may be
      called "Light Industry University"; "Guangdong Light Industry University" is another one.

    Each is a key, so a mention meets only the mentions with its keys. For the place qualifier, a
    name without one joins every name of its core, which joins the whole core's bucket; without
    such a name, only the names qualified by the same place are one."""
    buckets: list[list[int]] = []
    by_gaz: dict[str, list[int]] = {}
    by_name: dict[str, list[int]] = {}
    by_core: dict[str, dict[str | None, list[int]]] = {}
    event = ms[0].kind == "Event"
    for i, m in enumerate(ms):
        if m.gaz:
            by_gaz.setdefault(m.gaz, []).append(i)
        by_name.setdefault(normalise(m.text), []).append(i)
    for i, m in enumerate(ms):
        if m.acronym and (named := by_name.get(normalise(m.acronym))):
            buckets.append([i, named[0]])
        if event:
            key = _YEAR.sub("", normalise(m.text)).strip()
            if key:
                year = _YEAR.search(m.text)
                by_core.setdefault(key, {}).setdefault(year.group(0) if year else "", []).append(i)
        else:
            by_core.setdefault(core_name(m), {}).setdefault(qualifier_of(m), []).append(i)
    buckets += by_gaz.values()
    buckets += by_name.values()
    for places in by_core.values():
        if event:
            # "Example Expo 2025" is "Example Expo", and so is "Example Expo 2027" when the article names no
            # other year; when it names two ("the next one, Example Expo 2027"), the name without a year is
            # the first year's, and the other edition is another event
            years = sorted((k for k in places if k), key=lambda k: places[k][0])
            first = years[0] if years else ""
            buckets.append(places.get("", []) + places.get(first, []))
            buckets += [places[y] for y in years[1:]]
            continue
        if None in places:
            buckets.append([i for group in places.values() for i in group])
        else:
            buckets += places.values()
    return buckets


@dataclass
class _Name:
    """A distinct longer name a short form may fit, as the second step reads it."""

    first: int  # the index of its first mention (all its mentions are one entity by then)
    text: str
    words: list[str]  # of the name without its place qualifier
    parent: str | None  # the normalised name of the organization it is part of, if any


class _Longer:
    """The names of one kind, by the keys that a shorter mention can fit them on:

    * an acronym by its first two letters ("ESA": "Example Silk Association", but also "Example
      National Silk Association" or "EXample Silks"), see :func:`_initial_keys`;
    * a person's single name by the first and last word of a full name ("Mr. Tarven" and "Tarven Oyelu");
    * a short form of an organization, event or programme by its last word with each other word
      ("Silk Association": every name that ends in "association" and has "silk").

    Only the names with a mention's keys are tested, and a mention's answer is kept for the mentions
    with the same name after it."""

    def __init__(self, ms: list[Mention]):
        self.kind = ms[0].kind
        self.names: list[_Name] = []
        seen: dict[tuple[str, str, str | None], _Name] = {}
        self.by_initials: dict[str, list[_Name]] = {}
        self.by_end_word: dict[str, list[_Name]] = {}
        self.by_head_and_word: dict[tuple[str, str], list[_Name]] = {}
        for i, m in enumerate(ms):
            parent = normalise(m.parent.text) if m.parent is not None else None
            key = (m.text, m.core, parent)
            if key in seen:
                continue
            name = seen[key] = _Name(i, m.text, _words(m.core or m.text), parent)
            self.names.append(name)
            for k in _initial_keys(m.text.split()):
                self.by_initials.setdefault(k, []).append(name)
            if ws := _words(m.text):
                if self.kind == "Person" and len(ws) > 2 and ws[-1] in people.SUFFIXES:
                    ws = ws[:-1]  # "Hargrove" of "William V. Hargrove Jr."
                if self.kind == "Person" and (nee := _nee(ws)):
                    ws = ws[:nee]  # "Tarvik" of "Awa Tarvik née Kettle", not her birth name
                for w in {ws[0], ws[-1]} | ({first} if self.kind == "Person" and (first := people.first_family_name(ws)) else set()):
                    self.by_end_word.setdefault(w, []).append(name)
            if name.words:
                # (and by the head before a year: "Trade Mission" of "Orlan Textile Trade Mission 2025")
                heads = {name.words[-1]} | ({name.words[-2]} if self.kind == "Event" and len(name.words) > 2
                                            and re.fullmatch(r"(?:19|20)\d\d", name.words[-1]) else set())
                for head in heads:
                    for w in set(name.words):
                        self.by_head_and_word.setdefault((head, w), []).append(name)
        self.answers: dict[tuple[str, bool], list[int]] = {}
        self.tested = 0  # names tested against a mention (tests check it grows with the mentions)

    def fits(self, m: Mention) -> list[int]:
        """The first mention of every longer name that ``m`` fits: as an acronym of its initials,
        as a person's family or given name, or as the name with words left out."""
        key = (m.text, m.parent is None)
        if key not in self.answers:
            self.answers[key] = [n.first for n in self._fitting(m.text, m.parent is None)]
        return self.answers[key]

    def _fitting(self, text: str, no_parent: bool) -> list[_Name]:
        words = _words(text)
        if self.kind == "Person" and (nee := _nee(words)):
            # "Mme Awa Tarvik née Kettle", later "Mme Tarvik née Kettle": a name before the birth name
            text, words = " ".join(text.split()[:nee]), words[:nee]
        found: dict[int, _Name] = {}

        def longer(n: _Name) -> bool:
            # a unit of an organization is no short form of the organization alone: "Department
            # of Trade of the Example Council" for "Department of Trade" written on its own
            return len(n.text) > len(text) and not (n.parent is not None and no_parent and self.kind == "Organization")

        if text.replace("-", "").isupper() and len(text) >= 2:
            acr = _letters(text)
            pool = self.by_initials.get(acr[:2], ()) if acr else self.names
            self.tested += len(pool)
            for n in pool:
                if longer(n) and initials_match(text, n.text.split()):
                    found[id(n)] = n
        if self.kind == "Person" and len(words) == 1:
            pool = self.by_end_word.get(words[0], ())
            self.tested += len(pool)
            for n in pool:
                if longer(n):
                    found[id(n)] = n
        if (self.kind == "Person" and len(words) == 2 and words[0] not in people.FAMILY_PARTICLES
                and not people.is_given(words[0])):
            # a family name of two words alone, as Spanish and Arabic names have them: "Midence Paz" of
            # "Roberto Carlos Midence Paz" (not "Ana Lee" of "Rosa Ana Lee": a given name first is a person's own)
            pool = self.by_end_word.get(words[-1], ())
            self.tested += len(pool)
            for n in pool:
                if longer(n) and len(full := _words(n.text)) >= 3 and full[-2:] == words:
                    found[id(n)] = n
        if self.kind == "Person" and 2 <= len(words) <= 4 and words[0] in people.FAMILY_PARTICLES:
            # a family name of several words alone: "Ms Ní Dhuinn" of "Sorcha Ní Dhuinn"
            pool = self.by_end_word.get(words[-1], ())
            self.tested += len(pool)
            for n in pool:
                if longer(n) and _words(n.text)[-len(words):] == words:
                    found[id(n)] = n
        if self.kind in {"Organization", "Event", "Programme"} and len(words) >= 2:
            pool = min((self.by_head_and_word.get((words[-1], w), ()) for w in set(words)), key=len)
            self.tested += len(pool)
            for n in pool:
                if (longer(n) and _subsequence(words, n.words)
                        and not (n.parent is not None and self.kind == "Organization" and n.parent == normalise(text))):
                    found[id(n)] = n
        return list(found.values())


def _nee(words: list[str]) -> int:
    """Where "née" (a birth name after a married one) stands among a name's words, or 0."""
    return next((k for k, w in enumerate(words) if w in {"née", "nee"}), 0)


def _letters(word: str) -> str:
    return re.sub(r"[^A-Za-z]", "", word).lower()


def _initial_keys(name_words: list[str]) -> set[str]:
    """The first one or two letters that an acronym of these words can begin with, as
    :func:`~kg.extract.mentions.initials_match` reads an acronym: letters only, each word giving one
    or more of its first letters, function words optional. "Bank of Example Trade": "ba", "bo",
    "be" (the "of" left out) and "b" (an acronym of one letter); "The Example Guild": also "th",
    "te", "eg", "ex" and "t", "e". An acronym that fits the words begins with one of them.
    (When initials_match changes, this changes with it: tests/test_resolve_scale.py compares the
    two steps with the pairwise definition.)"""
    ws = [w for w in map(_letters, name_words) if w]
    keys: set[str] = set()
    for k, w in enumerate(ws):
        keys.add(w[0])
        if len(w) >= 2:
            keys.add(w[:2])
        for nxt in ws[k + 1:]:
            keys.add(w[0] + nxt[0])
            if nxt not in lx.FUNCTION_WORDS:
                break
        if w not in lx.FUNCTION_WORDS:
            break
    return keys


_LAUNCHED = re.compile(lx.LAUNCHED_BEFORE, re.I)
# the words before an event's noun in a reference to it: "its", "the two-day", "this year's", "the annual"
# the one-word heads of sessions that a reference may name for the first time ("its main panel")
_SESSION_WORDS = {"panel", "workshop", "roundtable", "debate", "masterclass"}
# the words one panel discussion goes by: 'the round table "X"', then "the panel", "the debate"
_PANEL_WORDS = {"panel", "roundtable", "discussion", "debate"}
_ANAPHOR_LEAD = re.compile(r"^(?:(?:the|this|that|its|our|their|his|her|[a-z]+-day|annual|whole|entire|main|same|"
                           r"year's|this\s+year's)\s+)+", re.I)


_OPENING_WORDS = {"opening", "inauguration", "inaugural", "closing"}


def _parenthesised(ms: list[Mention], sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Pairs (i, j) of an event and the event named first in the parentheses right after it: its name in
    another language or its brand ("the International Fair of Weavers (Salon des tisserandes, SIT 2025)")."""
    out = []
    for i, (a, b) in enumerate(zip(ms, ms[1:])):
        if a.kind == b.kind == "Event" and a.sent == b.sent:
            sent = sentences[a.sent]
            if re.fullmatch(r"\s*\(\s*", sent.text[a.end - sent.start:b.start - sent.start]):
                out.append((i, i + 1))
    return out


# the items of a programme that are no main event when named after the lead ("a demonstration in the afternoon")
_PROGRAMME_ITEMS = {"visit", "demonstration", "inauguration"}
# gatherings of a kind of their own, which "the talks" or "the call" names only when the main event is one, each with
# the words of a main event's name it may refer to ("the talks" to a "negotiating session")
_TALKS = {"talks", "negotiations", "negotiating", "negotiation", "session", "round", "meeting", "dialogue", "bargaining"}
_OWN_KIND_HEADS = {"talks": _TALKS, "negotiations": _TALKS, "call": {"call"}, "hearing": {"hearing"},
                   "training": {"training", "course", "workshop", "programme", "program"},
                   "visit": {"visit", "tour", "mission", "delegation"}, "demonstration": {"demonstration"}}
# what says an event named after it is a past edition or a record of one ("the minutes of the", "last year's")
_LOOKED_BACK = re.compile(r"\b(?:(?:minutes|proceedings|resolutions|decisions|recommendations)\s+of\s+(?:the\s+)?|"
                          r"last\s+year['’]s\s+|(?:the\s+)?(?:previous|preceding|last|past)\s+(?:edition\s+of\s+(?:the\s+)?)?)$", re.I)
# what announces an event to come just before its name ("would organise its first", "will host the")
_TO_COME = re.compile(r"\b(?:would|will|shall|plans?\s+to|intends?\s+to|is\s+to)\s+(?:also\s+|jointly\s+)?"
                      r"(?:organi[sz]e|hold|host|stage|convene|launch)\s+(?:its|their|the|an?)\s+"
                      r"(?:(?:first|next|second|third|maiden|own)\s+)?$"
                      # "the firm said it will present at the X Investor Forum in May"
                      r"|\b(?:would|will|is\s+to|plans?\s+to)\s+(?:also\s+)?(?:present|speak|exhibit|participate|take\s+part)"
                      r"\s+(?:at|in)\s+(?:the\s+)?$", re.I)


class Resolver:
    """Groups the mentions of an article into entities and picks each entity's label."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.mentions = [m for m in all_mentions(sentences) if not m.anaphor]
        self.anaphors = [m for s in sentences for m in s.mentions if m.anaphor]
        self.entity_of: dict[int, Entity] = {}
        self.entities: list[Entity] = []
        self.main_event: Entity | None = None
        self.tested = 0  # the work of grouping: mentions looked up and names tested against one
        self.holder: dict[tuple[str, str], Entity] = {}  # (kind, normalised alternative name) -> its entity
        self.by_head: dict[tuple[str, str], object] = {}  # what the references with a head word can be

    def run(self) -> list[Entity]:
        for kind in ("Organization", "Person", "Place", "Event", "Programme"):
            self._group([m for m in self.mentions if m.kind == kind])
        self._events_and_anaphors()
        return self.entities

    def _group(self, ms: list[Mention]) -> None:
        """Join the mentions of one kind into entities, in two steps: the names that are the same
        (:func:`_same_names`), then each short form or acronym that fits exactly one longer name
        (:class:`_Longer`). Each mention is compared only with the mentions that share a key with
        it, so the work grows with the mentions, not with their pairs: a 300,000-character report
        compared 1.4 million pairs before."""
        if not ms:
            return
        u = _Union(len(ms))
        for bucket in _same_names(ms):
            for j in bucket[1:]:
                u.join(bucket[0], j)
        for i, j in _parenthesised(ms, self.sentences):
            u.join(i, j)
        # acronyms and short forms that fit exactly one longer name, in text order: a short form
        # joined to a name counts as that name for the short forms after it
        longer = _Longer(ms)
        self.tested += len(ms)  # the first step meets each mention once (a dictionary look-up for each key)
        for i, m in enumerate(ms):
            roots: set[int] = set()
            for j in longer.fits(m):
                roots.add(u.find(j))
                if len(roots) > 1:
                    break  # two names fit: "Wang" of "Wang Ming" and of "Wang Hua" joins neither
            if len(roots) == 1 and roots != {u.find(i)}:
                u.join(i, roots.pop())
        groups: dict[int, list[Mention]] = {}
        for i, m in enumerate(ms):
            groups.setdefault(u.find(i), []).append(m)
        self.tested += longer.tested
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
        self._drop_clashes(ent)
        self.entities.append(ent)
        for m in group:
            self.entity_of[id(m)] = ent
        return ent

    def _under(self, m: Mention) -> bool:
        sent = self.sentences[m.sent]
        return bool(re.search(r"\bunder\s+(?:the\s+)?$", sent.text[max(0, m.start - sent.start - 12):m.start - sent.start], re.I))

    def _looked_back_on(self, m: Mention) -> bool:
        """An event named as a past edition or by a record of it: "Adoption of the minutes of the 11th AGM",
        "last year's Orlan Expo", "the previous Forum"."""
        sent = self.sentences[m.sent]
        return bool(_LOOKED_BACK.search(sent.text[max(0, m.start - sent.start - 60):m.start - sent.start]))

    def _announced(self, m: Mention) -> bool:
        """An event the article says is still to come: "the Chamber would organise its first X in
        February", "will host the next X"."""
        sent = self.sentences[m.sent]
        return bool(_TO_COME.search(sent.text[max(0, m.start - sent.start - 80):m.start - sent.start]))

    def _drop_clashes(self, ent: Entity) -> None:
        """A clashing alternative name stays with neither entity. At most one entity of a kind holds
        a name at any time (two that would hold it lose it), so the holder is looked up, not every
        entity before this one: a third "ESA" keeps the name the first two gave up."""
        clash = set()
        for name in {normalise(a) for a in ent.alt_labels}:
            other = self.holder.pop((ent.kind, name), None)
            if other is None:
                self.holder[(ent.kind, name)] = ent
            else:
                clash.add(name)
                other.alt_labels = {a for a in other.alt_labels if normalise(a) != name}
        ent.alt_labels = {a for a in ent.alt_labels if normalise(a) not in clash}

    def _events_and_anaphors(self) -> None:
        events = [m for m in self.mentions if m.kind == "Event" and m.rule not in {"side-event", "indefinite-event"}]
        # "access under the Velden Convention", "goods exported under the Example Agreement": a treaty or a
        # framework something happens under is no gathering the article reports (unless it is all it names)
        events = [m for m in events if not self._under(m)] or events
        # nor an edition the article looks back on: "the minutes of the 11th AGM", "last year's Expo" (when another is
        # named, in the body or in the headline)
        titled = [m for s in self.sentences if s.headline for m in s.title_events]
        events = [m for m in events if not self._looked_back_on(m)] or ([] if titled else events)
        indefinite = [m for m in self.mentions if m.kind == "Event" and m.rule == "indefinite-event"]
        # nor one still to come, whose announcement the article reports ("... would organise its first X"):
        # another named event, else the lead's unnamed one ("a ceremony held at ...")
        to_come = [m for m in events if self._announced(m)]
        if to_come and (len(to_come) < len(events) or indefinite):
            events = [m for m in events if not self._announced(m)]
        # the lead's unnamed event over a named one written three sentences or more after it: "The graduation
        # ceremony was organized by X ... Before the ceremony, X hosted an Employer Hiring Day" (the lead: the
        # first three sentences of prose, not a masthead or a heading)
        prose = [s.index for s in self.sentences if not s.headline and len(s.text.split()) >= 8
                 and re.search(r"[.!?\"”]\s*$", s.text)]
        # (a visit or a demonstration on the programme, named after the lead, is no candidate: "In the afternoon,
        # officers carried out a fire-extinguisher demonstration"; "a working visit to X" in the lead is)
        indefinite = [m for m in indefinite if normalise(m.text).split()[-1] not in _PROGRAMME_ITEMS
                      or prose and m.sent <= prose[min(2, len(prose) - 1)]]
        if (events and indefinite and prose and indefinite[0].sent <= prose[min(2, len(prose) - 1)]
                and events[0].sent > indefinite[0].sent + 2):
            events = []
        events = events or indefinite
        # the headline's edition of a gathering, where the lead names no event: "Minutes of the 12th Annual General
        # Meeting of X", then "The meeting began ..." and, further on, "the minutes of the 11th AGM"
        if titled and (not events or events[0].sent > prose[min(3, len(prose) - 1)] if prose else not events):
            events = titled[:1]
            self.entity_of[id(titled[0])] = self._make([titled[0]])
        launch = None if events else self._launch_event()
        # a report of one workshop names it by its subject only: "A workshop on dye safety was held ..."
        sessions = [m for m in self.mentions if m.kind == "Event" and m.rule == "side-event" and m.head]
        first = next((a for a in self.anaphors if a.kind == "Event"), None)
        if launch is not None:
            self.main_event = launch
        elif events:
            self.main_event = self.entity_of[id(events[0])]
            # "Launch of X at the National Workshop on Y" (a headline): what happened at an event is part of it;
            # the event it happened at is the one the article reports
            if len(events) > 1 and events[1].sent == events[0].sent and re.fullmatch(
                    r"\s+(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?",
                    self._between(events[0], events[1])):
                self.main_event = self.entity_of[id(events[1])]
            # "Loomex Forward" first, then "Loomex Forward Members' Town Hall": the brand's gathering is the event
            first = normalise(self.main_event.label)
            longer = [self.entity_of[id(m)] for m in events if normalise(m.text).startswith(first + " ")]
            if longer:
                self.main_event = longer[0]
        elif sessions and (first is None or any(normalise(first.text).split()[-1] in s.head.split() for s in sessions)):
            head = normalise(first.text).split()[-1] if first is not None else None
            self.main_event = self.entity_of[id(next(s for s in sessions if head is None or head in s.head.split()))]
        elif first is not None:
            first.anaphor = False
            self.main_event = self._make([Mention(first.start, first.end, clean_label(first.text), "Event", "Event",
                                                  "event-reference", first.sent)])
        self._titles_of_the_main_event(sessions)
        self._held_main_event()
        self._owned_headline_event()
        for m in self.anaphors:
            if m.kind == "Organization":
                self._organization_reference(m)
                continue
            if id(m) in self.entity_of:
                continue
            head = normalise(m.text).split()[-1]
            # (not "the three-day conference" for a press conference: what lasts days is no side event)
            multiday = re.search(r"\b(?:two|three|four|five|\d)-day\b", m.text) is not None
            side = None if multiday else self._side_event(head, m.start)
            target = self.entity_of[id(side)] if side else self._named_event(head, m.start)
            if target is not None and target is self.main_event and not side and head in _SESSION_WORDS and not self._main_named(head):
                # "Its main panel, on traceability, was moderated by X" in the report of a fair: a session of it
                # named for the first time, not the fair (one entity for every later "the panel")
                target = self.by_head.get(("session", head))
                if target is None:
                    target = self._make([Mention(m.start, m.end, clean_label(_ANAPHOR_LEAD.sub("", m.text)) or head, "Event",
                                                 "Event", "side-event", m.sent, head=head)])
                    self.by_head[("session", head)] = target
            if target is not None:
                self.entity_of[id(m)] = target
                phrase = _ANAPHOR_LEAD.sub("", clean_label(m.text))
                if (len(phrase.split()) >= 2 and normalise(phrase) != normalise(target.label)
                        and (set(normalise(phrase).split()[:-1]) & set(normalise(target.label).split())
                             or any(normalise(phrase) == x.head for x in target.mentions))):
                    # "the launch ceremony" of the "launch of X", "the panel discussion" of 'a panel discussion
                    # titled "X"': a name the event goes by; not "the signing ceremony" of a forum, which may
                    # be an event of its own that the article names so
                    target.alt_labels.add(phrase)

    def _titles_of_the_main_event(self, sessions: list[Mention]) -> None:
        """'The roundtable, titled "Safer Looms"', where the main event is a roundtable: the title is the
        main event's other name, not a session of it (a session is introduced with "a", or has another head)."""
        main = self.main_event
        if main is None:
            return
        words = set(normalise(main.label).split())
        for s in sessions:
            sent = self.sentences[s.sent]
            before = sent.text[:s.start - sent.start]
            ent = self.entity_of.get(id(s))
            if (ent is None or ent is main or len(ent.mentions) != 1 or not set(s.head.split()) & words
                    or not re.search(rf"(?:^|[.;]\s+)[Tt]he\s+(?:[\w-]+\s+){{0,2}}?{re.escape(s.head)}\s*,?\s*"
                                     rf"(?:was\s+)?(?:titled|entitled|called|named)?\s*[,:]?\s*[\"“]$", before)):
                continue
            self.entities.remove(ent)
            self.entity_of[id(s)] = main
            main.alt_labels.add(clean_label(s.text))

    def _between(self, a: Mention, b: Mention) -> str:
        sent = self.sentences[a.sent]
        return sent.text[a.end - sent.start:b.start - sent.start]

    def _owned_headline_event(self) -> None:
        """ "Council's Delegates' Conference demands ..." (a headline), then "The Orlan Council held its 2025
        Delegates' Conference": the event a headline names with its owner before it is the one the body
        names with its year; the body's name is the label, the headline's another name."""
        main = self.main_event
        heading = lambda k: self.sentences[k].headline or not re.search(r"[.!?:;\"”)]\s*$", self.sentences[k].text)  # noqa: E731
        if main is None or not all(heading(m.sent) for m in main.mentions):
            return
        owned = re.match(r"^(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+(.+)$", main.label)
        if owned is None:
            return
        rest = re.sub(r"\b(?:19|20)\d\d\b", "", normalise(owned.group(1))).split()
        for m in self.mentions:
            ent = self.entity_of.get(id(m))
            if (m.kind == "Event" and ent is not None and ent is not main and not heading(m.sent)
                    and re.sub(r"\b(?:19|20)\d\d\b", "", normalise(m.text)).split() == rest):
                self.entities.remove(main)
                for x in main.mentions:
                    self.entity_of[id(x)] = ent
                ent.mentions = sorted(ent.mentions + main.mentions, key=lambda x: x.start)
                ent.alt_labels |= main.alt_labels | {main.label}
                self.main_event = ent
                return

    def _held_main_event(self) -> None:
        """ "Kowal Opens Trade Hearing on Wages" (a headline), then "Ana Kowal held a hearing titled
        ...": the gathering the article's first sentences say someone held, with the main event's head,
        is the main event (not a second, unnamed one)."""
        main = self.main_event
        if main is None:
            return
        words = set(normalise(main.label).split())
        first = min(x.sent for x in main.mentions)
        for m in self.mentions:
            ent = self.entity_of.get(id(m))
            if (m.rule != "indefinite-event" or m.sent > first + 3 or ent is None or ent is main or len(ent.mentions) != 1
                    or normalise(m.text).split()[-1] not in words):
                continue
            sent = self.sentences[m.sent]
            if re.search(r"\b(?:held|holds|hosted|hosts|organi[sz]ed|organi[sz]es|convened|convenes|staged|stages)\s+an?\s+$",
                         sent.text[:m.start - sent.start]):
                self.entities.remove(ent)
                self.entity_of[id(m)] = main

    def _launch_event(self) -> Entity | None:
        """A report of a launch names no event but the programme launched: "ORG today launched the X
        Programme at ...", "the launch of X, held at ...". The launch is then the event the report is
        about, "launch of X" (the programme stays an entity of its own)."""
        for m in self.mentions:
            if m.kind != "Programme" or m.nested:
                continue
            sent = self.sentences[m.sent]
            before = sent.text[:m.start - sent.start]
            if _LAUNCHED.search(before):
                ev = Mention(m.start, m.end, f"launch of {clean_label(m.text)}", "Event", "Event", "launch-of-programme", m.sent)
                ent = self._make([ev])
                ent.alt_labels.add("launch")
                return ent
        return None

    def _side_event(self, head: str, before: int) -> Mention | None:
        """The last side event named before ``before`` whose name ends in ``head`` ("a Fabric
        Seminar" for a later "the seminar")."""
        # ("the opening" after "the opening session": the word that says which part of the event it was)
        # ("the panel" after 'the round table "X"': the words a panel discussion goes by name one another)
        like = _PANEL_WORDS if head in _PANEL_WORDS else {head}
        starts, side = self._before("side", head, lambda s: s.rule == "side-event" and (
            bool(like & set(s.head.split()) or head in _PANEL_WORDS and s.head.endswith("round table")) if s.head
            else normalise(s.text).split()[-1] == head or head in _OPENING_WORDS and head in normalise(s.text).split()))
        k = bisect_left(starts, before)
        return side[k - 1] if k else None

    def _organization_reference(self, m: Mention) -> None:
        """"the federation" is the organization named before it whose name has that word, when only
        one has; with none or several, the reference stays no entity."""
        head = normalise(m.text).split()[-1]
        key = ("organization", head)
        if key not in self.by_head:
            # the first entity named with the word, and where another is first named with it
            first, second = None, None
            for x in self.mentions:
                # (not a unit named with the body's possessive: "the Syndicate's Women Workers' Committee")
                if (x.kind == "Organization" and id(x) in self.entity_of and head in normalise(x.text).split()
                        and not re.search(rf"\b{re.escape(head)}['’]s\b", x.text, re.I)):
                    if first is None:
                        first = (x.start, self.entity_of[id(x)])
                    elif self.entity_of[id(x)] is not first[1]:
                        second = x.start
                        break
            self.by_head[key] = first, second
        first, second = self.by_head[key]
        if first is not None and first[0] < m.start and (second is None or second >= m.start):
            self.entity_of[id(m)] = first[1]

    def _named_event(self, head: str, before: int) -> Entity | None:
        """What "the seminar" refers to: the main event when its name has that word, else the last
        event before it whose proper name has it ("a Cross-border Trade Seminar on Wool ...";
        not "the first meeting of the council"), else the main event."""
        main = self.main_event
        if main is None or self._main_named(head):
            return main
        starts, named = self._before("event", head, lambda x: x.kind == "Event" and id(x) in self.entity_of
                                     and x.text[:1].isupper() and x.rule not in {"side-event", "indefinite-event"}
                                     and head in normalise(x.text).split())
        k = bisect_left(starts, before)
        if not k and head in _OWN_KIND_HEADS and not _OWN_KIND_HEADS[head] & set(normalise(main.label).split()):
            return None  # "the agency offered to host the talks" in a conference's report: talks of their own
        return self.entity_of[id(named[k - 1])] if k else main

    def _main_named(self, head: str) -> bool:
        """Whether a name of the main event has the word ``head`` (once per head: an article names the
        same few heads again and again)."""
        key = ("main", head)
        if key not in self.by_head:
            self.by_head[key] = self.main_event is not None and any(
                head in normalise(x.text).split() for x in self.main_event.mentions)
        return self.by_head[key]

    def _before(self, what: str, head: str, test) -> tuple[list[int], list[Mention]]:
        """The mentions that pass ``test`` in text order, with their starts (to find those before a
        reference by bisection); computed once for each kind of reference and head word, since an
        article names the same few heads again and again ("the forum", "the federation")."""
        key = (what, head)
        if key not in self.by_head:
            found = [x for x in self.mentions if test(x)]
            self.by_head[key] = [x.start for x in found], found
        return self.by_head[key]

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
