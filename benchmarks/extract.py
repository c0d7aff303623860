"""Per-article extraction cost: the CPU time a worker spends on one article, median and p90.

Times ``kg.extract.extract`` (sentences, mentions, entities, facts, topics) and the printing of the
article's triples (``to_lines``) on the gold articles of the project and on generated ones, each
article once after a warm-up. The script measures the checkout it sits in, so to compare commits side
by side run each checkout's own copy:

    .venv/bin/python -m benchmarks.extract
    cd /path/to/other/checkout && /path/to/this/.venv/bin/python benchmarks/extract.py --label other
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from kg.article import Article, read_article  # noqa: E402
from kg.extract import extract  # noqa: E402

try:
    from kg.rdf import to_lines  # noqa: E402
except ImportError:  # an older checkout, where the article's triples were printed in kg.extract
    from kg.extract import to_lines  # noqa: E402


def gold_articles() -> list[Article]:
    paths = [ROOT / "seeds" / "000_79e68d3d9a482b0e.txt", *sorted((ROOT.parent / "shared" / "eval" / "dev").glob("*.txt")),
             *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))]
    return [read_article(p) for p in paths if p.is_file()]


def generated(n: int) -> list[Article]:
    import tempfile

    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import generate

    with tempfile.TemporaryDirectory() as tmp:
        return [read_article(p) for p in generate(n, Path(tmp))]


def times(articles: list[Article]) -> tuple[list[float], list[float]]:
    ext, lines = [], []
    for article in articles:
        t0 = time.process_time()
        x = extract(article)
        t1 = time.process_time()
        to_lines(x)
        t2 = time.process_time()
        ext.append((t1 - t0) * 1000)
        lines.append((t2 - t1) * 1000)
    return ext, lines


def row(name: str, values: list[float]) -> str:
    values = sorted(values)
    p90 = values[int(0.9 * (len(values) - 1))]
    return f"{name:<28} {len(values):>5} {statistics.median(values):>9.1f} {p90:>9.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=200, help="generated articles")
    ap.add_argument("--label", default="this checkout")
    args = ap.parse_args()
    extract(Article(id="warm-up", text="The Example Expo was held in Example City."))  # load spaCy and lexicons
    print(f"{args.label}: CPU ms per article")
    print(f"{'set / stage':<28} {'n':>5} {'median':>9} {'p90':>9}")
    for name, articles in (("gold articles", gold_articles()), ("generated articles", generated(args.n))):
        ext, lines = times(articles)
        print(row(f"{name}: extract", ext))
        print(row(f"{name}: triples", lines))
        print(row(f"{name}: both", [a + b for a, b in zip(ext, lines)]))


if __name__ == "__main__":
    main()
