"""What every ``kg`` command shares: the consoles, one-line errors, the vocabulary of options
(``--out``, ``--format`` and its aliases, ``-`` for standard input), the help layout, and tables
that show prefixed names. The command modules (:mod:`kg.cli`, :mod:`kg.cli_graph`,
:mod:`kg.cli_eval`) import this module and not each other.

Imports stay light (typer and rich): the library is imported inside the functions that need it,
so ``kg --help`` and ``kg --version`` start fast.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from .errors import InputError, KGError, ValidationError

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DEFAULT_BUILD = Path("data/build")

# Characters that must not reach a terminal raw: C0/C1 controls but tab (a newline makes two lines
# of one; an ESC starts a sequence that can set the clipboard or the title), bidirectional overrides
# (they reorder what is shown), and lone surrogates (a file name that is not UTF-8: printing one
# raises UnicodeEncodeError).
UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def plain(text: object) -> str:
    """``text`` with the unprintable characters as visible \\x.. / \\u.. escapes; for lines
    printed without markup."""
    return UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode(), str(text))


def printable(text: object) -> str:
    """``text`` safe for the terminal and for rich: unprintable characters escaped, and square
    brackets escaped, so a file named "[/b].txt" is shown, not read as markup."""
    return escape(plain(text))


def fail(error: KGError) -> None:
    """Print ``error`` on one line (a SHACL failure adds one line per violation) and exit 1."""
    err.print(f"[red]error:[/red] {printable(error)}", highlight=False, soft_wrap=True)
    if isinstance(error, ValidationError):
        for line in error.violations:
            err.print(f"  {printable(line)}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


@contextmanager
def reported() -> Iterator[None]:
    """Run the body; a :class:`KGError` becomes one line on stderr and exit status 1."""
    try:
        yield
    except KGError as error:
        fail(error)


def write_stdout(data: bytes) -> None:
    sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")
    sys.stdout.flush()


def write_output(data: bytes, target: Path | None) -> None:
    """``data`` to the file ``target`` (written atomically), or to stdout when it is None."""
    if target is None:
        write_stdout(data)
        return
    from .export import write_atomically

    write_atomically(data, target)


def read_stdin(what: str) -> str:
    """Standard input as text (for ``-`` in place of a file), or :class:`InputError` when it is
    empty, or a terminal nobody types into."""
    if sys.stdin is None or sys.stdin.isatty():
        raise InputError(f"'-' reads {what} from standard input, which is a terminal; pipe it in", "stdin")
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not valid UTF-8 (byte {error.start})", "stdin") from None
    if not text.strip():
        raise InputError(f"no {what} on standard input", "stdin")
    return text


# ---------------------------------------------------------------- the vocabulary of options

OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="File to write (stdout if not given).")]
BuildOpt = Annotated[Path, typer.Option("--build", "-b", help="The build folder (from `kg build`).")]

# Every spelling of a format that people type, to the name the library uses; case does not matter.
FORMAT_ALIASES = {
    "ttl": "turtle", "turtle": "turtle", "n3": "n3",
    "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "nq": "nquads", "nquads": "nquads", "n-quads": "nquads",
    "trig": "trig",
    "jsonld": "jsonld", "json-ld": "jsonld",
    "xml": "xml", "rdfxml": "xml", "rdf-xml": "xml", "rdf/xml": "xml", "rdf": "xml", "owl": "xml",
    "graphml": "graphml", "gexf": "gexf",
    "nodelink": "nodelink", "node-link": "nodelink", "node_link": "nodelink",
    "neo4j": "neo4j", "neo4j-csv": "neo4j", "neo4j-admin": "neo4j",
}


def canonical_format(name: str) -> str:
    """The library's name for the format ``name`` (``TTL`` -> ``turtle``, ``json-ld`` -> ``jsonld``);
    a name that is no alias comes back in lower case, for the library to accept or refuse."""
    key = name.strip().lower()
    return FORMAT_ALIASES.get(key, key)


def completing(names):
    """A shell-completion callback offering the format names (and their aliases) that start with
    what was typed; ``names`` is a sequence, or a function giving one when completion asks."""

    def complete(incomplete: str) -> list[str]:
        known = list(names() if callable(names) else names)
        known += [a for a, c in FORMAT_ALIASES.items() if c in known and a not in known]
        return [n for n in known if n.startswith(incomplete.lower())]

    return complete


def choose(fmt: str, allowed: Sequence[str]) -> str:
    """``fmt`` in lower case when it is one of ``allowed``, else :class:`InputError`."""
    name = fmt.strip().lower()
    name = name if name in allowed else canonical_format(name)
    if name not in allowed:
        raise InputError(f"unknown format {fmt!r}; --format takes {', '.join(allowed[:-1])} or {allowed[-1]}")
    return name


# ---------------------------------------------------------------- help and option spelling

def _alias_output(args: list[str]) -> list[str]:
    """``--output`` (the old spelling) read as ``--out``, up to a ``--`` that ends the options."""
    fixed = []
    for i, arg in enumerate(args):
        if arg == "--":
            return fixed + args[i:]
        if arg == "--output":
            arg = "--out"
        elif arg.startswith("--output="):
            arg = "--out=" + arg[len("--output="):]
        fixed.append(arg)
    return fixed


class _Argument(TyperArgument):
    """An argument named the usual way in help: ``QUERY`` when required, ``[INPUTS]...`` when not,
    and its element type (``<path>``), not ``<list[Path]>``."""

    def _usage_display_name(self) -> str:
        name = self.display_name_raw.upper().removesuffix("...")
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")

    def display_type_rich(self, ctx) -> str | None:
        shown = super().display_type_rich(ctx)
        return re.sub(r"list\[(\w+)\]", lambda m: m.group(1).lower(), shown) if shown else shown


class _Option(TyperOption):
    """An option whose value may repeat shows its element type, ``<str>``, not ``<list[str]>``."""

    def display_type_rich(self, ctx) -> str | None:
        shown = super().display_type_rich(ctx)
        return re.sub(r"list\[(\w+)\]", lambda m: m.group(1).lower(), shown) if shown else shown


def _tidy(params: list) -> list:
    for p in params:
        if isinstance(p, TyperOption) and p.is_flag and p.metavar is None:
            p.metavar = ""  # a flag takes no value: no "<bool>" beside it
        elif type(p) is TyperOption:
            p.__class__ = _Option
        elif type(p) is TyperArgument:
            p.__class__ = _Argument
            if p.metavar is None:
                p.metavar = p.name.upper() + ("..." if p.nargs != 1 else "")
    return params


class Command(TyperCommand):
    """Every ``kg`` command: flags without a ``<bool>`` metavar, arguments in capitals, and
    ``--output`` accepted (hidden) where the command writes with ``--out``."""

    def get_params(self, ctx) -> list:
        return _tidy(super().get_params(ctx))

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        names = {o for p in self.params for o in p.opts}
        if "--out" in names and "--output" not in names:
            args = _alias_output(args)
        return super().parse_args(ctx, args)


class Group(TyperGroup):
    """The ``kg`` app itself, with the same help layout as its commands."""

    def get_params(self, ctx) -> list:
        return _tidy(super().get_params(ctx))


# ---------------------------------------------------------------- tables

@lru_cache(maxsize=1)
def _namespaces() -> list[tuple[str, str]]:
    """(namespace, prefix), longest namespace first, for the prefixes queries predeclare."""
    from .store import QUERY_PREFIXES

    return sorted(((ns, p) for p, ns in QUERY_PREFIXES.items()), key=lambda x: (-len(x[0]), x[1]))


_LOCAL = re.compile(r"[\w\-.%]*")


def short(value: object) -> str:
    """An IRI as a prefixed name (``gkorg:china-garment-association``, ``gk:hostedBy``) when a
    predeclared prefix covers it, else the value as it is."""
    text = str(value)
    if text.startswith(("http://", "https://", "urn:")):
        for ns, prefix in _namespaces():
            if text.startswith(ns) and _LOCAL.fullmatch(text[len(ns):]) and not text.endswith("."):
                return f"{prefix}:{text[len(ns):]}"
    return text


def term_text(term) -> str:
    """An Oxigraph term of an answer as a table shows it: IRIs prefixed, literals as their value."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return short(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def cell(value: object) -> str:
    """A table cell: printable, IRIs prefixed, a list one item a line."""
    if isinstance(value, (list, tuple)):
        return "\n".join(cell(v) for v in value)
    return printable(short(value))


def table(columns: Sequence[str], rows: Sequence[Sequence[object]], title: str | None = None,
          lines: bool = False) -> Table:
    """A rich table of ``rows`` (see :func:`cell`); long words fold rather than being cut, so no
    id or name loses its end."""
    cells = [[cell(v) for v in row] for row in rows]
    # Columns of single words (ids, rules, relations) keep them whole, narrowest first, while the
    # other columns keep 10 characters each of the console's width; the rest wraps or folds.
    widths: dict[int, int] = {}
    for i in range(len(columns)):
        words = [x for row in cells for x in row[i].split("\n")]
        if words and all(" " not in w for w in words):
            widths[i] = max(len(w) for w in [*words, columns[i]])
    budget = out.width - 3 * len(columns) - 1 - 10 * (len(columns) - len(widths))
    keep: dict[int, int] = {}
    for i, w in sorted(widths.items(), key=lambda x: x[1]):
        if w <= budget:
            keep[i], budget = w, budget - w
    t = Table(title=title, show_lines=lines)
    for i, c in enumerate(columns):
        t.add_column(printable(c), overflow="fold", min_width=keep.get(i))
    for row in cells:
        t.add_row(*row)
    return t


def emit(records: Sequence[dict], fmt: str, columns: dict[str, str], title: str, lines: bool = False) -> None:
    """``records`` as a table (``columns`` maps each heading to its key; IRIs prefixed), JSON
    (every field, full IRIs) or CSV (every field, a header first) on stdout."""
    if fmt == "json":
        write_stdout(json.dumps(list(records), ensure_ascii=False, indent=1).encode("utf-8"))
    elif fmt == "csv":
        fields = list(records[0]) if records else list(columns.values())
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for r in records:
            writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in r.items()})
        sys.stdout.flush()
    else:
        out.print(table(list(columns), [[r[k] for k in columns.values()] for r in records], title, lines))
