"""The competency questions, the per-entity questions and ``kg explain`` give the answers kept in
``tests/golden/competency-answers.json``: on a build of the seed and the dev articles always, and
on a build of the generated 1,000-article corpus when KG_GOLDEN_CORPUS=1 (it takes minutes)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from golden_answers import GOLDEN, answers, build_corpus, build_seed_dev, digest

EXPECTED = json.loads(GOLDEN.read_text(encoding="utf-8"))


def compare(got: dict, want: dict) -> None:
    assert sorted(got) == sorted(want)
    wrong = [name for name in sorted(want) if got[name] != want[name]]
    assert wrong == []


def test_the_answers_on_the_seed_and_dev_articles_are_the_golden_ones(tmp_path: Path):
    compare(answers(build_seed_dev(tmp_path / "build")), EXPECTED["seed+dev"])


@pytest.mark.skipif(os.environ.get("KG_GOLDEN_CORPUS") != "1", reason="set KG_GOLDEN_CORPUS=1 (minutes)")
def test_the_answers_on_the_generated_corpus_are_the_golden_ones(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("KG_QUERY_TIMEOUT", "300")
    compare({k: digest(v) for k, v in answers(build_corpus(tmp_path)).items()}, EXPECTED["corpus-1k"])
