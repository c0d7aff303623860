"""Run the Oxigraph SPARQL server (the ``oxigraph`` package's CLI) on a build's store."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx

from .errors import ExportError
from .store import STORE_DIR, open_store


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable installed beside this Python (the oxigraph wheel), else on PATH."""
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        raise ExportError("the `oxigraph` server is not installed; run `pip install oxigraph`")
    return found


def command(build: Path, host: str = "127.0.0.1", port: int = 7878, writable: bool = False) -> list[str]:
    open_store(build)  # fails with a clear message when there is no store
    mode = "serve" if writable else "serve-read-only"
    return [oxigraph_binary(), mode, "--location", str(Path(build) / STORE_DIR), "--bind", f"{host}:{port}"]


def run(build: Path, host: str = "127.0.0.1", port: int = 7878, writable: bool = False) -> int:
    """Serve in the foreground until interrupted; the server's exit code."""
    try:
        return subprocess.run(command(build, host, port, writable), check=False).returncode
    except KeyboardInterrupt:
        return 0


def start(build: Path, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
          wait: float = 20.0) -> subprocess.Popen:
    """Start the server in the background and return once it answers queries."""
    proc = subprocess.Popen(command(build, host, port, writable), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ExportError(f"the Oxigraph server stopped: {proc.stderr.read().decode(errors='replace').strip()[:300]}")
        try:
            httpx.get(f"http://{host}:{port}/query", params={"query": "ASK {}"}, timeout=1.0, trust_env=False)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.terminate()
    raise ExportError(f"the Oxigraph server did not answer on {host}:{port} within {wait:.0f} s")
