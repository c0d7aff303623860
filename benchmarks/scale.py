"""The corpus-scale benchmark: a generated archive of news built with one and with two jobs.

Generates ``--n`` articles (10,000 by default) with :mod:`benchmarks.corpus`, then prints:

1. a full build with ``--jobs 1`` and with ``--jobs 2``: seconds (reading and extracting, writing the
   files, loading the SPARQL store), articles per second and the peak resident memory of the main
   process and of a worker, each build in a fresh process;
2. whether the two builds are byte-identical (every file but the store, which is a database);
3. the rebuild after one article changes, after it is restored, and with nothing changed
   (``kg.build.build`` in a fresh process, so the time of importing garment-kg is shown apart);
4. the latency of every competency question (ontology/queries/*.rq) on the corpus store, and the
   median.

    .venv/bin/python -m benchmarks.scale                     # 10,000 articles in /tmp/kg-scale
    .venv/bin/python -m benchmarks.scale --n 1000 --keep /tmp/kg-1k
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
EDIT = b"\nThe organizers said the event would be held again next year.\n"


def peak_mb(who: int) -> float:
    rss = resource.getrusage(who).ru_maxrss  # KiB on Linux, bytes on macOS
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


# ---------------------------------------------------------------- in a child process

def child(args: argparse.Namespace) -> None:
    """One build, timed inside the process; prints a JSON line of figures."""
    t0 = time.perf_counter()
    from kg.build import build  # noqa: PLC0415  (the import is timed)

    imported = time.perf_counter() - t0
    first = sorted(args.src.glob("*.txt"))[0]
    original = first.read_bytes()
    if args.edit:
        first.write_bytes(original + EDIT)
    try:
        t = time.perf_counter()
        report = build([args.src], args.out, check=args.validate, jobs=args.jobs)
        seconds = time.perf_counter() - t
    finally:
        first.write_bytes(original)
    print(json.dumps({"seconds": seconds, "import": imported, "articles": len(report.articles),
                      "extracted": report.extracted, "rewritten": report.rewritten,
                      "store_updated": report.store_updated, "triples": report.triples, **report.timings,
                      "rss_main": peak_mb(resource.RUSAGE_SELF), "rss_worker": peak_mb(resource.RUSAGE_CHILDREN)}))


def run_child(src: Path, out: Path, jobs: int, validate: bool, edit: bool = False) -> dict:
    cmd = [sys.executable, "-m", "benchmarks.scale", "--child", "--src", str(src), "--out", str(out),
           "--jobs", str(jobs)] + (["--validate"] if validate else []) + (["--edit"] if edit else [])
    t = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"the build failed:\n{done.stderr[-2000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall"] = time.perf_counter() - t
    return figures


# ---------------------------------------------------------------- in the parent

def digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in a build but the store."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if p.is_file() and rel.parts[0] != "store":
            h = hashlib.sha256()
            with open(p, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
            out[str(rel)] = h.hexdigest()
    return out


def query_latency(build_dir: Path, repeat: int) -> list[tuple[str, int, float]]:
    import pyoxigraph as ox

    from kg.store import QUERY_PREFIXES, open_store

    store = open_store(build_dir)
    rows_out = []
    for path in QUERIES:
        text = path.read_text(encoding="utf-8")
        times, rows = [], 0
        for _ in range(repeat):
            t = time.perf_counter()
            result = store.query(text, prefixes=QUERY_PREFIXES)
            rows = 1 if isinstance(result, ox.QueryBoolean) else sum(1 for _ in result)
            times.append(time.perf_counter() - t)
        rows_out.append((path.stem, rows, statistics.median(times) * 1000))
    return rows_out


def table(title: str, rows: list[tuple[str, str]]) -> None:
    width = max(len(k) for k, _ in rows)
    print(f"\n{title}\n" + "-" * (width + 16))
    for k, v in rows:
        print(f"{k:<{width}}  {v:>14}")
    sys.stdout.flush()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles to generate (default 10000)")
    ap.add_argument("--keep", type=Path, default=Path("/tmp/kg-scale"),
                    help="folder for the corpus (reused when --n and --seed match) and the builds")
    ap.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    ap.add_argument("--jobs", default="1,2", help="job counts to build with, comma-separated (default 1,2)")
    ap.add_argument("--validate", action="store_true", help="check every article against the SHACL shapes")
    ap.add_argument("--repeat", type=int, default=3, help="runs per competency question (default 3; 0: skip them)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--src", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--edit", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        args.jobs = int(args.jobs)
        child(args)
        return

    from benchmarks.build import corpus

    root = args.keep
    root.mkdir(parents=True, exist_ok=True)
    paths, gen_s, reused = corpus(root / "corpus", args.n, args.seed)
    sizes = [len(p.read_text(encoding="utf-8").split()) for p in paths]
    print(f"corpus: {len(paths):,} articles, {sum(sizes):,} words ({min(sizes)}-{max(sizes)} per article), "
          f"{'reused' if reused else f'generated in {gen_s:.0f} s'}; validation {'on' if args.validate else 'off'}")
    builds: dict[int, Path] = {}
    for jobs in [int(j) for j in args.jobs.split(",")]:
        out = root / f"out-j{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        f = run_child(root / "corpus", out, jobs, args.validate)
        builds[jobs] = out
        table(f"full build, --jobs {jobs}", [
            ("articles", f"{f['articles']:,}"), ("triples", f"{f['triples']:,}"),
            ("build (s)", f"{f['seconds']:,.1f}"), ("  reading and extracting (s)", f"{f['extract']:,.1f}"),
            ("  writing the files (s)", f"{f['write']:,.1f}"), ("  loading the store (s)", f"{f['store']:,.1f}"),
            ("articles / s", f"{f['articles'] / f['seconds']:,.1f}"),
            ("peak RSS, main (MB)", f"{f['rss_main']:,.0f}"),
            ("peak RSS, a worker (MB)", f"{f['rss_worker']:,.0f}" if jobs > 1 else "-")])
    if len(builds) > 1:
        digests = [digest(out) for out in builds.values()]
        same = all(d == digests[0] for d in digests)
        print(f"\nbuilds with --jobs {', '.join(map(str, builds))} byte-identical: {same} "
              f"({len(digests[0]):,} files compared)")
    out, jobs = builds[max(builds)], max(builds)
    rows = []
    for label, edit in (("rebuild after changing one article", True), ("rebuild after restoring it", False),
                        ("rebuild with nothing changed", False)):
        f = run_child(root / "corpus", out, jobs, args.validate, edit=edit)
        rows.append((f"{label} (s)", f"{f['seconds']:,.2f}"))
        rows.append(("  articles extracted / graphs rewritten", f"{f['extracted']} / {f['rewritten']}"))
        rows.append(("  store updated in place (s)", f"{f['store']:,.2f}" if f["store_updated"] else "no"))
        rows.append(("  importing garment-kg first (s)", f"{f['import']:,.2f}"))
    table(f"incremental rebuilds (--jobs {jobs})", rows)
    if args.repeat < 1:
        return
    latency = query_latency(out, args.repeat)
    print(f"\ncompetency questions on the corpus store (median of {args.repeat} runs)")
    print(f"{'question':40} {'rows':>8} {'ms':>10}")
    for name, rows_n, ms in latency:
        print(f"{name:40} {rows_n:>8,} {ms:>10.1f}")
    print(f"{'median':40} {'':>8} {statistics.median(ms for _, _, ms in latency):>10.1f}")


if __name__ == "__main__":
    main()
