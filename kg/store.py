"""The SPARQL store: an on-disk Oxigraph database beside the build, and queries against it.

``kg build`` writes the store into ``<build>/store`` together with the other outputs, so it is
always in step with them. It holds each triple once, in its default graph: every article's
triples (a triple stated by two articles is there once), the ontology and the topic scheme, and
the RDFS entailments about entities (see :mod:`kg.entail`), so a query for ``gk:Organization``
also finds every ``gk:GovernmentAgency``. There are no named graphs: which article said a fact is
its evidence's sentence's ``nif:referenceContext``. ``support.sqlite`` beside Oxigraph's files
counts, for each triple about an entity, the articles that state or entail it, so an update
removes exactly what no article supports any more.
"""

from __future__ import annotations

import atexit
import re
import shutil
import sqlite3
import threading
from functools import lru_cache
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SDO, XSD
from rdflib.term import Node

from . import explain_index, oxi
from .entail import entailments
from .errors import InputError, QueryError
from .oxi import PREFIX_MAP
from .resources import ontology_file
from .sparql_worker import QueryLimits, Refused, Worker, check, normalise, scan
from .vocab import GRAPH, ID

DEFAULT_BUILD = Path("data/build")
STORE_DIR = "store"
VOCABULARY_FILES = ("garment-kg.ttl", "topics.ttl")

# Predeclared in every query; a query's own PREFIX lines take precedence.
QUERY_PREFIXES = {**PREFIX_MAP, "rdf": str(RDF), "schema": str(SDO), "foaf": str(FOAF), "gkg": str(GRAPH)}


def vocabulary_quads() -> list[ox.Quad]:
    """The ontology and the topic scheme, in the default graph. The parser names blank nodes at
    random; they are renamed in order of appearance, so every build holds the same nodes."""
    quads: list[ox.Quad] = []
    default = ox.DefaultGraph()
    for name in VOCABULARY_FILES:
        names: dict[str, ox.BlankNode] = {}

        def stable(term):
            if isinstance(term, ox.BlankNode):
                return names.setdefault(term.value, ox.BlankNode(f"{Path(name).stem}-{len(names)}"))
            return term

        with open(ontology_file(name), "rb") as f:
            quads.extend(ox.Quad(stable(q.subject), q.predicate, stable(q.object), default)
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


# The subjects that belong to one article: the article, its sentences (``<article>#char=...``) and
# its evidence nodes (whose IRIs hash the article id). No other article states a triple about them,
# and no entailment about them is kept: the store's entailments are about entities.
ARTICLE_SCOPED = (str(ID["article/"]), str(ID["evidence/"]))
_SCOPED_LINES = tuple(f"<{prefix}" for prefix in ARTICLE_SCOPED)


def scoped(subject: ox.NamedNode | ox.BlankNode) -> bool:
    """Whether a subject belongs to one article (see :data:`ARTICLE_SCOPED`)."""
    return subject.value.startswith(ARTICLE_SCOPED)


def about_entities(lines: Iterable[str]) -> Iterator[str]:
    """The N-Triples lines whose subject does not belong to one article."""
    return (line for line in lines if not line.startswith(_SCOPED_LINES))


def entailed_beyond_vocabulary(triples: Sequence[ox.Triple]) -> list[ox.Triple]:
    """What an article graph entails about entities beyond what it and the vocabulary state
    (unordered): what the store keeps of its entailments."""
    vocab = vocabulary()[1]
    return [t for t in entailments(triples, ordered=False) if t not in vocab and not scoped(t.subject)]


SUPPORT_FILE = "support.sqlite"  # in the store folder, beside Oxigraph's files
CHUNK = 250_000  # quads per bulk_extend: Oxigraph's bulk loader holds a chunk's sorted runs in memory


def _support(path: Path, create: bool = False) -> sqlite3.Connection:
    db = sqlite3.connect(path / SUPPORT_FILE, isolation_level=None)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    if create:
        db.execute("CREATE TABLE support (triple TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    return db


def _count_chunk(db: sqlite3.Connection, counts: Counter) -> Iterator[str]:
    """Add a chunk's counts to the support table; the lines it did not hold before, which are the
    ones the store has not been fed yet (a label that 300 articles state is fed with the first).
    A line is new when the count the upsert leaves is the chunk's own (a line the table held is
    above it): one look-up a line, where asking first and adding after took two."""
    db.execute("BEGIN")
    db.executemany("INSERT INTO chunk VALUES (?, ?)", counts.items())
    rows = db.execute("INSERT INTO support SELECT triple, n FROM chunk WHERE true "
                      "ON CONFLICT (triple) DO UPDATE SET n = n + excluded.n RETURNING triple, n")
    for line, n in rows:
        if n == counts[line]:
            yield line
    db.execute("DELETE FROM chunk")
    db.execute("COMMIT")


def _parsed(path: Path, fmt: ox.RdfFormat) -> Iterator[ox.Quad]:
    with open(path, "rb") as f:
        yield from ox.parse(f, fmt)  # triples come in the default graph


@lru_cache(maxsize=1)
def vocabulary_terms() -> frozenset[str]:
    """The vocabulary's triples and what they entail, as the support table writes a triple: the
    store holds them whatever the articles say, so an article that restates one feeds nothing."""
    return frozenset(str(t) for t in vocabulary()[1] | vocabulary()[2])


def _feed_distinct(store: ox.Store, db: sqlite3.Connection, quads: Iterable[ox.Quad]) -> int:
    """Feed ``quads`` to the store's bulk loader in chunks of at most :data:`CHUNK`, each triple
    once, and count in the support table the articles behind each triple about an entity; the
    number of quads fed.

    A triple about an article, a sentence or an evidence node comes once already (one article
    states it, once). A triple about an entity comes once for each article that states or entails
    it; it is fed with the chunk in which the support table first sees it. So the memory is a
    chunk's whatever the corpus, where a set of every triple seen would grow with it: at 1,000
    generated articles 134,048 of the 163,801 entity triples are stated by one article only (an
    article's own "opening ceremony", a person's post), so that set grows about linearly."""
    fed = 0
    batch: list[ox.Quad] = []
    entity: dict[str, ox.Quad] = {}  # this chunk's triples about entities, by their support line
    counts: Counter = Counter()
    for q in quads:
        if scoped(q.subject):
            batch.append(q)
        else:
            line = str(q.triple)
            counts[line] += 1
            entity.setdefault(line, q)
        if len(batch) + len(entity) >= CHUNK:
            fed += _feed_chunk(store, db, batch, entity, counts)
            batch, entity, counts = [], {}, Counter()  # (the chunk goes before the next one is read)
    return fed + _feed_chunk(store, db, batch, entity, counts)


def _feed_chunk(store: ox.Store, db: sqlite3.Connection, batch: list[ox.Quad], entity: dict[str, ox.Quad],
                counts: Counter) -> int:
    """Feed a chunk's quads about articles and those of its triples about entities that no chunk
    before had; how many."""
    vocab = vocabulary_terms()
    batch.extend(entity[line] for line in _count_chunk(db, counts) if line not in vocab)
    store.bulk_extend(batch)
    return len(batch)


def create_store(path: Path, graphs: Iterable[Path], inferred: Path) -> int:
    """Write a new store at ``path`` (which must not exist) from a build's files: every article
    graph (``graphs``, Turtle files: a triple several articles state comes once for each) and
    what each entails about entities beyond what it and the vocabulary state (``inferred``,
    N-Triples, likewise). The store holds it all once, in its default graph, with the ontology,
    the topic scheme and what they entail; returns the number of quads fed to it, each distinct
    quad once. (The evidence rows of ``kg explain`` are written beside it by
    :func:`kg.explain_index.write`, in another process while this one loads.)

    The quads go to Oxigraph's bulk loader :data:`CHUNK` at a time, so its memory stays flat
    whatever the corpus. Beside the store, ``support.sqlite`` counts for each triple about an
    entity the articles that state or entail it: an update removes a triple when its count
    reaches zero (see :func:`update_store`), and the load feeds a triple only when its count is
    first written. A triple about an article, a sentence or an evidence node is only ever stated
    by its article."""
    quads, triples, vocab_inferred = vocabulary()
    store = ox.Store(str(path))
    db = _support(path, create=True)
    db.execute("CREATE TEMP TABLE chunk (triple TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    store.bulk_extend([*quads, *_quads(vocab_inferred - triples, ox.DefaultGraph())])
    fed = len(quads) + len(vocab_inferred - triples) + _feed_distinct(store, db, _articles(graphs, inferred))
    db.close()
    store.flush()
    store.optimize()  # compacts what the bulk loads left: about 20% faster queries
    del store  # closes the database before the build folder is renamed into place
    return fed


def _articles(graphs: Iterable[Path], inferred: Path) -> Iterator[ox.Quad]:
    for graph in graphs:
        yield from _parsed(graph, ox.RdfFormat.TURTLE)
    yield from _parsed(inferred, ox.RdfFormat.N_TRIPLES)


def _support_lines(triples: Iterable[ox.Triple]) -> set[str]:
    """What an article graph gives the support table: its triples about entities, and what it
    entails about them beyond what it and the vocabulary state."""
    triples = list(triples)
    return {str(t) for t in triples if not scoped(t.subject)} | {str(t) for t in entailed_beyond_vocabulary(triples)}


def update_store(old: Path, path: Path, before: Mapping[str, Sequence[ox.Triple]],
                 after: Mapping[str, Sequence[ox.Triple]]) -> None:
    """Write at ``path`` the store :func:`create_store` would write, starting from a checkpoint of the
    previous build's store at ``old`` (hard links: the old store is not touched). ``before`` gives
    the previous triples of every article graph that changed or went, ``after`` the new triples of
    every one that changed or came; any named graph (an analysis written by ``kg analyze --write``)
    goes.

    Only what the changed graphs touch is looked at: a triple about an article, a sentence or an
    evidence node goes and comes with its article; a triple about an entity goes when no article
    states or entails it any more, which the support table counts."""
    ox.Store.read_only(str(old)).backup(str(path))
    shutil.copyfile(old / SUPPORT_FILE, path / SUPPORT_FILE)
    index = None
    if (old / explain_index.INDEX_FILE).is_file():
        shutil.copyfile(old / explain_index.INDEX_FILE, path / explain_index.INDEX_FILE)
        index = explain_index.open_for_update(path / explain_index.INDEX_FILE)
        if index is None:  # of another version: kg explain asks the store
            (path / explain_index.INDEX_FILE).unlink()
        else:
            index.execute("BEGIN")
    store = ox.Store(str(path))
    default = ox.DefaultGraph()
    for graph in list(store.named_graphs()):
        for q in list(store.quads_for_pattern(None, None, None, graph)):
            store.remove(ox.Quad(q.subject, q.predicate, q.object, default))
        store.remove_graph(graph)
    db = _support(path)
    delta: Counter = Counter()
    for name in sorted(set(before) | set(after)):
        was, now = set(before.get(name, ())), set(after.get(name, ()))
        for t in sorted(was - now, key=oxi.triple_key):
            if scoped(t.subject):
                store.remove(ox.Quad(t.subject, t.predicate, t.object, default))
        store.extend(_quads((t for t in now - was if scoped(t.subject)), default))
        if index is not None and was != now:
            explain_index.remove(index, was)
            explain_index.add(index, now)
        old_lines, new_lines = _support_lines(was), _support_lines(now)
        delta.subtract(old_lines - new_lines)
        delta.update(new_lines - old_lines)
    vocab = vocabulary_terms()
    db.execute("BEGIN")
    for line in sorted(t for t, n in delta.items() if n):
        row = db.execute("SELECT n FROM support WHERE triple = ?", (line,)).fetchone()
        n = (row[0] if row else 0) + delta[line]
        if n < 0:
            raise RuntimeError(f"the store's support table is out of step with the build at {line}")
        if n:
            db.execute("INSERT INTO support VALUES (?, ?) ON CONFLICT (triple) DO UPDATE SET n = excluded.n",
                       (line, n))
        else:
            db.execute("DELETE FROM support WHERE triple = ?", (line,))
        q = _quad(line)
        if n and not row:
            store.add(q)
        elif not n and line not in vocab:
            store.remove(q)
    db.execute("COMMIT")
    db.close()
    if index is not None:
        index.execute("COMMIT")
        index.close()
    store.flush()
    del store


def _quad(line: str) -> ox.Quad:
    return next(iter(ox.parse(f"{line} .\n".encode(), ox.RdfFormat.N_QUADS)))


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
    reply = sandboxed(build, sparql, limits, worker=worker, cancelled=cancelled)
    return reply.kind, reply.body


@dataclass(frozen=True)
class Reply:
    """An answer from the sandbox: ``kind`` and ``body`` as :func:`run_sandboxed` gives them, and for
    a SELECT whether its query has an ORDER BY of its own; for a page of one, where the page starts,
    its limit, how many rows it holds and whether more rows follow it."""

    kind: str
    body: bytes
    ordered: bool = False
    offset: int = 0
    limit: int | None = None
    count: int = 0
    more: bool = False

    @property
    def paged(self) -> bool:
        return self.limit is not None or self.offset > 0


def page_of(limit: int | None, offset: int | None) -> tuple[int, int | None] | None:
    """(offset, limit) for the sandbox, None for the whole answer; :class:`QueryError` for a value
    that is no count of rows (``limit=-1``: a limit of none is None, not -1)."""
    for name, value in (("limit", limit), ("offset", offset)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise QueryError(f"{name} must be a whole number of rows, 0 or more, not {value!r} "
                             f"(no {name}: {'None' if name == 'limit' else '0'})")
    return None if limit is None and not offset else (offset or 0, limit)


def sandboxed(build: Path | str, sparql: str, limits: QueryLimits | None = None, *, limit: int | None = None,
              offset: int = 0, worker: Worker | None = None, cancelled=None) -> Reply:
    """The answer from a sandboxed child process. With ``limit`` or ``offset``, rows ``offset`` to
    ``offset + limit`` of a SELECT (every row after ``offset`` when ``limit`` is None), of which only
    these are evaluated unless the query has an ORDER BY (see :func:`kg.sparql_worker._page`); an
    ASK, CONSTRUCT or DESCRIBE query is then refused."""
    limits = limits or QueryLimits()
    page = page_of(limit, offset)
    # absolute: the child process is reused and keeps the working folder it started in
    path = (Path(build) / STORE_DIR).resolve()
    if not (path / "CURRENT").is_file():
        raise InputError("no SPARQL store here; run `kg build` first", str(path))
    try:
        text = normalise(sparql, limits.max_chars)  # the cheap checks without starting a process
        scan(text, limits)
        header, body = (worker or _worker()).answer(str(path), text, QUERY_PREFIXES, limits, cancelled, page)
    except Refused as error:
        raise QueryError(str(error)) from None
    return Reply(header["kind"], body, ordered=bool(header.get("ordered")), offset=page[0] if page else 0,
                 limit=limit, count=int(header.get("rows", 0)), more=bool(header.get("more")))


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
    offset: int = 0  # a page of a SELECT: the rows before it (query(..., offset=40))
    more: bool = False  # a page of a SELECT: rows follow it; ask again with offset + len(rows)
    ordered: bool = False  # a SELECT: its query has an ORDER BY of its own, which its pages follow

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.graph or ())

    def dicts(self) -> list[dict[str, str | None]]:
        """Each row as {variable: value as text}."""
        return [{v: (None if t is None else str(t)) for v, t in zip(self.variables, row, strict=True)} for row in self.rows]


def query(sparql: str, build: Path | str = DEFAULT_BUILD, *, limit: int | None = None, offset: int = 0,
          limits: QueryLimits | None = None, timeout: float | None = None, memory_mb: int | None = None) -> Answer:
    """Run a SPARQL query on the build's store. Example::

        >>> kg.query("SELECT ?name WHERE { ?p a gk:Person ; rdfs:label ?name } ORDER BY ?name").dicts()

    ``limit`` and ``offset`` page a SELECT: ``query(text, limit=20, offset=40)`` gives rows 41-60,
    and ``.more`` says whether rows follow. Only the page's rows are evaluated when the query has
    no ORDER BY; with one (``.ordered``), the pages follow one order and together are the listing.

    The query runs in a child process: a crash of the query engine cannot take this interpreter
    down. It is refused with :class:`QueryError` when it uses SERVICE or an update, or passes a limit
    of :class:`QueryLimits` (size, tokens, nesting; ``timeout`` seconds, default 5, and
    ``memory_mb``, default 1024; the environment variables KG_QUERY_* set the defaults).
    """
    reply = sandboxed(build, sparql, limits_of(limits, timeout=timeout, memory_mb=memory_mb), limit=limit, offset=offset)
    result = _result(reply.kind, reply.body)
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return Answer("select", names, [tuple(to_rdflib(s[n]) for n in names) for s in result],
                      offset=reply.offset, more=reply.more, ordered=reply.ordered)
    g = Graph()
    for t in result:
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return Answer("graph", graph=g)


RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
                 "jsonld": ox.RdfFormat.JSON_LD, "n3": ox.RdfFormat.N3}


def query_serialized(sparql: str, fmt: str, build: Path | str = DEFAULT_BUILD, *, limit: int | None = None,
                     offset: int = 0, limits: QueryLimits | None = None, timeout: float | None = None,
                     memory_mb: int | None = None) -> bytes:
    """The answer in a standard format: SPARQL results (json, csv, tsv, xml) for SELECT and ASK,
    an RDF format (turtle, nt, xml, jsonld, n3) for CONSTRUCT and DESCRIBE. XML is always
    well-formed: characters XML 1.0 forbids become U+FFFD. ``limit`` and ``offset`` page a SELECT
    as in :func:`query`."""
    reply = sandboxed(build, sparql, limits_of(limits, timeout=timeout, memory_mb=memory_mb), limit=limit, offset=offset)
    return serialize_answer(reply.kind, reply.body, fmt)


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
