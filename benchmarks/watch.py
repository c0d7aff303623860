"""The rebuild after one changed article: warm (``kg watch``, :class:`kg.watch.Watcher`) against cold
(``kg build`` in a new process), side by side for corpora of generated articles.

For each ``--n`` (200 and 1,000 by default) it generates the corpus with :mod:`benchmarks.corpus`,
builds it once (``--jobs`` processes; kept in ``KEEP/N/`` and reused by later runs), then ``--repeat``
times changes one article (a sentence appended; a different article each time) and measures:

- **warm**: ``Watcher.step()`` in this process after ``Watcher.start()`` (which brought the build up to
  date and warmed the pipeline up): the rebuild alone, as ``kg watch`` prints it;
- **warm, end to end**: ``Watcher.run()`` in a thread with the default look interval and debounce,
  from the write of the file to the rebuilt folder: what a user waits for;
- **cold**: ``kg build CORPUS --out BUILD`` in a new process, wall time, with Python's start and the
  imports (spaCy, pyoxigraph) and the first extraction (the gazetteer, the shapes) in it.

After each change the article is restored and the build brought back (not timed). It also prints
the time of one look at the folder (:func:`kg.watch.snapshot`). Medians, with the range in brackets.

    .venv/bin/python -m benchmarks.watch                       # N = 200 and 1,000 in /tmp/kg-watch
    .venv/bin/python -m benchmarks.watch --n 200 --repeat 5 --no-validate
"""

from __future__ import annotations

import argparse
import queue
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python benchmarks/watch.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.build import corpus  # noqa: E402
from kg.build import build  # noqa: E402
from kg.watch import Watcher, snapshot  # noqa: E402

KG = Path(sys.executable).with_name("kg")
TARGET = 2.0  # seconds, the target for a rebuild after one changed article


def edit_text(i: int) -> bytes:
    return f"\nThe organizers said the event would be held again in {2030 + i}.\n".encode()


def cold_build(src: Path, out: Path, validate: bool) -> float:
    cmd = [str(KG), "build", str(src), "--out", str(out)] + ([] if validate else ["--no-validate"])
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def measure(n: int, keep: Path, seed: int, jobs: int, validate: bool, repeat: int) -> dict[str, list[float]]:
    src, out = keep / str(n) / "corpus", keep / str(n) / "build"
    paths, _, _ = corpus(src, n, seed)
    t = time.perf_counter()
    build([src], out, check=validate, jobs=jobs)  # the first build, or bringing a kept one up to date
    print(f"N={n}: corpus in {src}, build in {out} ({time.perf_counter() - t:.1f} s to make or bring up to date)",
          flush=True)
    figures: dict[str, list[float]] = {k: [] for k in ("start", "look", "warm", "extracted", "end_to_end", "cold")}
    t = time.perf_counter()
    watcher = Watcher(src, out, check=validate)
    watcher.start()
    figures["start"].append(time.perf_counter() - t)
    for _ in range(5):
        t = time.perf_counter()
        snapshot(src)
        figures["look"].append(time.perf_counter() - t)

    for i in range(repeat):  # warm: one look, one rebuild
        path = paths[i]
        original = path.read_bytes()
        path.write_bytes(original + edit_text(i))
        try:
            rebuild = watcher.step()
        finally:
            path.write_bytes(original)
        assert rebuild is not None and rebuild.error is None, rebuild
        figures["warm"].append(rebuild.seconds)
        figures["extracted"].append(rebuild.extracted)
        watcher.step()  # restored

    builds: queue.Queue = queue.Queue()  # warm, end to end: the loop with its default interval and debounce
    looping = Watcher(src, out, check=validate)
    thread = threading.Thread(target=looping.run, args=(builds.put, 2 * repeat), daemon=True)
    thread.start()
    builds.get()
    for i in range(repeat):
        path = paths[repeat + i]
        original = path.read_bytes()
        t = time.perf_counter()
        path.write_bytes(original + edit_text(i))
        builds.get()
        figures["end_to_end"].append(time.perf_counter() - t)
        path.write_bytes(original)
        builds.get()
    thread.join()

    for i in range(repeat):  # cold: a new process per build
        path = paths[2 * repeat + i]
        original = path.read_bytes()
        path.write_bytes(original + edit_text(i))
        try:
            figures["cold"].append(cold_build(src, out, validate))
        finally:
            path.write_bytes(original)
        cold_build(src, out, validate)  # restored
    return figures


def shown(values: list[float], unit: str = "s", digits: int = 2) -> str:
    if not values:
        return "-"
    scale = 1000 if unit == "ms" else 1
    mid = f"{statistics.median(values) * scale:.{digits}f}"
    if len(values) == 1 or unit == "":
        return mid
    return f"{mid} [{min(values) * scale:.{digits}f}-{max(values) * scale:.{digits}f}]"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Warm (kg watch) against cold (kg build) rebuild after one change.")
    ap.add_argument("--n", type=int, nargs="+", default=[200, 1000], help="corpus sizes (default 200 1000)")
    ap.add_argument("--keep", type=Path, default=Path("/tmp/kg-watch"), help="corpora and builds (default /tmp/kg-watch)")
    ap.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the first build (default 2)")
    ap.add_argument("--repeat", type=int, default=3, help="changes measured per figure (default 3)")
    ap.add_argument("--no-validate", action="store_true", help="build without SHACL validation")
    args = ap.parse_args(argv)
    validate = not args.no_validate
    results = {n: measure(n, args.keep, args.seed, args.jobs, validate, args.repeat) for n in args.n}

    rows = [
        ("articles", [f"{n:,}" for n in args.n]),
        ("warm: rebuild after one change (s)", [shown(results[n]["warm"]) for n in args.n]),
        ("  articles extracted in it", [shown(results[n]["extracted"], "", 0) for n in args.n]),
        ("warm: write to rebuilt folder (s)", [shown(results[n]["end_to_end"]) for n in args.n]),
        ("cold: kg build in a new process (s)", [shown(results[n]["cold"]) for n in args.n]),
        ("cold / warm", [f"{statistics.median(results[n]['cold']) / statistics.median(results[n]['warm']):.1f}x"
                         for n in args.n]),
        (f"warm within the {TARGET:g} s target", ["yes" if statistics.median(results[n]["warm"]) <= TARGET else "NO"
                                                 for n in args.n]),
        ("watch start: up to date + warm-up (s)", [shown(results[n]["start"]) for n in args.n]),
        ("one look at the folder (ms)", [shown(results[n]["look"], "ms", 1) for n in args.n]),
    ]
    width = max(len(label) for label, _ in rows)
    cols = [max(len(row[1][i]) for row in rows) for i in range(len(args.n))]
    print(f"\nrebuild after one changed article, validation {'on' if validate else 'off'}, "
          f"median of {args.repeat} [range]")
    print("-" * (width + sum(c + 3 for c in cols)))
    for label, values in rows:
        print(f"{label:<{width}}" + "".join(f"   {v:>{c}}" for v, c in zip(values, cols)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
