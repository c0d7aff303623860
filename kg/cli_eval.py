"""``kg eval``: how well a build matches gold annotations (registered on the app in kg/cli.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.table import Table

from .errors import InputError, KGError


def eval_command(
    gold: Annotated[Path, typer.Option("--gold", "-g", help="A gold file (JSON) or a folder of them.")],
    build: Annotated[Path, typer.Argument(help="A build folder (from `kg build`).")] = Path("data/build"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    show: Annotated[bool, typer.Option("--show", help="List what each article missed and got wrong.")] = False,
) -> None:
    """Score a build against gold annotations: precision, recall and F1 per article and per class
    (people, organizations, relations, posts, literals; topics on their own), like `spacy evaluate`.

    A gold file is named after its article (ID.json for ID.txt) or names it as "article".

    Example: kg eval data/build --gold ../shared/eval/dev --format json
    """
    from .cli_common import err, fail, out
    from .evaluate import CLASSES, evaluate

    fmt = fmt.strip().lower()
    if fmt not in {"table", "json"}:
        fail(InputError(f"--format takes table or json, not {fmt!r}"))
    try:
        result = evaluate(build, gold)
    except KGError as error:
        fail(error)
    if fmt == "json":
        out.print_json(json.dumps(result.as_json()))
        return
    table = Table(title=f"{len(result.articles)} article(s) scored against {gold}", box=box.SIMPLE_HEAD)
    table.add_column("article", no_wrap=True, max_width=26, overflow="ellipsis")
    for column in (*HEADERS, "P", "R", "F1"):
        table.add_column(column, justify="right", min_width=4)
    for name, s in result.articles.items():
        cells = [_f1(s.counts[c]) for c in (*CLASSES, "topics")]
        table.add_row(name, *cells, *(f"{x:.2f}" for x in s.overall))
    table.add_row("micro", *(f"{result.total(c)[2]:.2f}" for c in CLASSES), "", *(f"{x:.2f}" for x in result.total()),
                  style="bold")
    out.print(table)
    out.print(f"mean F1 {result.mean_f1():.2f} over {len(result.articles)} article(s)", highlight=False)
    if result.missing:
        err.print(f"not in the build: {', '.join(result.missing)}", highlight=False)
    if show:
        for name, s in result.articles.items():
            for key in sorted(s.misses):
                for item in s.misses[key]:
                    out.print(f"{name}  {key}: {item}", highlight=False, markup=False)


HEADERS = ("pers", "org", "rel", "post", "lit", "top")  # short: the article ids need the width


def _f1(counts: tuple[int, int, int]) -> str:
    from .evaluate import prf

    tp, fp, fn = counts
    return "-" if tp + fp + fn == 0 else f"{prf(*counts)[2]:.2f}"


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
