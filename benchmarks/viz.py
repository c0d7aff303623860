"""Benchmark the interactive HTML page (kg.viz) on synthetic entity networks, in Chromium.

For each size (default 1k, 10k and 50k nodes) a deterministic network shaped like the real one is
generated (events linked to organizations, people and places by the builder's relations, people
holding posts, units under parents, organizations located in places; one evidence sentence per
edge), then the page is written with :func:`kg.viz.write_html` and opened in headless Chromium
(Debian's, as the browser tests use it; software rendering, no GPU). Printed side by side:

- write s: computing and writing the page; MB: its size
- paint ms: navigation start to the first frame of the overview at its legible zoom
- search ms: a search for an entity outside the overview, its focus and expansion, to the next frame
- expand ms: a click's expansion of the most connected node (its neighbours join), to the next frame
- zoom ms: a zoom of the view, to the next frame
- all ms / all zoom ms: drawing every entity (the "all" button), then a zoom of that view;
  only up to --all-max nodes (vis-network draws on a 2D canvas: this is what it cannot hold)

    .venv/bin/python -m benchmarks.viz
    .venv/bin/python -m benchmarks.viz --sizes 1000 10000 50000 --seed 7 --keep /tmp/viz-bench
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

if __package__ in (None, ""):  # run as a script: python benchmarks/viz.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.analyze import Evidence  # noqa: E402
from kg.viz import write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def measure(path: Path, all_nodes: bool) -> dict[str, float | None]:
    """Open the page in Chromium and time first paint and a few interactions (ms, median of 3)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(path.as_uri(), timeout=300_000)
        page.wait_for_selector("body[data-stable='1']", state="attached", timeout=300_000)
        result: dict[str, float | None] = {"paint": float(page.get_attribute("body", "data-paint-ms"))}

        def timed(script: str, arg=None) -> float:
            runs = sorted(page.evaluate(f"(arg) => kg.timed(() => {{ {script} }})", arg) for _ in range(3))
            return runs[1]

        # the third-best-ranked node of the last tenth: outside the overview at every size
        target = page.evaluate("kg.ranked[Math.floor(kg.ranked.length * 0.9)].name")
        result["search"] = timed("kg.focusNode(kg.search(arg)[0].id)", target)
        result["expand"] = timed("kg.showOnly(kg.ranked.slice(0, 40).map((n) => n.id)); kg.expand(kg.ranked[0].id)")
        result["zoom"] = timed("kg.network.moveTo({scale: kg.network.getScale() * (arg = arg === 1.5 ? 1 / 1.5 : 1.5)})", 1.5)
        result["all"] = result["all zoom"] = None
        if all_nodes:
            result["all"] = page.evaluate("kg.timed(() => kg.showOnly(kg.ranked.map((n) => n.id)))")
            result["all zoom"] = timed("kg.network.moveTo({scale: kg.network.getScale() * 1.2})")
        browser.close()
    return result

ID = "https://w3id.org/garment-kg/id/"
# (kind, class, share of the nodes)
MIX = [("Event", "Event", 0.15), ("Programme", "Programme", 0.02), ("Organization", "IndustryAssociation", 0.15),
       ("Organization", "GovernmentAgency", 0.1), ("Organization", "Company", 0.15),
       ("Organization", "OrganizationalUnit", 0.08), ("Person", "Person", 0.28), ("Place", "City", 0.07)]
EVENT_RELATIONS = ["hostedBy", "organizedBy", "guidedBy", "supportedBy", "attendedBy"]


def synthetic(n: int, seed: int = 7) -> nx.MultiDiGraph:
    """About ``n`` nodes and 2-3 edges per node; the same (n, seed) gives the same graph."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    by_kind: dict[str, list[str]] = {}
    for kind, cls, share in MIX:
        for i in range(max(1, round(n * share))):
            iri = f"{ID}{kind.lower()}/{cls.lower()}-{i}"
            G.add_node(iri, iri=iri, label=f"{cls} {i}", cls=cls, kind=kind, aliases=[], attributes=[])
            by_kind.setdefault(cls if cls in ("OrganizationalUnit",) else kind, []).append(iri)
    orgs, people, places = by_kind["Organization"], by_kind["Person"], by_kind["Place"]

    count = iter(range(10**9))  # G.number_of_edges() walks every edge: quadratic here

    def edge(u: str, v: str, rel: str) -> None:
        sentence = f"{G.nodes[u]['label']} {rel} {G.nodes[v]['label']} (synthetic sentence {next(count)})."
        G.add_edge(u, v, key=rel, relation=rel, label=rel, predicate=f"urn:rel:{rel}",
                   evidence=(Evidence(f"article-{rnd.randrange(n // 5 + 1)}", sentence, "synthetic"),))

    # skewed choice: a few organizations and places recur in many events, as in the news
    pick = lambda xs: xs[min(int(rnd.paretovariate(1.2)) - 1, len(xs) - 1)] if rnd.random() < 0.5 else rnd.choice(xs)  # noqa: E731
    for e in by_kind["Event"]:
        edge(e, pick(places), "heldIn")
        for _ in range(rnd.randint(2, 5)):
            edge(e, pick(orgs), rnd.choice(EVENT_RELATIONS))
        edge(e, rnd.choice(people), rnd.choice(["addressedBy", "presidedOverBy"]))
        if rnd.random() < 0.3:
            edge(e, rnd.choice(by_kind["Programme"]), "partOf")
    for p in people:
        org = rnd.choice(orgs + by_kind["OrganizationalUnit"])
        G.add_edge(p, org, key="holdsPostIn:president", relation="holdsPostIn", label="president",
                   predicate="http://www.w3.org/ns/org#Post", evidence=(Evidence("article-0", "A post.", "synthetic"),))
    for u in by_kind["OrganizationalUnit"]:
        edge(u, rnd.choice(orgs), "subOrganizationOf")
    for o in orgs:
        if rnd.random() < 0.5:
            edge(o, pick(places), "locatedIn")
    return G


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--all-max", type=int, default=10000, help="time drawing every node up to this size")
    parser.add_argument("--no-browser", action="store_true", help="only write the pages")
    parser.add_argument("--keep", type=Path, help="write the pages into this folder and keep them")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-viz-bench."))
    folder.mkdir(parents=True, exist_ok=True)
    cols = ["paint", "search", "expand", "zoom", "all", "all zoom"]
    print(f"{'nodes':>7} {'edges':>7} {'write s':>8} {'MB':>6} " + " ".join(f"{c + ' ms':>11}" for c in cols), flush=True)
    for n in args.sizes:
        G = synthetic(n, args.seed)
        path = folder / f"graph-{n}.html"
        start = time.perf_counter()
        write_html(G, path, title=f"synthetic {n}")
        written = time.perf_counter() - start
        figures = {} if args.no_browser else measure(path, n <= args.all_max)
        cells = " ".join(f"{figures[c]:>11.0f}" if figures.get(c) is not None else f"{'-':>11}" for c in cols)
        print(f"{G.number_of_nodes():>7} {G.number_of_edges():>7} {written:>8.2f} {path.stat().st_size / 1e6:>6.1f} {cells}",
              flush=True)
        if not args.keep:
            path.unlink()
    if not args.keep:
        folder.rmdir()


if __name__ == "__main__":
    main()
