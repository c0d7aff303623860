"""The ``kg`` command line, driven with typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from typer.testing import CliRunner

from conftest import SEED
from kg.cli import app
from kg.rdf import ORG

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_build_the_seed(tmp_path: Path):
    out = tmp_path / "build"
    result = run("build", SEED, "--out", out)
    assert result.exit_code == 0, result.output
    assert "000_79e68d3d9a482b0e" in result.output and "SHACL: conforms" in result.output
    assert (out / "dataset.trig").stat().st_size > 0
    assert (out / "graph.ttl").stat().st_size > 0
    assert (out / "articles" / "000_79e68d3d9a482b0e.ttl").exists()


def test_validate_a_build(tmp_path: Path):
    out = tmp_path / "build"
    assert run("build", SEED, "--out", out).exit_code == 0
    result = run("validate", out / "dataset.trig")
    assert result.exit_code == 0 and "1 graph(s) conform" in result.output


def test_validate_reports_violations(tmp_path: Path):
    out = tmp_path / "build"
    run("build", SEED, "--out", out)
    g = Graph().parse(out / "articles" / "000_79e68d3d9a482b0e.ttl")
    held = list(g.triples((None, ORG.heldBy, None)))
    assert held
    for t in held:  # every post loses its holder
        g.remove(t)
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    result = run("validate", broken)
    assert result.exit_code == 1
    assert "org:heldBy" in result.output or "heldBy" in result.output


def test_help_explains_with_an_example():
    for command in ("build", "validate"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Example: kg " in result.output


def bad_input_case(tmp_path: Path, name: str, data: bytes | None) -> Path:
    path = tmp_path / name
    if data is None:
        path.mkdir()
    else:
        path.write_bytes(data)
    return path


def assert_one_line_error(result, where: str, what: str):
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert where in lines[0] and what in lines[0]
    assert "Traceback" not in result.output


def test_missing_path(tmp_path: Path):
    result = run("build", tmp_path / "nope.txt", "--out", tmp_path / "b")
    assert_one_line_error(result, "nope.txt", "no such file")


def test_empty_file(tmp_path: Path):
    path = bad_input_case(tmp_path, "empty.txt", b"  \n")
    assert_one_line_error(run("build", path, "--out", tmp_path / "b"), "empty.txt", "empty")


def test_binary_file(tmp_path: Path):
    path = bad_input_case(tmp_path, "image.txt", b"\x89PNG\x00\x00\x01\x02")
    assert_one_line_error(run("build", path, "--out", tmp_path / "b"), "image.txt", "binary")


def test_non_utf8_file(tmp_path: Path):
    path = bad_input_case(tmp_path, "legacy.txt", "Textilverband in Köln tagte.".encode("latin-1"))
    assert_one_line_error(run("build", path, "--out", tmp_path / "b"), "legacy.txt", "UTF-8")


def test_folder_without_articles(tmp_path: Path):
    path = bad_input_case(tmp_path, "empty-folder", None)
    assert_one_line_error(run("build", path, "--out", tmp_path / "b"), "empty-folder", "no articles")


def test_article_with_no_entities_warns_and_builds(tmp_path: Path):
    path = tmp_path / "plain.txt"
    path.write_text("the weather was mild and nothing else happened.\n", encoding="utf-8")
    result = run("build", path, "--out", tmp_path / "b")
    assert result.exit_code == 0
    assert "warning" in result.output and "plain.txt" in result.output and "no entities" in result.output
    assert (tmp_path / "b" / "articles" / "plain.ttl").exists()


def test_a_failed_build_leaves_the_previous_build_intact(tmp_path: Path):
    out = tmp_path / "b"
    assert run("build", SEED, "--out", out).exit_code == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    result = run("build", folder, "--out", out)
    assert result.exit_code == 1
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".b")]
