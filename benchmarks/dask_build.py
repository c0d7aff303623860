"""Local worker processes against a Dask cluster on the same machine, on a generated corpus.

Builds ``--n`` articles (benchmarks.corpus) from scratch with ``--jobs W`` local worker processes
and with ``--scheduler`` on a ``distributed.LocalCluster`` of W single-threaded worker processes
bound to 127.0.0.1, ``--runs`` times each in alternating order. The cluster's first build is on
fresh workers, which load the pipeline, gazetteer and shapes (as local workers do in every build);
the later ones are on workers that have them, shown apart. It prints the articles per second side by
side, the cluster's start-up apart, and checks that every build gives the same bytes (every file
but the store).

    .venv/bin/python -m benchmarks.dask_build --n 200 --runs 3
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

if __package__ in (None, ""):  # run as a script: python benchmarks/dask_build.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import generate  # noqa: E402
from kg.build import build  # noqa: E402


def files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and "store" not in p.relative_to(out).parts}


def timed(corpus: Path, out: Path, **how) -> tuple[float, float]:
    """Wall seconds of a build from scratch, and of its extraction stage."""
    t = time.perf_counter()
    report = build([corpus], out, **how)
    assert len(report.articles) == len(list(corpus.glob("*.txt"))), report.problems
    return time.perf_counter() - t, report.timings["extract"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Local --jobs W against a LocalCluster of W workers.")
    ap.add_argument("--n", type=int, default=200, help="number of articles (default 200)")
    ap.add_argument("--workers", type=int, default=2, help="local jobs and cluster workers (default 2)")
    ap.add_argument("--runs", type=int, default=1, help="builds of each kind, in alternating order; the "
                    "median is shown (default 1)")
    ap.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    args = ap.parse_args(argv)

    from distributed import LocalCluster

    local, fresh, warm = f"local --jobs {args.workers}", "cluster, fresh workers", "cluster, warm workers"
    runs: dict[str, list[tuple[float, float]]] = {local: [], fresh: [], warm: []}
    expected, same = None, True
    with tempfile.TemporaryDirectory(prefix="kg-dask-bench-") as tmp:
        root = Path(tmp)
        generate(args.n, root / "corpus", args.seed)
        t = time.perf_counter()
        with LocalCluster(n_workers=args.workers, processes=True, threads_per_worker=1, host="127.0.0.1",
                          dashboard_address=None) as cluster:
            startup = time.perf_counter() - t
            how = {local: {"jobs": args.workers}, fresh: {"scheduler": cluster.scheduler_address}}
            for i in range(args.runs):  # alternate which goes first: the machine's load drifts
                for kind in ((local, fresh) if i % 2 == 0 else (fresh, local)):
                    name = fresh if kind == fresh and not runs[fresh] else warm if kind == fresh else local
                    out = root / "out"
                    runs[name].append(timed(root / "corpus", out, **how[kind]))
                    got = files(out)
                    same = same and (expected is None or got == expected)
                    expected = got if expected is None else expected
                    shutil.rmtree(out)

    print(f"\n{args.n} generated articles, {args.workers} workers, SHACL on, {args.runs} run(s) each; cluster "
          f"start-up {startup:.1f} s (not counted); same bytes in every build: {'yes' if same else 'NO'}")
    print(f"{'':<24}{'wall s':>8}{'extract s':>11}{'articles/s':>12}  (medians; every run's wall s)")
    for name, measured in runs.items():
        if measured:
            wall, extract = median(w for w, _ in measured), median(e for _, e in measured)
            print(f"{name:<24}{wall:>8.1f}{extract:>11.1f}{args.n / wall:>12.2f}  "
                  f"{', '.join(f'{w:.1f}' for w, _ in measured)}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
