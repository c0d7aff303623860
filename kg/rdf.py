"""Turn an article's entities and facts into RDF: one rdflib graph per article, with evidence."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from rdflib import XSD, Graph, Literal, Namespace, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS

from .article import Article
from .facts import Fact, Post, Topic
from .mentions import Sentence
from .resolve import Entity, slug
from .vocab import GK, ID, NIF, TOPIC

ORG = Namespace("http://www.w3.org/ns/org#")
WD = Namespace("http://www.wikidata.org/entity/")
KIND_PATH = {"Organization": "organization", "Person": "person", "Place": "place", "Event": "event",
             "Programme": "programme"}
EXTRACTED_SCHEME = TOPIC["extracted"]

PREFIXES = {"gk": GK._NS, "gkid": ID, "gkt": TOPIC, "org": ORG, "nif": NIF._NS, "prov": PROV, "skos": SKOS,
            "dcterms": DCTERMS, "owl": OWL, "wd": WD, "xsd": XSD, "rdfs": RDFS, "schema": SDO,
            # one prefix per kind of minted IRI, so Turtle reads `gkorg:some-name` rather than `gkid:organization\/some-name`
            "gkorg": ID["organization/"], "gkperson": ID["person/"], "gkplace": ID["place/"],
            "gkevent": ID["event/"], "gkprog": ID["programme/"], "gkpost": ID["post/"], "gkrole": ID["role/"],
            "gkart": ID["article/"], "gkev": ID["evidence/"], "gkx": TOPIC["extracted/"]}


# Terms written for every fact, looked up once: a DefinedNamespace attribute costs a function call.
EVIDENCE, FACT_SUBJECT, FACT_PREDICATE, FACT_OBJECT = GK.Evidence, GK.factSubject, GK.factPredicate, GK.factObject
SENTENCE, RULE, BEGIN, END = GK.sentence, GK.rule, NIF.beginIndex, NIF.endIndex
DERIVED_FROM, TYPE = PROV.wasDerivedFrom, RDF.type


@lru_cache(maxsize=1 << 16)
def index(n: int) -> Literal:
    """A character offset; a Literal from an int runs rdflib's type mapping, so each is made once."""
    return Literal(n, datatype=XSD.nonNegativeInteger)


def bind(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{article_id}"]


def entity_iri(e: Entity) -> URIRef:
    return ID[f"{KIND_PATH[e.kind]}/{e.key}"]


def post_iri(p: Post) -> URIRef:
    return ID[f"post/{p.holder.key}--{slug(p.role)}--{p.organization.key}"]


def topic_iri(t: Topic) -> URIRef:
    return TOPIC[f"extracted/{slug(t.label)}"]


class GraphWriter:
    """Writes one article: its sentences (NIF), entities, posts, topics and facts with evidence.
    The triples go into a plain set: adding to an rdflib Graph (which indexes every triple three
    ways) took half of the extraction time, and most builds only need the triples."""

    def __init__(self, article: Article):
        self.article = article
        self.g: set[tuple[Node, Node, Node]] = set()
        self.a = article_iri(article.id)

    def node(self, x) -> URIRef | Literal:
        if isinstance(x, Entity):
            return entity_iri(x)
        if isinstance(x, Post):
            return post_iri(x)
        if isinstance(x, Topic):
            return topic_iri(x)
        raise TypeError(x)

    def write_article(self) -> None:
        g, a = self.g, self.a
        g.add((a, RDF.type, GK.Article))
        g.add((a, RDF.type, NIF.Context))
        g.add((a, DCTERMS.identifier, Literal(self.article.id)))
        if self.article.title:
            g.add((a, DCTERMS.title, Literal(self.article.title)))
        g.add((a, NIF.isString, Literal(self.article.text)))
        if self.article.date:
            # kg.article.iso_date gives a date or a date-time; only the latter has a time part
            kind = XSD.dateTime if "T" in self.article.date else XSD.date
            g.add((a, DCTERMS.date, Literal(self.article.date, datatype=kind)))
            g.add((a, SDO.datePublished, Literal(self.article.date, datatype=kind)))
        if self.article.url:
            g.add((a, SDO.url, URIRef(self.article.url)))
        if self.article.publisher:
            # a name, not a node: the input gives only a string, and minting an organization from it
            # would bypass the gazetteer; schema.org accepts text where it expects an Organization
            g.add((a, SDO.publisher, Literal(self.article.publisher)))

    def sentence_iri(self, s: Sentence) -> URIRef:
        iri = URIRef(f"{self.a}#char={s.start},{s.end}")
        if (iri, RDF.type, NIF.Sentence) not in self.g:
            self.g.add((iri, RDF.type, NIF.Sentence))
            self.g.add((iri, RDF.type, NIF.String))
            self.g.add((iri, NIF.anchorOf, Literal(s.text)))
            self.g.add((iri, BEGIN, index(s.start)))
            self.g.add((iri, END, index(s.end)))
            self.g.add((iri, NIF.referenceContext, self.a))
        return iri

    def write_entity(self, e: Entity) -> None:
        g, iri = self.g, entity_iri(e)
        g.add((iri, RDF.type, GK[e.cls]))
        g.add((iri, RDFS.label, Literal(e.label)))
        for alt in sorted(e.alt_labels):
            g.add((iri, SKOS.altLabel, Literal(alt)))
        if e.wikidata:
            g.add((iri, OWL.sameAs, WD[e.wikidata]))
        g.add((self.a, GK.mentions, iri))

    def write_post(self, p: Post) -> None:
        iri = post_iri(p)
        role = ID[f"role/{slug(p.role)}"]
        self.g.add((iri, RDF.type, ORG.Post))
        self.g.add((iri, RDFS.label, Literal(f"{p.role}, {p.organization.label}")))
        self.g.add((role, RDF.type, ORG.Role))
        self.g.add((role, RDFS.label, Literal(p.role)))

    def write_topic(self, t: Topic) -> None:
        iri = topic_iri(t)
        self.g.add((iri, RDF.type, SKOS.Concept))
        self.g.add((iri, SKOS.prefLabel, Literal(t.label, lang="en")))
        self.g.add((iri, SKOS.inScheme, EXTRACTED_SCHEME))
        if t.concept:
            self.g.add((iri, SKOS.exactMatch, URIRef(t.concept)))

    def value(self, fact: Fact) -> URIRef | Literal:
        o = fact.object
        if fact.predicate == "org:role":
            return ID[f"role/{slug(o)}"]
        if isinstance(o, (Entity, Post, Topic)):
            return self.node(o)
        if fact.predicate == "gk:year":
            return Literal(str(o), datatype=XSD.gYear)
        if fact.predicate in {"gk:startDate", "gk:endDate"}:
            return Literal(str(o), datatype=XSD.date)
        if fact.predicate == "gk:participantCount":
            return Literal(int(o), datatype=XSD.integer)
        return Literal(str(o))

    def write_fact(self, fact: Fact, sentences: list[Sentence]) -> None:
        prefix, name = fact.predicate.split(":")
        pred = GK[name] if prefix == "gk" else ORG[name]
        s = self.article_or(fact.subject)
        o = self.value(fact)
        self.g.add((s, pred, o))
        ev = fact.evidence
        digest = hashlib.sha1(f"{self.article.id}|{s}|{pred}|{o}|{ev.start}|{ev.end}|{ev.rule}".encode()).hexdigest()[:16]
        e = ID[f"evidence/{digest}"]
        g = self.g
        g.add((e, TYPE, EVIDENCE))
        g.add((e, FACT_SUBJECT, s))
        g.add((e, FACT_PREDICATE, pred))
        g.add((e, FACT_OBJECT, o))
        g.add((e, SENTENCE, self.sentence_iri(sentences[ev.sentence])))
        g.add((e, BEGIN, index(ev.start)))
        g.add((e, END, index(ev.end)))
        g.add((e, RULE, Literal(ev.rule)))
        g.add((e, DERIVED_FROM, self.a))

    def article_or(self, subject) -> URIRef:
        return self.a if subject is None else self.node(subject)
