"""`kg serve` against the Oxigraph server it replaced: throughput and latency, then the attacks.

    python benchmarks/serve_attacks.py [--build data/build] [--requests 400] [--concurrency 8]

Both servers serve the same build on 127.0.0.1 (the Oxigraph server a copy of its store, under a
4 GB address-space limit so the cross join cannot take the machine). First, REQUESTS copies of a
competency question at CONCURRENCY clients: requests per second, p50 and p99. Then each attack, and
whether the server held:

* nesting: 3,000 nested braces as a form POST (the Oxigraph server's stack overflowed);
* cross join: SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?d LIMIT 1 ends within 10 s;
* Host: a request with Host: attacker.example is not answered (DNS rebinding);
* Origin: a cross-origin request is not run and gets no Access-Control-Allow-Origin;
* SERVICE: a query with SERVICE to a local listener does not reach it;
* half-open: with 256 connections that never finish their request, a normal query answers in 5 s.

Without --build, the seed article is built into a temporary folder first.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.server import oxigraph_binary, start  # noqa: E402

QUERY = (ROOT / "ontology" / "queries" / "12-entities-by-type.rq").read_text(encoding="utf-8")
NESTED = "SELECT * WHERE " + "{" * 3000 + "}" * 3000
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?d LIMIT 1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port: int, proc: subprocess.Popen, wait: float = 20) -> None:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            httpx.get(f"http://127.0.0.1:{port}/query", params={"query": "ASK {}"}, timeout=2, trust_env=False)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit(f"server on {port} did not start")


def post(port: int, sparql: str, timeout: float = 30, **headers) -> httpx.Response:
    return httpx.post(f"http://127.0.0.1:{port}/query", data={"query": sparql}, timeout=timeout, trust_env=False,
                      headers={"Accept": "application/sparql-results+json", **headers})


def alive(port: int) -> bool:
    try:
        return post(port, "ASK { ?s ?p ?o }", timeout=10).status_code == 200
    except httpx.HTTPError:
        return False


def throughput(port: int, requests: int, concurrency: int) -> tuple[float, float, float]:
    local = threading.local()

    def one(_):
        client = getattr(local, "client", None) or httpx.Client(trust_env=False, timeout=30)
        local.client = client
        t = time.perf_counter()
        r = client.post(f"http://127.0.0.1:{port}/query", data={"query": QUERY},
                        headers={"Accept": "application/sparql-results+json"})
        r.raise_for_status()
        return time.perf_counter() - t

    for _ in range(10):
        one(0)  # warm up
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        times = sorted(pool.map(one, range(requests)))
    elapsed = time.perf_counter() - started
    return requests / elapsed, statistics.median(times) * 1000, times[int(len(times) * 0.99) - 1] * 1000


def attacks(port: int) -> dict[str, str]:
    held: dict[str, str] = {}

    # Host
    try:
        r = post(port, "ASK { ?s ?p ?o }", Host="attacker.example")
        held["Host"] = "held (HTTP %d)" % r.status_code if r.status_code in (403, 421) else f"FAILED: answered {r.status_code}"
    except httpx.HTTPError as e:
        held["Host"] = f"held ({type(e).__name__})"

    # Origin
    try:
        r = post(port, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", Origin="https://attacker.example")
        acao = r.headers.get("access-control-allow-origin")
        held["Origin"] = ("held (HTTP %d, no CORS)" % r.status_code if r.status_code >= 400 and not acao
                          else f"FAILED: HTTP {r.status_code}, Access-Control-Allow-Origin {acao!r}")
    except httpx.HTTPError as e:
        held["Origin"] = f"held ({type(e).__name__})"

    # SERVICE
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(3)
    lport = listener.getsockname()[1]
    reached = []

    def accept():
        try:
            conn, _ = listener.accept()
            reached.append(1)
            conn.close()
        except OSError:
            pass

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    try:
        post(port, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{lport}/sparql> {{ ?s ?p ?o }} }}", timeout=5)
    except httpx.HTTPError:
        pass
    t.join(4)
    listener.close()
    held["SERVICE"] = "FAILED: the server called the listener" if reached else "held (listener not reached)"

    # half-open connections
    sockets = []
    try:
        for _ in range(256):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(f"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 1000\r\n\r\nq".encode())
            sockets.append(s)
        t0 = time.perf_counter()
        try:
            ok = post(port, "ASK { ?s ?p ?o }", timeout=5).status_code == 200
        except httpx.HTTPError:
            ok = False
        took = time.perf_counter() - t0
        held["half-open x256"] = f"held (a query answered in {took * 1000:.0f} ms)" if ok else "FAILED: no answer in 5 s"
    finally:
        for s in sockets:
            s.close()

    # cross join
    t0 = time.perf_counter()
    try:
        r = post(port, CROSS, timeout=10)
        took = time.perf_counter() - t0
        held["cross join"] = f"held (HTTP {r.status_code} in {took:.1f} s: {r.text.strip()[:70]})"
    except httpx.HTTPError as e:
        held["cross join"] = f"FAILED: no answer in 10 s ({type(e).__name__})"
    held["cross join"] += "" if alive(port) else "; server DOWN afterwards"

    # nesting, last: it kills the Oxigraph server
    try:
        r = post(port, NESTED, timeout=10)
        status = f"HTTP {r.status_code}"
    except httpx.HTTPError as e:
        status = type(e).__name__
    held["nesting 3,000 {"] = f"held ({status}, still answering)" if alive(port) else f"FAILED: server died ({status})"
    return held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", type=Path)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="kg serve query processes")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="serve-attacks-"))
    try:
        build = args.build
        if build is None:
            from kg.build import build as run_build
            build = tmp / "build"
            run_build([ROOT / "seeds"], build, check=False)
        copy = tmp / "oxigraph-store"
        shutil.copytree(build / "store", copy)

        ours_port, oxi_port = free_port(), free_port()
        ours = start(build, port=ours_port, extra=["--workers", str(args.workers)])

        def limit():
            resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))

        oxi = subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location", str(copy), "--bind",
                                f"127.0.0.1:{oxi_port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               preexec_fn=limit)
        wait_ready(oxi_port, oxi)
        results = {}
        try:
            for name, port in (("kg serve", ours_port), ("oxigraph", oxi_port)):
                rps, p50, p99 = throughput(port, args.requests, args.concurrency)
                print(f"{name:9s} {args.requests} x 12-entities-by-type.rq at concurrency {args.concurrency}: "
                      f"{rps:7.1f} req/s, p50 {p50:6.1f} ms, p99 {p99:6.1f} ms", flush=True)
            for name, port in (("kg serve", ours_port), ("oxigraph", oxi_port)):
                results[name] = attacks(port)
        finally:
            for proc in (ours, oxi):
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
        print()
        print(f"{'attack':18s} {'kg serve':52s} oxigraph")
        for attack in results["kg serve"]:
            print(f"{attack:18s} {results['kg serve'][attack][:52]:52s} {results['oxigraph'][attack][:60]}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("KG_QUERY_TIMEOUT", "5")
    main()
