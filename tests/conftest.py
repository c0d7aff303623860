"""Shared fixtures: paths to the seed, the dev articles and the project's own gold-annotated articles."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kg.build import build

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SEED = ROOT / "seeds" / "000_79e68d3d9a482b0e.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
GOLDEN = Path(__file__).resolve().parent / "golden"


def gold_cases() -> list[tuple[Path, Path]]:
    """(article, gold) pairs: the seed, the shared dev set and this project's own articles."""
    cases = [(SEED, SHARED / "gold" / "000_79e68d3d9a482b0e.json")]
    cases += [(t, t.with_suffix(".json")) for t in sorted((SHARED / "dev").glob("*.txt"))]
    cases += [(t, t.with_suffix(".json")) for t in sorted(FIXTURES.glob("*.txt"))]
    return cases


@pytest.fixture(scope="session")
def scorer():
    """The shared scorer (``../shared/eval/score.py``), imported from its file."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """One build of every gold-annotated article."""
    out = tmp_path_factory.mktemp("build") / "build"
    build([article for article, _ in gold_cases()], out)
    return out


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """One build of the seed article, for tests that only read it."""
    out = tmp_path_factory.mktemp("seed") / "build"
    build([SEED], out)
    return out
