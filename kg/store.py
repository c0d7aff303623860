"""The SPARQL store: an on-disk Oxigraph database beside the build, and queries against it.

``kg build`` writes the store into ``<build>/store`` together with the other outputs, so it is
always in step with them. It holds one named graph per article, the ontology and the topic scheme
in graphs of their own (``graph/vocabulary/...``), and the RDFS entailments in
``graph/derived/entailment`` (see :mod:`kg.entail`). The default graph is the set union of all of
them: a triple stated by two articles is there once (Oxigraph's union-default-graph mode would
count it twice), and a query for ``gk:Organization`` also finds every ``gk:GovernmentAgency``.
``GRAPH ?g { ... }`` tells which article said what.
"""

from __future__ import annotations

import atexit
import re
import threading
from functools import lru_cache
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SDO, XSD
from rdflib.term import Node

from . import oxi
from .entail import ENTAILMENT_GRAPH, entailments
from .errors import InputError, QueryError
from .oxi import PREFIX_MAP
from .resources import ontology_file
from .sparql_worker import QueryLimits, Refused, Worker, check, normalise, scan
from .vocab import GRAPH

DEFAULT_BUILD = Path("data/build")
STORE_DIR = "store"
ONTOLOGY_GRAPH = GRAPH["vocabulary/ontology"]
TOPICS_GRAPH = GRAPH["vocabulary/topics"]
VOCABULARY_GRAPHS = {ONTOLOGY_GRAPH: "garment-kg.ttl", TOPICS_GRAPH: "topics.ttl"}

# Predeclared in every query; a query's own PREFIX lines take precedence.
QUERY_PREFIXES = {**PREFIX_MAP, "rdf": str(RDF), "schema": str(SDO), "foaf": str(FOAF), "gkg": str(GRAPH)}


def vocabulary_quads() -> list[ox.Quad]:
    """The ontology and the topic scheme, each in its own named graph. The parser names blank nodes
    at random; they are renamed in order of appearance, so every build holds the same nodes."""
    quads: list[ox.Quad] = []
    for graph, name in VOCABULARY_GRAPHS.items():
        g = ox.NamedNode(str(graph))
        names: dict[str, ox.BlankNode] = {}

        def stable(term):
            if isinstance(term, ox.BlankNode):
                return names.setdefault(term.value, ox.BlankNode(f"{Path(name).stem}-{len(names)}"))
            return term

        with open(ontology_file(name), "rb") as f:
            quads.extend(ox.Quad(stable(q.subject), q.predicate, stable(q.object), g)
                         for q in ox.parse(f, ox.RdfFormat.TURTLE))
    return quads


def _quads(ts: Iterable[ox.Triple], graph: ox.NamedNode | ox.DefaultGraph) -> Iterator[ox.Quad]:
    return (ox.Quad(t.subject, t.predicate, t.object, graph) for t in ts)


@lru_cache(maxsize=1)
def vocabulary() -> tuple[list[ox.Quad], frozenset[ox.Triple], frozenset[ox.Triple]]:
    """The vocabulary quads, their triples, and what those entail."""
    quads = vocabulary_quads()
    triples = frozenset(q.triple for q in quads)
    return quads, triples, frozenset(entailments(triples, ordered=False))


@lru_cache(maxsize=1)
def vocabulary_lines() -> frozenset[str]:
    return frozenset(f"{t} .\n" for t in vocabulary()[1])


def entailed_beyond_vocabulary(triples: Sequence[ox.Triple]) -> list[ox.Triple]:
    """What an article graph entails beyond what it and the vocabulary state (unordered)."""
    vocab = vocabulary()[1]
    return [t for t in entailments(triples, ordered=False) if t not in vocab]


def create_store(path: Path, dataset: Path, merged: Path, inferred: Path) -> None:
    """Write a new store at ``path`` (which must not exist) from a build's files: the article graphs
    (``dataset``, TriG), their union (``merged``, Turtle: a triple may repeat), and what each
    article graph entails beyond what it and the vocabulary state (``inferred``, N-Triples). The
    store gets the vocabulary graphs, the entailment graph (the inferred triples and what the
    vocabulary entails), and the set union of everything as the default graph.

    The rules combine one triple with the ontology, so the union of what each article entails is
    what the union entails. Oxigraph parses the files itself: no term passes through Python."""
    quads, vocab, vocab_inferred = vocabulary()
    entailment = ox.NamedNode(str(ENTAILMENT_GRAPH))
    default = ox.DefaultGraph()
    store = ox.Store(str(path))
    # the store drops a quad it already holds, so the default graph is a set union
    store.bulk_load(path=str(dataset), format=ox.RdfFormat.TRIG)
    store.bulk_load(path=str(merged), format=ox.RdfFormat.TURTLE, to_graph=default)
    store.bulk_load(path=str(inferred), format=ox.RdfFormat.N_TRIPLES, to_graph=entailment)
    store.bulk_load(path=str(inferred), format=ox.RdfFormat.N_TRIPLES, to_graph=default)
    store.bulk_extend([*quads, *_quads(vocab, default), *_quads(vocab_inferred - vocab, entailment),
                       *_quads(vocab_inferred - vocab, default)])
    store.flush()
    store.optimize()  # compacts what the bulk loads left: about 20% faster queries
    del store  # closes the database before the build folder is renamed into place


def is_article_graph(name: str) -> bool:
    return name.startswith(str(GRAPH)) and not name.startswith((str(GRAPH["vocabulary/"]), str(GRAPH["derived/"])))


def update_store(old: Path, path: Path, changed: Mapping[str, Sequence[ox.Triple]], keep: set[str]) -> None:
    """Write at ``path`` the store :func:`create_store` would write, starting from a checkpoint of the
    previous build's store at ``old`` (hard links: the old store is not touched). ``changed`` gives
    the new triples of the article graphs that changed; graphs in ``keep`` are as before; any other
    named graph (a removed article, an analysis written by ``kg analyze --write``) goes.

    Only what the changed graphs touch is looked at: an entailment is dropped when no article graph
    still entails it, and a triple leaves the default graph when no named graph still holds it."""
    ox.Store.read_only(str(old)).backup(str(path))
    store = ox.Store(str(path))
    vocab_inferred = vocabulary()[2]
    entailment, default = ox.NamedNode(str(ENTAILMENT_GRAPH)), ox.DefaultGraph()
    fixed = {str(g) for g in VOCABULARY_GRAPHS} | {str(ENTAILMENT_GRAPH)}
    gone = {g.value for g in store.named_graphs() if g.value not in keep and g.value not in fixed} - set(changed)
    unsure_inferred: set[ox.Triple] = set()
    unsure: set[ox.Triple] = set()
    for name in sorted(set(changed) | gone):
        graph = ox.NamedNode(name)
        before = {q.triple for q in store.quads_for_pattern(None, None, None, graph)}
        after = set(changed.get(name, ()))
        store.remove_graph(graph) if name in gone else None
        for t in before - after:
            store.remove(ox.Quad(t.subject, t.predicate, t.object, graph))
        store.extend(_quads(after - before, graph))
        store.extend(_quads(after - before, default))
        unsure.update(before - after)
        inferred_before = set(entailed_beyond_vocabulary(list(before))) if is_article_graph(name) else set()
        inferred_after = set(entailed_beyond_vocabulary(list(after)))
        store.extend(_quads(inferred_after - inferred_before, entailment))
        store.extend(_quads(inferred_after - inferred_before, default))
        unsure_inferred.update(inferred_before - inferred_after)
    for t in sorted(unsure_inferred, key=oxi.triple_key):
        if t not in vocab_inferred and not _entailed_by_an_article(store, t):
            store.remove(ox.Quad(t.subject, t.predicate, t.object, entailment))
            unsure.add(t)
    for t in sorted(unsure, key=oxi.triple_key):
        if not any(not isinstance(q.graph_name, ox.DefaultGraph)
                   for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None)):
            store.remove(ox.Quad(t.subject, t.predicate, t.object, default))
    store.flush()
    del store


def _entailed_by_an_article(store: ox.Store, t: ox.Triple) -> bool:
    """Whether an article graph entails ``t``. A rule derives a triple about a node from one triple
    with that node as subject (or as object, for a range), so only those are read."""
    node = t.subject
    by_graph: dict[str, list[ox.Triple]] = defaultdict(list)
    for q in store.quads_for_pattern(node, None, None, None):
        if isinstance(q.graph_name, ox.NamedNode) and is_article_graph(q.graph_name.value):
            by_graph[q.graph_name.value].append(q.triple)
    for q in store.quads_for_pattern(None, None, node, None):
        if isinstance(q.graph_name, ox.NamedNode) and is_article_graph(q.graph_name.value):
            by_graph[q.graph_name.value].append(q.triple)
    return any(t in entailed_beyond_vocabulary(ts) for ts in by_graph.values())


def open_store(build: Path | str = DEFAULT_BUILD) -> ox.Store:
    """The build's store, read-only."""
    path = Path(build) / STORE_DIR
    if not (path / "CURRENT").is_file():
        raise InputError("no SPARQL store here; run `kg build` first", str(path))
    try:
        return ox.Store.read_only(str(path))
    except OSError as error:
        raise InputError(f"cannot open the store: {error}", str(path)) from None


# ---------------------------------------------------------------- queries

# Every query is checked and run by kg.sparql_worker: limits on size and nesting before any parser,
# rdflib's algebra for SERVICE and updates, and a child process with a deadline, a memory limit and
# no network for the evaluation. See that module and QueryLimits for the limits and how to set them.

_WORKER: Worker | None = None
_WORKER_LOCK = threading.Lock()


def _worker() -> Worker:
    global _WORKER
    with _WORKER_LOCK:
        if _WORKER is None:
            _WORKER = Worker()
            atexit.register(_WORKER.close)
        return _WORKER


def limits_of(limits: QueryLimits | None = None, **changes) -> QueryLimits:
    """``limits`` (default: from the environment) with the given fields changed (None: unchanged)."""
    return (limits or QueryLimits()).with_(**changes)


def check_query(sparql: str, limits: QueryLimits | None = None) -> str:
    """The query, normalised, when it is within the limits, parses, and has no SERVICE and no
    update (rdflib's algebra of it is searched); :class:`QueryError` with one line otherwise."""
    try:
        return check(sparql, QUERY_PREFIXES, limits or QueryLimits())
    except Refused as error:
        raise QueryError(str(error)) from None


def check_offline(sparql: str) -> None:
    """Refuse a query with a SERVICE clause (or an update, or over the limits). Kept for callers of
    the old name; see :func:`check_query`."""
    check_query(sparql)


def run_sandboxed(build: Path | str, sparql: str, limits: QueryLimits | None = None,
                  worker: Worker | None = None, cancelled=None) -> tuple[str, bytes]:
    """(kind, body) of the answer from a sandboxed child process: kind "select"/"ask" with SPARQL
    JSON results, or "graph" with N-Triples."""
    limits = limits or QueryLimits()
    # absolute: the child process is reused and keeps the working folder it started in
    path = (Path(build) / STORE_DIR).resolve()
    if not (path / "CURRENT").is_file():
        raise InputError("no SPARQL store here; run `kg build` first", str(path))
    try:
        text = normalise(sparql, limits.max_chars)  # the cheap checks without starting a process
        scan(text, limits)
        return (worker or _worker()).run(str(path), text, QUERY_PREFIXES, limits, cancelled)
    except Refused as error:
        raise QueryError(str(error)) from None


def _run(store: ox.Store, sparql: str):
    """A query on a store object in this process (an in-memory store in tests): checked like every
    query, but evaluated here, without the time and memory limits of the child process."""
    text = check_query(sparql)
    try:
        return store.query(text, prefixes=QUERY_PREFIXES)
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL: {one_line(str(error), 150)}") from None
    except (OSError, ValueError) as error:
        raise QueryError(f"query failed: {one_line(str(error))}") from None


def _result(kind: str, body: bytes):
    if kind in ("select", "ask"):
        return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    return [q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)]


# Characters XML 1.0 cannot hold, not even as a character reference (§2.2): C0 controls but tab,
# newline and carriage return, and U+FFFE/U+FFFF. Lone surrogates cannot be in UTF-8 output.
_NOT_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")


def xml_safe(data: bytes) -> bytes:
    """UTF-8 XML with each character XML 1.0 forbids replaced by U+FFFD, so any XML parser reads it."""
    return _NOT_XML.sub("\ufffd".encode(), data)


def one_line(message: str, limit: int = 240) -> str:
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def to_rdflib(term) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise QueryError(f"unsupported term in the answer: {term!r}")


@dataclass
class Answer:
    """The answer to a query: ``rows`` for SELECT, ``boolean`` for ASK, ``graph`` for CONSTRUCT/DESCRIBE.
    Terms are rdflib terms (``.toPython()`` gives plain values); an unbound variable is ``None``."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.graph or ())

    def dicts(self) -> list[dict[str, str | None]]:
        """Each row as {variable: value as text}."""
        return [{v: (None if t is None else str(t)) for v, t in zip(self.variables, row, strict=True)} for row in self.rows]


def query(sparql: str, build: Path | str = DEFAULT_BUILD, *, limits: QueryLimits | None = None,
          timeout: float | None = None, memory_mb: int | None = None) -> Answer:
    """Run a SPARQL query on the build's store. Example::

        >>> kg.query("SELECT ?name WHERE { ?p a gk:Person ; rdfs:label ?name } ORDER BY ?name").dicts()

    The query runs in a child process: a crash of the query engine cannot take this interpreter
    down. It is refused with :class:`QueryError` when it uses SERVICE or an update, or passes a limit
    of :class:`QueryLimits` (size, tokens, nesting; ``timeout`` seconds, default 5, and
    ``memory_mb``, default 1024; the environment variables KG_QUERY_* set the defaults).
    """
    result = _result(*run_sandboxed(build, sparql, limits_of(limits, timeout=timeout, memory_mb=memory_mb)))
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return Answer("select", names, [tuple(to_rdflib(s[n]) for n in names) for s in result])
    g = Graph()
    for t in result:
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return Answer("graph", graph=g)


RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
                 "jsonld": ox.RdfFormat.JSON_LD, "n3": ox.RdfFormat.N3}


def query_serialized(sparql: str, fmt: str, build: Path | str = DEFAULT_BUILD, *, limits: QueryLimits | None = None,
                     timeout: float | None = None, memory_mb: int | None = None) -> bytes:
    """The answer in a standard format: SPARQL results (json, csv, tsv, xml) for SELECT and ASK,
    an RDF format (turtle, nt, xml, jsonld, n3) for CONSTRUCT and DESCRIBE. XML is always
    well-formed: characters XML 1.0 forbids become U+FFFD."""
    kind, body = run_sandboxed(build, sparql, limits_of(limits, timeout=timeout, memory_mb=memory_mb))
    return serialize_answer(kind, body, fmt)


def serialize_answer(kind: str, body: bytes, fmt: str) -> bytes:
    """An answer from :func:`run_sandboxed` in format ``fmt``."""
    if kind != "graph" and fmt == "json":
        return body  # Oxigraph's own serialisation, as the child wrote it
    result = _result(kind, body)
    if isinstance(result, (ox.QueryBoolean, ox.QuerySolutions)):
        if fmt not in RESULT_FORMATS:
            raise QueryError(f"format {fmt!r} is not for SELECT/ASK answers; use one of {', '.join(RESULT_FORMATS)}")
        data = result.serialize(format=RESULT_FORMATS[fmt])
        return xml_safe(data) if fmt == "xml" else data
    if fmt not in GRAPH_FORMATS:
        raise QueryError(f"format {fmt!r} is not for CONSTRUCT/DESCRIBE answers; use one of {', '.join(GRAPH_FORMATS)}")
    triples = sorted(result, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    prefixes = QUERY_PREFIXES if fmt in {"turtle", "n3", "xml"} else None
    data = oxi.serialize(triples, GRAPH_FORMATS[fmt], prefixes)
    return xml_safe(data) if fmt == "xml" else data
