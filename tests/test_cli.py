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
    for command in ("build", "watch", "validate", "query", "export", "serve", "push", "docs"):
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
    """(A build interrupted while writing is tested in test_corpus.py.)"""
    out = tmp_path / "b"
    assert run("build", SEED, "--out", out).exit_code == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "b.txt").write_bytes(b"\xff\xfe\x00bad")  # nothing readable: the build fails
    result = run("build", folder, "--out", out)
    assert result.exit_code == 1 and "binary" in result.output
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".b")]


def test_query_prints_a_table_and_formats(tmp_path: Path):
    out = tmp_path / "build"
    run("build", SEED, "--out", out)
    table = run("query", "SELECT ?name WHERE { ?p a gk:Person ; rdfs:label ?name } ORDER BY ?name", "--build", out)
    assert table.exit_code == 0 and "Liao Bo" in table.output and "3 row(s)" in table.output
    tsv = run("query", "SELECT ?name WHERE { ?p a gk:Person ; rdfs:label ?name } ORDER BY ?name", "-f", "tsv", "-b", out)
    assert tsv.output.splitlines()[:2] == ["?name", '"Dilebel Maimaitiming"']
    turtle = run("query", "CONSTRUCT { ?p a gk:Person } WHERE { ?p a gk:Person }", "-b", out)
    assert "gkperson:liao-bo a gk:Person ." in turtle.output


def test_query_errors_are_one_line(tmp_path: Path):
    out = tmp_path / "build"
    missing = run("query", "SELECT * WHERE { ?s ?p ?o }", "--build", out)
    assert missing.exit_code == 1 and "run `kg build` first" in missing.output
    run("build", SEED, "--out", out)
    for sparql, message in [("SELECT * WHERE { ?s ?p ", "malformed SPARQL: error at 1:"),
                            ("SELECT * { SERVICE <http://example.org/q> { ?s ?p ?o } }", "SERVICE is not allowed"),
                            ("SELECT * { ?s ?p ?o }", "is not for SELECT/ASK")]:
        args = ["query", sparql, "-b", out] + (["-f", "nt"] if "is not for" in message else [])
        result = run(*args)
        assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1


def test_export_writes_only_its_output(tmp_path: Path):
    out = tmp_path / "build"
    run("build", SEED, "--out", out)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run("export", "--format", "trig", "--output", tmp_path / "g.trig", "--build", out)
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before + ["g.trig"])
    assert (tmp_path / "g.trig").read_bytes() == (out / "dataset.trig").read_bytes()
    bad = run("export", "--format", "yaml", "--build", out)
    assert bad.exit_code == 1 and "unknown format 'yaml'" in bad.output


def test_docs_writes_the_ontology_documentation(tmp_path: Path):
    result = run("docs", "--output", tmp_path / "o.html")
    html = (tmp_path / "o.html").read_text(encoding="utf-8")
    assert result.exit_code == 0
    for label in ("Government agency", "Evidence", "hosted by"):
        assert label.lower() in html.lower()
    import re
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="https?://', html)
