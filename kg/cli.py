"""The ``kg`` command line: a thin typer app over the library. Each command calls the library and
turns its :class:`~kg.errors.KGError` into one line; what the commands share (options, help
layout, tables, stdin) is in :mod:`kg.cli_common`."""

from __future__ import annotations

import json
import shlex
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperCommand
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .article import ARTICLE_TIMEOUT, MAX_CHARS
from .cli_common import (DEFAULT_BUILD, BuildOpt, Command, Group, OutOpt, canonical_format, choose, completing,
                         emit, err, fail, out, printable, read_stdin, reported, short, table, term_text,
                         write_output, write_stdout)
from .cli_common import UNPRINTABLE as _UNPRINTABLE  # noqa: F401  (printable, fail and this: importable from here as before)
from .errors import InputError, KGError

app = typer.Typer(cls=Group, no_args_is_help=True, add_completion=True, pretty_exceptions_enable=False,
                  rich_markup_mode="markdown")

DEFAULT_INPUT = Path("seeds")
SchedulerOpt = Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", help="Run the per-article work on "
                                                  "the Dask cluster of this scheduler (tcp://HOST:PORT) instead of "
                                                  "local processes; its workers need this garment-kg installed.")]
DEFAULT_OUT = DEFAULT_BUILD
DEFAULT_DOCS = Path("data/ontology.html")
TABULAR = ("table", "json", "csv")
TabularOpt = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.", autocompletion=completing(TABULAR))]
QUERY_FORMATS = ("table", "json", "csv", "tsv", "xml", "turtle", "nt", "jsonld", "n3")
FACT_COLUMNS = {"subject": "subject_label", "relation": "predicate", "object": "object_label",
                "article": "article", "rule": "rule", "sentence": "sentence"}


def version() -> str:
    """The installed package's version (from its metadata)."""
    from importlib.metadata import PackageNotFoundError, version as installed

    try:
        return installed("garment-kg")
    except PackageNotFoundError:  # pragma: no cover - run from a checkout that was never installed
        return "unknown (not installed)"


def _show_version(value: bool) -> None:
    if value:
        out.print(f"garment-kg {version()}", highlight=False)
        raise typer.Exit()


@app.callback()
def main(
    show_version: Annotated[bool, typer.Option("--version", "-V", is_eager=True, callback=_show_version,
                                               help="Show the version and exit.")] = False,
) -> None:
    """garment-kg: build an RDF knowledge graph from textile and garment industry news, every fact
    with its evidence. `kg COMMAND --help` tells more about each command.

    Example: kg build seeds/ --out data/build

    Example: kg query "SELECT ?name WHERE { ?p a gk:Person ; rdfs:label ?name }"
    """


def parse_shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    i, _, n = text.partition("/")
    if not (i.isdigit() and n.isdigit() and 1 <= int(i) <= int(n)):
        raise InputError(f"--shard takes I/N with 1 <= I <= N, for example 2/4, not {text!r}")
    return int(i), int(n)


@contextmanager
def stdin_article(paths: list[Path]) -> Iterator[list[Path]]:
    """``paths`` with ``-`` replaced by a file holding standard input, named ``stdin`` (so the
    article's id is ``stdin``); the file goes afterwards, and errors name it ``stdin``."""
    if Path("-") not in paths:
        yield paths
        return
    folder = Path(tempfile.mkdtemp(prefix="kg-stdin-"))
    try:
        (folder / "stdin").write_text(read_stdin("article text"), encoding="utf-8")
        try:
            yield [folder / "stdin" if p == Path("-") else p for p in paths]
        except KGError as error:
            if error.where and error.where.startswith(str(folder)):
                error.where = "stdin"
            raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@app.command()
def build(
    inputs: Annotated[list[Path] | None, typer.Argument(help="Article files (.txt, .md, .html, .jsonl) or folders "
                                                        "of them; - reads one article's text from stdin (id stdin).")] = None,
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
    scheduler: SchedulerOpt = None,
) -> None:
    """Build the knowledge graph from articles and validate it. Files that cannot be read, and
    articles over the size or time budget or whose extraction fails, are reported one line each
    and the rest is built; a .json file (a gold annotation) is skipped with one line.

    Writes OUT/dataset.trig (one named graph per article), OUT/graph.ttl (all of them in one file),
    OUT/articles/ID.ttl and the SPARQL store OUT/store. Articles unchanged since the last build in
    OUT are not extracted again, and the store is updated rather than loaded again when few changed.

    Example: kg build seeds/ --out data/build --jobs 2

    Example: cat article.txt | kg build - --out data/one

    Example: kg build articles/ --out data/build --scheduler tcp://10.0.0.5:8786
    """
    from .build import build as run_build

    with reported():
        if scheduler and jobs > 1:  # one or the other does the work: say so rather than ignore one
            raise InputError("--jobs runs local worker processes and --scheduler a Dask cluster's: give one")
    with reported(), stdin_article(inputs or [DEFAULT_INPUT]) as paths, sigterm_as_ctrl_c(), \
            Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                     TextColumn("{task.description}"), console=err, transient=True) as bar:
        task = bar.add_task("", total=None)
        report = run_build(paths, out_dir, check=validate, jobs=jobs, shard=parse_shard(shard),
                           started=lambda n: bar.update(task, total=n),
                           progress=lambda p: bar.update(task, advance=1, description=printable(p.name)),
                           max_chars=max_chars or None, article_timeout=article_timeout or None,
                           waiting=lambda: waiting_for(out_dir), wait=wait, scheduler=scheduler)
    show_report(report, "SHACL: conforms" if validate else "SHACL: not checked")
    if strict and report.problems:
        err.print(f"[red]{len(report.problems)} input(s) could not be read or built (--strict)[/red]")
        raise typer.Exit(1)


def waiting_for(out_dir: Path) -> None:
    err.print(f"another build is writing {printable(out_dir)}; waiting for it to finish", highlight=False,
              soft_wrap=True)


def _interrupt(signum, frame) -> None:
    from .build import STOP

    STOP.set()  # in case the KeyboardInterrupt is lost (see kg.build.STOP)
    raise KeyboardInterrupt


@contextmanager
def sigterm_as_ctrl_c() -> Iterator[None]:
    """A build stopped with SIGTERM (``timeout``, a service manager) or Ctrl-C cleans up: the
    previous build stays and the half-written one goes, even when the interrupt lands where a
    library swallows it (the build stops at its next step, see :data:`kg.build.STOP`)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set signal handlers
        return
    from .build import STOP

    STOP.clear()
    before = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
        STOP.clear()


def show_report(report, checked: str) -> None:
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/yellow] {printable(warning)}", highlight=False, soft_wrap=True)
    t = Table(title=f"Built {printable(report.out_dir)}", show_header=True)
    for col in ("article", "entities", "facts", "triples"):
        t.add_column(col, justify="left" if col == "article" else "right")
    if len(report.articles) <= 20:  # one row per article is readable only for a few
        for r in report.articles:
            t.add_row(r.id, str(r.entities), str(r.facts), str(r.triples))
    t.add_row(f"[bold]total ({len(report.articles)} articles)", str(report.entities), str(report.facts),
              str(report.triples))
    out.print(t)
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
    scheduler: SchedulerOpt = None,
) -> None:
    """Merge shard builds into one build, byte-identical to building all articles at once. With
    --scheduler, the article graphs that cross-article resolution changes are rewritten on a Dask cluster.

    Example: kg merge build-1 build-2 --out data/build
    """
    from .build import merge as run_merge

    with reported(), sigterm_as_ctrl_c():
        report = run_merge(shards, out_dir, waiting=lambda: waiting_for(out_dir), wait=wait, scheduler=scheduler)
    show_report(report, "SHACL: checked in the shards" if report.validated else "SHACL: not checked in every shard")


@app.command()
def watch(
    folder: Annotated[Path, typer.Argument(help="The folder of articles to watch, sub-folders included.")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Build folder (replaced only when a build succeeds).")] = DEFAULT_OUT,
    validate: Annotated[bool, typer.Option(help="Check every article graph against the SHACL shapes.")] = True,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for extraction, when "
                                      "several articles changed.")] = 1,
    interval: Annotated[float | None, typer.Option(min=0.01, help="Seconds between two looks at the folder "
                                                   "(default 0.5).")] = None,
    debounce: Annotated[float | None, typer.Option(min=0, help="Rebuild once the folder has been quiet this many "
                                                   "seconds (default 0.3).")] = None,
    max_rebuilds: Annotated[int, typer.Option("--max-rebuilds", min=0, help="Stop after this many rebuilds "
                                              "(0: run until Ctrl-C or SIGTERM).")] = 0,
) -> None:
    """Build a folder of articles, then rebuild whenever an article in it is added, changed or
    removed, in one process that keeps the pipeline loaded. Only the changed articles are extracted;
    each rebuild is one line (what changed, articles extracted and unchanged, seconds). A bad file is
    one warning and the rest is built; Ctrl-C or SIGTERM stops, leaving the last complete build.

    Example: kg watch articles/ --out data/build
    """
    from .watch import Watcher

    with reported(), sigterm_as_ctrl_c():
        watcher = Watcher(folder, out_dir, check=validate, jobs=jobs, interval=interval, debounce=debounce,
                          waiting=lambda: waiting_for(out_dir))
        err.print(f"watching {printable(folder)} into {printable(out_dir)}; Ctrl-C stops", highlight=False)
        try:
            watcher.run(show_rebuild, max_rebuilds or None)
        except KeyboardInterrupt:
            kept = (out_dir / "manifest.json").is_file()
            err.print(f"stopped; {printable(out_dir)} holds the last complete build" if kept
                      else f"stopped before a build was complete; nothing was written to {printable(out_dir)}",
                      highlight=False)


def show_rebuild(rebuild) -> None:
    """A :class:`kg.watch.Rebuild`: its new warnings and any error on stderr, its line on stdout."""
    for warning in rebuild.new_warnings:
        err.print(f"[yellow]warning:[/yellow] {printable(warning)}", highlight=False, soft_wrap=True)
    if rebuild.error is not None:
        err.print(f"[red]error:[/red] {printable(rebuild.error)}", highlight=False, soft_wrap=True)
        for line in getattr(rebuild.error, "violations", []):
            err.print(f"  {printable(line)}", highlight=False, soft_wrap=True)
    out.print(f"{time.strftime('%H:%M:%S')} {printable(rebuild.summary())}", highlight=False, soft_wrap=True)


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="A Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML file of "
                                          "one or more article graphs.")] = DEFAULT_OUT / "dataset.trig",
) -> None:
    """Validate a built graph against the SHACL shapes: a table of the violations (graph, focus
    node, path, message) and exit 1, or a line saying it conforms. A file that cannot be parsed
    is one line with the parser's reason and its line.

    Example: kg validate data/build/dataset.trig
    """
    from .graphio import load_graphs
    from .validate import validate as run_validate

    with reported():
        graphs = load_graphs(graph)
    rows = [(name.rsplit("/", 1)[-1], v.focus, v.path, v.message) for name, g in graphs for v in run_validate(g)]
    if rows:
        out.print(table(("graph", "focus node", "path", "message"), rows, "SHACL violations", lines=True))
        err.print(f"[red]{len(rows)} violation(s)[/red]")
        raise typer.Exit(1)
    out.print(f"{printable(graph)}: {len(graphs)} graph(s) conform to the shapes")


def read_query(text: str) -> str:
    """The query itself, the contents of the .rq file it names, or standard input for ``-``."""
    if text == "-":
        return read_stdin("query")
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
LimitOpt = Annotated[int | None, typer.Option("--limit", min=1, metavar="N", help="Give at most N rows of a SELECT "
                                              "(stderr says when more follow). Without ORDER BY in the query only "
                                              "these rows are evaluated. Example: --limit 20")]
OffsetOpt = Annotated[int, typer.Option("--offset", min=0, metavar="M", help="Skip the first M rows of a SELECT. "
                                        "Example: --limit 20 --offset 40 gives rows 41-60.")]


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(metavar="QUERY", help="A SPARQL query, a .rq file holding one, or - to "
                                          "read the query from stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (default), json, csv, tsv or xml for SELECT/ASK; "
                                     "turtle/ttl (default), nt, xml, jsonld or n3 for CONSTRUCT/DESCRIBE.",
                                     autocompletion=completing(QUERY_FORMATS))] = "table",
    build_dir: Annotated[Path, typer.Option("--build", "-b", help="The build folder whose store is queried.")] = DEFAULT_OUT,
    out_file: Annotated[Path | None, typer.Option("--out", "-o", help="Write the answer to this file instead of stdout.")] = None,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
    timeout: TimeoutOpt = None,
    memory_mb: MemoryOpt = None,
) -> None:
    """Ask the built graph a SPARQL question. The ontology's prefixes (gk:, org:, skos:, rdfs:,
    gkorg:, ...) are predeclared, and class and property hierarchies count (RDFS entailment is in
    the store). SERVICE and updates are refused; a query has a time and a memory limit, and limits
    on its size and nesting (KG_QUERY_MAX_CHARS, KG_QUERY_MAX_TOKENS, KG_QUERY_MAX_DEPTH). Ctrl-C
    stops it. Tables show IRIs as prefixed names. --limit and --offset page a SELECT; the competency
    questions order every column, so their pages follow one order.

    Example: kg query "SELECT ?name WHERE { ?p a gk:Person ; rdfs:label ?name }"

    Example: kg query ontology/queries/06-person-posts.rq --format csv

    Example: kg query ontology/queries/03-event-attended-by.rq --limit 20 --offset 20   (rows 21-40)

    Example: echo 'ASK { ?s ?p ?o }' | kg query -
    """
    from .store import limits_of, sandboxed

    fmt = canonical_format(fmt)
    try:
        with reported():
            reply = sandboxed(build_dir, read_query(sparql), limits_of(timeout=timeout, memory_mb=memory_mb),
                              limit=limit, offset=offset)
            show_answer(reply, fmt, out_file)
    except KeyboardInterrupt:
        err.print("interrupted: the query was stopped")
        raise typer.Exit(130) from None


def show_answer(reply, fmt: str, out_file: Path | None) -> None:
    """The answer of ``kg query`` in ``fmt`` on stdout or in ``out_file``: a table of a SELECT's
    rows, true or false for an ASK, else a standard format (a table asked for in a file is JSON).
    The row count and what a page holds go to stderr, so stdout is the format and nothing else."""
    from .store import _result, serialize_answer

    if fmt == "table" and reply.kind == "ask" and not out_file:
        out.print(str(bool(_result(reply.kind, reply.body))).lower())
        return
    if fmt == "table" and (reply.kind != "select" or out_file):
        fmt = "turtle" if reply.kind == "graph" else "json"
    if fmt != "table":
        write_output(serialize_answer(reply.kind, reply.body, fmt), out_file)
        if reply.paged:
            err.print(f"{reply.count} row(s): {page_note(reply)}", highlight=False)
        return
    solutions = _result(reply.kind, reply.body)
    variables = [v.value for v in solutions.variables]
    rows = [[term_text(s[v]) for v in variables] for s in solutions]
    out.print(table(variables, rows))
    err.print(f"{len(rows)} row(s)" + (f": {page_note(reply)}" if reply.paged else ""), highlight=False)


def page_note(reply) -> str:
    """Which rows a page holds and how to ask for the next: "rows 21-40; more follow: --offset 40 for
    the next page", or "rows 41-53, the last". Pages of a query without ORDER BY follow the store's
    order, which a rebuild with one more article may change: the note says so."""
    last = reply.offset + reply.count
    shown = f"rows {reply.offset + 1}-{last}" if reply.count else f"no rows after row {reply.offset}"
    note = f"{shown}; more follow: --offset {last} for the next page" if reply.more else \
        (f"{shown}, the last" if reply.count else shown)
    if not reply.ordered and (reply.more or reply.offset):
        note += " (the query has no ORDER BY: give it one for pages that keep their rows across builds)"
    return note


def _export_formats() -> list[str]:
    from .export import FORMATS
    from .graph_formats import NETWORK_FORMATS

    return [*FORMATS, *NETWORK_FORMATS]


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="turtle/ttl, nt, xml (the merged graph); trig, nquads/nq, "
                                     "jsonld/json-ld (one named graph per article); graphml, gexf, nodelink/node-link "
                                     "(the entity network with its evidence); neo4j (CSV files for neo4j-admin, into "
                                     "the folder --out).",
                                     autocompletion=completing(_export_formats))] = "turtle",
    out_file: Annotated[Path | None, typer.Option("--out", "-o", help="File to write (stdout if not given); for neo4j "
                                                  "a folder, which is required.")] = None,
    build_dir: Annotated[Path, typer.Option("--build", "-b", help="The build folder to export.")] = DEFAULT_OUT,
    topics: Annotated[bool, typer.Option("--topics/--no-topics", help="graphml, gexf, nodelink and neo4j: topics "
                                         "(skos:Concept) as nodes, linked by discusses.")] = True,
) -> None:
    """Export the built graph to an RDF format, or its entity network to GraphML, GEXF, node-link JSON or Neo4j.

    RDF formats hold every triple; JSON-LD is compacted with the project's context. The network formats hold the
    entities (class, label, IRI, aliases) and the facts between them, each fact with its evidence (article,
    sentence, offsets, rule), for Gephi, yEd, NetworkX and Neo4j. For neo4j the import command is printed and
    written beside the files as import.sh.

    Example: kg export --format graphml --out graph.graphml
    """
    from .export import export as run_export
    from .graph_formats import FOLDER_FORMATS, export_neo4j

    fmt = canonical_format(fmt)
    if fmt in FOLDER_FORMATS:
        with reported():
            if out_file is None:
                raise InputError("--format neo4j writes a folder of CSV files; give it with --out FOLDER")
            files, command = export_neo4j(build_dir, out_file, topics=topics)
        nodes = sum(1 for f in files if f.startswith("nodes/"))
        err.print(f"wrote {printable(out_file)}: {nodes} node file(s), {len(files) - nodes} relationship file(s) "
                  f"and import.sh; load them (Neo4j stopped, the database new or empty) with:", highlight=False)
        write_stdout(f"cd {shlex.quote(str(out_file))} && {command}".encode("utf-8"))
        return
    with reported():
        data = run_export(fmt, build_dir, topics=topics)
        write_output(data, out_file)
    if out_file:
        err.print(f"wrote {printable(out_file)} ({len(data):,} bytes, {fmt})")


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
    http://HOST:PORT/query; each is checked and run like `kg query` (the same predeclared prefixes,
    no SERVICE, no updates, time and memory limits); only requests addressed to this host are
    answered. Ctrl-C or SIGTERM stops it.

    Example: kg serve --port 7878 &

    Example: curl -G --data-urlencode 'query=ASK{?s ?p ?o}' 127.0.0.1:7878/query
    """
    from .server import run
    from .store import limits_of

    with reported():
        limits = limits_of(timeout=timeout, memory_mb=memory_mb)
        err.print(f"serving {printable(build_dir / 'store')} at http://{printable(host)}:{port}/query "
                  "(read-only); Ctrl-C stops", highlight=False)
        code = run(build_dir, host, port, limits, workers, cors)
    raise typer.Exit(code)


PASSWORD_ENV = "KG_PUSH_PASSWORD"


@app.command()
def push(
    endpoint: Annotated[str, typer.Option(help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store "
                                          "(Oxigraph) or http://127.0.0.1:8890/sparql-graph-crud-auth (Virtuoso).")],
    build_dir: Annotated[Path, typer.Option("--build", "-b", help="The build folder to send.")] = DEFAULT_OUT,
    user: Annotated[str | None, typer.Option("--user", "-u", help=f"User name for an endpoint that asks for one "
                                             f"(HTTP Digest or Basic, as it asks); the password is read from "
                                             f"{PASSWORD_ENV}, or typed when that is unset.")] = None,
) -> None:
    """Send every article graph to a SPARQL Graph Store endpoint, replacing the graph of the same name.

    Example: kg push --endpoint http://127.0.0.1:7878/store

    Example: kg push -u kgpush --endpoint http://host:8890/sparql-graph-crud-auth
    """
    import os
    import sys

    from .export import _redacted, push as run_push

    with reported():
        password = None
        if user is not None:
            password = os.environ.get(PASSWORD_ENV)
            if password is None:
                if sys.stdin is None or not sys.stdin.isatty():
                    raise InputError(f"--user {user} needs a password: set {PASSWORD_ENV} (or run kg push at a terminal to type it)")
                password = typer.prompt(f"password for {user}", hide_input=True, err=True)
        sent = run_push(endpoint, build_dir, user=user, password=password)
    out.print(f"pushed {len(sent)} graph(s), {sum(sent.values()):,} triples to {printable(_redacted(endpoint))}")


@app.command()
def docs(
    out_file: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = DEFAULT_DOCS,
) -> None:
    """Write HTML documentation of the ontology (classes, properties, alignments) with pyLODE, to
    data/ontology.html unless --out says otherwise; two runs write the same bytes. The copy in the
    repository, docs/ontology.html, is renewed only when asked for by name.

    Example: kg docs --out docs/ontology.html
    """
    from .docs import ontology_html

    with reported():
        if out_file == DEFAULT_DOCS:
            DEFAULT_DOCS.parent.mkdir(parents=True, exist_ok=True)
        write_output(ontology_html().encode("utf-8"), out_file)
    out.print(f"wrote {printable(out_file)}")


@app.command()
def explain(
    name: Annotated[str, typer.Argument(help="An entity's name, alternative name or IRI (case-insensitive).")],
    build_dir: BuildOpt = DEFAULT_OUT,
    fmt: TabularOpt = "table",
) -> None:
    """List every fact about an entity, each with its article, sentence and rule. An unknown name
    is one line with the close matches.

    Example: kg explain "Example Textile Association" --format json
    """
    from .inspect import facts, find_entity

    with reported():
        fmt = choose(fmt, TABULAR)
        iri = find_entity(name, build_dir)
        rows = [asdict(f) for f in facts(build_dir, iri)]
    emit(rows, fmt, FACT_COLUMNS, f"{len(rows)} fact(s) about {printable(short(iri))}", lines=True)


@app.command()
def entities(
    ambiguous: Annotated[bool, typer.Option("--ambiguous", help="List the short names that several entities share instead.")] = False,
    build_dir: BuildOpt = DEFAULT_OUT,
    fmt: TabularOpt = "table",
) -> None:
    """List the entities of a build (label, type, articles, IRI), or the ambiguous short names that
    were kept apart instead of merged.

    Example: kg entities --ambiguous --format csv
    """
    from .inspect import ambiguous as find_ambiguous, entities as find_entities

    with reported():
        fmt = choose(fmt, TABULAR)
        rows = find_ambiguous(build_dir) if ambiguous else [asdict(e) for e in find_entities(build_dir)]
    if ambiguous:
        emit(rows, fmt, {"short name": "name", "used alone in": "articles", "could be": "candidates"},
             f"{len(rows)} ambiguous short name(s)")
    else:
        emit(rows, fmt, {"entity": "label", "type": "type", "articles": "articles", "IRI": "iri"}, f"{len(rows)} entities")


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier build folder.")],
    new: Annotated[Path, typer.Argument(help="The later build folder.")],
    fmt: TabularOpt = "table",
) -> None:
    """List the facts added and removed between two builds, with their evidence (as json: an
    object with "added" and "removed"; as csv: a "change" column first).

    Example: kg diff data/build-yesterday data/build --format csv
    """
    from .inspect import FactRow, diff as run_diff

    with reported():
        fmt = choose(fmt, TABULAR)
        added, removed = ([asdict(f) for f in rows] for rows in run_diff(old, new))
    if fmt == "json":
        write_stdout(json.dumps({"added": added, "removed": removed}, ensure_ascii=False, indent=1).encode("utf-8"))
    elif fmt == "csv":
        header = {k: k for k in ("change", *FactRow.__dataclass_fields__)}
        emit([{"change": c, **f} for c, rows in (("added", added), ("removed", removed)) for f in rows], fmt, header, "")
    else:
        emit(added, fmt, FACT_COLUMNS, f"[green]{len(added)} fact(s) added", lines=True)
        emit(removed, fmt, FACT_COLUMNS, f"[red]{len(removed)} fact(s) removed", lines=True)


from .cli_graph import register as _register_graph_commands  # noqa: E402
from .cli_eval import register as _register_eval_command  # noqa: E402

_register_graph_commands(app)
_register_eval_command(app)
for _command in app.registered_commands:  # every command gets the shared help layout and --output alias
    if _command.cls in (None, TyperCommand):
        _command.cls = Command
