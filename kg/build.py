"""Build a knowledge graph from articles: extract each, validate, and write the outputs atomically.

Outputs in the build folder: ``dataset.trig`` (one named graph per article), ``graph.ttl`` (the
merged graph), ``articles/<id>.ttl`` (each article's graph on its own) and ``store/`` (the Oxigraph
SPARQL store of all of it, see :mod:`kg.store`). The RDF files are byte-identical on rebuild; the
store is a database derived from them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from . import oxi
from .article import Article, find_articles, read_article
from .errors import EmptyArticle, InputError, ValidationError
from .extract import extract, to_graph
from .store import STORE_DIR, create_store
from .validate import validate
from .vocab import GRAPH


@dataclass
class ArticleResult:
    """One article's graph: ``triples`` in canonical order (Oxigraph terms, compact) and, until the
    build drops it to save memory, the rdflib ``graph`` it was made from."""

    article: Article
    graph: Graph | None
    entities: int
    facts: int
    triples: list[ox.Triple] = field(default_factory=list)


@dataclass
class BuildReport:
    out_dir: Path
    articles: list[ArticleResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def triples(self) -> int:
        return sum(len(a.triples) for a in self.articles)

    @property
    def facts(self) -> int:
        return sum(a.facts for a in self.articles)

    @property
    def entities(self) -> int:
        return sum(a.entities for a in self.articles)


def build_article(article: Article, check: bool = True) -> ArticleResult:
    """Extract one article into its RDF graph; raise :class:`ValidationError` if it breaks the shapes."""
    x = extract(article)
    g = to_graph(x)
    if check:
        violations = validate(g)
        if violations:
            raise ValidationError(f"{article.source or article.id}: the graph does not conform to the SHACL shapes "
                                  f"({len(violations)} violations)", [str(v) for v in violations])
    written = {id(e) for f in x.facts for e in (f.subject, f.object)}
    entities = sum(1 for e in x.entities if id(e) in written or e.kind != "Place")
    return ArticleResult(article, g, entities, len(x.facts), oxi.triples(g))


def build(inputs: Iterable[Path], out_dir: Path, check: bool = True,
          progress: Callable[[Path], None] | None = None) -> BuildReport:
    """Build every article under ``inputs`` into ``out_dir``. Nothing in ``out_dir`` changes unless
    the whole build succeeds; an article with no entities is built (empty) with a warning."""
    start = time.perf_counter()
    paths = find_articles(list(inputs))
    report = BuildReport(out_dir)
    for path in paths:
        article = read_article(path)
        result = build_article(article, check)
        if result.entities == 0:
            report.warnings.append(str(EmptyArticle("no entities found; its named graph is empty", str(path))))
        result.graph = None
        report.articles.append(result)
        if progress:
            progress(path)
    counts = Counter(r.article.id for r in report.articles)
    dupes = sorted(i for i, n in counts.items() if n > 1)
    if dupes:
        raise InputError(f"two input files give the same article id {dupes[0]!r}; rename one")
    write_outputs(report)
    report.seconds = time.perf_counter() - start
    return report


def write_outputs(report: BuildReport) -> None:
    out = report.out_dir
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        (tmp / "articles").mkdir()
        quads: list[ox.Quad] = []
        merged: set[ox.Triple] = set()
        for r in sorted(report.articles, key=lambda r: r.article.id):
            (tmp / "articles" / f"{r.article.id}.ttl").write_bytes(oxi.turtle(r.triples))
            name = ox.NamedNode(str(GRAPH[r.article.id]))
            quads.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in r.triples)
            merged.update(r.triples)
        (tmp / "dataset.trig").write_bytes(oxi.trig(quads))
        (tmp / "graph.ttl").write_bytes(oxi.turtle(sorted(merged, key=oxi.triple_key)))
        create_store(tmp / STORE_DIR, quads)
        swap_in(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def swap_in(new: Path, out: Path) -> None:
    """Replace ``out`` by ``new`` with renames, so readers see the old build or the new one."""
    if out.exists() and not out.is_dir():
        raise InputError("output path exists and is not a folder", str(out))
    old = out.with_name(f".{out.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        os.replace(out, old)
    os.replace(new, out)
    if old.exists():
        shutil.rmtree(old)
