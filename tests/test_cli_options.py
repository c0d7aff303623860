"""One vocabulary for every ``kg`` command: its help, --out, --format aliases, --version,
completion, and ``kg`` installed the way Python command-line tools are."""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from conftest import ROOT, SEED, SHARED
from kg.cli import app

runner = CliRunner()
WRITERS = {"build", "merge", "watch", "viz", "export", "query", "docs"}


def run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


def command_names() -> list[str]:
    return sorted(typer.main.get_command(app).commands)


def params_of(name: str) -> dict[str, object]:
    command = typer.main.get_command(app).commands[name]
    return {opt: p for p in command.params for opt in (*p.opts, *p.secondary_opts)}


def short_line_breaks(lines: list[str], width: int) -> list[str]:
    """Lines of a paragraph that end well before the width while the paragraph goes on: a
    docstring's hard line break shown as it is."""
    broken = []
    for line, following in zip(lines, lines[1:]):
        if line.strip() and len(line.rstrip()) < width - 25 and following.strip() and not line.rstrip().endswith((".", ":", ")", "&")):
            broken.append(line.strip())
    return broken


def test_every_command_is_covered_and_has_an_example():
    names = command_names()
    assert {"build", "query", "explain", "entities", "diff", "viz", "eval", "docs"} <= set(names)
    for name in [None, *names]:
        result = run(*([name] if name else []), "--help")
        assert result.exit_code == 0, (name, result.output)
        assert "Example: kg " in result.output, name


def test_help_has_no_odd_metavars():
    for name in [None, *command_names()]:
        result = run(*([name] if name else []), "--help")
        assert "<bool>" not in result.output, name
        assert "list[" not in result.output, name
        usage = next(line for line in result.output.splitlines() if "Usage:" in line)
        assert "{" not in usage, usage  # the old {sparql}
    assert "query [OPTIONS] QUERY" in run("query", "--help").output
    assert "[INPUTS]..." in run("build", "--help").output


def test_help_text_is_not_broken_mid_sentence():
    root = run("--help").output
    rows = [line[1:-1] for line in root[root.index("Commands"):].splitlines()[1:] if line.startswith("│")]
    start = re.match(r" \S+\s+", rows[0]).end()  # where the help column begins
    width = len(rows[0]) - start
    for row, following in zip(rows, rows[1:]):
        if not following[:start].strip():  # the same command's help goes on
            assert not short_line_breaks([row[start:], following[start:]], width), root
    for name in command_names():
        text = run(name, "--help").output
        description = text[text.index("Usage:"):text.index("╭")].splitlines()[2:]
        assert not short_line_breaks(description, 80), (name, text)


def test_commands_that_write_take_out_and_the_old_output_quietly():
    for name in command_names():
        options = params_of(name)
        text = run(name, "--help").output
        assert "--output" not in text, name
        if name in WRITERS:
            assert "--out" in options and "-o" in options, name


def test_version_comes_from_the_package_metadata():
    result = run("--version")
    want = importlib.metadata.version("garment-kg")
    assert result.exit_code == 0 and result.output == f"garment-kg {want}\n"
    assert want == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert run("-V").output == result.output


def test_completion_installs_into_the_shells_startup_file(tmp_path: Path):
    kg = Path(sys.executable).with_name("kg")
    env = {**os.environ, "HOME": str(tmp_path), "SHELL": "/bin/bash"}
    done = subprocess.run([str(kg), "--install-completion", "bash"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and "bash completion installed" in done.stdout, done
    assert "_KG_COMPLETE" in "".join(p.read_text() for p in tmp_path.rglob("*") if p.is_file())


def test_shell_completion_is_offered_and_completes_commands():
    help_text = run("--help").output
    assert "--install-completion" in help_text and "--show-completion" in help_text
    script = run("--show-completion", "bash", prog_name="kg")
    assert script.exit_code == 0 and "_KG_COMPLETE" in script.output and "complete " in script.output
    env = {**os.environ, "_KG_COMPLETE": "complete_bash", "COMP_WORDS": "kg ent", "COMP_CWORD": "1"}
    kg = Path(sys.executable).with_name("kg")
    done = subprocess.run([str(kg)], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["entities"], done
    env.update(COMP_WORDS="kg export --format t", COMP_CWORD="3")  # format names, aliases too
    done = subprocess.run([str(kg)], env=env, capture_output=True, text=True, timeout=60)
    assert sorted(done.stdout.split()) == ["trig", "ttl", "turtle"], done


# ---------------------------------------------------------------- --format aliases


def format_cases(build: Path) -> dict[str, list[tuple[list[str], str, str]]]:
    """Per command with --format: (arguments, a spelling people type, the canonical name)."""
    gold = SHARED / "gold" / "000_79e68d3d9a482b0e.json"
    select = "SELECT ?name WHERE { ?p a gk:Person ; rdfs:label ?name } ORDER BY ?name"
    construct = "CONSTRUCT { ?p a gk:Person } WHERE { ?p a gk:Person }"
    rdf = [("TTL", "turtle"), ("ttl", "turtle"), ("ntriples", "nt"), ("N-Triples", "nt"), ("nq", "nquads"),
           ("json-ld", "jsonld"), ("JSONLD", "jsonld"), ("rdfxml", "xml"), ("TriG", "trig")]
    return {
        "export": [(["export", "-b", build], a, c) for a, c in rdf]
        + [(["export", "-b", build], "GraphML", "graphml"), (["export", "-b", build], "node-link", "nodelink")],
        "query": [(["query", construct, "-b", build], "ttl", "turtle"), (["query", construct, "-b", build], "NT", "nt"),
                  (["query", construct, "-b", build], "json-ld", "jsonld"), (["query", select, "-b", build], "CSV", "csv")],
        "explain": [(["explain", "Liao Bo", "-b", build], "JSON", "json"), (["explain", "Liao Bo", "-b", build], "Csv", "csv")],
        "entities": [(["entities", "-b", build], "JSON", "json")],
        "diff": [(["diff", build, build], "CSV", "csv")],
        "analyze": [(["analyze", "-b", build], "JSON", "json")],
        "path": [(["path", "Liao Bo", "Urumqi", "-b", build], "Json", "json")],
        "eval": [(["eval", build, "--gold", gold], "JSON", "json")],
    }


def test_every_format_option_takes_the_usual_spellings(seed_build: Path):
    cases = format_cases(seed_build)
    assert {n for n in command_names() if "--format" in params_of(n)} == set(cases)
    for name, runs in cases.items():
        for args, alias, canonical in runs:
            want = run(*args, "--format", canonical)
            got = run(*args, "-f", alias)
            assert want.exit_code == 0 and got.exit_code == 0, (name, alias, got.output)
            assert got.stdout == want.stdout and got.stdout.strip(), (name, alias)


def test_an_unknown_format_is_one_line(seed_build: Path):
    for args in (["export", "-b", seed_build], ["entities", "-b", seed_build], ["explain", "Liao Bo", "-b", seed_build]):
        result = run(*args, "--format", "yaml")
        assert result.exit_code == 1 and "unknown format 'yaml'" in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output


def test_the_old_output_spelling_still_writes(seed_build: Path, tmp_path: Path):
    for option in ("--output", "--out", "-o"):
        target = tmp_path / f"graph{option}.nt"
        result = run("export", "-f", "nt", "-b", seed_build, option, target)
        assert result.exit_code == 0, result.output
        assert target.read_bytes() == run("export", "-f", "nt", "-b", seed_build).stdout_bytes
    assert run("query", "ASK { ?s ?p ?o }", "-b", seed_build, "--output=" + str(tmp_path / "a.json")).exit_code == 0
    assert '"boolean":true' in (tmp_path / "a.json").read_text()
    viz = run("viz", "-b", seed_build, "--output", tmp_path / "g.html")
    assert viz.exit_code == 0 and "<html" in (tmp_path / "g.html").read_text(encoding="utf-8").lower()
    from kg.cli_common import _alias_output

    assert _alias_output(["q", "--output", "a", "--output=b", "--", "--output"]) == ["q", "--out", "a", "--out=b", "--",
                                                                                   "--output"]  # after --: an argument


# ---------------------------------------------------------------- installed as a tool


def test_kg_installs_as_a_tool_from_the_checkout(tmp_path: Path):
    """`uv tool install .` (pipx reads the same [project.scripts]) puts a `kg` on PATH that runs
    outside the checkout, with the ontology shipped inside the package."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"kg": "kg.cli:app"}
    uv = shutil.which("uv") or str(ROOT / ".venv" / "bin" / "uv")
    if not Path(uv).exists():
        pytest.skip("uv is not installed")
    env = {**os.environ, "UV_TOOL_DIR": str(tmp_path / "tools"), "UV_TOOL_BIN_DIR": str(tmp_path / "bin"),
           "UV_PYTHON": sys.executable}
    env.pop("VIRTUAL_ENV", None)
    env.pop("UV_PROJECT_ENVIRONMENT", None)
    done = subprocess.run([uv, "tool", "install", "--quiet", str(ROOT)], env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    kg = tmp_path / "bin" / "kg"
    work = tmp_path / "elsewhere"
    work.mkdir()
    version = subprocess.run([str(kg), "--version"], cwd=work, capture_output=True, text=True, timeout=120)
    assert version.stdout.strip() == f"garment-kg {importlib.metadata.version('garment-kg')}", version
    built = subprocess.run([str(kg), "build", str(SEED), "--out", "b"], cwd=work, capture_output=True, text=True,
                           timeout=300)
    assert built.returncode == 0 and "SHACL: conforms" in built.stdout, built.stderr[-2000:]
    asked = subprocess.run([str(kg), "query", "ASK { ?e gk:heldIn gkplace:urumqi }", "-b", "b"], cwd=work,
                           capture_output=True, text=True, timeout=120)
    assert asked.stdout.strip() == "true", asked
