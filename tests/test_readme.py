"""The README's examples run as written, against a build of the seed."""

from __future__ import annotations

import ast
import re
import shlex
import socket
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEED
from kg.build import build
from kg.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def block_after(marker: str) -> str:
    start = README.index(marker)
    return re.search(r"```\w*\n(.*?)```", README[start:], re.S).group(1)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder laid out like a checkout after `make demo`: ontology/ and data/build/."""
    work = tmp_path_factory.mktemp("readme")
    (work / "ontology").symlink_to(ROOT / "ontology")
    build([SEED], work / "data" / "build")
    return work


def kg_lines() -> list[str]:
    """The block's `kg ...` lines, and its `echo '...' | kg ...` lines (the echoed text is stdin)."""
    return [line for line in block_after("README examples").splitlines()
            if line.startswith("kg ") or re.match(r"echo '[^']*' \| kg ", line)]


@pytest.mark.parametrize("line", kg_lines())
def test_readme_command_runs(line: str, workdir: Path, monkeypatch):
    monkeypatch.chdir(workdir)
    piped = re.match(r"echo '([^']*)' \| (kg .*)", line)
    words = shlex.split(piped.group(2) if piped else line)
    result = runner.invoke(app, words[1:], input=piped.group(1) + "\n" if piped else None)
    assert result.exit_code == 0, result.output
    for flag in ("--out", "--output"):  # every file a line writes is written
        if flag in words and words[0:2] != ["kg", "build"]:
            written = workdir / words[words.index(flag) + 1]
            files = [p for p in written.rglob("*") if p.is_file()] if written.is_dir() else [written]
            assert sum(p.stat().st_size for p in files) > 1000, written
    if words[1] == "query" and "ASK" in line:
        assert result.output.strip() == "true"
    if "12-entities-by-type" in line:
        assert "Organization,8" in result.output and "Person,3" in result.output


def test_readme_using_it_runs_as_written(tmp_path: Path, monkeypatch):
    """The "Using it" block, in a folder laid out like a checkout beside ../shared; `.venv/bin/kg`
    is the app, and `cat FILE | ` feeds the file to stdin."""
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    for name in ("seeds", "ontology"):
        (checkout / name).symlink_to(ROOT / name)
    (tmp_path / "shared").symlink_to(ROOT.parent / "shared")
    monkeypatch.chdir(checkout)
    section = README[README.index("## Using it"):]
    lines = [line.split("  #")[0].strip() for line in block_after("## Using it").splitlines() if "kg " in line]
    assert len(lines) >= 3 and lines[0].startswith(".venv/bin/kg build") and section
    for line in lines:
        piped = re.match(r"cat (\S+) \| (.*)", line)
        command = shlex.split(piped.group(2) if piped else line)
        assert command[0] == ".venv/bin/kg", line
        stdin = "".join(p.read_text(encoding="utf-8") for p in sorted(checkout.glob(piped.group(1)))) if piped else None
        result = runner.invoke(app, command[1:], input=stdin)
        assert result.exit_code == 0, (line, result.output)
    assert (checkout / "data" / "build" / "dataset.trig").stat().st_size > 10_000
    assert (checkout / "data" / "one" / "articles" / "stdin.ttl").is_file()


def test_readme_python_example(workdir: Path, monkeypatch):
    """Each expression of the example and the comment under it: what it gives."""
    monkeypatch.chdir(workdir)
    code = next(b for b in re.findall(r"```python\n(.*?)```", README, re.S) if "kg.query(" in b)
    lines = [line for line in code.splitlines() if line.strip()][1:]
    import kg

    assert len(lines) >= 2 and len(lines) % 2 == 0
    for expression, comment in zip(lines[::2], lines[1::2]):
        assert eval(expression, {"kg": kg}) == ast.literal_eval(comment.lstrip("# ")), expression


def test_readme_server_example(workdir: Path):
    from kg.server import start

    serve, curl = [line for line in block_after("Any SPARQL client works").splitlines() if line.strip()][:2]
    port = int(re.search(r"--port (\d+)", serve).group(1))
    with socket.socket() as s:
        if s.connect_ex(("127.0.0.1", port)) == 0:
            pytest.fail(f"port {port} of the README example is taken on this machine")
    sparql = re.search(r"query=(.*)'\s*$", block_after("Any SPARQL client works"), re.M).group(1)
    server = start(workdir / "data" / "build", port=port)
    try:
        r = httpx.post(f"http://127.0.0.1:{port}/query", data={"query": sparql}, headers={"Accept": "text/csv"},
                       trust_env=False, timeout=10)
        assert r.text.splitlines()[0].strip() == "name"
        assert sorted(line.strip() for line in r.text.splitlines()[1:]) == ["Dilebel Maimaitiming", "Liao Bo", "Yang Xiaodong"]
    finally:
        server.terminate()
        server.wait(10)
