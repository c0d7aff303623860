"""Build a knowledge graph from articles: extract each, validate, and write the outputs atomically.

Outputs in the build folder: ``dataset.trig`` (one named graph per article), ``graph.ttl`` (the
merged graph), ``articles/<id>.ttl`` (each article's graph on its own), ``store/`` (the Oxigraph
SPARQL store of all of it, see :mod:`kg.store`), ``resolution.json`` (entities merged across
articles, and short names left ambiguous, see :mod:`kg.corpus`), and ``manifest.json`` with
``cache/`` (what incremental rebuilds reuse, see :mod:`kg.manifest`). Every file but the store is
byte-identical on rebuild; the store is a database derived from them.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from . import manifest, oxi
from .article import Article
from .corpus import Resolution, resolve_corpus
from .corpus import apply as apply_resolution
from .errors import EmptyArticle, InputError, InputWarning, ValidationError
from .extract import extract, to_triples
from .rdf import bind
from .sources import read_inputs
from .store import STORE_DIR, create_store
from .validate import validate
from .vocab import GRAPH

RESOLUTION = "resolution.json"


@dataclass
class ArticleResult:
    """One article's graph: ``triples`` in canonical order (Oxigraph terms, compact) and the rdflib
    ``graph`` that was validated (None when it was not, and dropped by a build to save memory)."""

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
    extracted: int = 0  # articles extracted in this run; the others came from the previous build's cache
    problems: list[str] = field(default_factory=list)  # inputs that could not be read (files, JSON Lines lines)
    validated: bool = True  # every article graph was checked against the SHACL shapes
    resolution: Resolution = field(default_factory=Resolution)

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
    triples = to_triples(x)
    g = None
    if check:
        g = bind(Graph())
        for t in triples:
            g.add(t)
        violations = validate(g)
        if violations:
            raise ValidationError(f"{article.source or article.id}: the graph does not conform to the SHACL shapes "
                                  f"({len(violations)} violations)", [str(v) for v in violations])
    written = {id(e) for f in x.facts for e in (f.subject, f.object)}
    entities = sum(1 for e in x.entities if id(e) in written or e.kind != "Place")
    return ArticleResult(article, g, entities, len(x.facts), oxi.triples(triples))


def _extract(job: tuple[Article, bool]) -> tuple[Article, int, int, bytes] | tuple[str, list[str]]:
    """One article in a worker process. Oxigraph terms do not pickle, so triples travel as N-Triples;
    a validation failure travels as its message and violations."""
    article, check = job
    try:
        r = build_article(article, check)
    except ValidationError as error:
        return str(error.message), error.violations
    return article, r.entities, r.facts, ntriples(r.triples)


def ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES)


def parse_ntriples(data: bytes) -> list[ox.Triple]:
    # the parser yields quads in the default graph, which never equal triples: take their triples
    return [q.triple for q in ox.parse(data, ox.RdfFormat.N_TRIPLES)]


def extract_all(articles: list[Article], check: bool, jobs: int,
                done: Callable[[Article], None]) -> Iterator[ArticleResult]:
    """Extract articles, in order, with ``jobs`` worker processes (1: in this process)."""
    if jobs <= 1 or len(articles) < 2:
        for article in articles:
            result = build_article(article, check)
            result.graph = None  # keep only the compact triples of a large corpus in memory
            done(article)
            yield result
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context)
    try:
        for item in pool.map(_extract, [(a, check) for a in articles], chunksize=4):
            if len(item) == 2:
                raise ValidationError(*item)
            article, entities, facts, data = item
            done(article)
            yield ArticleResult(article, None, entities, facts, parse_ntriples(data))
    finally:  # on a failure or Ctrl-C, drop the queued articles instead of waiting for them
        pool.shutdown(wait=True, cancel_futures=True)


def in_shard(article_id: str, shard: tuple[int, int] | None) -> bool:
    """Shard I of N holds the articles whose id hashes to I-1 modulo N: stable across machines."""
    if shard is None:
        return True
    i, n = shard
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % n == i - 1


def build(inputs: Iterable[Path], out_dir: Path, check: bool = True,
          progress: Callable[[Path], None] | None = None, jobs: int = 1,
          shard: tuple[int, int] | None = None, started: Callable[[int], None] | None = None) -> BuildReport:
    """Build every article under ``inputs`` into ``out_dir``. Nothing in ``out_dir`` changes unless
    the whole build succeeds; an article with no entities is built (empty) with a warning. Inputs
    that cannot be read are listed in ``report.problems`` and the rest is built; when nothing can be
    read, the first problem is raised.

    Articles whose content is unchanged since the previous build in ``out_dir`` are not extracted
    again (see :mod:`kg.manifest`); the output is the same bytes as a build from scratch."""
    start = time.perf_counter()
    articles, problems = read_inputs(list(inputs))
    if not articles and problems:
        raise next((p for p in problems if not isinstance(p, InputWarning)), problems[0])
    articles = [a for a in articles if in_shard(a.id, shard)]
    if started:
        started(len(articles))
    counts = Counter(a.id for a in articles)
    dupes = sorted(i for i, n in counts.items() if n > 1)
    if dupes:
        raise InputError(f"two input files give the same article id {dupes[0]!r}; rename one")
    previous = manifest.load(out_dir, validated=check)
    hashes = {a.id: manifest.content_hash(a) for a in articles}
    fresh = [a for a in articles if a.id not in previous or previous[a.id].sha256 != hashes[a.id]]
    report = BuildReport(out_dir, extracted=len(fresh), problems=[str(p) for p in problems], validated=check)
    by_id: dict[str, ArticleResult] = {}
    for a in articles:
        if a.id in previous and previous[a.id].sha256 == hashes[a.id]:
            entry = previous[a.id]
            data = (out_dir / manifest.CACHE / f"{a.id}.nt").read_bytes()
            by_id[a.id] = ArticleResult(a, None, entry.entities, entry.facts, parse_ntriples(data))
            if progress:
                progress(Path(a.source or a.id))
    for result in extract_all(fresh, check, jobs, lambda a: progress(Path(a.source or a.id)) if progress else None):
        by_id[result.article.id] = result
    report.warnings.extend(report.problems)
    for a in articles:
        result = by_id[a.id]
        if result.entities == 0:
            report.warnings.append(str(EmptyArticle("no entities found; its named graph is empty", a.source or a.id)))
        report.articles.append(result)
    report.resolution = resolve_corpus({r.article.id: r.triples for r in report.articles})
    write_outputs(report, hashes)
    report.seconds = time.perf_counter() - start
    return report


def merge(shards: list[Path], out_dir: Path) -> BuildReport:
    """One build from the outputs of ``kg build --shard I/N`` runs: the same bytes as building every
    article at once, because each shard keeps its articles' extractions (``cache/``) and the
    corpus-wide steps (resolution, merged graph, store) run here over all of them."""
    start = time.perf_counter()
    report = BuildReport(out_dir, validated=all(manifest.was_validated(f) for f in shards))
    hashes: dict[str, str] = {}
    for folder in shards:
        if not (folder / manifest.MANIFEST).is_file():
            raise InputError("not a build folder (no manifest.json); run `kg build --shard I/N` first", str(folder))
        entries = manifest.load(folder)
        if not entries and json.loads((folder / manifest.MANIFEST).read_text(encoding="utf-8"))["articles"]:
            raise InputError("this shard was built by another version of garment-kg; build it again", str(folder))
        for aid, e in entries.items():
            if aid in hashes:
                raise InputError(f"article {aid!r} is in two shards", str(folder))
            hashes[aid] = e.sha256
            data = (folder / manifest.CACHE / f"{aid}.nt").read_bytes()
            article = Article(id=aid, text="", source=e.source)
            report.articles.append(ArticleResult(article, None, e.entities, e.facts, parse_ntriples(data)))
    report.articles.sort(key=lambda r: r.article.id)
    report.resolution = resolve_corpus({r.article.id: r.triples for r in report.articles})
    write_outputs(report, hashes, cache_from=shards)
    report.seconds = time.perf_counter() - start
    return report


def write_outputs(report: BuildReport, hashes: dict[str, str], cache_from: list[Path] | None = None) -> None:
    out = report.out_dir
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        (tmp / "articles").mkdir()
        (tmp / manifest.CACHE).mkdir()
        merged: set[ox.Triple] = set()
        graphs: list[tuple[str, list[ox.Triple]]] = []
        entries = []
        for r in sorted(report.articles, key=lambda r: r.article.id):
            aid = r.article.id
            for old in cache_from or [out]:
                if keep_cache(old, tmp, aid, r.triples):
                    break
            else:
                (tmp / manifest.CACHE / f"{aid}.nt").write_bytes(ntriples(r.triples))
            entries.append(manifest.Entry(aid, hashes[aid], r.article.source, r.entities, r.facts, len(r.triples)))
            r.triples = apply_resolution(report.resolution, r.triples)  # the cache above keeps the unresolved form
            (tmp / "articles" / f"{aid}.ttl").write_bytes(oxi.turtle(r.triples))
            graphs.append((str(GRAPH[aid]), r.triples))
            merged.update(r.triples)
        (tmp / "dataset.trig").write_bytes(oxi.trig(
            ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name)) for name, ts in graphs for t in ts))
        (tmp / "graph.ttl").write_bytes(oxi.turtle(sorted(merged, key=oxi.triple_key)))
        (tmp / RESOLUTION).write_text(json.dumps(report.resolution.to_json(), indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
        (tmp / manifest.MANIFEST).write_bytes(manifest.dump(entries, report.validated))
        create_store(tmp / STORE_DIR, graphs, merged)
        swap_in(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def keep_cache(old: Path, new: Path, aid: str, triples: list[ox.Triple]) -> bool:
    """Link the article's extraction from an earlier build's cache into the new one when it holds
    the same content (a hard link, no copy); False when it cannot."""
    source = old / manifest.CACHE / f"{aid}.nt"
    try:
        if not source.is_file() or source.read_bytes() != ntriples(triples):
            return False
        os.link(source, new / manifest.CACHE / f"{aid}.nt")
        return True
    except OSError:
        return False  # another file system: the caller writes the file


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
