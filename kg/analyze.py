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
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import networkx as nx
from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from .dumps import GRAPH_FILE
from .errors import AmbiguousEntity, InputError, NoPath, UnknownEntity
from .graphio import load_graphs
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

def _evidence_index(g: Graph) -> dict[tuple, list[EvidenceRecord]]:
    """(subject, predicate, object) -> the evidence records that restate this fact."""
    index: dict[tuple, list[EvidenceRecord]] = defaultdict(list)
    # evidence nodes are not typed (lean evidence); in the order they were read, not rdflib's unique=True,
    # whose set made the order (and so the communities) change with Python's string hashing
    for ev in dict.fromkeys(g.subjects(GK.factSubject, None)):
        s, p, o = g.value(ev, GK.factSubject), g.value(ev, GK.factPredicate), g.value(ev, GK.factObject)
        sentence_node = g.value(ev, GK.sentence)
        sentence = g.value(sentence_node, NIF.anchorOf) if sentence_node is not None else None
        article = g.value(sentence_node, NIF.referenceContext) if sentence_node is not None else None
        article_id = g.value(article, DCTERMS.identifier) if article is not None else None
        index[(s, p, o)].append(EvidenceRecord(
            str(ev), str(article_id or (local_name(str(article)) if article else "")),
            str(sentence_node or ""), str(sentence or ""), _offset(g.value(ev, NIF.beginIndex)),
            _offset(g.value(ev, NIF.endIndex)), str(g.value(ev, GK.rule) or "")))
    return index


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


def _entity_class(g: Graph, node: URIRef, kinds: dict[URIRef, str]) -> URIRef | None:
    """The most specific gk: entity class of ``node`` (the builder writes one; prefer a subclass if several)."""
    classes = sorted(c for c in g.objects(node, RDF.type) if c in kinds)
    specific = [c for c in classes if local_name(str(c)) not in KINDS]
    return (specific or classes or [None])[0]


def project(g: Graph, topics: bool = False) -> nx.MultiDiGraph:
    """The entity network of an RDF graph as a ``MultiDiGraph``.

    Nodes are IRIs with ``label``, ``cls`` (gk class local name, or "Topic"), ``kind`` (Event,
    Programme, Organization, Person, Place, Topic), ``aliases`` and ``attributes`` (literal facts
    such as theme and year, as (relation, value) pairs). Edges go subject -> object, keyed by the
    relation, with ``relation``, ``predicate`` (IRI), ``evidence`` (a tuple of Evidence) and
    ``records`` (every gk:Evidence record behind the edge, in full: a tuple of EvidenceRecord).
    Nodes and edges are inserted in sorted order so every result built on them is deterministic.
    """
    kinds = class_kinds()
    nodes: dict[URIRef, dict] = {}
    for s in set(g.subjects(RDF.type, None)):
        if not isinstance(s, URIRef):
            continue
        cls = _entity_class(g, s, kinds)
        if cls is not None:
            nodes[s] = {"cls": local_name(str(cls)), "kind": kinds[cls]}
        elif topics and (s, RDF.type, SKOS.Concept) in g:
            nodes[s] = {"cls": TOPIC_CLASS, "kind": TOPIC_CLASS}
    evidence = _evidence_index(g)
    facts = fact_properties()

    G = nx.MultiDiGraph()
    for n in sorted(nodes):
        label = _label(g, n) or local_name(str(n))
        aliases = sorted({str(a) for a in g.objects(n, SKOS.altLabel)} - {str(label)})
        attributes = sorted((local_name(str(p)), str(o)) for p, o in g.predicate_objects(n)
                            if p in facts and isinstance(o, Literal))
        G.add_node(str(n), iri=str(n), label=str(label), aliases=aliases, attributes=attributes, **nodes[n])

    edges = []
    for s, p, o in g:
        if p in facts and s in nodes and o in nodes:
            edges.append((str(s), str(o), local_name(str(p)), str(p), _full(evidence[(s, p, o)])))
    edges.extend(_post_edges(g, nodes, evidence))
    for s, o, rel, pred, records in sorted(edges, key=lambda e: (*e[:4], [r.key() for r in e[4]])):
        label = rel
        if pred == str(ORG.Post):
            rel, label = POST_RELATION, rel
        G.add_edge(s, o, key=f"{rel}:{label}" if rel == POST_RELATION else rel,
                   relation=rel, label=label, predicate=pred, evidence=_read(records), records=records)
    return G


def _label(g: Graph, n) -> str | None:
    """A node's label, the same in every run: an entity named in two articles of a graph.ttl has a
    label from each ("Session" and "session"), and rdflib's ``value`` picks one in hash order."""
    for p in (RDFS.label, SKOS.prefLabel):
        labels = sorted(str(o) for o in g.objects(n, p))
        if labels:
            return labels[0]
    return None


def _post_edges(g: Graph, nodes: dict, evidence: dict) -> list[tuple]:
    """Each org:Post as (person, organization, role label, org:Post, evidence of its three triples)."""
    out = []
    for post in g.subjects(RDF.type, ORG.Post):
        person, org, role = g.value(post, ORG.heldBy), g.value(post, ORG.postIn), g.value(post, ORG.role)
        if person not in nodes or org not in nodes:
            continue
        role_label = str((_label(g, role) if role else None) or (local_name(str(role)) if role else "post"))
        records = [e for p, o in ((ORG.heldBy, person), (ORG.postIn, org), (ORG.role, role))
                   for e in evidence.get((post, p, o), [])]
        out.append((str(person), str(org), role_label, str(ORG.Post), _full(records)))
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
