"""``kg serve``: the SPARQL 1.1 Protocol on a build's store, from a small server of ours.

The ``oxigraph`` binary served the store before. It could not be made to hold what a server on a
laptop must: it ran SERVICE for every client, overflowed its stack on 3,000 nested braces, answered
any Host header (DNS rebinding) and stalled on 256 half-open connections. This server is Python's
standard ``http.server`` (a thread per connection, with a socket timeout and a cap on connections)
in front of the sandboxed query processes of :mod:`kg.sparql_worker`, so every query is checked by
rdflib's parser, refused with SERVICE or as an update, and evaluated under a deadline and a memory
limit in a child that cannot open a network socket. Also:

* only requests naming this server in ``Host`` (127.0.0.1, localhost, [::1] with the port, or the
  bound address) are answered; any other Host gets 421. A request with an ``Origin`` other than the
  server's own gets 403, and no CORS header is sent, unless ``--cors ORIGIN`` allows it;
* a query whose client leaves is cancelled (its process is killed);
* SIGTERM (and Ctrl-C) stops the server and its query processes;
* each query opens the store anew when the build was replaced, so a rebuild is served at once
  (the server says so on stderr);
* a busy port is one line;
* a listing is paged with SPARQL's own LIMIT and OFFSET in the query (the server has no paging
  parameter of its own: ``kg query --limit/--offset`` cuts the same rows from the solutions).

``benchmarks/serve_attacks.py`` measures it against the Oxigraph server and replays the attacks.
"""

from __future__ import annotations

import argparse
import errno
import os
import queue
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx

from .errors import ExportError, KGError
from .sparql_worker import QueryLimits, Worker
from .store import STORE_DIR, open_store, run_sandboxed, serialize_answer

RESULT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "text/plain": "nt",
               "application/rdf+xml": "xml", "application/ld+json": "jsonld", "text/n3": "n3"}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
         "tsv": "text/tab-separated-values"}
GRAPH_MEDIA = {"turtle": "text/turtle", "nt": "application/n-triples", "xml": "application/rdf+xml",
               "jsonld": "application/ld+json", "n3": "text/n3"}

READ_TIMEOUT = 10.0  # seconds a client has to send its request: half-open connections are dropped
MAX_CONNECTIONS = 1024  # open connections at once (each has a thread); more are closed at once
MAX_BODY = 1 << 20


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable installed beside this Python (the oxigraph wheel), else on PATH."""
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        raise ExportError("the `oxigraph` server is not installed; run `pip install oxigraph`")
    return found


def command(build: Path, host: str = "127.0.0.1", port: int = 7878) -> list[str]:
    """The command that serves ``build`` read-only: this module. (``kg serve --writable`` ran the
    Oxigraph server for updates, without any of the safeguards above; it is gone: a build's store is
    written by ``kg build``, and ``kg analyze --write`` writes its one derived graph.)"""
    open_store(build)  # fails with a clear message when there is no store
    location = str(Path(build) / STORE_DIR)
    return [sys.executable, "-m", "kg.server", "serve-read-only", "--location", location, "--bind", f"{host}:{port}"]


def _store_identity(store: Path) -> tuple:
    try:
        return os.stat(store).st_ino, os.stat(store / "CURRENT").st_mtime_ns
    except OSError:
        return ()


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, build: Path, host: str, port: int, limits: QueryLimits, workers: int = 2,
                 cors: list[str] | None = None, log=None):
        self.build, self.limits, self.cors = Path(build), limits, set(cors or [])
        self.log = log or (lambda message: print(message, file=sys.stderr, flush=True))
        self.pool: queue.Queue[Worker] = queue.Queue()
        self.workers = [Worker() for _ in range(max(1, workers))]
        for w in self.workers:
            self.pool.put(w)
        self.connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self.identity = _store_identity(self.build / STORE_DIR)
        self.identity_lock = threading.Lock()
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.address_family = family
        super().__init__((host.strip("[]"), port), Handler)
        names = {"127.0.0.1", "localhost", "[::1]"}
        if host not in ("0.0.0.0", "::"):
            names.add(f"[{host}]" if ":" in host else host)
        self.hosts = {f"{n}:{port}" for n in names} | ({n for n in names} if port == 80 else set())
        self.origins = {f"http://{h}" for h in self.hosts} | self.cors

    def process_request(self, request, client_address):
        if not self.connections.acquire(blocking=False):
            self.shutdown_request(request)  # over the cap: closed, not queued
            return
        try:
            request.settimeout(READ_TIMEOUT)
            super().process_request(request, client_address)
        except BaseException:
            self.connections.release()
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.connections.release()

    def check_rebuilt(self) -> None:
        now = _store_identity(self.build / STORE_DIR)
        with self.identity_lock:
            if now != self.identity:
                self.identity = now
                self.log(f"the store in {self.build} was rebuilt; serving the new build")

    def close_workers(self) -> None:
        for w in self.workers:
            w.close()


class Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "garment-kg"
    sys_version = ""

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass  # no access log; errors are answered to the client

    # ------------------------------------------------------------ answers

    def _send(self, status: int, body: bytes, media: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        origin = self.headers.get("Origin")
        if origin and origin in self.server.cors:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message.replace("\n", " ") + "\n").encode("utf-8"))

    def _allowed(self) -> bool:
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.server.hosts:
            self._error(HTTPStatus.MISDIRECTED_REQUEST, "this server answers only requests addressed to "
                        + ", ".join(sorted(self.server.hosts)))
            return False
        origin = self.headers.get("Origin")
        if origin is not None and origin.lower() not in self.server.origins:
            self._error(HTTPStatus.FORBIDDEN, "cross-origin requests are refused (kg serve --cors ORIGIN allows one)")
            return False
        return True

    # ------------------------------------------------------------ methods

    def do_OPTIONS(self):  # noqa: N802
        if not self._allowed():
            return
        self.send_response(HTTPStatus.NO_CONTENT)
        origin = self.headers.get("Origin")
        if origin and origin in self.server.cors:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Access-Control-Allow-Methods", "GET, POST")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):  # noqa: N802
        if not self._allowed():
            return
        url = urlsplit(self.path)
        if url.path in ("/", ""):
            self._error(HTTPStatus.OK, "garment-kg SPARQL endpoint (read-only): GET or POST /query")
            return
        if url.path != "/query":
            self._error(HTTPStatus.NOT_FOUND if url.path != "/update" else HTTPStatus.FORBIDDEN,
                        "updates are not supported: the store is read-only" if url.path == "/update" else "not found")
            return
        sparql = parse_qs(url.query).get("query", [None])[0]
        self._query(sparql)

    do_HEAD = do_GET

    def do_POST(self):  # noqa: N802
        if not self._allowed():
            return
        url = urlsplit(self.path)
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._error(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length")
            return
        if int(length) > MAX_BODY:
            self.close_connection = True
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request is larger than {MAX_BODY} bytes")
            return
        body = self.rfile.read(int(length))
        if url.path == "/update" or url.path == "/store":
            self._error(HTTPStatus.FORBIDDEN, "updates are not supported: the store is read-only")
            return
        if url.path != "/query":
            self._error(HTTPStatus.NOT_FOUND, "not found")
            return
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-query":
            sparql = body.decode("utf-8", errors="replace")
        elif media == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", errors="replace"))
            if "update" in form:
                self._error(HTTPStatus.FORBIDDEN, "updates are not supported: the store is read-only")
                return
            sparql = form.get("query", [None])[0]
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send application/sparql-query or a form with query=")
            return
        self._query(sparql)

    # ------------------------------------------------------------ the query

    def _client_left(self) -> bool:
        try:
            ready, _, _ = select.select([self.connection], [], [], 0)
            return bool(ready) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    def _formats(self) -> list[str]:
        accept = self.headers.get("Accept") or ""
        return [part.split(";")[0].strip().lower() for part in accept.split(",") if part.strip()]

    def _query(self, sparql: str | None) -> None:
        if not sparql:
            self._error(HTTPStatus.BAD_REQUEST, "no query: give query=...")
            return
        self.server.check_rebuilt()
        try:
            worker = self.server.pool.get(timeout=max(self.server.limits.timeout, 1.0))
        except queue.Empty:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, "all query processes are busy; try again")
            return
        try:
            kind, body = run_sandboxed(self.server.build, sparql, self.server.limits, worker, self._client_left)
        except KGError as error:
            status = HTTPStatus.SERVICE_UNAVAILABLE if "longer than" in error.message else HTTPStatus.BAD_REQUEST
            self._error(status, str(error))
            return
        finally:
            self.server.pool.put(worker)
        accepted = self._formats()
        table = RESULT_TYPES if kind != "graph" else GRAPH_TYPES
        fmt = next((table[m] for m in accepted if m in table), "json" if kind != "graph" else "turtle")
        try:
            data = serialize_answer(kind, body, fmt)
        except KGError as error:
            self._error(HTTPStatus.NOT_ACCEPTABLE, str(error))
            return
        self._send(HTTPStatus.OK, data, (MEDIA if kind != "graph" else GRAPH_MEDIA)[fmt] + "; charset=utf-8")


# ---------------------------------------------------------------- running it

def serve(build: Path, host: str = "127.0.0.1", port: int = 7878, limits: QueryLimits | None = None,
          workers: int = 2, cors: list[str] | None = None, ready=None) -> int:
    """Serve until SIGTERM or Ctrl-C; 0 then. A busy port raises :class:`ExportError`."""
    open_store(build)
    try:
        server = SparqlServer(build, host, port, limits or QueryLimits(), workers, cors)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise ExportError(f"port {port} on {host} is in use; stop what holds it or give --port") from None
        raise ExportError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    stop = threading.Event()

    def on_signal(signum, frame):
        stop.set()
        threading.Thread(target=server.shutdown, daemon=True).start()

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            previous[sig] = signal.signal(sig, on_signal)
    try:
        if ready:
            ready()
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.close_workers()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def run(build: Path, host: str = "127.0.0.1", port: int = 7878, limits: QueryLimits | None = None,
        workers: int = 2, cors: list[str] | None = None) -> int:
    """Serve in the foreground until interrupted."""
    return serve(build, host, port, limits, workers, cors)


def start(build: Path, host: str = "127.0.0.1", port: int = 7878, wait: float = 20.0,
          extra: list[str] | None = None) -> subprocess.Popen:
    """Start the server in the background and return once it answers queries."""
    proc = subprocess.Popen(command(build, host, port) + list(extra or []), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ExportError(f"the SPARQL server stopped: {proc.stderr.read().decode(errors='replace').strip()[:300]}")
        try:
            httpx.get(f"http://{host}:{port}/query", params={"query": "ASK {}"}, timeout=2.0, trust_env=False)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.terminate()
    raise ExportError(f"the SPARQL server did not answer on {host}:{port} within {wait:.0f} s")


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.server serve-read-only --location STORE --bind HOST:PORT`` (the Oxigraph
    server's arguments), with --timeout, --memory-mb, --workers and --cors."""
    parser = argparse.ArgumentParser(prog="kg.server")
    parser.add_argument("mode", choices=["serve-read-only"])
    parser.add_argument("--location", required=True)
    parser.add_argument("--bind", default="127.0.0.1:7878")
    parser.add_argument("--timeout", type=float)
    parser.add_argument("--memory-mb", type=int)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--cors", action="append")
    args = parser.parse_args(argv)
    host, _, port = args.bind.rpartition(":")
    limits = QueryLimits().with_(timeout=args.timeout, memory_mb=args.memory_mb)
    try:
        return serve(Path(args.location).parent, host or "127.0.0.1", int(port), limits, args.workers, args.cors)
    except KGError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
