"""``kg eval`` and kg.evaluate: the same counts as the shared scorer, on every gold article."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import ROOT, gold_cases
from kg.cli import app
from kg.evaluate import CLASSES, evaluate, read_graph, score

runner = CliRunner()


@pytest.fixture(scope="module")
def gold_dir(tmp_path_factory):
    """Every gold file of the project in one folder, as a user would keep them."""
    folder = tmp_path_factory.mktemp("gold")
    for _, gold in gold_cases():
        (folder / gold.name).write_bytes(gold.read_bytes())
    return folder


@pytest.mark.parametrize("article,gold", gold_cases(), ids=lambda p: p.stem)
def test_counts_agree_with_the_shared_scorer(scorer, built, article, gold):
    paths = [built / "articles" / f"{article.stem}.ttl", *sorted((ROOT / "ontology").glob("*.ttl"))]
    data = json.loads(gold.read_text(encoding="utf-8"))
    theirs = scorer.score(scorer.load(paths), data)
    ours = score(read_graph(paths), data)
    assert ours.counts == {k: tuple(v) for k, v in theirs.items()}


def test_evaluate_scores_every_article_with_gold(built, gold_dir):
    result = evaluate(built, gold_dir)
    assert set(result.articles) == {a.stem for a, _ in gold_cases()}
    assert result.missing == []
    seed = result.articles["000_79e68d3d9a482b0e"]
    assert seed.overall[2] == 1.0
    assert all(seed.counts[c][0] > 0 for c in CLASSES)


def test_a_gold_file_without_its_article_is_listed_missing(built, tmp_path):
    (tmp_path / "999_nowhere.json").write_text(json.dumps({"entities": [], "facts": []}), encoding="utf-8")
    assert evaluate(built, tmp_path).missing == ["999_nowhere"]


def test_cli_table_and_json(built, gold_dir):
    table = runner.invoke(app, ["eval", str(built), "--gold", str(gold_dir)])
    assert table.exit_code == 0, table.output
    assert "000_79e68d3d9a482b0e" in table.output and "micro" in table.output
    assert "mean F1" in table.output
    js = runner.invoke(app, ["eval", str(built), "--gold", str(gold_dir), "--format", "json"])
    assert js.exit_code == 0, js.output
    data = json.loads(js.output)
    assert data["articles"]["000_79e68d3d9a482b0e"]["overall"]["f1"] == 1.0
    assert set(data["articles"]["000_79e68d3d9a482b0e"]["classes"]) == {*CLASSES, "topics"}
    assert 0 < data["micro"]["f1"] <= 1


def test_cli_show_lists_misses(built, gold_dir):
    result = runner.invoke(app, ["eval", str(built), "--gold", str(gold_dir), "--show"])
    assert result.exit_code == 0
    assert "FN:" in result.output or "FP:" in result.output


@pytest.mark.parametrize("args,message", [
    (["eval", "nowhere", "--gold", "."], "not a build folder"),
    (["eval", "BUILT", "--gold", "nowhere"], "no such gold file"),
    (["eval", "BUILT", "--gold", "BUILT"], "no gold files"),
])
def test_cli_errors_are_one_line(args, message, tmp_path, built):
    args = [a.replace("nowhere", str(tmp_path / "nowhere")).replace("BUILT", str(built)) for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_the_readme_eval_example_runs(tmp_path, monkeypatch):
    """The `kg eval` lines of the README's Quality section, as written, in a checkout-like folder."""
    import re
    import shlex

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(kg build .*?)```", readme[readme.index("## Quality"):], re.S).group(1)
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    monkeypatch.chdir(tmp_path)
    lines = [line.split("  #")[0] for line in block.splitlines() if line.startswith("kg ")]
    assert len(lines) == 3
    for line in lines:
        result = runner.invoke(app, shlex.split(line)[1:])
        assert result.exit_code == 0, (line, result.output)
    assert "110_tiruppur-knitwear-agm" in result.output
