"""Extraction of one long article: CPU seconds at 10k, 100k, 300k and 1M characters.

The articles are invented and deterministic: the generated corpus's world (``benchmarks/corpus.py``:
organisations with acronyms, people with posts, event series) written out as one report that goes
on and on, so the number of mentions grows with the length. Paragraphs alternate between whole
generated news stories and lists of attendees ("Present were Wang Ming, president of the Jiangsu
Silk Association; Li Hua, ..."), the shape that made resolution quadratic (200k characters of
names took 66 s). Besides that report (``report``), four kinds of text that made some stage grow
faster than the text:

- ``capitalised``: every third paragraph is 50-400 names in a row without a stop;
- ``particles``: every other paragraph is 9,000 characters of one repeated particle or connector
  ("De ", "Y ", "De the ", "De y ", "Anna van der Berg ", ...);
- ``run-on``: the report without full stops, semicolons, colons or line breaks: one sentence;
- ``bullets``: short list lines ("- NAME, ROLE of ORG", "• ORG", headings ending in a colon).

Each size runs in its own process under a time limit (``python long_articles.py --measure FILE``
with only the checkout's ``kg`` on the path, so the texts are this file's for any commit), and once
a size is over the limit the larger ones of that kind are not tried; the stages of extraction are
timed apart (mentions, resolution, rules, topics) to show which one grows faster than the text. The
last table gives the total of each size for this checkout and ``--other`` side by side, with the
growth per doubling of the text from the size before: 2.0 is linear, 4.0 quadratic.

    .venv/bin/python -m benchmarks.long_articles
    .venv/bin/python -m benchmarks.long_articles --other /tmp/old --limit 300   # side by side
    .venv/bin/python -m benchmarks.long_articles --kinds report run-on --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10_000, 100_000, 300_000, 1_000_000)
STAGES = ("mentions", "resolve", "rules", "topics")


def long_article(chars: int, seed: int = 11) -> str:
    """An invented report of at most ``chars`` characters (cut at a paragraph), the same for a seed."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import Writer, article, make_world

    rng = random.Random(seed)
    world = make_world(rng)
    paras = ["Proceedings of the Example Textile Industry Week"]
    size, misses = len(paras[0]) + 1, 0
    while misses < 50:  # near the end, shorter paragraphs are tried until none fits
        if rng.random() < 0.5:
            _, story = article(rng, world)
            para = "\n".join(story.splitlines()[1:])  # the story without its headline
        else:
            w = Writer(rng, world)
            people = rng.sample(world.all_people, rng.randint(1, 12))
            para = "Present were " + "; ".join(w.who(p, "appos") for p in people) + "."
        if size + len(para) + 1 > chars:
            misses += 1
            continue
        paras.append(para)
        size += len(para) + 1
    return "\n".join(paras) + "\n"


def capitalised_runs(chars: int, seed: int = 12) -> str:
    """Paragraphs of the report between long capitalised runs: organisation names and people written
    one after another without a stop ("Jiangsu Silk Association Wang Ming Suzhou Textile ..."), as a
    heading list pasted without its line breaks reads."""
    rng = random.Random(seed)
    world = _world(rng)
    names = [o.name for orgs in world.orgs.values() for o in orgs] + [p.name for p in world.all_people]
    report = long_article(chars, seed).splitlines()
    paras, size = [], 0
    for k, para in enumerate(report):
        if k % 3 == 1:
            para = " ".join(rng.choice(names) for _ in range(rng.randint(50, 400))) + "."
        if size + len(para) + 1 > chars:
            break
        paras.append(para)
        size += len(para) + 1
    return "\n".join(paras) + "\n"


# capitalised connectors and name particles in runs: a table of Spanish, French and Dutch names
# flattened into prose, a scanner's garbage, "Generation Y" repeated
PARTICLE_RUNS = ("De ", "De la ", "Y ", "De the ", "Du Des ", "De y ", "Anna van der Berg ", "Ali bin ")


def particle_runs(chars: int, seed: int = 13) -> str:
    """The report with, every other paragraph, a run of 9,000 characters of one repeated particle."""
    rng = random.Random(seed)
    report = long_article(chars, seed).splitlines()
    paras, size = [], 0
    for k, para in enumerate(report):
        if k % 2 == 1:
            unit = rng.choice(PARTICLE_RUNS)
            para = (unit * (9000 // len(unit))).strip() + " attended the Example Textile Fair."
        if size + len(para) + 1 > chars:
            break
        paras.append(para)
        size += len(para) + 1
    return "\n".join(paras) + "\n"


def run_on(chars: int, seed: int = 14) -> str:
    """The report as one sentence: no full stop, semicolon, colon, question or exclamation mark, and
    no line break (a feed that lost its punctuation)."""
    text = long_article(chars, seed)
    return " ".join(re.sub(r"[.;:!?]", " ", text).split()) + "\n"


def bullets(chars: int, seed: int = 15) -> str:
    """Lists of short bullet lines ("- Wang Ming, president of the Jiangsu Silk Association"), one
    attendee, exhibitor or topic a line, under headings, as programme pages are written."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import Writer

    rng = random.Random(seed)
    world = _world(rng)
    lines = ["Programme of the Example Textile Industry Week"]
    size = len(lines[0]) + 1
    while True:
        w = Writer(rng, world)
        kind = rng.random()
        if kind < 0.1:
            line = rng.choice(["Guests:", "Exhibitors:", "Topics:", "The officers of the association are:"])
        elif kind < 0.6:
            line = rng.choice(["- ", "• ", "* ", "1. "]) + w.who(rng.choice(world.all_people), "appos")
        elif kind < 0.85:
            line = rng.choice(["- ", "• "]) + rng.choice([o for orgs in world.orgs.values() for o in orgs]).name
        else:
            line = "- " + rng.choice(["digital transformation", "green development", "supply chain resilience",
                                      "brand building", "talent training", "cross-border e-commerce"])
        if size + len(line) + 1 > chars:
            return "\n".join(lines) + "\n"
        lines.append(line)
        size += len(line) + 1


def _world(rng: random.Random):
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import make_world

    return make_world(rng)


KINDS = {"report": long_article, "capitalised": capitalised_runs, "particles": particle_runs, "run-on": run_on,
         "bullets": bullets}

# Run in a fresh process with only the checkout's kg on the path (``python long_articles.py --measure
# FILE``): this file's texts are timed against any commit, whatever that commit's benchmarks say.
MEASURE = "--measure"


def measure(path: str) -> dict:
    """Extract the article in ``path`` in this process: CPU seconds per stage and in all."""
    from kg.article import Article
    from kg.extract import extract, topic_links
    from kg.extract.mentions import MentionFinder
    from kg.extract.resolve import Resolver
    from kg.extract.rules import Rules

    extract(Article(id="warm-up", text="The Example Expo was held in Example City."))  # load spaCy, lexicons
    text = Path(path).read_text(encoding="utf-8")
    article = Article(id="long", text=text)
    clock = time.process_time
    t0 = clock()
    sentences = MentionFinder(article.text, article.title).find()
    t1 = clock()
    resolver = Resolver(sentences)
    entities = resolver.run()
    t2 = clock()
    facts = Rules(sentences, resolver).run()
    t3 = clock()
    topic_links(article, sentences, resolver.main_event)
    t4 = clock()
    mentions = sum(len(s.mentions) for s in sentences)
    return {"chars": len(text), "sentences": len(sentences), "mentions": mentions, "entities": len(entities),
            "facts": len(facts), "mentions_s": t1 - t0, "resolve_s": t2 - t1, "rules_s": t3 - t2,
            "topics_s": t4 - t3, "total_s": t4 - t0}


def run_one(path: Path, checkout: Path, limit: float) -> dict | None:
    """:func:`measure` in a fresh process importing ``kg`` from ``checkout``; None past ``limit`` s."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    try:
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), MEASURE, str(path)], env=env,
                             cwd=str(checkout), capture_output=True, text=True, timeout=limit, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as err:
        raise SystemExit(f"the run on {path} in {checkout} failed: {err.stderr.strip()[-500:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_kind(kind: str, sizes: list[int], checkout: Path, limit: float, folder: Path) -> dict[int, dict | None]:
    """Each size of one kind of text; once a size is over the limit, the larger ones are not tried."""
    out: dict[int, dict | None] = {}
    for n in sizes:
        if out and out[max(out)] is None:
            out[n] = None
            continue
        out[n] = run_one(folder / f"{kind}-{n}.txt", checkout, limit)
        print(f"  {checkout.name} {kind} {n:,}: " + ("over the limit" if out[n] is None else f"{out[n]['total_s']:.2f} s"),
              file=sys.stderr, flush=True)
    return out


def per_doubling(a: dict | None, b: dict | None) -> str:
    """How many times the time grows when the text doubles, from two sizes: 2.0 is linear, 4.0 quadratic."""
    if a is None or b is None or a["total_s"] <= 0:
        return "-"
    doublings = math.log2(b["chars"] / a["chars"])
    return f"{(b['total_s'] / a['total_s']) ** (1 / doublings):.2f}"


def cell(r: dict | None, key: str, limit: float) -> str:
    return f"> {limit:.0f}" if r is None else f"{r[key]:.2f}"


def print_stages(rows: dict[int, dict | None], sizes: list[int], limit: float) -> None:
    print(f"{'chars':>9} {'sentences':>9} {'mentions':>9} {'entities':>9} " + " ".join(f"{s:>9}" for s in STAGES)
          + f" {'total':>9}")
    for n in sizes:
        r = rows[n]
        counts = " ".join(f"{r[k] if r else '-':>9}" for k in ("sentences", "mentions", "entities"))
        print(f"{r['chars'] if r else n:>9,} {counts} " + " ".join(f"{cell(r, s + '_s', limit):>9}" for s in STAGES)
              + f" {cell(r, 'total_s', limit):>9}")


def print_totals(kind: str, this: dict, other: dict | None, sizes: list[int], limit: float) -> None:
    """One line per size: total seconds, and the growth per doubling from the size before."""
    for k, n in enumerate(sizes):
        prev = sizes[k - 1] if k else None
        line = f"{kind:>12} {n:>9,} {cell(this[n], 'total_s', limit):>9} {per_doubling(this.get(prev), this[n]) if prev else '':>9}"
        if other is not None:
            line += f" {cell(other[n], 'total_s', limit):>9} {per_doubling(other.get(prev), other[n]) if prev else '':>9}"
        print(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="article lengths in characters")
    ap.add_argument("--kinds", nargs="+", default=list(KINDS), choices=list(KINDS), help="kinds of text")
    ap.add_argument("--other", type=Path, help="another checkout to time side by side (e.g. a git worktree)")
    ap.add_argument("--limit", type=float, default=600.0, help="seconds before a size is given up")
    args = ap.parse_args()
    checkouts = [ROOT] + ([args.other.resolve()] if args.other else [])
    with tempfile.TemporaryDirectory(prefix="kg-long-") as tmp:
        folder = Path(tmp)
        for kind in args.kinds:
            for n in args.sizes:
                (folder / f"{kind}-{n}.txt").write_text(KINDS[kind](n), encoding="utf-8")
        rows = {c: {kind: run_kind(kind, args.sizes, c, args.limit, folder) for kind in args.kinds} for c in checkouts}
    this = rows[ROOT]
    for kind in args.kinds:
        print(f"\n{kind}: CPU seconds per stage of extraction, this checkout ({ROOT})")
        print_stages(this[kind], args.sizes, args.limit)
    print("\nCPU seconds to extract one article, and the growth per doubling of the text (2.00: linear)")
    head = f"{'text':>12} {'chars':>9} {'this':>9} {'x/doubl.':>9}"
    if args.other:
        head += f" {'other':>9} {'x/doubl.':>9}   (other: {args.other})"
    print(head)
    for kind in args.kinds:
        print_totals(kind, this[kind], rows[args.other.resolve()][kind] if args.other else None, args.sizes, args.limit)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == MEASURE:
        print(json.dumps(measure(sys.argv[2])))
    else:
        main()
