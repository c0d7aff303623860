"""Build a knowledge graph from articles: extract each, validate, and write the outputs atomically.

Outputs in the build folder: ``dataset.trig`` (one named graph per article), ``graph.ttl`` (the
article graphs one after another in one Turtle document), ``articles/<id>.ttl`` (each article's
graph on its own), ``store/`` (the Oxigraph SPARQL store of all of it, see :mod:`kg.store`),
``resolution.json`` (entities merged across articles, and short names left ambiguous, see
:mod:`kg.corpus`), and ``manifest.json`` with ``cache/`` (what incremental rebuilds reuse, see
:mod:`kg.manifest`). Every file but the store is byte-identical on rebuild; the store is a database
derived from them.

Memory does not grow with the corpus: an extraction goes to the cache as soon as it arrives, the
outputs are written one article at a time, and the store is bulk-loaded from the written files.

One article never takes the others down: an article longer than ``max_chars`` characters (default
1,000,000, spaCy's own limit), one whose extraction takes longer than ``article_timeout`` seconds
(default 60), and one whose extraction fails in any other way is left out with one
:class:`~kg.errors.ArticleSkipped` line naming it and the reason, and the rest is built.
"""

from __future__ import annotations

import errno
import glob
import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain, islice
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

try:
    import fcntl
except ImportError:  # not POSIX: builds take no locks
    fcntl = None  # type: ignore[assignment]

from . import explain_index, manifest, oxi
from .article import ARTICLE_TIMEOUT, MAX_CHARS, Article, safe_id
from .cluster import Cluster, connected
from .corpus import NamePool, Names, Resolution, names_of, relevant, resolve_names
from .corpus import apply as apply_resolution
from .dumps import Dumps
from .errors import ArticleSkipped, EmptyArticle, InputError, InputWarning, OutputError, ValidationError
from .extract import extract
from .rdf import to_lines
from .sources import read_inputs
from .entail import entailed_lines
from .store import STORE_DIR, about_entities, create_store, update_store, vocabulary_lines
from .validate import validate

RESOLUTION = "resolution.json"
INFERRED = "inferred.nt"



@dataclass
class ArticleResult:
    """One article's graph: ``triples`` in canonical order (Oxigraph terms, compact) and the rdflib
    ``graph`` that was validated (None when it was not)."""

    article: Article
    graph: Graph | None
    entities: int
    facts: int
    triples: list[ox.Triple] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the triples as N-Triples lines, same order


@dataclass(frozen=True)
class Extracted:
    """One article's extraction as a build keeps it; it pickles, so worker processes can send it."""

    article: Article
    entities: int
    facts: int
    turtle: bytes  # the article graph before cross-article resolution, canonical Turtle
    inferred: bytes  # what it entails (see kg.store.create_store), canonical N-Triples
    triples: int
    names: Names


@dataclass
class BuildReport:
    out_dir: Path
    articles: list[manifest.Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    extracted: int = 0  # articles extracted in this run; the others came from the previous build's cache
    problems: list[str] = field(default_factory=list)  # inputs that could not be read (files, JSON Lines lines)
    validated: bool = True  # every article graph was checked against the SHACL shapes
    resolution: Resolution = field(default_factory=Resolution)
    rewritten: int = 0  # article graphs written anew (the others are linked from the previous build)
    store_updated: bool = False  # the store was updated from the previous one instead of loaded from scratch
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage: extract, write, store
    quads_loaded: int = 0  # quads fed to a new store (0 when the previous one was updated)

    @property
    def triples(self) -> int:
        return sum(a.triples for a in self.articles)

    @property
    def facts(self) -> int:
        return sum(a.facts for a in self.articles)

    @property
    def entities(self) -> int:
        return sum(a.entities for a in self.articles)


def build_article(article: Article, check: bool = True) -> ArticleResult:
    """Extract one article into its RDF graph; raise :class:`ValidationError` if it breaks the shapes."""
    x = extract(article)
    lines = to_lines(x)
    triples = oxi.parse_lines(lines)
    g = None
    if check:
        g = oxi.rdflib_graph(triples)
        violations = validate(g)
        if violations:
            raise ValidationError(f"{article.source or article.id}: the graph does not conform to the SHACL shapes "
                                  f"({len(violations)} violations)", [str(v) for v in violations])
    written = {id(e) for f in x.facts for e in (f.subject, f.object)}
    entities = sum(1 for e in x.entities if id(e) in written or e.kind != "Place")
    return ArticleResult(article, g, entities, len(x.facts), triples, lines)


def extract_one(article: Article, check: bool) -> Extracted:
    """Extract an article and do the per-article work of the build (writing it and its entailments),
    so worker processes share it; resolution across articles seldom changes an article's graph."""
    r = build_article(article, check)
    return Extracted(article, r.entities, r.facts, oxi.turtle(r.triples), entailed_ntriples(r.lines), len(r.triples),
                     names_of(r.lines))


def cached(folder: Path, aid: str) -> tuple[Path, Path]:
    """An article's cached extraction in a build folder: its graph and what the graph entails.
    (Joined as text: pathlib's joins cost seconds over 10,000 articles in a rebuild.)"""
    base = f"{folder}{os.sep}{manifest.CACHE}{os.sep}{aid}"
    return Path(f"{base}.ttl"), Path(f"{base}.inferred.nt")


STOP = threading.Event()
"""Set by a signal handler (see ``kg.cli.stop_on_signals``) to stop a running build or merge at its
next step, as Ctrl-C does. A KeyboardInterrupt raised by the handler is not enough: one raised while
a C extension is being imported is printed as "Exception ignored" and lost (spaCy's first import
took a SIGTERM so and the build carried on to the end); the flag stays set."""


def stop_point() -> None:
    """Raise KeyboardInterrupt when :data:`STOP` is set: called between articles and before the
    new build is swapped in, so a lost interrupt still stops the build before it replaces anything."""
    if STOP.is_set():
        raise KeyboardInterrupt


class OverBudget(BaseException):
    """An article's time budget ran out. A BaseException, so no ``except Exception`` in the
    extractor can swallow it and carry on."""


def _expire(signum, frame) -> None:
    raise OverBudget


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`OverBudget` in the code under it when ``seconds`` pass (no budget: None or 0).

    An interval timer, so it works in worker processes and in this one alike, and interrupts any
    Python loop (the regular expression engine checks for signals too). Only the main thread may
    take signals: in another thread (a Dask worker runs its tasks in threads) a timer thread raises
    the exception there instead (:func:`thread_budget`); where there is no SIGALRM, there is no budget."""
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with thread_budget(seconds):
            yield
        return
    if not hasattr(signal, "setitimer"):
        yield
        return
    before = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


@contextmanager
def thread_budget(seconds: float) -> Iterator[None]:
    """:func:`time_budget` for a thread other than the main one: a timer raises :class:`OverBudget`
    in it through ``PyThreadState_SetAsyncExc``. That exception is raised at the thread's next
    Python instruction, so a long call into C (one regular expression match) is not cut short as a
    signal would cut it. The timer sets it only while the body runs, under a lock, and one set but
    not yet raised when the body ends is cleared: the thread (a Dask worker's, which runs other
    tasks next) never gets it later."""
    import ctypes

    target = ctypes.c_ulong(threading.get_ident())
    set_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    lock = threading.Lock()
    running = [True]

    def expire() -> None:
        with lock:
            if running[0]:
                set_exc(target, ctypes.py_object(OverBudget))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            running[0] = False
            set_exc(target, None)


@dataclass(frozen=True)
class Skipped:
    """An article left out, and why; it pickles, so it travels from a worker like an extraction."""

    article: Article
    reason: str

    def error(self) -> ArticleSkipped:
        return ArticleSkipped(self.reason, self.article.source or self.article.id)


def one_line_reason(error: BaseException, limit: int = 200) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:limit]}{'...' if len(text) > limit else ''}" if text else type(error).__name__


def _extract(job: tuple[Article, bool, float | None]) -> Extracted | Skipped | tuple[str, list[str]]:
    """One article, in a worker process or this one, under its time budget. A validation failure
    travels as its message and violations (it fails the build: the shapes are the contract); any
    other failure as a :class:`Skipped`, so the other articles are still built."""
    article, check, seconds = job
    try:
        with time_budget(seconds):
            return extract_one(article, check)
    except ValidationError as error:
        return str(error.message), error.violations
    except OverBudget:
        return Skipped(article, f"extraction took longer than the {seconds:g} s budget (--article-timeout); "
                                "left out")
    except Exception as error:  # a bug the article set off: name the article, build the rest
        return Skipped(article, f"extraction failed ({one_line_reason(error)}); left out")


def over_size(articles: list[Article], max_chars: int | None) -> tuple[list[Article], list[Skipped]]:
    """The articles within ``max_chars`` characters, and the others as :class:`Skipped`: text
    beyond spaCy's limit fails in the tokenizer, and extraction time grows with length."""
    if not max_chars:
        return articles, []
    kept = [a for a in articles if len(a.text) <= max_chars]
    return kept, [Skipped(a, f"article is {len(a.text):,} characters, over the {max_chars:,}-character budget "
                             "(--max-chars); split it or raise the budget")
                  for a in articles if len(a.text) > max_chars]


def allow_length(max_chars: int | None) -> None:
    """Let spaCy take texts up to ``max_chars`` when the budget is raised above its own limit
    (the pipeline is a blank tokenizer and sentencizer, without the models that limit is for)."""
    if max_chars and max_chars > MAX_CHARS:
        from .extract.nlp import pipeline

        nlp = pipeline()
        nlp.max_length = max(nlp.max_length, max_chars + 1)


def entailed_ntriples(nt_lines: Iterable[str]) -> bytes:
    """What an article graph (as N-Triples lines) entails about entities beyond it and the
    vocabulary, as sorted N-Triples: the cached form the store is loaded from. What it entails
    about the article, its sentences and its evidence nodes (that an evidence node is a
    prov:Entity ...) is left out: no question asks it, and it was most of the entailments."""
    return "".join(sorted(about_entities(entailed_lines(nt_lines) - vocabulary_lines()))).encode()


def parse_turtle(path: Path) -> list[ox.Triple]:
    with open(path, "rb") as f:
        return [q.triple for q in ox.parse(f, ox.RdfFormat.TURTLE)]


def prepare_worker(max_chars: int | None) -> None:
    """On a cluster's worker, before each article (cheap once done): the pipeline is made outside
    the article's time budget, and takes texts up to ``max_chars`` as the local workers forked from
    this process do (see :func:`allow_length`)."""
    from .extract.nlp import pipeline

    pipeline()
    allow_length(max_chars)


def _died(job: tuple[Article, bool, float | None], error: BaseException) -> Skipped:
    return Skipped(job[0], f"extraction killed its worker ({one_line_reason(error)}); left out")


def extract_all(articles: Iterable[Article], check: bool, jobs: int, done: Callable[[Article], None],
                seconds: float | None = ARTICLE_TIMEOUT, cluster: Cluster | None = None,
                max_chars: int | None = MAX_CHARS) -> Iterator[Extracted | Skipped]:
    """Extract articles, in order, with ``jobs`` worker processes (1: in this process) or on
    ``cluster``, each within ``seconds``; an article that fails or runs out of time (or, on a
    cluster, kills its worker) comes as a :class:`Skipped`. ``articles`` is read as the work goes
    (a window ahead of the results), so an iterator that lets go of each article keeps only that
    window's texts in memory."""
    work = ((a, check, seconds) for a in articles)
    items = (in_workers(_extract, work, jobs) if cluster is None
             else cluster.map(_extract, work, setup=partial(prepare_worker, max_chars), failed=_died))
    for item in items:
        stop_point()
        if isinstance(item, tuple):
            raise ValidationError(*item)
        done(item.article)
        yield item


def taken(items: list) -> Iterator:
    """The items of ``items``, each let go of by the list as it is handed on: the list empties
    as the iteration goes (an article's text is freed once its extraction is done with it)."""
    items.reverse()
    while items:
        yield items.pop()


def in_shard(article_id: str, shard: tuple[int, int] | None) -> bool:
    """Shard I of N holds the articles whose id hashes to I-1 modulo N: stable across machines."""
    if shard is None:
        return True
    i, n = shard
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % n == i - 1


def build(inputs: Iterable[Path], out_dir: Path, check: bool = True,
          progress: Callable[[Path], None] | None = None, jobs: int = 1,
          shard: tuple[int, int] | None = None, started: Callable[[int], None] | None = None,
          max_chars: int | None = MAX_CHARS, article_timeout: float | None = ARTICLE_TIMEOUT,
          waiting: Callable[[], None] | None = None, wait: bool = True, scheduler: str | None = None) -> BuildReport:
    """Build every article under ``inputs`` into ``out_dir``, as the only build writing it: while
    another build or merge writes there, this one calls ``waiting`` and waits for it to finish
    (with ``wait`` False, it fails with :class:`OutputError` instead); see :func:`one_writer`.

    With ``scheduler`` (a Dask scheduler's address, tcp://HOST:PORT) the per-article work runs on
    that cluster instead of ``jobs`` local processes, with the same output (see :mod:`kg.cluster`);
    the cluster is reached and checked before anything else, so when it cannot be, nothing is touched."""
    with connected(scheduler) as cluster, one_writer(out_dir, waiting, wait):
        return _build(inputs, out_dir, check, progress, jobs, shard, started, max_chars, article_timeout, cluster)


def _build(inputs: Iterable[Path], out_dir: Path, check: bool = True,
           progress: Callable[[Path], None] | None = None, jobs: int = 1,
           shard: tuple[int, int] | None = None, started: Callable[[int], None] | None = None,
           max_chars: int | None = MAX_CHARS, article_timeout: float | None = ARTICLE_TIMEOUT,
           cluster: Cluster | None = None) -> BuildReport:
    """Build every article under ``inputs`` into ``out_dir``. Nothing in ``out_dir`` changes unless
    the whole build succeeds; an article with no entities is built (empty) with a warning. Inputs
    that cannot be read are listed in ``report.problems`` and the rest is built; when nothing can be
    read, the first problem is raised. So are articles over ``max_chars`` characters, and those
    whose extraction fails or takes longer than ``article_timeout`` seconds (None or 0: no budget).

    Articles whose content is unchanged since the previous build in ``out_dir`` are not extracted
    again, and their outputs are linked rather than written (see :mod:`kg.manifest`); the output is
    the same as a build from scratch."""
    start = time.perf_counter()
    check_out(out_dir)
    articles, problems = read_inputs(list(inputs))
    articles, too_long = over_size(articles, max_chars)
    problems += [s.error() for s in too_long]
    if not articles and problems:
        raise next((p for p in problems if not isinstance(p, InputWarning)), problems[0])
    allow_length(max_chars)
    articles = [a for a in articles if in_shard(a.id, shard)]
    if started:
        started(len(articles))
    counts = Counter(a.id for a in articles)
    dupes = sorted(i for i, n in counts.items() if n > 1)
    if dupes:
        raise InputError(f"two input files give the same article id {dupes[0]!r}; rename one")
    pool = NamePool()
    previous = manifest.load(out_dir, validated=check, pool=pool)
    report = BuildReport(out_dir, problems=[str(p) for p in problems], validated=check)
    with writing(out_dir), staging(out_dir) as tmp:
        cache = tmp / manifest.CACHE
        cache.mkdir()
        entries: dict[str, manifest.Entry] = {}
        fresh = []
        hashes = {a.id: manifest.content_hash(a) for a in articles}
        for a in articles:
            old = previous.get(a.id)
            if old and old.sha256 == hashes[a.id] and all(map(link, cached(out_dir, a.id), cached(tmp, a.id))):
                entries[a.id] = old if old.source == a.source else replace(old, source=a.source, line="")
                if progress:
                    progress(Path(a.source or a.id))
            else:
                fresh.append(a)
        report.extracted = len(fresh)
        fresh_ids = {a.id for a in fresh}
        order = [a.id for a in articles]
        del articles  # from here each article's text goes once it is extracted (see taken)
        skipped: list[Skipped] = []
        for x in extract_all(taken(fresh), check, jobs, lambda a: progress(Path(a.source or a.id)) if progress else None,
                             article_timeout, cluster, max_chars):
            if isinstance(x, Skipped):
                skipped.append(x)
                report.problems.append(str(x.error()))
                report.extracted -= 1
                continue
            graph, entailed = cached(tmp, x.article.id)
            for path, data in ((graph, x.turtle), (entailed, x.inferred)):
                path.unlink(missing_ok=True)  # it may be a link to the previous build's file: never write through it
                path.write_bytes(data)
            entries[x.article.id] = manifest.Entry(x.article.id, hashes[x.article.id], x.article.source,
                                                   x.entities, x.facts, x.triples, pool(x.names))
        report.timings["extract"] = time.perf_counter() - start
        report.articles = [entries[aid] for aid in order if aid in entries]
        if skipped and not report.articles:  # as when no input can be read: the build fails, saying why
            raise skipped[0].error()
        report.warnings.extend(report.problems)
        report.warnings.extend(str(EmptyArticle("no entities found; its named graph is empty", e.source or e.id))
                               for e in report.articles if e.entities == 0)
        report.resolution = resolve_names({e.id: e.names for e in report.articles})
        stop_point()
        write_outputs(tmp, report, out_dir if previous else None, {e.id for e in report.articles} - fresh_ids, jobs,
                      cluster)
        stop_point()
        report.warnings.extend(swap_in(tmp, out_dir))
    report.seconds = time.perf_counter() - start
    report.timings["write"] = report.seconds - report.timings["extract"] - report.timings["store"]
    return report


def merge(shards: list[Path], out_dir: Path, waiting: Callable[[], None] | None = None,
          wait: bool = True, scheduler: str | None = None) -> BuildReport:
    """One build from the outputs of ``kg build --shard I/N`` runs: the same bytes as building every
    article at once, because each shard keeps its articles' extractions (``cache/``) and the
    corpus-wide steps (resolution, merged graph, store) run here over all of them. Waits for any
    other build writing ``out_dir``, as :func:`build` does; with ``scheduler``, the article graphs
    that resolution changes are rewritten on that Dask cluster."""
    with connected(scheduler) as cluster, one_writer(out_dir, waiting, wait):
        return _merge(shards, out_dir, cluster)


def _merge(shards: list[Path], out_dir: Path, cluster: Cluster | None = None) -> BuildReport:
    start = time.perf_counter()
    check_out(out_dir)
    report = BuildReport(out_dir, validated=all(manifest.was_validated(f) for f in shards))
    pool = NamePool()
    with writing(out_dir), staging(out_dir) as tmp:
        (tmp / manifest.CACHE).mkdir()
        seen: set[str] = set()
        for folder in shards:
            if not (folder / manifest.MANIFEST).is_file():
                raise InputError("not a build folder (no manifest.json); run `kg build --shard I/N` first", str(folder))
            entries = manifest.load(folder, pool=pool)
            if not entries and json.loads((folder / manifest.MANIFEST).read_text(encoding="utf-8"))["articles"]:
                raise InputError("this shard was built by another version of garment-kg; build it again", str(folder))
            for aid, e in entries.items():
                if safe_id(aid) != aid:  # an id names files and IRIs: one garment-kg did not write is refused
                    raise InputError(f"article id {aid!r} in manifest.json is not one garment-kg writes; "
                                     "the shard was edited or damaged: build it again", str(folder))
                if aid in seen:
                    raise InputError(f"article {aid!r} is in two shards", str(folder))
                seen.add(aid)
                for source, target in zip(cached(folder, aid), cached(tmp, aid), strict=True):
                    if not link(source, target):
                        shutil.copyfile(source, target)
                report.articles.append(e)
        report.articles.sort(key=lambda e: e.id)
        report.resolution = resolve_names({e.id: e.names for e in report.articles})
        write_outputs(tmp, report, None, set(), cluster=cluster)
        stop_point()
        report.warnings.extend(swap_in(tmp, out_dir))
    report.seconds = time.perf_counter() - start
    return report


# An incremental build updates the previous store when at most this share of the article graphs
# changed; beyond it, loading a new store is quicker than the updates.
UPDATE_SHARE = 0.05
UPDATE_MIN = 50


def resolve_graph(job: tuple[bytes, dict[str, tuple[str, str]], bool]) -> tuple[bytes, bytes]:
    """An article graph (canonical Turtle) with the resolution's ``mapping`` applied, and what it
    entails when asked (else b"")."""
    turtle, mapping, entails = job
    triples = apply_resolution(Resolution.of(mapping), [q.triple for q in ox.parse(turtle, ox.RdfFormat.TURTLE)])
    return oxi.turtle(triples), entailed_ntriples(f"{t} .\n" for t in triples) if entails else b""


def resolve_article(job: tuple[str, Path, Path, dict[str, tuple[str, str]], bool]) -> bytes:
    """Write an article graph with the resolution's ``mapping`` applied; what it entails, when asked."""
    _, source, target, mapping, entails = job
    turtle, entailed = resolve_graph((source.read_bytes(), mapping, entails))
    target.write_bytes(turtle)
    return entailed


def resolved(work: list[tuple[str, Path, Path, dict[str, tuple[str, str]], bool]], jobs: int,
             cluster: Cluster | None) -> Iterator[bytes]:
    """:func:`resolve_article` over ``work``, in order: in ``jobs`` local processes, which write
    the graphs themselves, or on ``cluster``, whose workers may be on other machines and see no
    file of this one: there each graph travels as bytes and comes back to be written here."""
    if cluster is None:
        yield from in_workers(resolve_article, work, jobs)
        return
    graphs = cluster.map(resolve_graph, ((source.read_bytes(), mapping, entails)  # read as the window moves
                                         for _, source, _, mapping, entails in work))
    with closing(graphs):
        for (_, _, target, _, _), (turtle, entailed) in zip(work, graphs, strict=True):
            target.write_bytes(turtle)
            yield entailed


BATCH = 4  # jobs sent to a worker at once (fewer round trips)
AHEAD = 16  # batches sent ahead of the result being waited for, per worker


def in_workers(fn: Callable, jobs_in: Iterable, jobs: int) -> Iterator:
    """``fn`` over ``jobs_in``, in order, with ``jobs`` worker processes (1: in this process).
    The jobs are read a window ahead of the results (``jobs`` x :data:`AHEAD` batches of
    :data:`BATCH`), not all at once as ``Executor.map`` reads them: the memory of the jobs in
    flight stays the same whatever their number (10,000 articles' texts held at once were 51 MB)."""
    jobs_in = iter(jobs_in)
    first = list(islice(jobs_in, 2))
    if jobs <= 1 or len(first) < 2:
        yield from map(fn, chain(first, jobs_in))
        return
    source = chain(first, jobs_in)
    batches = iter(lambda: list(islice(source, BATCH)), [])
    pool = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=die_with_parent, initargs=(os.getpid(),))
    try:
        flight = deque(pool.submit(_each, fn, b) for b in islice(batches, jobs * AHEAD))
        while flight:
            done = flight.popleft().result()
            flight.extend(pool.submit(_each, fn, b) for b in islice(batches, 1))
            yield from done
    finally:  # on a failure or Ctrl-C, drop the queued work instead of waiting for it
        pool.shutdown(wait=True, cancel_futures=True)


def _each(fn: Callable, batch: list) -> list:
    return [fn(job) for job in batch]


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int) -> None:
    """In a worker process: end when the build process does, even when it is killed outright
    (SIGKILL runs no clean-up). A worker left behind would hold the build's lock, whose file it
    inherited, so no later build could tell the staging folder was abandoned. Linux delivers a
    signal when the parent dies; elsewhere a thread watches the parent's pid."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # the parent died before the call: no signal will come
                os._exit(1)
            return
    except (OSError, AttributeError):  # not Linux
        pass
    threading.Thread(target=_watch_parent, args=(parent,), name="kg-parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _context():
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def write_outputs(tmp: Path, report: BuildReport, previous: Path | None, unchanged: set[str], jobs: int = 1,
                  cluster: Cluster | None = None) -> None:
    """Write the outputs into ``tmp`` from the cached extractions there. An article graph that
    resolution does not touch is its cached Turtle (linked, not copied). An article in ``unchanged``
    (same extraction as in the build at ``previous``) whose part of the resolution is also the same
    has the same graph as there: it is linked from there, and the previous store is updated with
    the graphs that changed, when few did."""
    resolution = report.resolution
    old_merged = old_resolution(previous) if previous else Resolution()
    update = (previous is not None and (previous / STORE_DIR / "CURRENT").is_file()
              and len(report.articles) - len(unchanged) <= max(UPDATE_MIN, UPDATE_SHARE * len(report.articles)))
    changed: dict[str, list[ox.Triple]] = {}  # an article graph that changed or came: its new triples
    was: dict[str, list[ox.Triple]] = {}  # one that changed or went: its previous triples
    (tmp / "articles").mkdir()
    plan = []  # each article, the part of the resolution that changes it, and whether it is as before
    for e in sorted(report.articles, key=lambda e: e.id):
        mapping = relevant(resolution, e.names.iris)
        same = (previous is not None and e.id in unchanged
                and mapping == relevant(old_merged, e.names.iris))
        plan.append((e, mapping, same))
    # graphs that resolution changes are written by worker processes; an unchanged one kept by the store is linked
    work = [(e.id, cached(tmp, e.id)[0], tmp / "articles" / f"{e.id}.ttl", mapping, not update)
            for e, mapping, same in plan if mapping and not (same and update)]
    work_ids = {job[0] for job in work}
    inferred_all = tmp / INFERRED  # every article's entailments, to load a new store; not kept
    with (Dumps(tmp, previous) as dumps, open(inferred_all, "wb") as entailed,
          closing(resolved(work, jobs, cluster)) as graphs):
        for e, mapping, same in plan:
            target = tmp / "articles" / f"{e.id}.ttl"
            graph, graph_entails = cached(tmp, e.id)
            if not mapping:
                link(graph, target) or shutil.copyfile(graph, target)
                if not update:
                    entailed.write(graph_entails.read_bytes())
            elif e.id in work_ids:
                entailed.write(next(graphs))
            else:  # resolved as in the previous build, whose store keeps this graph
                old = previous / "articles" / f"{e.id}.ttl"
                link(old, target) or shutil.copyfile(old, target)
            if not same:
                report.rewritten += 1
                if update:
                    changed[e.id] = parse_turtle(target)
                    old = previous / "articles" / f"{e.id}.ttl"
                    if old.is_file():
                        was[e.id] = parse_turtle(old)
            if not (same and dumps.copy(e.id)):
                dumps.add(e.id, oxi.without_prefixes(target.read_bytes()))
    (tmp / RESOLUTION).write_text(json.dumps(resolution.to_json(), indent=1, ensure_ascii=False) + "\n",
                                  encoding="utf-8")
    (tmp / manifest.MANIFEST).write_bytes(manifest.dump(report.articles, report.validated))
    started = time.perf_counter()
    if update:
        ids = {e.id for e in report.articles}
        for name in sorted(os.listdir(previous / "articles")):
            if name.endswith(".ttl") and name[:-4] not in ids:  # an article that went
                was[name[:-4]] = parse_turtle(previous / "articles" / name)
        update_store(previous / STORE_DIR, tmp / STORE_DIR, was, changed)
        report.store_updated = True
    else:
        graphs = [tmp / "articles" / f"{e.id}.ttl" for e, _, _ in plan]
        index = tmp / explain_index.INDEX_FILE
        with in_background(explain_index.write, index, graphs):
            report.quads_loaded = create_store(tmp / STORE_DIR, graphs, inferred_all)
        os.replace(index, tmp / STORE_DIR / explain_index.INDEX_FILE)
    inferred_all.unlink()
    report.timings["store"] = time.perf_counter() - started


@contextmanager
def in_background(fn: Callable, *args) -> Iterator[None]:
    """``fn(*args)`` in another process while the block runs; its exception, if any, is raised
    after the block. When the block fails, the process is stopped at once."""
    pool = _context().Pool(1, initializer=die_with_parent, initargs=(os.getpid(),))
    try:
        result = pool.apply_async(fn, args)
        yield
        result.get()
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


def old_resolution(build_dir: Path) -> Resolution:
    """The merges (and canonical labels) of a previous build; none when its file cannot be read."""
    try:
        data = json.loads((build_dir / RESOLUTION).read_text(encoding="utf-8"))
        return Resolution(merged=data["merged"], labels=data["labels"])
    except (OSError, ValueError, KeyError, TypeError):
        return Resolution()


def link(source: Path, target: Path) -> bool:
    """Hard-link an earlier build's file into the new one (no copy); False when it cannot."""
    try:
        os.link(source, target)
        return True
    except OSError:
        return False  # missing, or another file system: the caller writes the file


_LOCK = ".lock"  # beside a staging folder, held while its build runs


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A new folder beside ``out`` to write a build into; removed unless it was swapped in.

    A build holds a lock on ``<folder>.lock`` while it runs, so the next build can tell the staging
    folder of a killed one (SIGKILL, a power cut: no clean-up ran) from that of a build still
    running, and removes only the former."""
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(out)
    held = _hold_signals()  # a SIGTERM between making the lock and the try below would leave it behind
    try:
        fd, lock_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=_LOCK, dir=out.parent)
    except BaseException:
        _release_signals(held)
        raise
    lock = Path(lock_name)
    tmp = lock.with_name(lock.name[: -len(_LOCK)])
    try:
        _release_signals(held)  # (a signal that came meanwhile is handled here, inside the try)
        _hold(fd)
        tmp.mkdir()
        yield tmp
    finally:
        for _ in range(3):  # a store still open under an interrupted write can add a file mid-removal
            if not tmp.exists():
                break
            shutil.rmtree(tmp, ignore_errors=True)
            if tmp.exists():
                time.sleep(0.05)
        lock.unlink(missing_ok=True)
        os.close(fd)


def _hold_signals() -> object:
    """Hold SIGINT and SIGTERM back (where the system can, in the main thread); the mask to restore."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})


def _release_signals(before: object) -> None:
    if before is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _hold(fd: int) -> bool:
    """Take the lock on an open lock file without waiting; False when another process holds it.
    (Where there is no fcntl, locks are not taken and stale folders are left alone.)"""
    try:
        import fcntl
    except ImportError:  # not POSIX
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


_WRITER = ".build-lock"  # beside a build folder, held by the build writing it


@contextmanager
def one_writer(out: Path, waiting: Callable[[], None] | None = None, wait: bool = True) -> Iterator[None]:
    """Hold the build folder ``out`` for one build or merge at a time. Two builds into one folder
    would each read the previous build, write a staging folder and swap it in, and the second
    swap would replace the first build while it was being carried over (six at once ended half
    in tracebacks). The lock is ``.<name>.build-lock`` beside the folder (the folder itself is
    swapped, so it cannot hold a lock). A build that finds it held calls ``waiting`` once and
    waits; with ``wait`` False it fails in one line. A killed build's lock goes with its process
    (and its workers, see :func:`die_with_parent`)."""
    path = out.parent / f".{out.name}{_WRITER}"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = _take(path, out, waiting, wait)
    except OSError as err:
        raise OutputError(f"cannot write the build ({err.strerror or err}); the previous build, if any, is "
                          "unchanged: check the folder's permissions and free space", str(out)) from None
    try:
        yield
    finally:
        try:
            path.unlink()  # while it is held: the next build sees the file gone and makes its own (see _take)
        except OSError:
            pass
        os.close(fd)


def _take(path: Path, out: Path, waiting: Callable[[], None] | None, wait: bool) -> int:
    """Open and lock ``path``, waiting for its holder when ``wait``; the open descriptor. A holder
    removes the file before it lets go, so a build that was waiting on the removed file finds
    another name there (or none) and locks the file at the name instead: otherwise it and a build
    arriving later, which made a new file, would both hold "the" lock."""
    told = False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            if fcntl is None:  # not POSIX: no lock is taken
                return fd
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    raise OutputError("another build is writing this folder; nothing was done: try again when "
                                      "it has finished, or build without --no-wait to wait for it", str(out)) from None
                if waiting is not None and not told:
                    waiting()
                    told = True
                fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                if os.path.samestat(os.fstat(fd), os.stat(path)):
                    return fd
            except FileNotFoundError:
                pass
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)


def remove_stale_staging(out: Path) -> list[Path]:
    """Remove the staging folders beside ``out`` left by builds that were killed; returns them."""
    removed = []
    for lock in sorted(out.parent.glob(f".{glob.escape(out.name)}.*{_LOCK}")):
        folder = lock.with_name(lock.name[: -len(_LOCK)])
        try:
            fd = os.open(lock, os.O_RDWR)
        except OSError:
            continue
        try:
            if not _hold(fd):
                continue  # a build is running there
            shutil.rmtree(folder, ignore_errors=True)
            lock.unlink(missing_ok=True)
            removed.append(folder)
        finally:
            os.close(fd)
    return removed


def check_out(out: Path) -> None:
    """Refuse, before any work, a build folder that a build would clobber: a file, or a folder
    that holds files but no build (a build replaces its folder, and the user's files would go)."""
    if out.exists() and not out.is_dir():
        raise OutputError("exists and is not a folder; give a folder for the build", str(out))
    try:
        foreign = out.is_dir() and not (out / manifest.MANIFEST).is_file() and any(out.iterdir())
    except OSError as err:
        raise OutputError(f"cannot read the build folder ({err.strerror or err})", str(out)) from None
    if foreign:
        raise OutputError("folder is not empty and holds no build (no manifest.json); nothing was written: "
                          "give a new or empty folder", str(out))


@contextmanager
def writing(out: Path) -> Iterator[None]:
    """A failure to write the build (no permission, disk full, a read-only file system) as one
    line; the staging folder goes and the previous build stays as it was."""
    try:
        yield
    except OSError as err:
        raise OutputError(f"cannot write the build ({err.strerror or err}); the previous build, if any, is "
                          "unchanged: check the folder's permissions and free space", str(out)) from None


# Files that other commands write into a build folder, and the command that brings each up to date.
DERIVED = {"graph.html": "kg viz", "analysis.trig": "kg analyze --write"}


def carry_over(old: Path, new: Path) -> list[str]:
    """Hard-link into ``new`` what the build ``old`` holds and ``new`` does not (``kg viz``'s page,
    ``kg analyze --write``'s graph, anything a user put there), so replacing a build loses no
    file; a warning for each derived file, which is now out of date."""
    warnings = []
    made = set(os.listdir(new))
    for name in sorted(set(os.listdir(old)) - made):
        source, target = old / name, new / name
        if source.is_dir() and not source.is_symlink():
            shutil.copytree(source, target, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(source, target)
        if name in DERIVED:
            warnings.append(f"{old / name} is kept from the previous build; run "
                            f"`{DERIVED[name]}` to bring it up to date")
    return warnings


def _link_or_copy(source: str | Path, target: str | Path) -> None:
    if os.path.islink(source):
        os.symlink(os.readlink(source), target)
    elif not link(Path(source), Path(target)):
        shutil.copy2(source, target)


def swap_in(new: Path, out: Path) -> list[str]:
    """Replace ``out`` by ``new`` so that a reader sees the old build or the new one, never none:
    the two folders are exchanged in one step (:func:`exchange`), and the old one, now at the
    staging name, is removed. What only the old build holds is carried over first (see
    :func:`carry_over`). Returns its warnings."""
    if out.exists() and not out.is_dir():
        raise OutputError("exists and is not a folder; give a folder for the build", str(out))
    warnings = carry_over(out, new) if out.is_dir() else []
    if out.is_dir() and exchange(new, out):
        shutil.rmtree(new, ignore_errors=True)  # the previous build, now at the staging name
        return warnings
    # where the two cannot be exchanged in one step, two renames: for a moment there is no build
    old = out.with_name(f".{out.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        os.replace(out, old)
    os.replace(new, out)
    if old.exists():
        shutil.rmtree(old)
    return warnings


RENAME_EXCHANGE = 2  # from <linux/fs.h>
AT_FDCWD = -100


def exchange(a: Path, b: Path) -> bool:
    """Exchange two existing paths in one step: ``renameat2(..., RENAME_EXCHANGE)`` (Linux 3.15,
    glibc 2.28), through ctypes since Python's os module has no call for it. False where the system
    or the file system cannot, and the caller renames twice. Renaming the old build away and the new
    one in left a moment without ``manifest.json`` (a reader polling saw it missing 2,356 times); a
    symlink swapped by rename would also be atomic, but it changes what the build folder is (a link
    to a versioned folder) for every user, script and copy of it."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # an older kernel, or a file system without exchange
    raise OSError(code, os.strerror(code), str(b))
