"""The ``kg`` command line: a thin typer app over the library."""

from __future__ import annotations

import re
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .article import ARTICLE_TIMEOUT, MAX_CHARS
from .errors import InputError, KGError, ValidationError

app = typer.Typer(help="garment-kg: build an RDF knowledge graph from textile and garment industry news.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("data/build")


# Characters that must not reach a terminal raw: C0/C1 controls but tab (a newline makes two lines
# of one; an ESC starts a sequence that can set the clipboard or the title), bidirectional overrides
# (they reorder what is shown), and lone surrogates (a file name that is not UTF-8: printing one
# raises UnicodeEncodeError).
_UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: object) -> str:
    """``text`` safe for the terminal and for rich: unprintable characters as \\x.. / \\u.. escapes,
    and square brackets escaped, so a file named "[/b].txt" is shown, not read as markup."""
    return escape(_UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode(),
                                   str(text)))


def fail(error: KGError) -> None:
    err.print(f"[red]error:[/red] {printable(error)}", highlight=False, soft_wrap=True)
    if isinstance(error, ValidationError):
        for line in error.violations:
            err.print(f"  {printable(line)}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def parse_shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    i, _, n = text.partition("/")
    if not (i.isdigit() and n.isdigit() and 1 <= int(i) <= int(n)):
        raise InputError(f"--shard takes I/N with 1 <= I <= N, for example 2/4, not {text!r}")
    return int(i), int(n)


@app.command()
def build(
    inputs: Annotated[list[Path] | None, typer.Argument(help="Article files (.txt, .md, .html, .jsonl) or folders of them.")] = None,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Build folder (replaced only when the build succeeds).")] = DEFAULT_OUT,
    validate: Annotated[bool, typer.Option(help="Check every article graph against the SHACL shapes.")] = True,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for extraction.")] = 1,
    shard: Annotated[str | None, typer.Option(help="Build only shard I of N (I/N); combine the shards with `kg merge`.")] = None,
    strict: Annotated[bool, typer.Option(help="Exit 1 when any input cannot be read (the rest is still built).")] = False,
    max_chars: Annotated[int, typer.Option("--max-chars", min=0, help="Leave out articles longer than this many "
                                           "characters (default spaCy's limit; 0: no limit).")] = MAX_CHARS,
    article_timeout: Annotated[float, typer.Option("--article-timeout", min=0, help="Leave out an article whose "
                                                   "extraction takes longer than this many seconds (0: no limit).")]
        = ARTICLE_TIMEOUT,
    wait: Annotated[bool, typer.Option(help="When another build is writing OUT, wait for it to finish "
                                       "(--no-wait: fail at once).")] = True,
) -> None:
    """Build the knowledge graph from articles and validate it. Files that cannot be read, and
    articles over the size or time budget or whose extraction fails, are reported one line each
    and the rest is built.

    Writes OUT/dataset.trig (one named graph per article), OUT/graph.ttl (all of them in one file),
    OUT/articles/ID.ttl and the SPARQL store OUT/store. Articles unchanged since the last build in
    OUT are not extracted again, and the store is updated rather than loaded again when few changed.
    Example: kg build seeds/ --out data/build --jobs 2
    """
    from .build import build as run_build

    paths = inputs or [DEFAULT_INPUT]
    try:
        with sigterm_as_ctrl_c(), Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(),
                                           TimeElapsedColumn(), TextColumn("{task.description}"), console=err,
                                           transient=True) as bar:
            task = bar.add_task("", total=None)
            report = run_build(paths, out_dir, check=validate, jobs=jobs, shard=parse_shard(shard),
                               started=lambda n: bar.update(task, total=n),
                               progress=lambda p: bar.update(task, advance=1, description=printable(p.name)),
                               max_chars=max_chars or None, article_timeout=article_timeout or None,
                               waiting=lambda: waiting_for(out_dir), wait=wait)
    except KGError as error:
        fail(error)
    show_report(report, "SHACL: conforms" if validate else "SHACL: not checked")
    if strict and report.problems:
        err.print(f"[red]{len(report.problems)} input(s) could not be read or built (--strict)[/red]")
        raise typer.Exit(1)


def waiting_for(out_dir: Path) -> None:
    err.print(f"another build is writing {printable(out_dir)}; waiting for it to finish", highlight=False,
              soft_wrap=True)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


@contextmanager
def sigterm_as_ctrl_c() -> Iterator[None]:
    """A build stopped with SIGTERM (``timeout``, a service manager) cleans up as on Ctrl-C: the
    previous build stays and the half-written one goes."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set signal handlers
        return
    before = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def show_report(report, checked: str) -> None:
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/yellow] {printable(warning)}", highlight=False, soft_wrap=True)
    table = Table(title=f"Built {printable(report.out_dir)}", show_header=True)
    for col in ("article", "entities", "facts", "triples"):
        table.add_column(col, justify="left" if col == "article" else "right")
    if len(report.articles) <= 20:  # one row per article is readable only for a few
        for r in report.articles:
            table.add_row(r.id, str(r.entities), str(r.facts), str(r.triples))
    table.add_row(f"[bold]total ({len(report.articles)} articles)", str(report.entities), str(report.facts),
                  str(report.triples))
    out.print(table)
    merged, unclear = len(report.resolution.merged), len(report.resolution.ambiguous)
    out.print(f"{len(report.articles)} article(s) ({report.extracted} extracted, "
              f"{len(report.articles) - report.extracted} unchanged) in {report.seconds:.1f} s; {checked}; "
              f"store {'updated' if report.store_updated else 'loaded'}; "
              f"{merged} entities merged across articles, {unclear} ambiguous short names; "
              f"{len(report.warnings)} warning(s)")


@app.command()
def merge(
    shards: Annotated[list[Path], typer.Argument(help="Build folders made with `kg build --shard I/N`.")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Build folder to write.")] = DEFAULT_OUT,
    wait: Annotated[bool, typer.Option(help="When another build is writing OUT, wait for it to finish "
                                       "(--no-wait: fail at once).")] = True,
) -> None:
    """Merge shard builds into one build, byte-identical to building all articles at once.

    Example: kg merge build-1 build-2 --out data/build
    """
    from .build import merge as run_merge

    try:
        report = run_merge(shards, out_dir, waiting=lambda: waiting_for(out_dir), wait=wait)
    except KGError as error:
        fail(error)
    show_report(report, "SHACL: checked in the shards" if report.validated else "SHACL: not checked in every shard")


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="A Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML file of "
                                          "one or more article graphs.")] = DEFAULT_OUT / "dataset.trig",
) -> None:
    """Validate a built graph against the SHACL shapes: a table of the violations (graph, focus
    node, path, message) and exit 1, or a line saying it conforms.

    Example: kg validate data/build/dataset.trig
    """
    from .graphio import load_graphs
    from .validate import validate as run_validate

    try:
        graphs = load_graphs(graph)
    except KGError as error:
        fail(error)
    table = Table("graph", "focus node", "path", "message", title="SHACL violations", show_lines=True)
    for name, g in graphs:
        for v in run_validate(g):
            table.add_row(escape(name.rsplit("/", 1)[-1]), escape(v.focus), escape(v.path), escape(v.message))
    if table.row_count:
        out.print(table)
        err.print(f"[red]{table.row_count} violation(s)[/red]")
        raise typer.Exit(1)
    out.print(f"{graph}: {len(graphs)} graph(s) conform to the shapes")


def write_stdout(data: bytes) -> None:
    sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")
    sys.stdout.flush()


def read_query(text: str) -> str:
    """The query itself, or the contents of the .rq file it names."""
    path = Path(text)
    if text.endswith((".rq", ".sparql")) or ("\n" not in text and len(text) < 256 and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"cannot read the query file: {error.__class__.__name__}", text) from None
    return text


TimeoutOpt = Annotated[float | None, typer.Option("--timeout", min=0, help="Stop a query after this many seconds "
                                                  "(default 5, or KG_QUERY_TIMEOUT; 0: no limit).")]
MemoryOpt = Annotated[int | None, typer.Option("--memory-mb", min=0, help="Memory a query may use, in MB (default "
                                               "1024, or KG_QUERY_MEMORY_MB; 0: no limit).")]


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or a .rq file holding one.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (default), json, csv, tsv or xml for SELECT/ASK; "
                                     "turtle (default), nt, xml, jsonld or n3 for CONSTRUCT/DESCRIBE.")] = "table",
    build_dir: Annotated[Path, typer.Option("--build", "-b", help="The build folder whose store is queried.")] = DEFAULT_OUT,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the answer to this file instead of stdout.")] = None,
    timeout: TimeoutOpt = None,
    memory_mb: MemoryOpt = None,
) -> None:
    """Ask the built graph a SPARQL question. The ontology's prefixes (gk:, org:, skos:, rdfs:, ...) are
    predeclared, and class and property hierarchies count (RDFS entailment is in the store).
    SERVICE and updates are refused; a query has a time and a memory limit, and limits on its
    size and nesting (KG_QUERY_MAX_CHARS, KG_QUERY_MAX_TOKENS, KG_QUERY_MAX_DEPTH). Ctrl-C stops it.

    Example: kg query "SELECT ?name WHERE { ?p a gk:Person ; rdfs:label ?name }"

    Example: kg query ontology/queries/06-person-posts.rq --format csv
    """
    from .export import write_atomically
    from .store import _result, limits_of, run_sandboxed, serialize_answer

    try:
        text = read_query(sparql)
        kind, body = run_sandboxed(build_dir, text, limits_of(timeout=timeout, memory_mb=memory_mb))
        if fmt == "table":
            if kind == "ask" and not output:
                out.print(str(bool(_result(kind, body))).lower())
                return
            if kind != "select" or output:
                fmt = "turtle" if kind == "graph" else "json"
        if fmt != "table":
            data = serialize_answer(kind, body, fmt)
            write_atomically(data, output) if output else write_stdout(data)
            return
        solutions = _result(kind, body)
        variables = [v.value for v in solutions.variables]
        rows = [["" if s[v] is None else s[v].value for v in variables] for s in solutions]
    except KGError as error:
        fail(error)
    except KeyboardInterrupt:
        err.print("interrupted: the query was stopped")
        raise typer.Exit(130) from None
    table = Table(*(printable(v) for v in variables), show_lines=False)
    for row in rows:
        table.add_row(*(printable(v) for v in row))
    out.print(table)
    err.print(f"{len(rows)} row(s)")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="turtle, nt, xml (the merged graph) or trig, nquads, "
                                     "jsonld (one named graph per article).")] = "turtle",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (stdout if not given).")] = None,
    build_dir: Annotated[Path, typer.Option("--build", "-b", help="The build folder to export.")] = DEFAULT_OUT,
) -> None:
    """Export the built graph to an RDF format. JSON-LD is compacted with the project's context.

    Example: kg export --format jsonld --output graph.jsonld
    """
    from .export import export as run_export, write_atomically

    try:
        data = run_export(fmt, build_dir)
        write_atomically(data, output) if output else write_stdout(data)
    except KGError as error:
        fail(error)
    if output:
        err.print(f"wrote {output} ({len(data):,} bytes, {fmt})")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; 0.0.0.0 exposes the store to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
    build_dir: Annotated[Path, typer.Option("--build", "-b", help="The build folder whose store is served.")] = DEFAULT_OUT,
    timeout: TimeoutOpt = None,
    memory_mb: MemoryOpt = None,
    workers: Annotated[int, typer.Option(min=1, help="Query processes (queries answered at once).")] = 2,
    cors: Annotated[list[str] | None, typer.Option("--cors", help="An origin (https://app.example) whose pages may "
                                                   "query; none by default.")] = None,
) -> None:
    """Serve the build's store over the SPARQL 1.1 Protocol, read-only. Queries go to
    http://HOST:PORT/query; each is checked and run like `kg query` (no SERVICE, no updates, time and
    memory limits); only requests addressed to this host are answered. Ctrl-C or SIGTERM stops it.

    Example: kg serve --port 7878   then   curl 'http://127.0.0.1:7878/query?query=ASK{?s?p?o}'
    """
    from .server import run
    from .store import limits_of

    try:
        limits = limits_of(timeout=timeout, memory_mb=memory_mb)
        err.print(f"serving {printable(build_dir / 'store')} at http://{printable(host)}:{port}/query "
                  "(read-only); Ctrl-C stops", highlight=False)
        code = run(build_dir, host, port, limits, workers, cors)
    except KGError as error:
        fail(error)
    raise typer.Exit(code)


@app.command()
def push(
    endpoint: Annotated[str, typer.Option(help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store.")],
    build_dir: Annotated[Path, typer.Option("--build", "-b", help="The build folder to send.")] = DEFAULT_OUT,
) -> None:
    """Send every article graph to a SPARQL Graph Store endpoint, replacing the graph of the same name.

    Example: kg push --endpoint http://127.0.0.1:7878/store
    """
    from .export import _redacted, push as run_push

    try:
        sent = run_push(endpoint, build_dir)
    except KGError as error:
        fail(error)
    out.print(f"pushed {len(sent)} graph(s), {sum(sent.values()):,} triples to {printable(_redacted(endpoint))}")


@app.command()
def docs(
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("docs/ontology.html"),
) -> None:
    """Write HTML documentation of the ontology (classes, properties, alignments) with pyLODE.

    Example: kg docs --output docs/ontology.html
    """
    from .docs import ontology_html
    from .export import write_atomically

    try:
        write_atomically(ontology_html().encode("utf-8"), output)
    except KGError as error:
        fail(error)
    out.print(f"wrote {output}")


def fact_table(rows, title: str) -> Table:
    table = Table("subject", "relation", "object", "article", "rule", "sentence", title=title, show_lines=True)
    for f in rows:
        table.add_row(*(printable(v) for v in (f.subject_label, f.relation, f.object_label, f.article, f.rule, f.sentence)))
    return table


@app.command()
def explain(
    name: Annotated[str, typer.Argument(help="An entity's name, alternative name or IRI (case-insensitive).")],
    build_dir: Annotated[Path, typer.Option("--build", "-b", help="The build folder.")] = DEFAULT_OUT,
) -> None:
    """List every fact about an entity, each with its article, sentence and rule.

    Example: kg explain "Example Textile Association"
    """
    from .inspect import facts, find_entity

    try:
        iri = find_entity(name, build_dir)
        rows = facts(build_dir, iri)
    except KGError as error:
        fail(error)
    out.print(fact_table(rows, f"{len(rows)} fact(s) about {printable(iri)}"))


@app.command()
def entities(
    ambiguous: Annotated[bool, typer.Option("--ambiguous", help="List the short names that several entities share instead.")] = False,
    build_dir: Annotated[Path, typer.Option("--build", "-b", help="The build folder.")] = DEFAULT_OUT,
) -> None:
    """List the entities of a build (label, type, articles), or the ambiguous short names that were
    kept apart instead of merged.

    Example: kg entities --ambiguous
    """
    from .inspect import ambiguous as find_ambiguous, entities as find_entities

    try:
        rows = find_ambiguous(build_dir) if ambiguous else find_entities(build_dir)
    except KGError as error:
        fail(error)
    if ambiguous:
        table = Table("short name", "used alone in", "could be", title=f"{len(rows)} ambiguous short name(s)")
        for a in rows:
            table.add_row(a["name"], ", ".join(a["articles"]), "\n".join(a["candidates"]))
    else:
        table = Table("entity", "type", "articles", "IRI", title=f"{len(rows)} entities")
        for e in rows:
            table.add_row(escape(e.label), e.type, str(e.articles), e.iri)
    out.print(table)


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier build folder.")],
    new: Annotated[Path, typer.Argument(help="The later build folder.")],
) -> None:
    """List the facts added and removed between two builds, with their evidence.

    Example: kg diff data/build-yesterday data/build
    """
    from .inspect import diff as run_diff

    try:
        added, removed = run_diff(old, new)
    except KGError as error:
        fail(error)
    out.print(fact_table(added, f"[green]{len(added)} fact(s) added"))
    out.print(fact_table(removed, f"[red]{len(removed)} fact(s) removed"))


def main() -> None:  # pragma: no cover
    app()
from .cli_graph import register as _register_graph_commands  # noqa: E402
_register_graph_commands(app)
from .cli_eval import register as _register_eval_command  # noqa: E402
_register_eval_command(app)
