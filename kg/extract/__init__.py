"""Extraction: an article's text -> sentences and mentions -> entities -> facts, each with its evidence.

Pure: no RDF, no files, no store (kg.rdf turns an :class:`Extraction` into triples). The stages, one
module each: :mod:`.nlp` (tokens and sentences), :mod:`.people` (personal names from general
evidence), :mod:`.mentions` (names of things and people in a sentence), :mod:`.resolve` (one entity
per real thing), :mod:`.rules` (relations, posts, attributes), :mod:`.topics` (SKOS topics); the
closed word classes they read are in :mod:`.lexicon`, curated names in :mod:`.gazetteer`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..article import Article
from .facts import Evidence, Fact, Topic
from .mentions import MentionFinder, Sentence, quoted_spans
from .resolve import Entity, Resolver
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
    facts = Rules(sentences, resolver).run()
    topic_facts = topic_links(article, sentences, resolver.main_event)
    facts += topic_facts
    return Extraction(article, sentences, entities, facts, [f.object for f in topic_facts], resolver.main_event)


def topic_links(article: Article, sentences: list[Sentence], event: Entity | None) -> list[Fact]:
    """``discusses`` links from the main event (or the article itself) to each topic, with the
    first sentence that names the topic as evidence."""
    out: dict[Topic, Fact] = {}
    skip = [(m.start, m.end) for s in sentences for m in s.mentions if not m.anaphor]
    skip += [(a, b) for s in sentences for a, b in quoted_spans(s.text, s.start)]
    for hit in find_topics(article.text, skip):
        sent = next((s for s in sentences if s.start <= hit.start < s.end), None)
        if sent is None or hit.topic in out:
            continue
        out[hit.topic] = Fact(event, "gk:discusses", hit.topic, Evidence(sent.index, hit.start, hit.end, hit.rule))
    return list(out.values())
