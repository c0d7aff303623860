"""Topics an article discusses: concepts of the SKOS scheme found by their labels (spaCy
PhraseMatcher), and the phrases of "Focus on X and Y" headings."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rdflib import Graph
from rdflib import URIRef
from rdflib.namespace import RDF, SKOS

from .facts import Topic
from .nlp import article_doc, pipeline
from ..resources import ontology_file
from ..vocab import TOPIC as SCHEME_NS

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher


# a heading phrase not in the scheme is kept when it ends in a noun of the kinds topics are named by
NOMINAL = re.compile(r"(?:tion|sion|ment|ing|ity|ance|ence|ness|ship|ism|ure|cy|ogy|ics|market|markets|brand|"
                     r"brands|design|quality|trade|chain|culture|products?|services?|industry|cooperation)$")


@dataclass(frozen=True)
class TopicHit:
    topic: Topic
    start: int
    end: int
    rule: str


@lru_cache(maxsize=1)
def scheme() -> tuple[PhraseMatcher, dict[str, str], dict[str, str]]:
    """The matcher over every concept label, the concept IRI of each match key, and labels to concepts.
    Concepts in the scheme's ``genre-wide`` collection are left out."""
    from spacy.matcher import PhraseMatcher  # spaCy is imported on first use (see kg.nlp.pipeline)

    g = Graph().parse(ontology_file("topics.ttl"))
    nlp = pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    concepts: dict[str, str] = {}
    by_label: dict[str, str] = {}
    generic = set(g.objects(URIRef(str(SCHEME_NS) + "genre-wide"), SKOS.member))
    for concept in sorted(g.subjects(RDF.type, SKOS.Concept)):
        if concept in generic or g.value(concept, SKOS.prefLabel) is None:
            continue
        labels = [str(g.value(concept, SKOS.prefLabel))] + sorted(str(a) for a in g.objects(concept, SKOS.altLabel))
        for label in labels:
            by_label.setdefault(label.lower(), str(concept))
        concepts[str(concept)] = str(concept)
        matcher.add(str(concept), [nlp.make_doc(label) for label in labels])
    return matcher, concepts, by_label


def find_topics(text: str, skip: list[tuple[int, int]] = ()) -> list[TopicHit]:
    """Topic phrases of ``text`` as written (lower case), each with the scheme concept it names;
    phrases inside ``skip`` spans (names of things, quoted titles) are not topics."""
    matcher, concepts, by_label = scheme()
    nlp = pipeline()
    doc = article_doc(text)  # (tokenized once with the sentences; a long run of brackets would take spaCy hours)
    skipped = SpanIndex(skip)
    hits: list[TopicHit] = []
    for match_id, start, end in matcher(doc):
        span = doc[start:end]
        if skipped.overlaps(span.start_char, span.end_char):
            continue
        phrase = re.sub(r"\s+", " ", span.text.lower())
        hits.append(TopicHit(Topic(phrase, concepts[nlp.vocab.strings[match_id]]), span.start_char, span.end_char,
                             "topic-label"))
    hits += heading_topics(text, by_label)
    return longest_first(hits)


class SpanIndex:
    """Character spans, asked whether any of them overlaps a range: the spans sorted by start, with the
    furthest end among each prefix. Skipping the names of a 1,000,000-character article (8,000 spans)
    for each of its topic phrases, one by one, took half a minute."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # reach[k]: the largest end among ordered[:k + 1]
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span (a, b) has a < end and start < b."""
        k = bisect_left(self.starts, end)  # the spans ordered[:k] are those with a < end
        return k > 0 and self.reach[k - 1] > start


def longest_first(hits: list[TopicHit]) -> list[TopicHit]:
    """The hits kept where two of one rule overlap, the longest phrase winning ("industrial
    digitalization" over "digitalization"; the earlier of two as long), in text order."""
    hits = sorted(hits, key=lambda h: (-(h.end - h.start), h.start))
    kept: list[TopicHit] = []
    taken: dict[str, tuple[list[int], list[int]]] = {}  # per rule: starts and ends of kept hits, by start
    for h in hits:
        starts, ends = taken.setdefault(h.rule, ([], []))
        # kept hits of a rule do not overlap and none is empty (a hit is a phrase of at least one
        # character), so in start order their ends grow too: the last one starting before h ends is the
        # only one that can reach past h's start
        k = bisect_left(starts, h.end)
        if k > 0 and ends[k - 1] > h.start:
            continue
        starts.insert(k, h.start)
        ends.insert(k, h.end)
        kept.append(h)
    return sorted(kept, key=lambda h: (h.start, h.topic.label))


def heading_topics(text: str, by_label: dict[str, Topic]) -> list[TopicHit]:
    """"Focus on enterprise cooperation and market docking, ..." gives two topics."""
    out = []
    for m in re.finditer(r"(?m)^(?:Focus(?:ing)?|Focused) on (?P<body>[^,.;\n]{3,120})", text):
        pos = m.start("body")
        for part in re.split(r"\s+and\s+|\s*,\s*", m.group("body")):
            phrase = part.strip().lower()
            start = text.find(part.strip(), pos)
            if not phrase or start < 0:
                continue
            words = phrase.split()
            if not 1 <= len(words) <= 4 or words[0] in {"the", "a", "to"} or any(
                    w in {"to", "the", "of", "for", "in", "with", "new"} for w in words):
                continue
            concept = by_label.get(phrase, "")
            if not concept and not NOMINAL.search(words[-1]):
                continue  # "professional win": a heading's slogan, not a topic name
            topic = Topic(phrase, concept)
            out.append(TopicHit(topic, start, start + len(part.strip()), "heading-focus"))
    return out
