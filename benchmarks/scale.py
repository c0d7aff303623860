"""The corpus-scale benchmark: a generated archive of news built with one and with two jobs.

Generates ``--n`` articles (10,000 by default) with :mod:`benchmarks.corpus`, then prints:

1. a full build with ``--jobs 1`` and with ``--jobs 2``: seconds (reading and extracting, writing the
   files, loading the SPARQL store), articles per second and the peak resident memory of the main
   process and of a worker, each build in a fresh process;
2. whether the two builds are byte-identical (every file but the store, which is a database);
3. the rebuild after one article changes, after it is restored, and with nothing changed
   (``kg.build.build`` in a fresh process, so the time of importing garment-kg is shown apart);
4. the latency of every competency question (ontology/queries/*.rq) on the corpus store, and the
   median; of ``kg explain`` and of every per-entity question (ontology/queries/entity/*.rq) about
   the busiest events, organizations and people, and their medians.

With ``--base DIR`` (another checkout, e.g. ``git worktree add /tmp/base COMMIT``) every build and
every measurement runs on both, in turn and in the same run, and the figures are printed side by
side: DIR's under "base", this checkout's under "this".

    .venv/bin/python -m benchmarks.scale                     # 10,000 articles in /tmp/kg-scale
    .venv/bin/python -m benchmarks.scale --n 1000 --keep /tmp/kg-1k
    .venv/bin/python -m benchmarks.scale --n 1000 --jobs 2 --base /tmp/base   # before / after
    .venv/bin/python -m benchmarks.scale --n 50000 --jobs 2 --only-build      # the build's memory alone
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, "") or os.environ.get("KG_CHECKOUT"):
    # KG_CHECKOUT: a child measuring another checkout imports its kg
    sys.path.insert(0, os.environ.get("KG_CHECKOUT") or str(Path(__file__).resolve().parent.parent))

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
    loaded = getattr(report, "quads_loaded", None)
    if loaded is None and not report.store_updated:
        loaded = loaded_by_copies(args.out)
    store = ox_store_size(args.out)
    print(json.dumps({"seconds": seconds, "import": imported, "articles": len(report.articles),
                      "quads_loaded": loaded or 0, "quads_kept": store,
                      "extracted": report.extracted, "rewritten": report.rewritten,
                      "store_updated": report.store_updated, "triples": report.triples, **report.timings,
                      "rss_main": peak_mb(resource.RUSAGE_SELF), "rss_worker": peak_mb(resource.RUSAGE_CHILDREN)}))


def loaded_by_copies(out: Path) -> int:
    """What a store that copies its graphs was fed (a checkout before the lean store): every
    article graph twice (its named graph and the default graph's copy), every article's
    entailments twice, and the vocabulary with its entailments twice."""
    import pyoxigraph as ox

    from kg.store import vocabulary

    with open(out / "dataset.trig", "rb") as f:
        graphs = sum(1 for _ in ox.parse(f, ox.RdfFormat.TRIG))
    inferred = 0
    for part in (out / "cache").glob("*.inferred.nt"):
        with open(part, "rb") as f:
            inferred += sum(1 for _ in f)
    quads, triples, entailed = vocabulary()
    return 2 * graphs + 2 * inferred + len(quads) + len(triples) + 2 * len(entailed - triples)


def ox_store_size(out: Path) -> int:
    import pyoxigraph as ox

    return len(ox.Store.read_only(str(out / "store")))


def env_for(checkout: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env["KG_QUERY_TIMEOUT"] = "900"  # the base's explain took 25 s at 10k
    env["KG_QUERY_MEMORY_MB"] = "4096"
    if checkout is not None:
        env["KG_CHECKOUT"] = str(checkout)
    else:
        env.pop("KG_CHECKOUT", None)
    return env


def python_for(checkout: Path | None) -> str:
    """The checkout's own interpreter (its .venv, with its locked libraries) when it has one."""
    own = checkout / ".venv" / "bin" / "python" if checkout is not None else None
    return str(own) if own is not None and own.exists() else sys.executable


def run_child(src: Path, out: Path, jobs: int, validate: bool, edit: bool = False,
              checkout: Path | None = None) -> dict:
    cmd = [python_for(checkout), str(ROOT / "benchmarks" / "scale.py"), "--child", "--src", str(src), "--out", str(out),
           "--jobs", str(jobs)] + (["--validate"] if validate else []) + (["--edit"] if edit else [])
    t = time.perf_counter()
    done = subprocess.run(cmd, cwd=checkout or ROOT, capture_output=True, text=True, env=env_for(checkout))
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


def questions_child(args: argparse.Namespace) -> None:
    """In a child: the latencies of the competency questions, of kg explain and of the per-entity
    questions on a build, as a JSON line."""
    competency = query_latency(args.out, args.repeat)
    print(json.dumps({"competency": competency, **entity_latency(args.out, args.repeat)}))


def run_questions(out: Path, repeat: int, checkout: Path | None) -> dict:
    cmd = [python_for(checkout), str(ROOT / "benchmarks" / "scale.py"), "--child-questions", "--out", str(out),
           "--repeat", str(repeat)]
    done = subprocess.run(cmd, cwd=checkout or ROOT, capture_output=True, text=True, env=env_for(checkout))
    if done.returncode:
        raise SystemExit(f"the questions failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


ENTITY_QUERIES = sorted((ROOT / "ontology" / "queries" / "entity").glob("*.rq"))
KINDS = {"Event": ("01", "02", "03", "09", "10"), "Organization": ("04", "05", "06", "09", "10"),
         "Person": ("07", "08", "09", "10")}
BUSIEST = """SELECT ?x (COUNT(*) AS ?n) WHERE { ?x a gk:%s . { ?x ?p ?o } UNION { ?s ?p ?x } ?p a gk:FactProperty }
GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 3"""


def entity_latency(build_dir: Path, repeat: int) -> dict:
    """Median ms of kg explain (kg.inspect.facts, through the sandboxed query process as the
    command runs it) and of each per-entity question, about the 3 busiest entities of each kind."""
    import re

    import pyoxigraph as ox

    from kg.inspect import facts
    from kg.store import QUERY_PREFIXES, open_store

    store = open_store(build_dir)
    chosen = {kind: [s["x"].value for s in store.query(BUSIEST % kind, prefixes=QUERY_PREFIXES)] for kind in KINDS}
    del store
    explain = []
    for iris in chosen.values():
        for iri in iris:
            facts(build_dir, iri)  # the query process starts once
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                facts(build_dir, iri)
                times.append(time.perf_counter() - t)
            explain.append(statistics.median(times) * 1000)
    store = open_store(build_dir)
    per_question: dict[str, list[float]] = {}
    for path in ENTITY_QUERIES:
        text = path.read_text(encoding="utf-8")
        for kind, iris in chosen.items():
            if path.stem[:2] not in KINDS[kind]:
                continue
            for iri in iris:
                q = re.sub(r"\?entity\b", lambda _: f"<{iri}>", text)
                times = []
                for _ in range(repeat):
                    t = time.perf_counter()
                    result = store.query(q, prefixes=QUERY_PREFIXES)
                    _ = 1 if isinstance(result, ox.QueryBoolean) else sum(1 for _ in result)
                    times.append(time.perf_counter() - t)
                per_question.setdefault(path.stem, []).append(statistics.median(times) * 1000)
    return {"explain": explain, "entity": {k: statistics.median(v) for k, v in per_question.items()},
            "entity_all": [x for v in per_question.values() for x in v]}


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


def table(title: str, rows: list[tuple[str, ...]], heads: tuple[str, ...] = ()) -> None:
    width = max(len(r[0]) for r in rows)
    cols = max(len(r) for r in rows) - 1
    print(f"\n{title}\n" + "-" * (width + 16 * cols))
    if heads:
        print(f"{'':<{width}}" + "".join(f"  {h:>14}" for h in heads))
    for k, *vs in rows:
        print(f"{k:<{width}}" + "".join(f"  {v:>14}" for v in vs))
    sys.stdout.flush()


def fmt(x: float, digits: int = 1) -> str:
    return f"{x:,.{digits}f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles to generate (default 10000)")
    ap.add_argument("--keep", type=Path, default=Path("/tmp/kg-scale"),
                    help="folder for the corpus (reused when --n and --seed match) and the builds")
    ap.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    ap.add_argument("--jobs", default="1,2", help="job counts to build with, comma-separated (default 1,2)")
    ap.add_argument("--validate", action="store_true", help="check every article against the SHACL shapes")
    ap.add_argument("--repeat", type=int, default=3, help="runs per question (default 3; 0: skip them)")
    ap.add_argument("--runs", type=int, default=1, help="full builds per checkout and job count; medians (default 1)")
    ap.add_argument("--base", type=Path, help="another checkout to measure in the same run, side by side")
    ap.add_argument("--only-build", action="store_true",
                    help="the full builds alone: no byte comparison, rebuilds or questions (memory at 50k)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child-questions", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--src", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--edit", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        args.jobs = int(args.jobs)
        child(args)
        return
    if args.child_questions:
        questions_child(args)
        return

    from benchmarks.build import corpus

    root = args.keep
    root.mkdir(parents=True, exist_ok=True)
    paths, gen_s, reused = corpus(root / "corpus", args.n, args.seed)
    sizes = [len(p.read_text(encoding="utf-8").split()) for p in paths]
    print(f"corpus: {len(paths):,} articles, {sum(sizes):,} words ({min(sizes)}-{max(sizes)} per article), "
          f"{'reused' if reused else f'generated in {gen_s:.0f} s'}; validation {'on' if args.validate else 'off'}")
    checkouts: dict[str, Path | None] = {"this": None}
    if args.base:
        checkouts = {"base": args.base.resolve(), "this": None}
    heads = tuple(checkouts)
    med = statistics.median
    builds: dict[tuple[str, int], Path] = {}
    for jobs in [int(j) for j in args.jobs.split(",")]:
        figures: dict[str, list[dict]] = {name: [] for name in checkouts}
        for _ in range(args.runs):
            for name, checkout in checkouts.items():  # in turn, so both see the same load
                out = root / f"out-{name}-j{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                figures[name].append(run_child(root / "corpus", out, jobs, args.validate, checkout=checkout))
                builds[name, jobs] = out

        def row(label: str, key, digits: int = 1, scale: float = 1.0) -> tuple[str, ...]:
            values = [med([(key(f) if callable(key) else f[key]) * scale for f in figures[n]]) for n in checkouts]
            return (label, *[fmt(v, digits) for v in values])

        table(f"full build, --jobs {jobs} (median of {args.runs})", [
            row("articles", "articles", 0), row("triples in the article graphs", "triples", 0),
            row("build (s)", "seconds"), row("  reading and extracting (s)", "extract"),
            row("  writing the files (s)", "write"), row("  loading the store (s)", "store"),
            row("articles / s", lambda f: f["articles"] / f["seconds"]),
            row("quads loaded into the store", "quads_loaded", 0),
            row("quads loaded per article", lambda f: f["quads_loaded"] / f["articles"], 0),
            row("quads the store keeps", "quads_kept", 0),
            row("peak RSS, main (MB)", "rss_main", 0),
            row("peak RSS, a worker (MB)", "rss_worker", 0)], heads)
    if args.only_build:
        return
    jobs_list = sorted({j for _, j in builds})
    if len(jobs_list) > 1:
        for name in checkouts:
            digests = [digest(builds[name, j]) for j in jobs_list]
            same = all(d == digests[0] for d in digests)
            print(f"\n{name}: builds with --jobs {', '.join(map(str, jobs_list))} byte-identical: {same} "
                  f"({len(digests[0]):,} files compared)")
    jobs = max(jobs_list)
    rows: dict[str, list[tuple[str, str]]] = {}
    for name, checkout in checkouts.items():
        out = builds[name, jobs]
        rows[name] = []
        for label, edit in (("rebuild after changing one article", True), ("rebuild after restoring it", False),
                            ("rebuild with nothing changed", False)):
            f = run_child(root / "corpus", out, jobs, args.validate, edit=edit, checkout=checkout)
            rows[name].append((f"{label} (s)", fmt(f["seconds"], 2)))
            rows[name].append(("  articles extracted / graphs rewritten", f"{f['extracted']} / {f['rewritten']}"))
            rows[name].append(("  store updated in place (s)", fmt(f["store"], 2) if f["store_updated"] else "no"))
            rows[name].append(("  importing garment-kg first (s)", fmt(f["import"], 2)))
    names = list(checkouts)
    table(f"incremental rebuilds (--jobs {jobs})",
          [(r[0], *[rows[n][i][1] for n in names]) for i, r in enumerate(rows[names[0]])], heads)
    if args.repeat < 1:
        return
    answers = {name: run_questions(builds[name, jobs], args.repeat, checkout) for name, checkout in checkouts.items()}
    first = answers[names[0]]
    print(f"\ncompetency questions on the corpus store (ms, median of {args.repeat} runs; rows)")
    print(f"{'question':40} {'rows':>8}" + "".join(f" {n:>12}" for n in names))
    for i, (qname, nrows, _) in enumerate(first["competency"]):
        print(f"{qname:40} {nrows:>8,}" + "".join(f" {answers[n]['competency'][i][2]:>12,.1f}" for n in names))
    print(f"{'median':40} {'':>8}" + "".join(f" {med(ms for *_, ms in answers[n]['competency']):>12,.1f}"
                                             for n in names))
    for i, (qname, nrows, _) in enumerate(first["competency"]):
        others = {n: answers[n]["competency"][i][1] for n in names[1:]}
        if any(r != nrows for r in others.values()):
            print(f"  rows differ: {qname}: {names[0]} {nrows:,}, "
                  + ", ".join(f"{n} {r:,}" for n, r in others.items()))
    print(f"\nper-entity questions, 3 busiest entities of each kind (ms, median over entities of "
          f"the median of {args.repeat} runs)")
    for qname in first["entity"]:
        print(f"{qname:40} {'':>8}" + "".join(f" {answers[n]['entity'][qname]:>12,.1f}" for n in names))
    print(f"{'median of all':40} {'':>8}" + "".join(f" {med(answers[n]['entity_all']):>12,.1f}" for n in names))
    print(f"{'kg explain ENTITY (median of 9)':40} {'':>8}" + "".join(f" {med(answers[n]['explain']):>12,.1f}"
                                                                    for n in names))
    print(f"{'kg explain ENTITY (slowest of 9)':40} {'':>8}" + "".join(f" {max(answers[n]['explain']):>12,.1f}"
                                                                     for n in names))


if __name__ == "__main__":
    main()
