"""The evidence rows of ``kg explain``, kept beside the store (``store/evidence.sqlite``).

Each row ``kg explain`` lists needs nine look-ups in the store (the evidence node's predicate,
subject or object, sentence, offsets and rule; the sentence's text and article; the article's
identifier): at 10,000 articles, an entity with a thousand facts took 105 ms to count its rows
before any text was read. Here each evidence node is one row, written once for its subject and
once for its object, with the terms as SPARQL JSON terms; the sentences are a table of their own
(several facts share one). An entity's rows are one indexed look-up and a join.

The labels are not copied: ``support.sqlite`` already holds every triple about an entity that the
store holds beyond the vocabulary, keyed by its N-Triples line, so a node's labels are a range of
that key (``<node> <rdfs:label> ...``); the vocabulary's labels are a table here.

The rows of an article come and go with it: each row names its article node, as the support
counts name nothing (a row about an evidence node is stated by its article alone).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from itertools import product
from pathlib import Path

import pyoxigraph as ox

from .vocab import ID

INDEX_FILE = "evidence.sqlite"  # in the store folder
VERSION = 2  # of the tables below; an index of another version is not used
_GK = "https://w3id.org/garment-kg/ontology#"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_IDENTIFIER = "http://purl.org/dc/terms/identifier"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_EVIDENCE = str(ID["evidence/"])
_ARTICLE = str(ID["article/"])
# the evidence node's fields, in the order a row keeps them
_FIELDS = (f"{_GK}factSubject", f"{_GK}factPredicate", f"{_GK}factObject", f"{_GK}sentence",
           f"{_NIF}beginIndex", f"{_NIF}endIndex", f"{_GK}rule")
_ANCHOR, _CONTEXT = f"{_NIF}anchorOf", f"{_NIF}referenceContext"
_SCOPED = (_EVIDENCE, _ARTICLE)
_EVIDENCE_AT = len(str(ID))  # where "evidence/" and "article/" part
assert _EVIDENCE[_EVIDENCE_AT] == "e" and _ARTICLE[_EVIDENCE_AT] == "a"

# Every IRI and literal of a row is a number for a row of ``term``: an index with the texts in each
# row took 1.2 GB at 10,000 generated articles (more than the store), which an incremental build
# copies before it changes it.
SCHEMA = f"""
CREATE TABLE meta (version INTEGER NOT NULL);
INSERT INTO meta VALUES ({VERSION});
CREATE TABLE term (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
CREATE TABLE evidence (s INTEGER NOT NULL, o INTEGER NOT NULL, p INTEGER NOT NULL, sentence INTEGER NOT NULL,
                       begin INTEGER NOT NULL, "end" INTEGER NOT NULL, rule INTEGER NOT NULL, article INTEGER NOT NULL);
CREATE TABLE sentence (id INTEGER PRIMARY KEY, text TEXT NOT NULL, identifier INTEGER NOT NULL, article INTEGER NOT NULL);
CREATE TABLE vocabulary_label (triple TEXT PRIMARY KEY) WITHOUT ROWID;
"""
# made after the rows are in (filling an index row by row is slower)
INDEXES = """
CREATE INDEX evidence_s ON evidence (s);
CREATE INDEX evidence_o ON evidence (o);
CREATE INDEX evidence_article ON evidence (article);
CREATE INDEX sentence_article ON sentence (article);
"""


def term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict:
    """A term as a SPARQL JSON results term (what Oxigraph's answers give)."""
    return unpack(pack(term))


def pack(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    """A term as one short string: ``<`` IRI, ``_`` blank node, ``"`` text of a plain literal,
    ``@`` language and text, ``^`` datatype and text (neither holds a space). JSON took a third
    of the index's time."""
    if type(term) is ox.NamedNode:
        return "<" + term.value
    if type(term) is ox.BlankNode:
        return "_" + term.value
    if term.datatype.value == _XSD_STRING:
        return '"' + term.value
    term = _as_stored(term)
    return f"@{term.language} {term.value}" if term.language else f"^{term.datatype.value} {term.value}"


_NODE = ox.NamedNode("urn:x-index:node")


@lru_cache(maxsize=1 << 12)
def _as_stored(literal: ox.Literal) -> ox.Literal:
    """A literal as the store gives it back: Oxigraph keeps numbers, dates and the like by value,
    so an xsd:integer written "007" comes out as "7"; taken through a store in memory to be
    exact whatever the datatype (an article has a few of them: a year, a count, a date)."""
    store = ox.Store()
    store.add(ox.Quad(_NODE, _NODE, literal))
    return next(iter(store.quads_for_pattern(None, None, None))).object


def unpack(packed: str) -> dict:
    """The SPARQL JSON term of a :func:`pack` string."""
    kind, rest = packed[0], packed[1:]
    if kind == "<":
        return {"type": "uri", "value": rest}
    if kind == '"':
        return {"type": "literal", "value": rest}
    if kind == "_":
        return {"type": "bnode", "value": rest}
    tag, value = rest.split(" ", 1)
    return {"type": "literal", "value": value, "xml:lang" if kind == "@" else "datatype": tag}


def write(path: Path, graphs: Iterable[Path]) -> None:
    """Write a new index at ``path`` (a file that must not exist) from every article graph of a
    build (Turtle files). A build runs this in another process while it loads the store: on two
    cores it added 1.1 s to a 44 s load of 2,000 articles (alone it took 18.6 s: 9 ms an article)."""
    from .store import vocabulary  # (kg.store imports this module)

    _, stated, entailed = vocabulary()
    db = _connect(path)
    db.executescript(SCHEMA)
    db.executemany("INSERT OR IGNORE INTO vocabulary_label VALUES (?)",
                   ((str(t),) for t in stated | entailed if t.predicate.value in (LABEL, PREF_LABEL)))
    db.execute("BEGIN")
    terms: dict[str, int] = {}  # the term table's rows so far (it is new: nothing else writes it)
    for n, graph in enumerate(graphs, 1):
        with open(graph, "rb") as f:
            add(db, ox.parse(f, ox.RdfFormat.TURTLE), terms)
        if n % 1000 == 0:  # a transaction for each thousand articles
            db.execute("COMMIT")
            db.execute("BEGIN")
    db.execute("COMMIT")
    db.executescript(INDEXES)
    db.close()


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    return db


def open_for_update(path: Path) -> sqlite3.Connection | None:
    """The index to update in place (a copy of the previous build's); None when it is of another version."""
    db = _connect(path)
    if db.execute("SELECT version FROM meta").fetchone() != (VERSION,):
        db.close()
        return None
    return db


def rows_of(quads: Iterable[ox.Quad | ox.Triple]) -> tuple[list[tuple], list[tuple]]:
    """The evidence rows and sentence rows of one article graph's triples (or quads)."""
    fields: dict[str, dict[str, list]] = {}
    for q in quads:
        subject = q.subject
        s = subject.value
        if s.startswith(_SCOPED) and type(subject) is ox.NamedNode:
            f = fields.get(s)
            if f is None:
                f = fields[s] = {}
            p = q.predicate.value
            if p in f:
                f[p].append(q.object)
            else:
                f[p] = [q.object]
    evidence, sentences = [], []
    for s, f in fields.items():
        if s[_EVIDENCE_AT] == "e" and s.startswith(_EVIDENCE):
            if all(k in f for k in _FIELDS):
                for subject, p, obj, sentence, begin, end, rule in product(*(f[k] for k in _FIELDS)):
                    evidence.append((pack(subject), pack(obj), "<" + p.value, sentence.value, int(begin.value),
                                     int(end.value), pack(rule), _article_of(sentence.value)))
        elif _ANCHOR in f and _CONTEXT in f:
            for text, context in product(f[_ANCHOR], f[_CONTEXT]):
                for identifier in fields.get(context.value, {}).get(_IDENTIFIER, ()):
                    sentences.append((s, pack(text), pack(identifier), _article_of(s)))
    return evidence, sentences


def _article_of(sentence: str) -> str:
    """The article node a sentence belongs to (``<article>#char=0,42``)."""
    return sentence.split("#", 1)[0]


def add(db: sqlite3.Connection, quads: Iterable[ox.Quad | ox.Triple], terms: dict[str, int] | None = None) -> None:
    """Put in the rows of one article graph (``terms``: the term table's rows, when this connection
    alone writes it)."""
    evidence, sentences = rows_of(quads)
    terms = {} if terms is None else terms

    def term(text: str) -> int:
        found = terms.get(text)
        if found is None:
            db.execute("INSERT OR IGNORE INTO term (text) VALUES (?)", (text,))
            found = terms[text] = db.execute("SELECT id FROM term WHERE text = ?", (text,)).fetchone()[0]
        return found

    ids = {}
    for iri, text, identifier, article in sentences:
        ids.setdefault(iri, []).append(db.execute("INSERT INTO sentence (text, identifier, article) VALUES (?, ?, ?)",
                                                  (text, term(identifier), term(article))).lastrowid)
    db.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [(term(s), term(o), term(p), sid, begin, end, term(rule), term(article))
                    for s, o, p, sentence, begin, end, rule, article in evidence for sid in ids.get(sentence, ())])


def remove(db: sqlite3.Connection, triples: Iterable[ox.Triple]) -> None:
    """Take out the rows of the article graph whose triples these were (their terms may stay)."""
    articles = {_article_of(t.subject.value) for t in triples
                if isinstance(t.subject, ox.NamedNode) and t.subject.value.startswith(_ARTICLE)}
    for article in sorted(articles):
        db.execute("DELETE FROM evidence WHERE article IN (SELECT id FROM term WHERE text = ?)", (article,))
        db.execute("DELETE FROM sentence WHERE article IN (SELECT id FROM term WHERE text = ?)", (article,))


# an entity's rows: as subject (t 0, x its object) and as object (t 1, x its subject, not itself)
_ROWS = """
SELECT %(t)s, x.text, p.text, e.begin, e."end", r.text, s.text, i.text
FROM evidence e JOIN term x ON x.id = e.%(x)s JOIN term p ON p.id = e.p JOIN term r ON r.id = e.rule
JOIN sentence s ON s.id = e.sentence JOIN term i ON i.id = s.identifier
WHERE e.%(at)s = ?1 %(other)s"""
ROWS = (_ROWS % {"t": 0, "x": "o", "at": "s", "other": ""} + " UNION ALL "
        + _ROWS % {"t": 1, "x": "s", "at": "o", "other": "AND e.s != ?1"})


def bindings(store_dir: Path, iri: str) -> list[dict] | None:
    """The rows the store's ABOUT query (kg.inspect) gives for ``iri``, as SPARQL JSON bindings,
    from the index and the support table; None when the build has no index of this version."""
    path = store_dir / INDEX_FILE
    if not path.is_file():
        return None
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if db.execute("SELECT version FROM meta").fetchone() != (VERSION,):
            return None
        db.execute("ATTACH DATABASE ? AS support", (f"file:{store_dir / 'support.sqlite'}?mode=ro",))
        return _bindings(db, iri)
    except sqlite3.Error:
        return None
    finally:
        db.close()


def _bindings(db: sqlite3.Connection, iri: str) -> list[dict] | None:
    out = []
    others = {iri: {"type": "uri", "value": iri}}
    found = db.execute("SELECT id FROM term WHERE text = ?", ("<" + iri,)).fetchone()
    for t, x, p, begin, end, rule, text, identifier in db.execute(ROWS, found) if found else ():
        term = unpack(x)
        out.append({"t": {"value": str(t)}, "x": term, "p": unpack(p),
                    "begin": {"value": str(begin)}, "end": {"value": str(end)}, "rule": unpack(rule),
                    "sentence": unpack(text), "article": unpack(identifier)})
        if term["type"] == "bnode":
            return None  # a blank node's labels are not keyed by a name here: the store answers
        if term["type"] != "literal":
            others.setdefault(term["value"], term)
    for node, term in others.items():
        for kind, predicate in (("2", LABEL), ("3", PREF_LABEL)):
            for label in _labels(db, node, predicate):
                out.append({"t": {"value": kind}, "x": term, "label": label})
    return out


def _labels(db: sqlite3.Connection, node: str, predicate: str) -> list[dict]:
    """The labels (``predicate``) the store holds for a node: its lines in the support table and in
    the vocabulary's labels, each once."""
    prefix = f"<{node}> <{predicate}> "
    upper = prefix[:-1] + "!"  # the next key after every line that starts with the prefix
    lines = {line for table in ("support.support", "vocabulary_label")
             for (line,) in db.execute(f"SELECT triple FROM {table} WHERE triple >= ? AND triple < ?", (prefix, upper))}
    if not lines:
        return []
    data = "".join(f"{line} .\n" for line in sorted(lines)).encode()
    return [term_json(q.object) for q in ox.parse(data, ox.RdfFormat.N_TRIPLES)]
