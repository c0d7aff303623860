"""Where a SPARQL query runs: checked, then evaluated in a child process that cannot hurt its parent.

Every query of ``kg query``, ``kg.query()`` and ``kg serve`` goes through three gates:

1. **Limits, before any parser** (:func:`scan`): the query's size in characters, its tokens and the
   nesting of its brackets are counted by a linear scan that knows strings, IRIs and comments. Each
   step of the scan consumes at least one character, so it ends on any input. A parser, rdflib's as
   much as Oxigraph's, recurses once per nesting level, and 3,000 nested ``{`` overflowed the stack.
2. **A real parser** (:func:`check`): rdflib's SPARQL parser turns the query into its algebra, which
   is searched for ``SERVICE``; an update (``INSERT DATA``) is named as such. A query that rdflib
   cannot read but Oxigraph could is refused too: what was not inspected is not run.
3. **A sandbox** (:class:`Worker`): the query is parsed and evaluated in a child process with an
   address-space limit (``RLIMIT_AS``), a deadline after which the parent kills it, and, on Linux, a
   seccomp filter under which the child cannot open an IPv4 or IPv6 socket. So even a SERVICE
   clause that slipped past gate 2 would reach nothing, and a crash of the query engine (a stack
   overflow, an allocation failure) ends the child, never the caller's interpreter or the server.

The text given to both parsers is the same normalised text: ``\\r`` line ends become ``\\n``, and
``\\u``/``\\U`` escapes (SPARQL 1.1 §19.2) are expanded until none is left, so no escape or line
end can mean one thing to rdflib and another to Oxigraph. Other control characters are refused
outside strings and comments.

This file runs as a script in the child (``python -I kg/sparql_worker.py``) and imports only the
standard library, pyoxigraph and rdflib; :mod:`kg.store` imports it as a module.
"""

from __future__ import annotations

import ctypes
import itertools
import json
import os
import re
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field


# ---------------------------------------------------------------- limits

def _env_number(name: str, default, kind=float):
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    try:
        return kind(value)
    except ValueError:
        return default


@dataclass(frozen=True)
class QueryLimits:
    """What one query may use. Each has an environment variable that sets its default.

    ``timeout`` (KG_QUERY_TIMEOUT, seconds, default 5): the query is cancelled (its process killed)
    when it runs longer. ``memory_mb`` (KG_QUERY_MEMORY_MB, default 1024): the address space the
    query may add to its process. ``max_chars`` (KG_QUERY_MAX_CHARS, default 100,000),
    ``max_tokens`` (KG_QUERY_MAX_TOKENS, default 10,000) and ``max_depth`` (KG_QUERY_MAX_DEPTH,
    default 64 nested brackets ``{ ( [``) bound the query text. ``max_answer_mb``
    (KG_QUERY_MAX_ANSWER_MB, default 256) bounds the serialised answer. 0 means no limit for
    each, except max_depth, which is at most 1,000 (the parsers recurse per level).
    """

    timeout: float = field(default_factory=lambda: _env_number("KG_QUERY_TIMEOUT", 5.0))
    memory_mb: int = field(default_factory=lambda: _env_number("KG_QUERY_MEMORY_MB", 1024, int))
    max_chars: int = field(default_factory=lambda: _env_number("KG_QUERY_MAX_CHARS", 100_000, int))
    max_tokens: int = field(default_factory=lambda: _env_number("KG_QUERY_MAX_TOKENS", 10_000, int))
    max_depth: int = field(default_factory=lambda: _env_number("KG_QUERY_MAX_DEPTH", 64, int))
    max_answer_mb: int = field(default_factory=lambda: _env_number("KG_QUERY_MAX_ANSWER_MB", 256, int))

    def with_(self, **changes) -> "QueryLimits":
        values = asdict(self)
        values.update({k: v for k, v in changes.items() if v is not None})
        return QueryLimits(**values)


HARD_MAX_DEPTH = 1000


class Refused(Exception):
    """The query is refused (limits, syntax, SERVICE, update); the message is one line."""


# ---------------------------------------------------------------- normalising and scanning

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD_STOP = frozenset(" \t\n{}()[]<>\"'#,;.^|!=&+-*/?$@")  # ends a name or keyword (escapes aside)


def _unescape(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise Refused(f"invalid \\u escape {match.group()!r} in the query")
    return chr(code)


def normalise(text: str, max_chars: int = 0) -> str:
    """The query as both parsers will see it (see the module docstring)."""
    if max_chars and len(text) > max_chars:
        raise Refused(f"the query has {len(text):,} characters; the limit is {max_chars:,} (KG_QUERY_MAX_CHARS)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    while True:  # each round shortens the text, so this ends
        expanded = _ESCAPE.sub(_unescape, text)
        if expanded == text:
            break
        text = expanded.replace("\r\n", "\n").replace("\r", "\n")
    return text


def scan(text: str, limits: QueryLimits) -> tuple[int, int]:
    """(tokens, deepest nesting) of the normalised query, refusing it as soon as a limit is passed.
    Linear: every branch of the loop moves ``i`` forward by at least one character."""
    max_depth = min(limits.max_depth or HARD_MAX_DEPTH, HARD_MAX_DEPTH)
    n, i, depth, deepest, tokens = len(text), 0, 0, 0, 0
    while i < n:
        c = text[i]
        if c in " \t\n":
            i += 1
            continue
        tokens += 1
        if limits.max_tokens and tokens > limits.max_tokens:
            raise Refused(f"the query has more than {limits.max_tokens:,} tokens (KG_QUERY_MAX_TOKENS)")
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif text.startswith(('"""', "'''"), i):
            quote, j = text[i:i + 3], i + 3
            while True:
                k = text.find(quote, j)
                if k < 0:
                    j = n
                    break
                backslashes = 0
                while k - 1 - backslashes >= j and text[k - 1 - backslashes] == "\\":
                    backslashes += 1
                if backslashes % 2 == 0:
                    j = k + 3
                    break
                j = k + 1
            i = max(j, i + 1)
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            i = min(j + 1, n)
        elif c == "<" and (m := _IRI.match(text, i)):
            i = m.end()
        elif c in "{([":
            depth += 1
            deepest = max(deepest, depth)
            if depth > max_depth:
                line = text.count("\n", 0, i) + 1
                raise Refused(f"the query nests brackets more than {max_depth} deep (line {line}; KG_QUERY_MAX_DEPTH)")
            i += 1
        elif c in "})]":
            depth = max(depth - 1, 0)
            i += 1
        elif c in _WORD_STOP:
            i += 1
        else:  # a name, keyword, number or prefixed name; a backslash escapes the next character
            j = i
            while j < n and text[j] not in _WORD_STOP:
                j += 2 if text[j] == "\\" else 1
            if bad := _CONTROL.search(text, i, min(j, n)):  # only strings and comments may hold one
                line = text.count("\n", 0, bad.start()) + 1
                raise Refused(f"control character {bad.group()!r} outside a string at line {line} of the query")
            i = max(min(j, n), i + 1)
    return tokens, deepest


# ---------------------------------------------------------------- the real parser

_PARSE_STACK = 256 << 20  # the thread that parses; rdflib's parser recurses deeply per level


def _walk(node):
    """Every node of an rdflib algebra or parse tree, without recursion."""
    stack, seen = [node], set()
    while stack:
        x = stack.pop()
        if id(x) in seen:
            continue
        seen.add(id(x))
        yield x
        if isinstance(x, dict):  # CompValue is an OrderedDict
            stack.extend(x.values())
        elif isinstance(x, (list, tuple)):
            stack.extend(x)
        elif hasattr(x, "asList") and not isinstance(x, str):  # pyparsing ParseResults
            stack.extend(list(x))


_IN_BIG_STACK = threading.local()


def _in_big_stack(fn, *args):
    """``fn(*args)`` in a thread with a large stack and recursion limit (the input is bounded)."""
    if getattr(_IN_BIG_STACK, "yes", False):  # the child's query thread has one already
        return fn(*args)
    out: dict = {}

    def target():
        try:
            out["value"] = fn(*args)
        except BaseException as error:  # noqa: BLE001 - handed to the caller
            out["error"] = error

    before = threading.stack_size()
    threading.stack_size(_PARSE_STACK)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 100_000))
    try:
        t = threading.Thread(target=target, name="kg-sparql-parse", daemon=True)
        t.start()
        t.join()
    finally:
        threading.stack_size(before)
        sys.setrecursionlimit(limit)
    if "error" in out:
        raise out["error"]
    return out["value"]


def _prologue(prefixes: dict[str, str]) -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items())


@dataclass(frozen=True)
class Checked:
    """A query that passed :func:`examine`: the normalised text, its form as rdflib names it
    (``SelectQuery``, ``AskQuery``, ``ConstructQuery``, ``DescribeQuery``), and whether its rows come
    in the order of an ORDER BY of its own. A subquery's ORDER BY does not count: the outer query may
    join its rows in any order."""

    text: str
    form: str = "SelectQuery"
    ordered: bool = False


_MODIFIERS = frozenset({"Slice", "Distinct", "Reduced", "Project"})  # what SPARQL applies after ORDER BY


def _ordered(algebra) -> bool:
    """Whether the top of the query's algebra, below LIMIT/OFFSET, DISTINCT and the projection, is an
    ORDER BY: ``SELECT DISTINCT ?x ... ORDER BY ?x LIMIT 5`` is Slice(Distinct(Project(OrderBy(...))))."""
    node = algebra.get("p")
    while getattr(node, "name", None) in _MODIFIERS:
        node = node.get("p")
    return getattr(node, "name", None) == "OrderBy"


def _rdflib_check(text: str, prefixes: dict[str, str]) -> Checked | str:
    """The query's :class:`Checked` when rdflib's algebra of it has no SERVICE; else why it is refused."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    source = _prologue(prefixes) + text
    try:
        tree = parseQuery(source)
    except ParseException as error:
        try:
            parseUpdate(source)
        except Exception:  # noqa: BLE001 - not an update either
            pass
        else:
            raise Refused("updates are not supported: the store is read-only (INSERT, DELETE, LOAD, CLEAR ... are refused)") from None
        return f"syntax:{error.msg} (line {error.lineno - len(prefixes)}, column {error.col})"
    try:
        algebra = translateQuery(tree).algebra
    except Exception as error:  # noqa: BLE001 - rdflib raises several types here
        unknown = re.fullmatch(r"Unknown namespace prefix : (\S*)", str(error))
        if unknown:  # one line naming the prefix, not a parser's list of expected tokens
            name = unknown.group(1)
            raise Refused(f"unknown prefix {name}: in the query; declare it (PREFIX {name}: <...>) or use a "
                          f"predeclared one: {', '.join(sorted(prefixes))}") from None
        return f"algebra:{type(error).__name__}: {str(error)[:150]}"
    for node in _walk(algebra):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise Refused("SERVICE is not allowed: garment-kg queries run on the local store and never reach the network")
    return Checked(text, algebra.name, _ordered(algebra))


def check(text: str, prefixes: dict[str, str], limits: QueryLimits) -> str:
    """The normalised query once it is within the limits and rdflib's algebra of it has no SERVICE
    and no update; raises :class:`Refused` otherwise. See :func:`examine`."""
    return examine(text, prefixes, limits).text


def examine(text: str, prefixes: dict[str, str], limits: QueryLimits) -> Checked:
    """:func:`check`, with what the algebra says of the query's form and order. A query rdflib
    cannot read gets the reason from Oxigraph's parser when Oxigraph cannot read it either (it
    knows the position better)."""
    text = normalise(text, limits.max_chars)
    scan(text, limits)
    problem = _in_big_stack(_rdflib_check, text, prefixes)
    if isinstance(problem, Checked):
        return problem
    kind, _, detail = problem.partition(":")
    if SANDBOXED:  # Oxigraph's parser can be asked safely: nothing can reach the network here
        oxigraph_says = _oxigraph_syntax_error(text, prefixes)
        if oxigraph_says:
            raise Refused(f"malformed SPARQL: {oxigraph_says}")
        raise Refused(f"the safety check (rdflib's SPARQL parser) cannot read this query, so it is not run: {detail}")
    if kind == "syntax":
        raise Refused(f"malformed SPARQL, or SPARQL the safety check cannot read: {detail}")
    raise Refused(f"the safety check cannot read this query, so it is not run: {detail}")


def _oxigraph_syntax_error(text: str, prefixes: dict[str, str]) -> str | None:
    """Oxigraph's syntax error for the query, from parsing it against an empty in-memory store
    (the answer is never read). Only called inside the sandbox, where nothing can reach the network."""
    import pyoxigraph as ox

    try:
        result = ox.Store().query(text, prefixes=prefixes)
        del result
    except SyntaxError as error:
        return " ".join(str(error).split())[:200]
    except Exception:  # noqa: BLE001 - it parsed; evaluation errors are not syntax
        return None
    return None


# ---------------------------------------------------------------- the sandbox (child side)

SANDBOXED = False  # True in the child once the seccomp filter is installed


def _deny_network() -> bool:
    """Install a seccomp filter under which socket(AF_INET|AF_INET6, ...) fails with EPERM, for this
    process and every thread it starts later. Linux on x86-64 and aarch64 only; False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    machine = os.uname().machine
    arch, nr_socket = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}.get(machine, (None, None))
    if arch is None:
        return False
    ld_w_abs, jeq_k, ret_k = 0x20, 0x15, 0x06
    allow, deny = 0x7FFF0000, 0x00050000 | 1  # SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO | EPERM
    program = [
        (ld_w_abs, 0, 0, 4),          # A = seccomp_data.arch
        (jeq_k, 0, 5, arch),          # another ABI: allow
        (ld_w_abs, 0, 0, 0),          # A = seccomp_data.nr
        (jeq_k, 0, 3, nr_socket),     # not socket(): allow
        (ld_w_abs, 0, 0, 16),         # A = low word of args[0], the address family
        (jeq_k, 2, 0, 2),             # AF_INET: deny
        (jeq_k, 1, 0, 10),            # AF_INET6: deny
        (ret_k, 0, 0, allow),
        (ret_k, 0, 0, deny),
    ]
    # a jump counts from the next instruction: a mismatch at 1 skips 5 to index 7 (allow)
    raw = b"".join(struct.pack("HBBI", *ins) for ins in program)
    buf = ctypes.create_string_buffer(raw)

    class Prog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    prog = Prog(len(program), ctypes.cast(buf, ctypes.c_void_p))
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        return False
    if libc.prctl(22, 2, ctypes.addressof(prog), 0, 0) != 0:  # PR_SET_SECCOMP, SECCOMP_MODE_FILTER
        return False
    return True


def _vm_size() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def _read_message(stream) -> dict | None:
    head = stream.read(4)
    if len(head) < 4:
        return None
    (size,) = struct.unpack("!I", head)
    return json.loads(stream.read(size))


def _write_message(stream, header: dict, body: bytes = b"") -> None:
    data = json.dumps(header).encode()
    stream.write(struct.pack("!IQ", len(data), len(body)) + data + body)
    stream.flush()


_OPEN: dict = {}


def _open(path: str):
    """The store at ``path``, read-only; opened again when the build was replaced (a new folder, or
    a new CURRENT file), so a rebuild is seen by the next query."""
    import pyoxigraph as ox

    key = (path, os.stat(path).st_ino, os.stat(os.path.join(path, "CURRENT")).st_mtime_ns)
    if key not in _OPEN:
        _OPEN.clear()
        _OPEN[key] = ox.Store.read_only(path)
    return _OPEN[key]


_CHECKED: dict[tuple, Checked] = {}  # (query, prefixes, limits on the text) -> what the check found


def _checked(query: str, prefixes: dict[str, str], limits: QueryLimits) -> Checked:
    """:func:`examine`, remembered for the last 512 queries that passed: rdflib's parser takes 10-60 ms
    for a typical query, more than Oxigraph takes to answer it, and clients repeat their queries."""
    key = (query, tuple(sorted(prefixes.items())), limits.max_chars, limits.max_tokens, limits.max_depth)
    if key not in _CHECKED:
        checked = examine(query, prefixes, limits)
        if len(_CHECKED) >= 512:
            _CHECKED.pop(next(iter(_CHECKED)))
        _CHECKED[key] = checked
    return _CHECKED[key]


# ---------------------------------------------------------------- pages of a SELECT

_FORMS = {"AskQuery": "an ASK", "ConstructQuery": "a CONSTRUCT", "DescribeQuery": "a DESCRIBE"}


def _term_json(term) -> dict:
    """One term as SPARQL 1.1 JSON results write it, keys in the order Oxigraph writes them."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):  # an RDF 1.2 triple term, from <<( ?s ?p ?o )>> in the query
        return {"type": "triple", "value": {"subject": _term_json(term.subject), "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
        if term.direction:
            out["its:dir"] = term.direction.value  # "ltr" or "rtl"
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def _page(solutions, offset: int, limit: int | None) -> tuple[bytes, int, bool]:
    """Rows ``offset`` to ``offset + limit`` of a SELECT's solutions as SPARQL JSON results, their
    number, and whether more rows follow. Oxigraph's solutions are a lazy iterator: only the rows up
    to the end of the page, and one more to know whether the listing goes on, are evaluated, and
    those before the offset are dropped as they come. So the first 20 of the million rows of
    ``SELECT ?s ?p ?o WHERE { ?s ?p ?o }`` cost 21 rows, not a million. An ORDER BY must still see
    every row before it gives the first (with LIMIT in the query's text too: Oxigraph keeps no
    top-k); then only the page is written."""
    names = [v.value for v in solutions.variables]
    rows = list(itertools.islice(solutions, offset, None if limit is None else offset + limit + 1))
    more = limit is not None and len(rows) > limit
    bindings = [{n: _term_json(s[n]) for n in names if s[n] is not None} for s in rows[:limit]]
    document = {"head": {"vars": names}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), len(bindings), more


def _evaluate(request: dict) -> tuple[dict, bytes]:
    import pyoxigraph as ox

    limits = QueryLimits(**request["limits"])
    prefixes = request["prefixes"]
    checked = _checked(request["query"], prefixes, limits)
    page = request.get("page")
    if page and checked.form != "SelectQuery":
        raise Refused(f"limit and offset page the rows of a SELECT; this is {_FORMS.get(checked.form, 'another')} "
                      "query (a CONSTRUCT or DESCRIBE takes LIMIT and OFFSET in its own text)")
    path = request["store"]
    try:
        store = _open(path) if path else ox.Store()
    except OSError as error:
        raise Refused(f"cannot open the store: {' '.join(str(error).split())[:200]}") from None
    try:
        result = store.query(checked.text, prefixes=prefixes)
        if isinstance(result, ox.QueryBoolean):
            return {"kind": "ask"}, result.serialize(format=ox.QueryResultsFormat.JSON)
        if isinstance(result, ox.QuerySolutions) and page:
            body, rows, more = _page(result, page["offset"], page["limit"])
            return {"kind": "select", "rows": rows, "more": more, "ordered": checked.ordered}, body
        if isinstance(result, ox.QuerySolutions):
            return {"kind": "select", "ordered": checked.ordered}, result.serialize(format=ox.QueryResultsFormat.JSON)
        return {"kind": "graph"}, ox.serialize(result, None, ox.RdfFormat.N_TRIPLES)
    except SyntaxError as error:
        raise Refused(f"malformed SPARQL: {' '.join(str(error).split())[:150]}") from None
    except (OSError, ValueError, RuntimeError) as error:
        raise Refused(f"query failed: {' '.join(str(error).split())[:200]}") from None


def _serve_child() -> None:
    """The child's loop: one request in, one answer out, on stdin/stdout."""
    global SANDBOXED
    import resource

    import pyoxigraph  # noqa: F401 - imported before the filter and the limit
    from rdflib.plugins.sparql import algebra, parser  # noqa: F401
    SANDBOXED = _deny_network()
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write to the answer channel
    threading.stack_size(_PARSE_STACK)
    sys.setrecursionlimit(100_000)  # for the parser, in the query thread's large stack
    _write_message(stdout, {"ready": True, "sandboxed": SANDBOXED})
    while (request := _read_message(stdin)) is not None:
        memory = int(request["limits"].get("memory_mb") or 0)
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        out: dict = {}

        def run():
            _IN_BIG_STACK.yes = True
            if memory:  # the limit counts from what the process holds now, this thread's stack included
                soft = _vm_size() + (memory << 20)
                resource.setrlimit(resource.RLIMIT_AS, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))
            try:
                out["answer"] = _evaluate(request)
            except Refused as error:
                out["refused"] = str(error)
            except MemoryError:
                out["refused"] = f"the query needed more than {memory} MB of memory (KG_QUERY_MEMORY_MB)"
            except RecursionError:
                out["refused"] = "the query is nested too deeply to be read"
            except BaseException as error:  # noqa: BLE001 - reported in one line
                out["refused"] = f"query failed: {type(error).__name__}: {' '.join(str(error).split())[:200]}"

        t = threading.Thread(target=run, name="kg-sparql-query", daemon=True)  # the large stack
        t.start()
        timeout = float(request["limits"].get("timeout") or 0)
        t.join(timeout + 5 if timeout else None)
        if t.is_alive():  # the parent kills us at the deadline; this is for a parent that is gone
            os._exit(3)
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
        if "answer" in out:
            header, body = out["answer"]
            _write_message(stdout, {"ok": True, **header}, body)
        else:
            _write_message(stdout, {"ok": False, "error": out["refused"]})


# ---------------------------------------------------------------- the sandbox (parent side)

class WorkerDied(Exception):
    pass


class Worker:
    """One child process that answers queries one at a time. Thread-safe (a lock per worker).
    A query over its time limit, or interrupted (Ctrl-C, a client that left), kills the child;
    the next query starts a new one."""

    def __init__(self):
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()
        self.sandboxed = False

    def _start(self) -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-I", os.path.abspath(__file__)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True,
                                bufsize=0)
        try:
            header, _ = self._receive(proc, time.monotonic() + 60, None)
        except BaseException:
            self._kill(proc)
            raise
        self.sandboxed = bool(header.get("sandboxed"))
        return proc

    @staticmethod
    def _kill(proc: subprocess.Popen | None) -> None:
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            proc.kill()
        proc.wait()

    def close(self) -> None:
        self._kill(self._proc)
        self._proc = None

    @staticmethod
    def _read_exact(proc, size: int, deadline: float, cancelled) -> bytes:
        fd, chunks, got = proc.stdout.fileno(), [], 0
        while got < size:
            wait = deadline - time.monotonic()
            if wait <= 0:
                raise TimeoutError
            if cancelled is not None and cancelled():
                raise InterruptedError
            ready, _, _ = select.select([fd], [], [], min(wait, 0.1))
            if not ready:
                continue
            chunk = os.read(fd, min(size - got, 1 << 20))
            if not chunk:
                raise WorkerDied
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def _receive(self, proc, deadline: float, cancelled, max_body: int = 0) -> tuple[dict, bytes]:
        size, body_size = struct.unpack("!IQ", self._read_exact(proc, 12, deadline, cancelled))
        header = json.loads(self._read_exact(proc, size, deadline, cancelled))
        if max_body and body_size > max_body:
            raise OverflowError(body_size)
        return header, self._read_exact(proc, body_size, deadline, cancelled)

    def run(self, store: str | None, query: str, prefixes: dict[str, str], limits: QueryLimits,
            cancelled=None) -> tuple[str, bytes]:
        """(kind, body) of the answer: SPARQL JSON results for "select"/"ask", N-Triples for
        "graph". Raises :class:`Refused` with one line for every failure."""
        header, body = self.answer(store, query, prefixes, limits, cancelled)
        return header["kind"], body

    def answer(self, store: str | None, query: str, prefixes: dict[str, str], limits: QueryLimits,
               cancelled=None, page: tuple[int, int | None] | None = None) -> tuple[dict, bytes]:
        """(header, body) of the answer. The header has ``kind`` (as :meth:`run` returns it), and for a
        SELECT ``ordered`` (the query has an ORDER BY of its own). With ``page`` = (offset, limit) only
        those rows of a SELECT are evaluated and sent, ``rows`` counts them and ``more`` says whether
        others follow (limit None: every row after the offset); any other query is refused."""
        message = {"store": store, "query": query, "prefixes": prefixes, "limits": asdict(limits)}
        if page is not None:
            message["page"] = {"offset": page[0], "limit": page[1]}
        request = json.dumps(message).encode()
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._proc = self._start()
            proc = self._proc
            deadline = time.monotonic() + (limits.timeout or 1e9)
            try:
                proc.stdin.write(struct.pack("!I", len(request)) + request)
                header, body = self._receive(proc, deadline, cancelled, (limits.max_answer_mb or 0) << 20)
            except TimeoutError:
                self.close()
                raise Refused(f"the query ran longer than {limits.timeout:g} s and was stopped (KG_QUERY_TIMEOUT)") from None
            except InterruptedError:
                self.close()
                raise Refused("the query was cancelled") from None
            except OverflowError:
                self.close()
                raise Refused(f"the answer is larger than {limits.max_answer_mb} MB (KG_QUERY_MAX_ANSWER_MB)") from None
            except (WorkerDied, BrokenPipeError):
                code = proc.wait()
                self._proc = None
                if code == -signal.SIGABRT and limits.memory_mb:  # Rust aborts when an allocation fails
                    raise Refused(f"the query needed more than {limits.memory_mb} MB of memory and was stopped "
                                  "(KG_QUERY_MEMORY_MB)") from None
                reason = f"signal {-code}" if code < 0 else f"exit {code}"
                raise Refused(f"the query engine stopped on this query ({reason}); nothing else was affected") from None
            except BaseException:  # Ctrl-C: the child goes with the query
                self.close()
                raise
        if not header.get("ok"):
            raise Refused(header.get("error", "query failed"))
        return header, body


if __name__ == "__main__":
    _serve_child()
