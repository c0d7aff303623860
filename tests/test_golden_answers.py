"""The competency questions, the per-entity questions and ``kg explain`` give the answers kept in
``tests/golden/competency-answers.json`` on a build of the seed and the dev articles. The same
check on the generated 1,000-article corpus takes minutes: ``benchmarks/golden_answers.py``."""

from __future__ import annotations

import json
from pathlib import Path

from golden_answers import GOLDEN, answers, build_corpus, build_seed_dev, digest

EXPECTED = json.loads(GOLDEN.read_text(encoding="utf-8"))


def compare(got: dict, want: dict) -> None:
    assert sorted(got) == sorted(want)
    wrong = [name for name in sorted(want) if got[name] != want[name]]
    assert wrong == []


def test_the_answers_on_the_seed_and_dev_articles_are_the_golden_ones(tmp_path: Path):
    compare(answers(build_seed_dev(tmp_path / "build")), EXPECTED["seed+dev"])
