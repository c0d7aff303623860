"""The pipeline for one article: text -> sentences and mentions -> entities -> facts -> RDF graph."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph

from .article import Article
from .facts import Evidence, Fact, Topic
from .mentions import MentionFinder, Sentence, quoted_spans
from . import oxi
from .rdf import GraphWriter
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


def to_graph(x: Extraction) -> Graph:
    """The article's RDF graph: entities that take part in facts (or are named), posts, topics, evidence."""
    return oxi.rdflib_graph(oxi.parse_lines(to_lines(x)))


def to_lines(x: Extraction) -> list[str]:
    """The triples of :func:`to_graph` as sorted, distinct N-Triples lines (the canonical order),
    without building a graph."""
    w = GraphWriter(x.article)
    w.write_article()
    used = {id(f.subject) for f in x.facts} | {id(f.object) for f in x.facts}
    for e in x.entities:
        if e.kind in {"Organization", "Person", "Event", "Programme"} or id(e) in used:
            w.write_entity(e)
    posts = {f.subject for f in x.facts if f.predicate.startswith("org:") and f.predicate != "org:subOrganizationOf"}
    for p in sorted(posts, key=lambda p: (p.holder.key, p.role, p.organization.key)):
        w.write_post(p)
    for t in x.topics:
        w.write_topic(t)
    for f in sorted(x.facts, key=lambda f: (f.evidence.start, f.evidence.end, f.predicate, f.evidence.rule)):
        w.write_fact(f, x.sentences)
    return w.lines()
