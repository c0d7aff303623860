"""Extraction: an article's text -> sentences and mentions -> entities -> facts, each with its evidence.

Pure: no RDF, no files, no store (kg.rdf turns an :class:`Extraction` into triples). The stages, one
module each: :mod:`.nlp` (tokens and sentences), :mod:`.people` (personal names from general
evidence), :mod:`.mentions` (names of things and people in a sentence), :mod:`.resolve` (one entity
per real thing), :mod:`.rules` (relations, posts, attributes), :mod:`.topics` (SKOS topics); the
closed word classes they read are in :mod:`.lexicon`, curated names in :mod:`.gazetteer`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from ..article import Article
from .facts import Evidence, Fact, Topic
from .mentions import MentionFinder, Sentence, quoted_spans
from .resolve import Entity, Resolver, generic_event
from .rules import Rules
from .topics import find_topics


@dataclass
class Extraction:
    """Everything found in one article, before it becomes RDF."""

    article: Article
    sentences: list[Sentence]
    entities: list[Entity]
    facts: list[Fact]
    topics: list[Topic] = field(default_factory=list)
    main_event: Entity | None = None


def extract(article: Article) -> Extraction:
    finder = MentionFinder(article.text, article.title)
    sentences = finder.find()
    resolver = Resolver(sentences)
    entities = resolver.run()
    for e in entities:  # "the opening ceremony" of two articles is two events: their IRIs differ
        if e.kind == "Event" and generic_event(e.label):
            e.scope = article.id
    facts = Rules(sentences, resolver, article.text).run()
    topic_facts = topic_links(article, sentences, resolver.main_event)
    facts += topic_facts
    return Extraction(article, sentences, entities, facts, [f.object for f in topic_facts], resolver.main_event)


def topic_links(article: Article, sentences: list[Sentence], event: Entity | None) -> list[Fact]:
    """``discusses`` links from the main event (or the article itself) to each topic, with the
    first sentence that names the topic as evidence."""
    out: dict[Topic, Fact] = {}
    skip = [(m.start, m.end) for s in sentences for m in s.mentions if not m.anaphor]
    skip += [(a, b) for s in sentences for a, b in quoted_spans(s.text, s.start)]
    sentence_at = sentence_finder(sentences)
    for hit in find_topics(article.text, skip):
        sent = sentence_at(hit.start)
        if sent is None or hit.topic in out:
            continue
        out[hit.topic] = Fact(event, "gk:discusses", hit.topic, Evidence(sent.index, hit.start, hit.end, hit.rule))
    return list(out.values())


def sentence_finder(sentences: list[Sentence]) -> Callable[[int], Sentence | None]:
    """A function from a character offset to the first sentence that holds it, or None. The sentences
    of an article come in text order without overlapping, so the one holding an offset is found by
    bisection (going through them from the first for each of the 4,000 topic phrases of a
    1,000,000-character article was quadratic); were they ever out of order, each is tried in turn."""
    starts = [s.start for s in sentences]
    if all(a.end <= b.start for a, b in zip(sentences, sentences[1:])):
        def at(offset: int) -> Sentence | None:
            k = bisect_right(starts, offset) - 1  # the last sentence starting at or before the offset
            return sentences[k] if k >= 0 and offset < sentences[k].end else None
        return at
    return lambda offset: next((s for s in sentences if s.start <= offset < s.end), None)
