"""Graph analysis: project the RDF graph to NetworkX, rank and group its entities, and find paths.

The projection keeps what an analyst reads as "the network": entities (organizations, people,
places, events, programmes and, on request, topics) are nodes; facts between two entities are
edges carrying the relation name and the evidence sentences. Evidence records, NIF sentences,
articles, ontology terms and literal-valued facts (theme, year, ...) are not nodes. A post
(``org:Post``) becomes one person -> organization edge labelled by its role.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import networkx as nx
from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from .dumps import GRAPH_FILE
from .errors import AmbiguousEntity, InputError, NoPath, UnknownEntity
from .graphio import FORMATS, load_graphs
from .rdf import ORG, bind
from .resources import ontology_file
from .vocab import GK, GRAPH, NIF

ANALYSIS_GRAPH = GRAPH["derived/analysis"]
KINDS = ("Event", "Programme", "Organization", "Person", "Place")
TOPIC_CLASS = "Topic"
POST_RELATION = "holdsPostIn"  # the relation name of a projected post; its label is the role


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact was read: the sentence text, the article id and the extraction rule."""

    article: str
    sentence: str
    rule: str


@dataclass(frozen=True)
class EvidenceRecord:
    """One ``gk:Evidence`` record in full, for the exports (kg.graph_formats): its IRI, the article
    id, the sentence (IRI and text), the character offsets of the evidence in the article text
    (None when not recorded) and the extraction rule. ``Evidence`` is what people read; this is
    what a program needs to find the words again."""

    iri: str
    article: str
    sentence_id: str
    sentence: str
    begin: int | None
    end: int | None
    rule: str

    def key(self) -> tuple:
        """Order in the article, then by IRI."""
        return (self.article, -1 if self.begin is None else self.begin, -1 if self.end is None else self.end,
                self.rule, self.iri)


# ---------------------------------------------------------------------------
# Reading a build
# ---------------------------------------------------------------------------

def graph_path(build: Path, graph: Path | None = None) -> Path:
    """The graph file to analyse: ``graph`` if given, else ``build/graph.ttl``."""
    if graph is not None:
        return graph
    if not (build / GRAPH_FILE).exists():
        raise InputError("no built graph here; run `kg build` first (or pass --graph FILE)", str(build))
    return build / GRAPH_FILE


def load_graph(path: Path) -> Graph:
    """One rdflib graph with every triple of a Turtle/TriG/N-Triples/N-Quads file (named graphs merged)."""
    merged = Graph()
    for _, g in load_graphs(path):
        for t in g:
            merged.add(t)
    return merged


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(ontology_file("garment-kg.ttl"))


@lru_cache(maxsize=1)
def fact_properties() -> frozenset[URIRef]:
    """The properties typed ``gk:FactProperty`` in the ontology."""
    return frozenset(p for p in _ontology().subjects(RDF.type, GK.FactProperty) if isinstance(p, URIRef))


@lru_cache(maxsize=1)
def class_kinds() -> dict[URIRef, str]:
    """Every ``gk:`` class that is (a subclass of) one of the entity kinds, mapped to that kind."""
    onto = _ontology()
    out: dict[URIRef, str] = {}
    for kind in KINDS:
        for c in onto.transitive_subjects(RDFS.subClassOf, GK[kind]):
            if isinstance(c, URIRef) and str(c).startswith(str(GK._NS)):
                out[c] = kind
    return out


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# ---------------------------------------------------------------------------
# Projection
# ---------------------------------------------------------------------------

# What the projection reads of a graph, by predicate (an IRI as a string).
_TYPE, _LABEL, _PREF_LABEL, _ALT_LABEL = str(RDF.type), str(RDFS.label), str(SKOS.prefLabel), str(SKOS.altLabel)
_CONCEPT, _POST = str(SKOS.Concept), str(ORG.Post)
_POST_FIELDS = {str(ORG.heldBy): 0, str(ORG.postIn): 1, str(ORG.role): 2}  # person, organization, role
_EVIDENCE_FIELDS = {str(GK.factSubject): 0, str(GK.factPredicate): 1, str(GK.factObject): 2, str(GK.sentence): 3,
                    str(NIF.beginIndex): 4, str(NIF.endIndex): 5, str(GK.rule): 6}
_SENTENCE_FIELDS = {str(NIF.anchorOf): 0, str(NIF.referenceContext): 1}  # its text, its article
_ARTICLE_ID, _FACT_OBJECT = str(DCTERMS.identifier), str(GK.factObject)
_XSD_STRING, _LANG_STRING = str(XSD.string), str(RDF.langString)
_BLANK = "_:"  # a blank node's string: "_:" and its id, which no IRI of a graph starts with


class Reading:
    """What :func:`project` uses of a graph, taken triple by triple: the entity types, labels,
    literal facts, facts between nodes, posts and, when ``evidence``, the evidence records and
    their sentences. Every other triple is dropped as it comes: an article's whole text
    (``nif:isString``), its ``gk:mentions``, the types of its sentences. So a graph file is read
    without an rdflib graph of it: `kg analyze` held 1.7 GB at 1,000 generated articles with
    graph.ttl in rdflib (twice: parsed, then copied into the merged graph), 270 MB so.

    Terms are strings: an IRI as itself, a blank node as ``_:`` and its id, a literal as its
    lexical form, told apart from another literal of the same form by its datatype and language
    where the projection lists them (two facts "2024" and "2024"^^xsd:gYear are two)."""

    def __init__(self, evidence: bool = True) -> None:
        self.kinds = {str(c): kind for c, kind in class_kinds().items()}
        self.facts = frozenset(str(p) for p in fact_properties())
        self.types: dict[str, set[str]] = defaultdict(set)  # only the classes the projection looks at
        self.labels: dict[str, dict[str, set[str]]] = {p: defaultdict(set) for p in (_LABEL, _PREF_LABEL, _ALT_LABEL)}
        self.literals: dict[str, set[tuple[str, str, str, str | None]]] = defaultdict(set)  # (p, form, type, lang)
        self.edges: set[tuple[str, str, str]] = set()  # facts whose object is a node
        self.posts: dict[str, list[str | None]] = {}
        self.with_evidence = evidence
        self.evidence: dict[str, list[str | None]] = {}
        self.sentences: dict[str, list[str | None]] = {}
        self.article_ids: dict[str, str] = {}
        self.wanted = frozenset({_TYPE, *self.labels, *self.facts, *_POST_FIELDS}
                                | ({*_EVIDENCE_FIELDS, *_SENTENCE_FIELDS, _ARTICLE_ID} if evidence else set()))

    def add(self, s: str, p: str, o: str, literal: tuple[str, str | None] | None) -> None:
        """One triple whose predicate is in :attr:`wanted`; ``literal`` is the (datatype, language)
        of a literal object, None for a node. A predicate can serve twice (a fact property that is
        also a post's), so every use is looked at; where a graph gives a node two values of one
        field (two rules of one evidence node), the first read is kept (rdflib's value() gave one)."""
        if p == _TYPE:
            if o in self.kinds or o == _CONCEPT or o == _POST:
                self.types[s].add(o)
        if p in self.labels:
            self.labels[p][s].add(o)
        if p in self.facts:
            if literal is None:
                self.edges.add((s, p, o))
            else:
                self.literals[s].add((p, o, *literal))
        if p in _POST_FIELDS:
            _first(self.posts, s, 3, _POST_FIELDS[p], o)
        if not self.with_evidence:
            return
        if p in _EVIDENCE_FIELDS:
            # a fact with a literal object is never an edge: its evidence is kept under no object
            value = None if literal is not None and p == _FACT_OBJECT else o
            _first(self.evidence, s, 7, _EVIDENCE_FIELDS[p], value)
        if p in _SENTENCE_FIELDS:
            _first(self.sentences, s, 2, _SENTENCE_FIELDS[p], o)
        if p == _ARTICLE_ID:
            self.article_ids.setdefault(s, o)

    @classmethod
    def of_graph(cls, g: Iterable[tuple], evidence: bool = True) -> Reading:
        """The reading of an rdflib graph (or any rdflib triples)."""
        r = cls(evidence)
        for s, p, o in g:
            if str(p) in r.wanted:
                r.add(_rdflib_node(s), str(p), *_rdflib_object(o))
        return r

    def label(self, n: str) -> str | None:
        """A node's label, the same in every run: an entity named in two articles of a graph.ttl
        has a label from each ("Session" and "session"); the first in sorted order is taken."""
        for p in (_LABEL, _PREF_LABEL):
            labels = self.labels[p].get(n)
            if labels:
                return min(labels)
        return None

    def evidence_index(self) -> dict[tuple, list[EvidenceRecord]]:
        """(subject, predicate, object) -> the evidence records that restate this fact."""
        index: dict[tuple, list[EvidenceRecord]] = defaultdict(list)
        for ev, (s, p, o, sentence_node, begin, end, rule) in self.evidence.items():
            if s is None:
                continue  # not an evidence node: a node with a begin index but no fact (a sentence)
            sentence, article = self.sentences.get(sentence_node, (None, None)) if sentence_node else (None, None)
            article_id = self.article_ids.get(article) if article is not None else None
            index[(s, p, o)].append(EvidenceRecord(
                ev, article_id or (local_name(article) if article else ""), sentence_node or "", sentence or "",
                _offset(begin), _offset(end), rule or ""))
        return index


def _first(table: dict[str, list], key: str, width: int, i: int, value) -> None:
    row = table.get(key)
    if row is None:
        row = table[key] = [None] * width
    if row[i] is None:
        row[i] = value


def _rdflib_node(t) -> str:
    return _BLANK + str(t) if isinstance(t, BNode) else str(t)


def _rdflib_object(t) -> tuple[str, tuple[str, str | None] | None]:
    if not isinstance(t, Literal):
        return _rdflib_node(t), None
    language = t.language.lower() if t.language else None  # as Oxigraph reads a language tag
    return str(t), (str(t.datatype) if t.datatype else _LANG_STRING if language else _XSD_STRING, language)


# The build's own formats, parsed as a stream; the others (JSON-LD, RDF/XML) go through rdflib.
_STREAMED = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG"}


def read_graph_file(path: Path, evidence: bool = True) -> Reading:
    """What :func:`project` uses of a graph file (named graphs merged, as :func:`load_graph` does).
    A Turtle, N-Triples, N-Quads or TriG file is parsed as a stream with Oxigraph, and only the
    triples the projection uses are kept (see :class:`Reading`)."""
    import pyoxigraph as ox

    fmt = _STREAMED.get(path.suffix.lower())
    if fmt is None or not path.is_file():
        return Reading.of_graph((t for _, g in load_graphs(path) for t in g), evidence)  # and its errors
    r = Reading(evidence)
    wanted, add = r.wanted, r.add
    try:
        with open(path, "rb") as f:
            for q in ox.parse(f, getattr(ox.RdfFormat, fmt), base_iri=path.resolve().as_uri(), lenient=True):
                p = q.predicate.value
                if p in wanted:
                    o = q.object
                    s = q.subject
                    add(_BLANK + s.value if isinstance(s, ox.BlankNode) else s.value, p,
                        *((o.value, (o.datatype.value, o.language)) if isinstance(o, ox.Literal)
                          else (_BLANK + o.value if isinstance(o, ox.BlankNode) else o.value, None)))
    except SyntaxError as error:
        reason = " ".join(str(error).split())[:300]
        raise InputError(f"cannot parse as {FORMATS[path.suffix.lower()]}: {reason}", str(path)) from None
    return r


def _offset(value) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def _read(records) -> tuple[Evidence, ...]:
    """The evidence people read (article, sentence, rule) of these records, once each, sorted."""
    return tuple(sorted({Evidence(r.article, r.sentence, r.rule) for r in records}))


def _full(records) -> tuple[EvidenceRecord, ...]:
    return tuple(sorted(set(records), key=EvidenceRecord.key))


def _entity_class(classes: set[str], kinds: dict[str, str]) -> str | None:
    """The most specific gk: entity class among ``classes`` (the builder writes one; prefer a subclass if several)."""
    known = sorted(c for c in classes if c in kinds)
    specific = [c for c in known if local_name(c) not in KINDS]
    return (specific or known or [None])[0]


def project(g: Graph, topics: bool = False) -> nx.MultiDiGraph:
    """The entity network of an RDF graph as a ``MultiDiGraph``.

    Nodes are IRIs with ``label``, ``cls`` (gk class local name, or "Topic"), ``kind`` (Event,
    Programme, Organization, Person, Place, Topic), ``aliases`` and ``attributes`` (literal facts
    such as theme and year, as (relation, value) pairs). Edges go subject -> object, keyed by the
    relation, with ``relation``, ``predicate`` (IRI), ``evidence`` (a tuple of Evidence) and
    ``records`` (every gk:Evidence record behind the edge, in full: a tuple of EvidenceRecord).
    Nodes and edges are inserted in sorted order so every result built on them is deterministic.
    """
    return project_reading(Reading.of_graph(g), topics)


def project_file(path: Path, topics: bool = False, evidence: bool = True) -> nx.MultiDiGraph:
    """The projection of the graph in a file, the same as ``project(load_graph(path))``, read as a
    stream (:func:`read_graph_file`). With ``evidence`` False the edges carry none (``evidence``
    and ``records`` are empty): the measures of :func:`analyse` do not look at it, and a corpus's
    evidence and sentences are most of what a graph holds."""
    return project_reading(read_graph_file(path, evidence), topics)


def project_reading(r: Reading, topics: bool = False) -> nx.MultiDiGraph:
    """The projection (see :func:`project`) of what a :class:`Reading` took from a graph."""
    nodes: dict[str, dict] = {}
    for s, classes in r.types.items():
        if s.startswith(_BLANK):
            continue
        cls = _entity_class(classes, r.kinds)
        if cls is not None:
            nodes[s] = {"cls": local_name(cls), "kind": r.kinds[cls]}
        elif topics and _CONCEPT in classes:
            nodes[s] = {"cls": TOPIC_CLASS, "kind": TOPIC_CLASS}
    evidence = r.evidence_index()

    G = nx.MultiDiGraph()
    for n in sorted(nodes):
        label = r.label(n) or local_name(n)
        aliases = sorted(r.labels[_ALT_LABEL].get(n, set()) - {label})
        attributes = sorted((local_name(p), form) for p, form, *_ in r.literals.get(n, ()))
        G.add_node(n, iri=n, label=label, aliases=aliases, attributes=attributes, **nodes[n])

    edges = [(s, o, local_name(p), p, _full(evidence.get((s, p, o), ())))
             for s, p, o in r.edges if s in nodes and o in nodes]
    edges.extend(_post_edges(r, nodes, evidence))
    for s, o, rel, pred, records in sorted(edges, key=lambda e: (*e[:4], [r.key() for r in e[4]])):
        label = rel
        if pred == _POST:
            rel, label = POST_RELATION, rel
        G.add_edge(s, o, key=f"{rel}:{label}" if rel == POST_RELATION else rel,
                   relation=rel, label=label, predicate=pred, evidence=_read(records), records=records)
    return G


def _post_edges(r: Reading, nodes: dict, evidence: dict) -> list[tuple]:
    """Each org:Post as (person, organization, role label, org:Post, evidence of its three triples)."""
    out = []
    for post, classes in r.types.items():
        if _POST not in classes:
            continue
        person, org, role = r.posts.get(post, (None, None, None))
        if person not in nodes or org not in nodes:
            continue
        role_label = (r.label(role) if role else None) or (local_name(role) if role else "post")
        records = [e for p, o in zip(_POST_FIELDS, (person, org, role)) for e in evidence.get((post, p, o), [])]
        out.append((person, org, role_label, _POST, _full(records)))
    return out


# ---------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------

@dataclass
class NodeScore:
    iri: str
    label: str
    cls: str
    degree: int
    pagerank: float
    betweenness: float
    community: int
    component: int


@dataclass
class Analysis:
    nodes: list[NodeScore]                       # sorted by IRI
    communities: list[list[str]]                 # IRIs; largest first
    components: list[list[str]]                  # IRIs; largest first
    class_counts: dict[str, int] = field(default_factory=dict)
    relation_counts: dict[str, int] = field(default_factory=dict)
    edges: int = 0
    seed: int = 0

    def top(self, measure: str, n: int) -> list[NodeScore]:
        """The ``n`` highest nodes by ``measure`` (degree, pagerank, betweenness); ties by label."""
        return sorted(self.nodes, key=lambda s: (-getattr(s, measure), s.label.lower(), s.iri))[:n]


def undirected(G: nx.Graph, nodes=None) -> nx.Graph:
    """The simple undirected graph of ``nodes`` (default all), built in sorted order. networkx's
    undirected view of a directed graph iterates a node's neighbours as a set union (succ | pred),
    in hash order, which changes between runs; Louvain, the layouts and PageRank's ties depend on
    the order they see nodes and neighbours in (a person shared by two articles went to either)."""
    keep = set(G) if nodes is None else set(nodes)
    U = nx.Graph()
    U.add_nodes_from(sorted(keep))
    U.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in G.edges() if u in keep and v in keep))
    return U


def _groups(sets, G: nx.MultiDiGraph) -> list[list[str]]:
    """Node sets as sorted lists, largest first, ties by their first label (a stable numbering)."""
    groups = [sorted(s, key=lambda n: (G.nodes[n]["label"].lower(), n)) for s in sets]
    return sorted(groups, key=lambda m: (-len(m), G.nodes[m[0]]["label"].lower(), m[0]))


def analyse(G: nx.MultiDiGraph, seed: int = 42, betweenness_sample: int | None = None) -> Analysis:
    """Degree, PageRank, betweenness, Louvain communities and connected components of the projection.

    PageRank follows the edge direction (rank flows from events to the agents that host, organize
    or address them, and from units to their parents); betweenness, communities and components
    treat the network as undirected. ``betweenness_sample`` approximates betweenness from that many
    pivots (seeded) for large graphs.
    """
    U = undirected(G)
    pagerank = nx.pagerank(G) if len(G) else {}
    k = betweenness_sample if betweenness_sample and betweenness_sample < len(U) else None
    betweenness = nx.betweenness_centrality(U, k=k, seed=seed if k else None)
    communities = _groups(nx.community.louvain_communities(U, seed=seed), G) if len(U) else []
    components = _groups(nx.connected_components(U), G)
    community_of = {n: i for i, members in enumerate(communities) for n in members}
    component_of = {n: i for i, members in enumerate(components) for n in members}
    scores = [NodeScore(n, d["label"], d["cls"], G.degree(n), round(pagerank.get(n, 0.0), 6),
                        round(betweenness.get(n, 0.0), 6), community_of[n], component_of[n])
              for n, d in sorted(G.nodes(data=True))]
    return Analysis(scores, communities, components,
                    dict(sorted(Counter(d["cls"] for _, d in G.nodes(data=True)).items())),
                    dict(sorted(Counter(d["relation"] for *_, d in G.edges(data=True)).items())),
                    G.number_of_edges(), seed)


def to_json(a: Analysis, G: nx.MultiDiGraph, top: int = 10) -> dict:
    """The analysis as plain JSON data (for ``kg analyze --format json``)."""
    def row(s: NodeScore) -> dict:
        return {"iri": s.iri, "label": s.label, "class": s.cls, "degree": s.degree,
                "pagerank": s.pagerank, "betweenness": s.betweenness, "community": s.community}

    def members(group: list[str]) -> list[dict]:
        return [{"iri": n, "label": G.nodes[n]["label"], "class": G.nodes[n]["cls"]} for n in group]

    return {"nodes": len(a.nodes), "edges": a.edges, "seed": a.seed,
            "classes": a.class_counts, "relations": a.relation_counts,
            "top": {m: [row(s) for s in a.top(m, top)] for m in ("degree", "pagerank", "betweenness")},
            "communities": [members(c) for c in a.communities],
            "components": [members(c) for c in a.components]}


def analysis_graph(a: Analysis) -> Graph:
    """The per-node results as RDF, for the named graph ``graph/derived/analysis``: degree, PageRank,
    betweenness and community (an index into this analysis' community list) of every entity."""
    g = bind(Graph(identifier=ANALYSIS_GRAPH))
    for s in a.nodes:
        node = URIRef(s.iri)
        g.add((node, GK.degree, Literal(s.degree, datatype=XSD.integer)))
        g.add((node, GK.pageRank, Literal(repr(s.pagerank), datatype=XSD.double)))
        g.add((node, GK.betweenness, Literal(repr(s.betweenness), datatype=XSD.double)))
        g.add((node, GK.community, Literal(s.community, datatype=XSD.integer)))
    return g


def analysis_quads(g: Graph) -> list:
    """The analysis graph as Oxigraph quads in the named graph ``graph/derived/analysis``, in canonical order."""
    import pyoxigraph as ox

    from . import oxi

    name = ox.NamedNode(str(ANALYSIS_GRAPH))
    return [ox.Quad(t.subject, t.predicate, t.object, name) for t in oxi.triples(g)]


def write_to_store(g: Graph, build: Path) -> int:
    """Replace the analysis named graph in the build's SPARQL store (``build/store``) by ``g``.

    The analysis is also in the store's default graph, where every other question looks; the
    previous analysis triples leave it too (the analysis predicates occur nowhere else), and a
    rebuild that updates the store drops both. Returns the number
    of triples written.
    """
    import pyoxigraph as ox

    from .store import STORE_DIR

    path = build / STORE_DIR
    if not (path / "CURRENT").is_file():
        raise InputError("no SPARQL store here; run `kg build` first", str(path))
    name = ox.NamedNode(str(ANALYSIS_GRAPH))
    store = ox.Store(str(path))
    for q in list(store.quads_for_pattern(None, None, None, name)):
        store.remove(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()))
    store.remove_graph(name) if store.contains_named_graph(name) else None
    quads = analysis_quads(g)
    store.bulk_extend(quads)
    store.bulk_extend([ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads])
    store.flush()
    del store  # close the database
    return len(quads)


# ---------------------------------------------------------------------------
# Names and paths
# ---------------------------------------------------------------------------

def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """The node named ``name``: an IRI, or a label/alias compared case-insensitively.

    Raises UnknownEntity listing close matches, or AmbiguousEntity when several entities share it.
    """
    if name in G:
        return name
    wanted = " ".join(name.split()).casefold()
    names: dict[str, set[str]] = defaultdict(set)
    for n, d in G.nodes(data=True):
        for text in [d["label"], *d.get("aliases", [])]:
            names[" ".join(text.split()).casefold()].add(n)
    hits = names.get(wanted)
    if not hits:
        hits = {n for n in G if n.casefold() == wanted}
    if len(hits) == 1:
        return next(iter(hits))
    if hits:
        listed = "; ".join(f"{G.nodes[n]['label']} <{n}>" for n in sorted(hits))
        raise AmbiguousEntity(f"{name!r} names {len(hits)} entities: {listed}; pass an IRI")
    labels = {" ".join(d["label"].split()).casefold(): d["label"] for _, d in G.nodes(data=True)}
    close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.5)
    close += [k for k in sorted(names) if wanted in k and k not in close][: 5 - len(close)]
    shown = sorted({labels.get(c) or G.nodes[sorted(names[c])[0]]["label"] for c in close})
    hint = f"; close matches: {', '.join(shown)}" if shown else "; no close matches"
    raise UnknownEntity(f"no entity named {name!r}{hint}")


@dataclass(frozen=True)
class Link:
    """One relation between two consecutive nodes of a path; ``forward`` if stated source -> target."""

    relation: str
    label: str
    forward: bool
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Hop:
    source: str
    target: str
    links: tuple[Link, ...]


def _links(G: nx.MultiDiGraph, u: str, v: str) -> tuple[Link, ...]:
    out = [Link(d["relation"], d["label"], True, d["evidence"]) for d in G.get_edge_data(u, v, default={}).values()]
    out += [Link(d["relation"], d["label"], False, d["evidence"]) for d in G.get_edge_data(v, u, default={}).values()]
    return tuple(sorted(out, key=lambda link: (link.label, not link.forward)))


def shortest_paths(G: nx.MultiDiGraph, a: str, b: str, limit: int = 5) -> list[list[Hop]]:
    """Up to ``limit`` shortest paths from ``a`` to ``b`` (edges in either direction), each hop with
    every relation that joins its two nodes. Raises NoPath when they are not connected."""
    U = G.to_undirected(as_view=True)
    if a == b:
        return [[]]
    if not nx.has_path(U, a, b):
        raise NoPath(f"{G.nodes[a]['label']!r} and {G.nodes[b]['label']!r} are not connected in this graph")
    paths = sorted(nx.all_shortest_paths(U, a, b), key=lambda p: [G.nodes[n]["label"].lower() for n in p])
    return [[Hop(u, v, _links(G, u, v)) for u, v in zip(p, p[1:])] for p in paths[:limit]]


def neighbourhood(G: nx.MultiDiGraph, centre: str, hops: int) -> nx.MultiDiGraph:
    """The subgraph within ``hops`` edges (either direction) of ``centre``."""
    keep = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), centre, cutoff=hops)
    return G.subgraph(sorted(keep)).copy()
