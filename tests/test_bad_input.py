"""Bad input never takes the other articles down: each bad article or record is skipped with one
line naming it and the reason, the rest is built, and no traceback reaches the user."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from conftest import SEED
from kg.article import MAX_ID, safe_id
from kg.build import build
from kg.cli import app

runner = CliRunner()
SEED_ID = SEED.stem
FAIR = "The Example Denim Fair was held in Example City."


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def kg(*args: object, timeout: float = 120, **popen):
    """``kg ARGS`` in a child process (for input that might hang it), as this interpreter imports kg."""
    code = "from kg.cli import app; app()"
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, **popen)


def jsonl(path: Path, *records: dict | str) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def assert_one_line_and_the_rest_built(result, out: Path, where: str, reason: str, built: set[str]) -> None:
    """The bad input got one warning line naming it and saying why; no traceback; the rest is built.
    ``result`` is a CliRunner result or a finished child process."""
    output = result.output if hasattr(result, "output") else result.stdout + result.stderr
    assert getattr(result, "exception", None) is None or isinstance(result.exception, SystemExit), output
    assert "Traceback" not in output
    lines = [line for line in output.splitlines() if where in line]
    assert len(lines) == 1 and reason in lines[0], output
    assert {p.stem for p in (out / "articles").glob("*.ttl")} == built


# --- JSON Lines records ----------------------------------------------------------------------------


def test_a_deeply_nested_record_is_skipped(tmp_path: Path):
    corpus = jsonl(tmp_path / "c.jsonl", '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", {"id": "fair", "text": FAIR})
    result = run("build", SEED, corpus, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "c.jsonl:1", "nested too deeply", {SEED_ID, "fair"})


def test_a_record_with_a_lone_surrogate_is_skipped(tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "bad", "text": "The Example Denim Fair \\ud800 was held."}\n'
                      + json.dumps({"id": "fair", "text": FAIR}) + "\n", encoding="utf-8")
    result = run("build", SEED, corpus, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "c.jsonl:1", "lone surrogate", {SEED_ID, "fair"})


def test_a_record_with_a_huge_integer_id_is_skipped(tmp_path: Path):
    corpus = jsonl(tmp_path / "c.jsonl", '{"id": ' + "7" * 5000 + ', "text": "x"}', {"id": "fair", "text": FAIR})
    result = run("build", corpus, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "c.jsonl:1", "not JSON", {"fair"})


# --- ids ---------------------------------------------------------------------------------------------


def test_a_long_id_is_bounded_readable_and_distinct(tmp_path: Path):
    long_a, long_b = "a" * 300, "a" * 299 + "b"
    corpus = jsonl(tmp_path / "c.jsonl", {"id": long_a, "text": FAIR}, {"id": long_b, "text": FAIR})
    report = build([SEED, corpus], tmp_path / "out")
    ids = sorted(e.id for e in report.articles if e.id != SEED_ID)
    assert len(ids) == 2 and ids[0] != ids[1]
    assert all(len(i) <= MAX_ID and i.startswith("a" * 80) for i in ids)
    assert safe_id(long_a) == safe_id(long_a)  # deterministic
    for i in ids:
        Graph().parse(tmp_path / "out" / "articles" / f"{i}.ttl")


def test_a_long_file_name_is_bounded(tmp_path: Path):
    path = tmp_path / ("n" * 240 + ".txt")
    path.write_text(FAIR, encoding="utf-8")
    report = build([SEED, path], tmp_path / "out")
    assert sorted(len(e.id) <= MAX_ID for e in report.articles) == [True, True]


@pytest.mark.parametrize("raw", ["fair.", "fair..", ".fair", "-fair-.", "fair.-"])
def test_an_id_with_dots_at_its_ends_writes_turtle_rdflib_reads(tmp_path: Path, raw: str):
    corpus = jsonl(tmp_path / "c.jsonl", {"id": raw, "text": FAIR})
    report = build([corpus], tmp_path / "out")
    assert [e.id for e in report.articles] == ["fair"]
    Graph().parse(tmp_path / "out" / "articles" / "fair.ttl")
    Graph().parse(tmp_path / "out" / "graph.ttl")


def test_ids_of_ordinary_names_are_unchanged():
    for name in ("000_79e68d3d9a482b0e", "my-article_2.v1", "a.b", "x" * MAX_ID):
        assert safe_id(name) == name


# --- devices and FIFOs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["zero.txt", "zero.jsonl", "zero.html"])
def test_a_device_behind_a_symlink_is_refused_not_read_without_end(tmp_path: Path, name: str):
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    result = kg("build", SEED, link, "--out", tmp_path / "out", cwd=tmp_path)  # it ran until killed
    assert result.returncode == 0, result.stderr
    assert_one_line_and_the_rest_built(result, tmp_path / "out", name, "not a regular file", {SEED_ID})


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = kg("build", SEED, fifo, "--out", tmp_path / "out", cwd=tmp_path)  # it waited for a writer
    assert result.returncode == 0, result.stderr
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "pipe.txt", "not a regular file", {SEED_ID})
