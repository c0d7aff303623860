"""The graph commands of ``kg``: analyze, path and viz (registered on the app in kg/cli.py)."""

from __future__ import annotations

import json
import os
import tempfile
import webbrowser
from pathlib import Path
from typing import Annotated

import typer

BuildOpt = Annotated[Path, typer.Option("--build", "-b", help="Build folder with graph.ttl (from `kg build`).")]
GraphOpt = Annotated[Path | None, typer.Option("--graph", "-g", help="A graph file to read instead of BUILD/graph.ttl.")]
TopicsOpt = Annotated[bool, typer.Option("--topics/--no-topics", help="Include topics (skos:Concept) as nodes.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table (for people) or json (for scripts).")]
DEFAULT_BUILD = Path("data/build")


def _network(build: Path, graph: Path | None, topics: bool, evidence: bool = True):
    """Read the build's graph and project it (without the evidence behind the edges unless
    ``evidence``); KGError goes to the caller."""
    from .analyze import graph_path, project_file

    return project_file(graph_path(build, graph), topics=topics, evidence=evidence)


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def _check_format(fmt: str) -> str:
    from .cli_common import choose, reported

    with reported():
        return choose(fmt, ("table", "json"))


def analyze(
    build: BuildOpt = DEFAULT_BUILD, graph: GraphOpt = None, topics: TopicsOpt = False,
    top: Annotated[int, typer.Option("--top", "-n", help="Rows in each centrality table.")] = 10,
    seed: Annotated[int, typer.Option(help="Seed of the Louvain community detection.")] = 42,
    fmt: FormatOpt = "table",
    write: Annotated[bool, typer.Option("--write", help="Also write the per-entity results as the named graph "
                                        "graph/derived/analysis into the SPARQL store (BUILD/store) and to BUILD/analysis.trig.")] = False,
) -> None:
    """Rank and group the entities: degree, PageRank, betweenness, communities, components, counts.

    Example: kg analyze --build data/build --top 5 --write
    """
    from .analyze import ANALYSIS_GRAPH, analyse, analysis_graph, to_json
    from .cli_common import fail, out
    from .errors import KGError

    fmt = _check_format(fmt)
    try:
        G = _network(build, graph, topics, evidence=False)  # the measures do not look at the evidence
    except KGError as error:
        fail(error)
    result = analyse(G, seed=seed)
    if write:
        from . import oxi
        from .analyze import analysis_quads, write_to_store
        from .build import one_writer
        from .cli import waiting_for
        folder = graph.parent if graph else build
        results = analysis_graph(result)
        target = folder / "analysis.trig"
        try:
            # as a build does: a build swapping the folder meanwhile would leave this in the old one
            with one_writer(folder, waiting=lambda: waiting_for(folder)):
                _atomic_write(target, oxi.trig(analysis_quads(results)))
                write_to_store(results, folder)
        except KGError as error:
            fail(error)
    if fmt == "json":
        out.print_json(json.dumps(to_json(result, G, top), ensure_ascii=False))
    else:
        _print_analysis(result, G, top)
    if write:
        out.print(f"wrote {target} and the named graph {ANALYSIS_GRAPH} in {folder / 'store'}", highlight=False)


def _print_analysis(result, G, top: int) -> None:
    from rich.table import Table

    from .cli_common import out

    out.print(f"{result.edges} facts between {len(result.nodes)} entities; "
              f"{len(result.components)} connected component(s); {len(result.communities)} communities (seed {result.seed})",
              highlight=False)
    for measure, title in (("degree", "Degree"), ("pagerank", "PageRank"), ("betweenness", "Betweenness")):
        table = Table(title=f"{title}: top {top}", title_justify="left")
        for col in ("#", "entity", "class", measure):
            table.add_column(col, justify="right" if col in ("#", measure) else "left")
        for i, s in enumerate(result.top(measure, top), 1):
            value = getattr(s, measure)
            table.add_row(str(i), s.label, s.cls, str(value) if measure == "degree" else f"{value:.4f}")
        out.print(table)
    for title, groups in (("Communities (Louvain)", result.communities), ("Connected components", result.components)):
        table = Table(title=title, title_justify="left")
        table.add_column("#", justify="right")
        table.add_column("size", justify="right")
        table.add_column("members")
        for i, group in enumerate(groups):
            table.add_row(str(i), str(len(group)), "; ".join(G.nodes[n]["label"] for n in group))
        out.print(table)
    for title, counts in (("Entities by class", result.class_counts), ("Facts by relation", result.relation_counts)):
        table = Table(title=title, title_justify="left")
        table.add_column(title.split()[-1])
        table.add_column("count", justify="right")
        for key, n in counts.items():
            table.add_row(key, str(n))
        out.print(table)


def path(
    source: Annotated[str, typer.Argument(help="An entity label, alias or IRI (case-insensitive).")],
    target: Annotated[str, typer.Argument(help="Another entity label, alias or IRI.")],
    build: BuildOpt = DEFAULT_BUILD, graph: GraphOpt = None, topics: TopicsOpt = False,
    limit: Annotated[int, typer.Option(help="At most this many shortest paths.")] = 5,
    fmt: FormatOpt = "table",
) -> None:
    """Show the shortest connections between two entities, each hop with its relation and evidence.

    Example: kg path "Zhang Wei" "Hangzhou"
    """
    from rich.markup import escape

    from .analyze import find_node, shortest_paths
    from .cli_common import fail, out, short
    from .errors import KGError

    fmt = _check_format(fmt)
    try:
        G = _network(build, graph, topics)
        a, b = find_node(G, source), find_node(G, target)
        paths = shortest_paths(G, a, b, limit)
    except KGError as error:
        fail(error)
    if fmt == "json":
        out.print_json(json.dumps(_paths_json(G, paths), ensure_ascii=False))
        return
    label = lambda n: _plain(short(G.nodes[n]["label"]))  # noqa: E731  (an entity without a label: its prefixed IRI)
    for i, p in enumerate(paths, 1):
        out.print(f"[bold]path {i}[/bold] ({len(p)} hop(s)): " + escape(" — ".join([label(a)] + [label(h.target) for h in p])))
        for h in p:
            for link in h.links:
                arrow = f"—{_plain(link.label)}→" if link.forward else f"←{_plain(link.label)}—"
                out.print(f"  {label(h.source)} {arrow} {label(h.target)}", highlight=False, markup=False)
                for ev in link.evidence:
                    out.print(f"      “{_plain(ev.sentence)}” [{_plain(ev.article)}]", highlight=False, markup=False)


def _plain(text: object) -> str:
    """``text`` with the characters that must not reach a terminal raw (ESC, other controls,
    bidirectional overrides) as visible escapes; for lines printed without markup."""
    from .cli_common import plain

    return plain(text)


def _paths_json(G, paths) -> list:
    return [[{"from": h.source, "to": h.target, "from_label": G.nodes[h.source]["label"],
              "to_label": G.nodes[h.target]["label"],
              "links": [{"relation": k.relation, "label": k.label, "forward": k.forward,
                         "evidence": [{"sentence": e.sentence, "article": e.article, "rule": e.rule} for e in k.evidence]}
                        for k in h.links]} for h in p] for p in paths]


def viz(
    build: BuildOpt = DEFAULT_BUILD, graph: GraphOpt = None, topics: TopicsOpt = False,
    out_file: Annotated[Path | None, typer.Option("--out", "-o", help="HTML file to write (default BUILD/graph.html).")] = None,
    focus: Annotated[str | None, typer.Option(help="Only the neighbourhood of this entity (label, alias or IRI).")] = None,
    hops: Annotated[int, typer.Option(help="With --focus: how many hops around it.")] = 2,
    top: Annotated[int | None, typer.Option("--top", help="Only the N most central entities.")] = None,
    physics: Annotated[bool, typer.Option("--physics/--no-physics", help="Start with the physics layout running (off: the computed layout stays).")] = False,
    color_by: Annotated[str, typer.Option("--color-by", help="Colour nodes by class, community or article (a toggle on the page too).")] = "class",
    title: Annotated[str, typer.Option(help="Page title.")] = "garment-kg graph",
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in the default browser.")] = False,
) -> None:
    """Write the graph as one self-contained interactive HTML page (works offline, from file://).

    Example: kg viz --build data/build --focus "Example Textile Association" --hops 2 --open
    """
    from .analyze import find_node, neighbourhood
    from .cli_common import fail, out
    from .errors import KGError
    from .viz import top_nodes, write_html

    from .viz import COLOR_BY

    if color_by not in COLOR_BY:
        raise typer.BadParameter(f"one of {', '.join(COLOR_BY)}, not {color_by!r}", param_hint="--color-by")
    centre = None
    try:
        G = _network(build, graph, topics)
        if focus:
            centre = find_node(G, focus)
            G = neighbourhood(G, centre, hops)
    except KGError as error:
        fail(error)
    G = top_nodes(G, top) if top else G
    target = out_file or (graph.parent if graph else build) / "graph.html"
    # a focus page opens centred on its entity with the whole neighbourhood drawn
    write_html(G, target, title=title, physics=physics, color_by=color_by,
               focus=centre if centre in G else None, top=len(G) if centre else None)
    out.print(f"wrote {target}: {G.number_of_nodes()} entities, {G.number_of_edges()} facts", highlight=False)
    if open_browser:
        webbrowser.open(target.resolve().as_uri())


def register(app: typer.Typer) -> None:
    """Add the graph commands to the ``kg`` app."""
    app.command()(analyze)
    app.command()(path)
    app.command()(viz)
