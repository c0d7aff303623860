"""Median latency of the competency questions (ontology/queries/*.rq): Oxigraph against rdflib,
and the first page of each listing against the whole of it.

Runs every question on two builds: the seed article, and a build of the synthetic corpus that has at
least a million triples (``--n`` generated articles, built without SHACL validation; or an existing
build given with ``--build``). Oxigraph answers from the build's store; rdflib answers from the same
triples (the store's default graph) loaded into an in-memory ``rdflib.Graph``. Each rdflib run is
in a forked child with a time limit, because some of its plans take minutes on a large graph.

On the corpus build it then times, as ``kg query`` asks them (checked, in the sandboxed query
process, the answer sent back as SPARQL JSON), each question's first page (``--limit 20``) against
its whole listing, with two listings of every fact's subject, predicate and object, one without ORDER
BY (the first page is cut from the lazy solutions) and one with it (the sort sees every row first).

    .venv/bin/python -m benchmarks.query                      # seed + a fresh 1,000-article build
    .venv/bin/python -m benchmarks.query --build /tmp/kgb/out --repeat 5
    .venv/bin/python -m benchmarks.query --build /tmp/kgb/out --no-rdflib   # Oxigraph and the pages only
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402
from rdflib import Graph  # noqa: E402

from benchmarks.corpus import generate  # noqa: E402
from kg.article import find_articles  # noqa: E402
from kg.build import build  # noqa: E402
from kg.store import QUERY_PREFIXES, limits_of, open_store, sandboxed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))


def oxigraph_median(store: ox.Store, text: str, repeat: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        result = store.query(text, prefixes=QUERY_PREFIXES)
        rows = len(list(result)) if not isinstance(result, ox.QueryBoolean) else 1
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, rows


def rdflib_graph(store: ox.Store) -> Graph:
    """The store's default graph (what Oxigraph queries) as an rdflib graph."""
    triples = (ox.Triple(q.subject, q.predicate, q.object)
               for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return Graph().parse(data=ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES), format="nt")


_GRAPH: Graph | None = None  # set in the parent before forking, so children share it


def _rdflib_child(text: str, repeat: int, conn) -> None:
    times, rows = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = len(list(_GRAPH.query(text, initNs=QUERY_PREFIXES)))
        times.append(time.perf_counter() - t)
    conn.send((statistics.median(times) * 1000, rows))


def rdflib_median(text: str, repeat: int, limit: float) -> tuple[float | None, int | None]:
    parent, child = mp.Pipe()
    proc = mp.get_context("fork").Process(target=_rdflib_child, args=(text, repeat, child))
    proc.start()
    if parent.poll(limit):
        out = parent.recv()
        proc.join()
        return out
    proc.kill()
    proc.join()
    return None, None


def bench(label: str, build_dir: Path, repeat: int, limit: float, with_rdflib: bool = True) -> None:
    global _GRAPH
    store = open_store(build_dir)
    if with_rdflib:
        t = time.perf_counter()
        _GRAPH = rdflib_graph(store)
        load = time.perf_counter() - t
        print(f"\n{label}: {len(_GRAPH):,} triples in the default graph (rdflib load {load:.1f} s)")
    else:
        print(f"\n{label}: {len(store):,} quads in the store (rdflib not run)")
    print(f"{'question':40} {'rows':>7} {'oxigraph ms':>12} {'rdflib ms':>12} {'ratio':>7}")
    ox_all, rl_all = [], []
    for path in QUERIES:
        text = path.read_text(encoding="utf-8")
        ox_ms, rows = oxigraph_median(store, text, repeat)
        rl_ms, rl_rows = rdflib_median(text, repeat, limit) if with_rdflib else (None, None)
        ox_all.append(ox_ms)
        if rl_ms is None:
            skipped = f"> {int(limit)} s" if with_rdflib else "-"
            print(f"{path.stem:40} {rows:>7} {ox_ms:>12.2f} {skipped:>12} {'':>7}")
            continue
        rl_all.append(rl_ms)
        flag = "" if rl_rows == rows else f"  (rdflib rows: {rl_rows})"
        print(f"{path.stem:40} {rows:>7} {ox_ms:>12.2f} {rl_ms:>12.2f} {rl_ms / max(ox_ms, 1e-6):>6.0f}x{flag}")
    print(f"{'median of the questions':40} {'':>7} {statistics.median(ox_all):>12.2f} "
          f"{statistics.median(rl_all) if rl_all else float('nan'):>12.2f}")


PAGE = 20  # the rows of a first page, as with kg query --limit 20
# Listings of every fact, from its evidence: tens of thousands of rows at 1,000 articles.
FACTS = "SELECT ?s ?p ?o WHERE { ?ev gk:factSubject ?s ; gk:factPredicate ?p ; gk:factObject ?o }"
LISTINGS = [("every fact, no ORDER BY", FACTS), ("every fact, ORDER BY ?s ?p ?o", FACTS + " ORDER BY ?s ?p ?o")]


def sandboxed_median(build_dir: Path, text: str, repeat: int, limit: int | None) -> tuple[float, int, bool]:
    """(median ms, rows, more follow) of the answer as kg query gets it, whole or its first page;
    without the time, memory and answer-size limits of an interactive query."""
    limits = limits_of(timeout=0, memory_mb=0, max_answer_mb=0)
    times, reply = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        reply = sandboxed(build_dir, text, limits, limit=limit)
        times.append(time.perf_counter() - t)
    rows = reply.count if limit is not None else len(json.loads(reply.body)["results"]["bindings"])
    return statistics.median(times) * 1000, rows, reply.more


def paging(label: str, build_dir: Path, repeat: int) -> None:
    """The time to the first page (--limit 20) of each listing against the time to its whole answer."""
    print(f"\n{label}: first page (--limit {PAGE}) against the whole listing, as kg query asks (median of {repeat})")
    print(f"{'listing':40} {'rows':>8} {'whole ms':>10} {'page ms':>9} {'whole/page':>11}")
    listings = [(path.stem, path.read_text(encoding="utf-8")) for path in QUERIES] + LISTINGS
    sandboxed(build_dir, "ASK {}")  # starts the query process, so neither column pays for it
    for name, text in listings:
        whole_ms, rows, _ = sandboxed_median(build_dir, text, repeat, None)
        page_ms, shown, more = sandboxed_median(build_dir, text, repeat, PAGE)
        assert shown == min(rows, PAGE) and more == (rows > PAGE), name
        print(f"{name:40} {rows:>8} {whole_ms:>10.1f} {page_ms:>9.1f} {whole_ms / max(page_ms, 1e-6):>10.1f}x")


def corpus_build(n: int) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="kg-query-bench-"))
    generate(n, folder / "corpus", 7)
    t = time.perf_counter()
    build(find_articles([folder / "corpus"]), folder / "build", check=False)
    print(f"built {n} generated articles in {time.perf_counter() - t:.0f} s -> {folder / 'build'}")
    return folder / "build"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, help="an existing large build (default: generate and build --n articles)")
    parser.add_argument("--n", type=int, default=1000, help="articles to generate when --build is not given")
    parser.add_argument("--repeat", type=int, default=5, help="runs per question (the median is printed)")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds allowed to rdflib per question")
    parser.add_argument("--no-rdflib", action="store_true", help="time Oxigraph and the pages only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "seed"
        build([ROOT / "seeds"], seed)
        bench("seed", seed, args.repeat, args.limit, not args.no_rdflib)
    corpus = args.build or corpus_build(args.n)
    bench("corpus", corpus, args.repeat, args.limit, not args.no_rdflib)
    paging("corpus", corpus, args.repeat)


if __name__ == "__main__":
    main()
