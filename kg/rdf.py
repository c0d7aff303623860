"""Turn an article's entities and facts into RDF: its triples with evidence, printed as N-Triples."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from rdflib import XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS

from .article import Article
from .extract import Extraction
from .extract.facts import Fact, Post, Topic
from .extract.mentions import Sentence
from .extract.resolve import Entity, slug
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


_XSD_STRING = str(XSD.string)
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


@lru_cache(maxsize=1 << 14)  # properties, classes and entities recur in every fact
def nt(t: Node) -> str:
    """An rdflib term in N-Triples (the form Oxigraph prints a term in)."""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, BNode):
        return f"_:{t}"
    if isinstance(t, Literal):
        text = f'"{str(t).translate(_ESCAPES)}"'
        if t.language:
            return f"{text}@{t.language}"
        if t.datatype and str(t.datatype) != _XSD_STRING:
            return f"{text}^^<{t.datatype}>"
        return text
    raise TypeError(f"not an RDF term: {t!r}")


def plain(text: str) -> str:
    """A plain string literal in N-Triples: what ``nt(Literal(text))`` gives, without making the Literal."""
    return f'"{text.translate(_ESCAPES)}"'


# Terms written for every fact, printed once: the writer joins N-Triples text, because making an
# rdflib term for each of an article's ~3,000 triples took a sixth of the per-article time.
TYPE, LABEL, ALT_LABEL, SAME_AS = nt(RDF.type), nt(RDFS.label), nt(SKOS.altLabel), nt(OWL.sameAs)
FACT_SUBJECT, FACT_PREDICATE, FACT_OBJECT = nt(GK.factSubject), nt(GK.factPredicate), nt(GK.factObject)
SENTENCE, RULE, BEGIN, END = nt(GK.sentence), nt(GK.rule), nt(NIF.beginIndex), nt(NIF.endIndex)
MENTIONS, ANCHOR_OF, REFERENCE_CONTEXT = nt(GK.mentions), nt(NIF.anchorOf), nt(NIF.referenceContext)
NIF_SENTENCE, NIF_STRING = nt(NIF.Sentence), nt(NIF.String)
_ID = str(ID)


@lru_cache(maxsize=1 << 16)
def index(n: int) -> str:
    """A character offset in N-Triples."""
    return nt(Literal(n, datatype=XSD.nonNegativeInteger))


@lru_cache(maxsize=256)
def vocab_term(prefixed: str) -> str:
    """``gk:name`` or ``org:name`` as an N-Triples IRI; an unknown ``gk`` term fails (DefinedNamespace)."""
    prefix, name = prefixed.split(":")
    return nt(GK[name] if prefix == "gk" else ORG[name])


def bind(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{article_id}"]


def entity_iri(e: Entity) -> str:
    return f"{_ID}{KIND_PATH[e.kind]}/{e.key}"


def post_iri(p: Post) -> str:
    return f"{_ID}post/{p.holder.key}--{slug(p.role)}--{p.organization.key}"


def topic_iri(t: Topic) -> str:
    return f"{TOPIC}extracted/{slug(t.label)}"


class GraphWriter:
    """Writes one article: its sentences (NIF), entities, posts, topics and facts with evidence.
    The triples go into a set of N-Triples term strings (``(s, p, o)``, each as :func:`nt` prints
    it): most builds only need the printed lines, and an rdflib Graph indexing every triple three
    ways took half of the extraction time. Typed literals other than offsets are rare and go
    through rdflib, whose lexical forms (``Z`` as ``+00:00``) the output keeps."""

    def __init__(self, article: Article):
        self.article = article
        self.g: set[tuple[str, str, str]] = set()
        self.iri = str(article_iri(article.id))
        self.a = f"<{self.iri}>"
        self.sentences: set[int] = set()

    def node(self, x) -> str:
        """The IRI (unbracketed) of an entity, post or topic."""
        if isinstance(x, Entity):
            return entity_iri(x)
        if isinstance(x, Post):
            return post_iri(x)
        if isinstance(x, Topic):
            return topic_iri(x)
        raise TypeError(x)

    def write_article(self) -> None:
        g, a, art = self.g, self.a, self.article
        g.add((a, TYPE, nt(GK.Article)))
        g.add((a, TYPE, nt(NIF.Context)))
        g.add((a, nt(DCTERMS.identifier), plain(art.id)))
        if art.title:
            g.add((a, nt(DCTERMS.title), plain(art.title)))
        g.add((a, nt(NIF.isString), plain(art.text)))
        if art.date:
            # kg.article.iso_date gives a date or a date-time; only the latter has a time part
            date = nt(Literal(art.date, datatype=XSD.dateTime if "T" in art.date else XSD.date))
            g.add((a, nt(DCTERMS.date), date))
            g.add((a, nt(SDO.datePublished), date))
        if art.url:
            g.add((a, nt(SDO.url), f"<{art.url}>"))
        if art.publisher:
            # a name, not a node: the input gives only a string, and minting an organization from it
            # would bypass the gazetteer; schema.org accepts text where it expects an Organization
            g.add((a, nt(SDO.publisher), plain(art.publisher)))

    def sentence_iri(self, s: Sentence) -> str:
        iri = f"<{self.iri}#char={s.start},{s.end}>"
        if s.index not in self.sentences:
            self.sentences.add(s.index)
            g = self.g
            g.add((iri, TYPE, NIF_SENTENCE))
            g.add((iri, TYPE, NIF_STRING))
            g.add((iri, ANCHOR_OF, plain(s.text)))
            g.add((iri, BEGIN, index(s.start)))
            g.add((iri, END, index(s.end)))
            g.add((iri, REFERENCE_CONTEXT, self.a))
        return iri

    def write_entity(self, e: Entity) -> None:
        g, iri = self.g, f"<{self.node(e)}>"
        g.add((iri, TYPE, nt(GK[e.cls])))
        g.add((iri, LABEL, plain(e.label)))
        for alt in sorted(e.alt_labels):
            g.add((iri, ALT_LABEL, plain(alt)))
        if e.wikidata:
            g.add((iri, SAME_AS, f"<{WD}{e.wikidata}>"))
        g.add((self.a, MENTIONS, iri))

    def write_post(self, p: Post) -> None:
        iri = f"<{self.node(p)}>"
        role = f"<{_ID}role/{slug(p.role)}>"
        self.g.add((iri, TYPE, nt(ORG.Post)))
        self.g.add((iri, LABEL, plain(f"{p.role}, {p.organization.label}")))
        self.g.add((role, TYPE, nt(ORG.Role)))
        self.g.add((role, LABEL, plain(p.role)))

    def write_topic(self, t: Topic) -> None:
        iri = f"<{self.node(t)}>"
        self.g.add((iri, TYPE, nt(SKOS.Concept)))
        self.g.add((iri, nt(SKOS.prefLabel), nt(Literal(t.label, lang="en"))))
        self.g.add((iri, nt(SKOS.inScheme), nt(EXTRACTED_SCHEME)))
        if t.concept:
            self.g.add((iri, nt(SKOS.exactMatch), f"<{t.concept}>"))

    def value(self, fact: Fact) -> tuple[str, str]:
        """The fact's object as its value (an IRI or a literal's lexical form) and in N-Triples."""
        o = fact.object
        if fact.predicate == "org:role":
            iri = f"{_ID}role/{slug(o)}"
            return iri, f"<{iri}>"
        if isinstance(o, (Entity, Post, Topic)):
            iri = self.node(o)
            return iri, f"<{iri}>"
        if fact.predicate == "gk:year":
            lit = Literal(str(o), datatype=XSD.gYear)
        elif fact.predicate in {"gk:startDate", "gk:endDate"}:
            lit = Literal(str(o), datatype=XSD.date)
        elif fact.predicate == "gk:participantCount":
            lit = Literal(int(o), datatype=XSD.integer)
        else:
            return str(o), plain(str(o))
        return str(lit), nt(lit)

    def write_fact(self, fact: Fact, sentences: list[Sentence]) -> None:
        pred = vocab_term(fact.predicate)
        s_iri = self.iri if fact.subject is None else self.node(fact.subject)
        s = f"<{s_iri}>"
        o_value, o = self.value(fact)
        self.g.add((s, pred, o))
        ev = fact.evidence
        key = f"{self.article.id}|{s_iri}|{pred[1:-1]}|{o_value}|{ev.start}|{ev.end}|{ev.rule}"
        e = f"<{_ID}evidence/{hashlib.sha1(key.encode()).hexdigest()[:16]}>"
        g = self.g  # seven triples: the type (the domain of gk:factSubject) and the article (the sentence's) follow
        g.add((e, FACT_SUBJECT, s))
        g.add((e, FACT_PREDICATE, pred))
        g.add((e, FACT_OBJECT, o))
        g.add((e, SENTENCE, self.sentence_iri(sentences[ev.sentence])))
        g.add((e, BEGIN, index(ev.start)))
        g.add((e, END, index(ev.end)))
        g.add((e, RULE, plain(ev.rule)))

    def lines(self) -> list[str]:
        """The triples as sorted N-Triples lines: the canonical order (see :func:`kg.oxi.lines`)."""
        return sorted(f"{s} {p} {o} .\n" for s, p, o in self.g)


def to_graph(x: Extraction) -> Graph:
    """The article's RDF graph: entities that take part in facts (or are named), posts, topics, evidence."""
    return _oxi().rdflib_graph(_oxi().parse_lines(to_lines(x)))


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


def _oxi():
    from . import oxi  # (oxi imports this module's terms: imported when first needed)

    return oxi
