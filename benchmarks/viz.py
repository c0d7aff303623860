"""Benchmark the interactive HTML page (kg.viz) on synthetic entity networks.

For each size (default 1k, 10k and 50k nodes) a deterministic network shaped like the real one is
generated (events linked to organizations, people and places by the builder's relations, people
holding posts, units under parents, organizations located in places; one evidence sentence per
edge), then the page is written with :func:`kg.viz.write_html`. Prints nodes, edges, the time to
compute the page and write it, and the file size.

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
    parser.add_argument("--keep", type=Path, help="write the pages into this folder and keep them")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-viz-bench."))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'nodes':>7} {'edges':>7} {'generate s':>10} {'write s':>8} {'size MB':>8}  file")
    for n in args.sizes:
        start = time.perf_counter()
        G = synthetic(n, args.seed)
        generated = time.perf_counter() - start
        path = folder / f"graph-{n}.html"
        start = time.perf_counter()
        write_html(G, path, title=f"synthetic {n}")
        written = time.perf_counter() - start
        print(f"{G.number_of_nodes():>7} {G.number_of_edges():>7} {generated:>10.2f} {written:>8.2f} "
              f"{path.stat().st_size / 1e6:>8.2f}  {path}")
        if not args.keep:
            path.unlink()
    if not args.keep:
        folder.rmdir()


if __name__ == "__main__":
    main()
