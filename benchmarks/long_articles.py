"""Extraction of one long article: CPU seconds at 10k, 100k, 300k and 1M characters.

The articles are invented and deterministic: the generated corpus's world (``benchmarks/corpus.py``:
organisations with acronyms, people with posts, event series) written out as one report that goes
on and on, so the number of mentions grows with the length. Paragraphs alternate between whole
generated news stories and lists of attendees ("Present were Wang Ming, president of the Jiangsu
Silk Association; Li Hua, ..."), the shape that made resolution quadratic (200k characters of
names took 66 s). Each size runs in its own process under a time limit, so an old checkout that
does not finish is reported as "> LIMIT" instead of holding the run; the stages of extraction are
timed apart (mentions, resolution, rules, topics) to show which one grows faster than the text.

    .venv/bin/python -m benchmarks.long_articles
    .venv/bin/python -m benchmarks.long_articles --other /tmp/old --limit 300   # side by side
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
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


def measure(chars: int) -> dict:
    """Extract one article of ``chars`` characters in this process: CPU seconds per stage and in all."""
    from kg.article import Article
    from kg.extract import extract, topic_links
    from kg.extract.mentions import MentionFinder
    from kg.extract.resolve import Resolver
    from kg.extract.rules import Rules

    extract(Article(id="warm-up", text="The Example Expo was held in Example City."))  # load spaCy, lexicons
    text = long_article(chars)
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
    return {"chars": len(text), "mentions": mentions, "entities": len(entities), "facts": len(facts),
            "mentions_s": t1 - t0, "resolve_s": t2 - t1, "rules_s": t3 - t2, "topics_s": t4 - t3,
            "total_s": t4 - t0}


def run_one(chars: int, checkout: Path, limit: float) -> dict | None:
    """:func:`measure` in a fresh process importing ``kg`` from ``checkout``; None past ``limit`` s."""
    env = dict(os.environ, PYTHONPATH=f"{checkout}{os.pathsep}{ROOT}")
    code = ("import json, sys; from benchmarks.long_articles import measure; "
            f"print(json.dumps(measure({chars})))")
    try:
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=str(checkout), capture_output=True,
                             text=True, timeout=limit, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as err:
        raise SystemExit(f"the run at {chars:,} characters in {checkout} failed: {err.stderr.strip()[-500:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def cell(r: dict | None, key: str, limit: float) -> str:
    return f"> {limit:.0f}" if r is None else f"{r[key]:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="article lengths in characters")
    ap.add_argument("--other", type=Path, help="another checkout to time side by side (e.g. a git worktree)")
    ap.add_argument("--limit", type=float, default=600.0, help="seconds before a size is given up")
    args = ap.parse_args()
    runs = [("this", ROOT)] + ([("other", args.other.resolve())] if args.other else [])
    rows = {name: {n: run_one(n, path, args.limit) for n in args.sizes} for name, path in runs}
    this = rows["this"]
    print("CPU seconds to extract one article (this checkout" + (f"; other: {args.other}" if args.other else "")
          + ")")
    head = f"{'chars':>9} {'mentions':>9} {'entities':>9} " + " ".join(f"{s:>9}" for s in STAGES) + f" {'total':>9}"
    if args.other:
        head += f" {'other':>9} {'other rs':>9}"
    print(head)
    for n in args.sizes:
        r = this[n]
        line = (f"{r['chars'] if r else n:>9,} {r['mentions'] if r else '-':>9} {r['entities'] if r else '-':>9} "
                + " ".join(f"{cell(r, s + '_s', args.limit):>9}" for s in STAGES) + f" {cell(r, 'total_s', args.limit):>9}")
        if args.other:
            o = rows["other"][n]
            line += f" {cell(o, 'total_s', args.limit):>9} {cell(o, 'resolve_s', args.limit):>9}"
        print(line)


if __name__ == "__main__":
    main()
