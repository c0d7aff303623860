"""The ``kg`` command line: a thin typer app over the library."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .article import find_articles
from .errors import KGError, ValidationError

app = typer.Typer(help="garment-kg: build an RDF knowledge graph from textile and garment industry news.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("data/build")


def fail(error: KGError) -> None:
    err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
    if isinstance(error, ValidationError):
        for line in error.violations:
            err.print(f"  {line}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


@app.command()
def build(
    inputs: Annotated[list[Path] | None, typer.Argument(help="Article files (.txt, .md) or folders of them.")] = None,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Build folder (replaced only when the build succeeds).")] = DEFAULT_OUT,
    validate: Annotated[bool, typer.Option(help="Check every article graph against the SHACL shapes.")] = True,
) -> None:
    """Build the knowledge graph from articles and validate it.

    Writes OUT/dataset.trig (one named graph per article), OUT/graph.ttl (merged) and
    OUT/articles/ID.ttl. Example: kg build seeds/ --out data/build
    """
    from .build import build as run_build

    paths = inputs or [DEFAULT_INPUT]
    try:
        files = find_articles(paths)
        with Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TextColumn("{task.description}"), console=err, transient=True) as bar:
            task = bar.add_task("", total=len(files))
            report = run_build(files, out_dir, check=validate,
                               progress=lambda p: bar.update(task, advance=1, description=p.name))
    except KGError as error:
        fail(error)
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/yellow] {warning}", highlight=False, soft_wrap=True)
    table = Table(title=f"Built {out_dir}", show_header=True)
    for col in ("article", "entities", "facts", "triples"):
        table.add_column(col, justify="left" if col == "article" else "right")
    for r in report.articles:
        table.add_row(r.article.id, str(r.entities), str(r.facts), str(len(r.graph)))
    table.add_row("[bold]total", str(report.entities), str(report.facts), str(report.triples))
    out.print(table)
    out.print(f"{len(report.articles)} article(s) in {report.seconds:.1f} s; "
              f"{'SHACL: conforms' if validate else 'SHACL: not checked'}")


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="A Turtle or TriG file of one or more article graphs.")] = DEFAULT_OUT / "dataset.trig",
) -> None:
    """Validate a built graph against the SHACL shapes; exit 1 on violations.

    Example: kg validate data/build/dataset.trig
    """
    from .graphio import load_graphs
    from .validate import validate as run_validate

    try:
        graphs = load_graphs(graph)
    except KGError as error:
        fail(error)
    bad = 0
    for name, g in graphs:
        for v in run_validate(g):
            bad += 1
            out.print(f"{name}: {v}", highlight=False, soft_wrap=True)
    if bad:
        err.print(f"[red]{bad} violation(s)[/red]")
        raise typer.Exit(1)
    out.print(f"{graph}: {len(graphs)} graph(s) conform to the shapes")


def main() -> None:  # pragma: no cover
    app()
from .cli_graph import register as _register_graph_commands  # noqa: E402
_register_graph_commands(app)
