"""Benchmark the knowledge-graph build on a synthetic corpus.

Generates ``--n`` articles with :mod:`benchmarks.corpus`, builds them with :func:`kg.build.build`,
and prints the corpus size, build time, throughput, triples, facts and peak memory; then times
``build_article`` with and without SHACL validation over a sample to split extraction from
validation, and (with ``--profile N``) lists where the time goes.

    .venv/bin/python -m benchmarks.build --n 1000
    .venv/bin/python -m benchmarks.build --n 200 --keep /tmp/kg-bench --profile 20
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python benchmarks/build.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import generate  # noqa: E402
from kg.article import find_articles, read_article  # noqa: E402
from kg.build import build, build_article  # noqa: E402
from kg.errors import ValidationError  # noqa: E402


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size so far of this process (or of its largest finished child, with
    RUSAGE_CHILDREN): ru_maxrss is KiB on Linux, bytes on macOS."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def corpus(folder: Path, n: int, seed: int) -> tuple[list[Path], float, bool]:
    """The corpus in ``folder``: reused when its stamp says it was made with the same n and seed."""
    stamp = folder / "corpus.json"
    want = {"n": n, "seed": seed}
    if stamp.is_file() and json.loads(stamp.read_text()) == want:
        paths = sorted(folder.glob("*.txt"))
        if len(paths) == n:
            return paths, 0.0, True
    if folder.exists():
        for old in folder.glob("*.txt"):
            old.unlink()
    t = time.perf_counter()
    paths = generate(n, folder, seed)
    seconds = time.perf_counter() - t
    stamp.write_text(json.dumps(want))
    return paths, seconds, False


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / (1024 * 1024)


def time_articles(articles, check: bool) -> float:
    t = time.perf_counter()
    for a in articles:
        build_article(a, check=check)
    return time.perf_counter() - t


def table(rows: list[tuple[str, str]], title: str) -> None:
    width = max(len(k) for k, _ in rows)
    vwidth = max(len(v) for _, v in rows)
    print(f"\n{title}")
    print("-" * (width + vwidth + 3))
    for k, v in rows:
        print(f"{k:<{width}}   {v:>{vwidth}}")


def profile(articles, top: int = 15) -> None:
    prof = cProfile.Profile()
    prof.enable()
    for a in articles:
        build_article(a, check=True)
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    entries = sorted(stats.stats.items(), key=lambda kv: kv[1][3], reverse=True)[:top]
    print(f"\ncProfile of build_article(check=True) over {len(articles)} articles "
          f"({total:.2f} s profiled), top {top} by cumulative time")
    print(f"{'cumtime s':>10} {'cum %':>6} {'tottime s':>10} {'calls':>10}  function")
    for (file, line, name), (cc, nc, tt, ct, _callers) in entries:
        where = Path(file).name if file != "~" else ""
        parts = Path(file).parts
        for anchor in ("site-packages", "kg", "lib"):
            if anchor in parts:
                where = "/".join(parts[parts.index(anchor) + (1 if anchor != "kg" else 0):])
                break
        label = f"{where}:{line}({name})" if where else name
        print(f"{ct:>10.2f} {100 * ct / total:>5.1f}% {tt:>10.2f} {nc:>10}  {label}")


def incremental(corpus_dir: Path, out: Path, check: bool, jobs: int) -> list[tuple[str, str]]:
    """Time a rebuild after one article changes (then restore it), a rebuild with nothing changed,
    and creating the SPARQL store alone from the build's dataset."""
    import pyoxigraph as ox

    from kg.store import create_store

    first = sorted(corpus_dir.glob("*.txt"))[0]
    original = first.read_bytes()
    first.write_bytes(original + b"\nThe organizers said the event would be held again next year.\n")
    try:
        t = time.perf_counter()
        changed = build([corpus_dir], out, check=check, jobs=jobs)
        one = time.perf_counter() - t
    finally:
        first.write_bytes(original)
    t = time.perf_counter()
    build([corpus_dir], out, check=check, jobs=jobs)
    restore = time.perf_counter() - t
    t = time.perf_counter()
    build([corpus_dir], out, check=check, jobs=jobs)
    nothing = time.perf_counter() - t
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        # the build's own inputs of a store load: the article graphs and every article's inferred triples
        inferred = Path(tmp) / "inferred.nt"
        with inferred.open("wb") as sink:
            for part in sorted((out / "cache").glob("*.inferred.nt")):
                sink.write(part.read_bytes())
        t = time.perf_counter()
        create_store(Path(tmp) / "store", sorted((out / "articles").glob("*.ttl")), inferred)
        store_s = time.perf_counter() - t
    return [("rebuild after changing one article (s)", f"{one:,.1f}"),
            ("  articles extracted in it", f"{changed.extracted}"),
            ("rebuild after restoring it (s)", f"{restore:,.1f}"),
            ("rebuild with nothing changed (s)", f"{nothing:,.1f}"),
            ("store load (create_store, s)", f"{store_s:,.1f}"),
            ("quads in the article graphs", f"{sum(1 for _ in ox.parse(path=str(out / 'dataset.trig'))):,}")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark the garment-kg build on a synthetic corpus.")
    ap.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--keep", type=Path, default=None,
                    help="keep the corpus (KEEP/corpus, reused when n and seed match) and the build (KEEP/out)")
    ap.add_argument("--no-validate", action="store_true", help="build without SHACL validation")
    ap.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    ap.add_argument("--sample", type=int, default=100,
                    help="articles timed with and without validation (default 100)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for extraction (default 1)")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also cProfile build_article(check=True) over N articles and list the top 15")
    args = ap.parse_args(argv)

    tmp = None
    if args.keep is None:
        tmp = tempfile.TemporaryDirectory(prefix="kg-bench-")
        root = Path(tmp.name)
    else:
        root = args.keep
    root.mkdir(parents=True, exist_ok=True)
    try:
        paths, gen_s, reused = corpus(root / "corpus", args.n, args.seed)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        print(f"corpus: {len(paths)} articles, {words:,} words in {root / 'corpus'}"
              f" ({'reused' if reused else f'generated in {gen_s:.1f} s'})")
        rss_before = peak_rss_mb()

        check = not args.no_validate
        out = root / "out"
        done: list[float] = []
        print(f"building {len(paths)} articles ({'with' if check else 'without'} SHACL validation) ...", flush=True)
        start = time.perf_counter()
        try:
            report = build([root / "corpus"], out, check=check, jobs=args.jobs,
                           progress=lambda _p: done.append(time.perf_counter()))
        except ValidationError as err:
            failed = len(done)
            print(f"\nthe build stopped at article {failed + 1} of {len(paths)}: {err}")
            for v in err.violations[:10]:
                print(f"  {v}")
            print("rebuilding without validation so the figures below are still measured (validation: FAILED)")
            check = False
            done.clear()
            start = time.perf_counter()
            report = build([root / "corpus"], out, check=False, jobs=args.jobs,
                           progress=lambda _p: done.append(time.perf_counter()))
        wall = time.perf_counter() - start
        rss_build = peak_rss_mb()
        per_article = (done[-1] - start) if done else wall
        write_s = wall - per_article

        rows = [
            ("articles", f"{len(report.articles):,}"),
            ("words", f"{words:,}"),
            ("validation", "on" if check else "off"),
            ("jobs", f"{args.jobs}"),
            ("build time (s)", f"{report.seconds:,.1f}"),
            ("  extract+validate (s)" if check else "  extract (s)", f"{per_article:,.1f}"),
            ("  write outputs (s)", f"{write_s:,.1f}"),
            ("articles / s", f"{len(report.articles) / report.seconds:,.2f}"),
            ("words / s", f"{words / report.seconds:,.0f}"),
            ("ms / article", f"{1000 * report.seconds / len(report.articles):,.0f}"),
            ("triples", f"{report.triples:,}"),
            ("facts", f"{report.facts:,}"),
            ("entities", f"{report.entities:,}"),
            ("warnings", f"{len(report.warnings):,}"),
            ("output size (MB)", f"{folder_mb(out):,.1f}"),
            ("peak RSS before build (MB)", f"{rss_before:,.0f}"),
            ("peak RSS after build (MB)", f"{rss_build:,.0f}"),
            ("peak RSS of a worker (MB)", f"{peak_rss_mb(resource.RUSAGE_CHILDREN):,.0f}" if args.jobs > 1 else "-"),
        ]
        table(rows, "build")
        table(incremental(root / "corpus", out, check, args.jobs), "incremental rebuild and store")

        k = min(args.sample, len(paths))
        sample = [read_article(p) for p in find_articles([root / "corpus"])[:k]]
        t_extract = time_articles(sample, check=False)
        split_note = ""
        try:
            t_full = time_articles(sample, check=True)
        except ValidationError as err:
            t_full, split_note = float("nan"), f" (a sample article fails validation: {err})"
        t_valid = t_full - t_extract
        rows = [
            ("sample articles", f"{k}"),
            ("extract, check=False (s)", f"{t_extract:,.2f}"),
            ("extract+validate, check=True (s)", f"{t_full:,.2f}"),
            ("validation alone (s)", f"{t_valid:,.2f}"),
            ("extract ms / article", f"{1000 * t_extract / k:,.0f}"),
            ("validate ms / article", f"{1000 * t_valid / k:,.0f}"),
            ("validation share of check=True", f"{100 * t_valid / t_full:.0f}%"),
        ]
        table(rows, f"validation vs extraction (build_article over the first {k} articles){split_note}")
        if args.profile:
            profile(sample[:args.profile] if args.profile <= k else
                    [read_article(p) for p in find_articles([root / "corpus"])[:args.profile]])
        print(f"\npeak RSS at exit: {peak_rss_mb():,.0f} MB")
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
