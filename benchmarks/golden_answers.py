"""The competency questions, the per-entity questions and ``kg explain`` on a build of the generated
1,000-article corpus, compared with ``tests/golden/competency-answers.json`` (row counts and SHA-256
of the sorted rows, taken before the lean-store change). It takes minutes, so it is no test: run it
after a change to the store or the queries.

    .venv/bin/python benchmarks/golden_answers.py   # prints each question's result; exit 1 on a difference
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from golden_answers import GOLDEN, answers, build_corpus, digest  # noqa: E402


def main() -> int:
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))["corpus-1k"]
    os.environ.setdefault("KG_QUERY_TIMEOUT", "300")
    with tempfile.TemporaryDirectory() as tmp:
        got = {k: digest(v) for k, v in answers(build_corpus(Path(tmp))).items()}
    wrong = sorted(name for name in want if got.get(name) != want[name]) + sorted(set(got) - set(want))
    for name in sorted(want):
        print(f"{name:50} {'same' if name not in wrong else 'DIFFERENT'}")
    print(f"{len(want) - len(wrong)} of {len(want)} answers as golden")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
