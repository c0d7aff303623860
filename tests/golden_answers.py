"""The answers of every competency question, and of every per-entity question about a few entities,
on a build: sorted and printed as N-Triples terms, so two stores that hold the same graph give the
same bytes whatever order the engine returns rows in.

``tests/golden/competency-answers.json`` keeps them for a build of the seed and the dev articles
(every row) and for a build of the generated 1,000-article corpus (the row count and a SHA-256 of
the rows); ``tests/test_golden_answers.py`` compares a fresh build with it. To write it again (only
when an answer is meant to change)::

    .venv/bin/python tests/golden_answers.py --write
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

QUERIES = ROOT / "ontology" / "queries"
GOLDEN = ROOT / "tests" / "golden" / "competency-answers.json"
SEED = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "eval" / "dev"
CORPUS_N, CORPUS_SEED = 1000, 7
# which per-entity questions are asked about which kind of entity
KINDS = {"Event": ("01", "02", "03", "09", "10"), "Organization": ("04", "05", "06", "09", "10"),
         "Person": ("07", "08", "09", "10")}
PER_KIND = 3  # the entities of each kind with the most facts

BUSIEST = """
SELECT ?x (COUNT(*) AS ?n) WHERE {
    ?x a gk:%s .
    { ?x ?p ?o } UNION { ?s ?p ?x }
    ?p a gk:FactProperty .
} GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT %d
"""


def rows(store: ox.Store, text: str) -> list[list[str | None]]:
    from kg.store import QUERY_PREFIXES

    result = store.query(text, prefixes=QUERY_PREFIXES)
    if isinstance(result, ox.QueryBoolean):
        return [[str(bool(result)).lower()]]
    names = [v.value for v in result.variables]
    return sorted(([None if s[n] is None else str(s[n]) for n in names] for s in result),
                  key=lambda r: [x or "" for x in r])


def entities(store: ox.Store) -> dict[str, list[str]]:
    out = {}
    for kind in KINDS:
        out[kind] = [r[0][1:-1] for r in rows(store, BUSIEST % (kind, PER_KIND))]
    return out


def entity_text(text: str, iri: str) -> str:
    return re.sub(r"\?entity\b", lambda _: f"<{iri}>", text)


def answers(build_dir: Path) -> dict[str, list]:
    """Every answer on the build: "NN-name" for the competency questions, "entity/NN-name <IRI>"
    for the per-entity ones, "explain <IRI>" for what ``kg explain`` lists."""
    store = ox.Store.read_only(str(build_dir / "store"))
    out: dict[str, list] = {}
    for path in sorted(QUERIES.glob("*.rq")):
        out[path.stem] = rows(store, path.read_text(encoding="utf-8"))
    questions = {p.stem: p.read_text(encoding="utf-8") for p in sorted((QUERIES / "entity").glob("*.rq"))}
    for kind, iris in entities(store).items():
        for iri in iris:
            for name, text in questions.items():
                if name[:2] in KINDS[kind]:
                    out[f"entity/{name} <{iri}>"] = rows(store, entity_text(text, iri))
            out[f"explain <{iri}>"] = explained(build_dir, iri)
    return out


def explained(build_dir: Path, iri: str) -> list[list]:
    """What ``kg explain`` lists about the entity, sorted."""
    from dataclasses import astuple

    from kg.inspect import facts

    return sorted([list(astuple(f)) for f in facts(build_dir, iri)], key=lambda r: [str(x) for x in r])


def digest(answer: list) -> dict:
    data = json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode()
    return {"rows": len(answer), "sha256": hashlib.sha256(data).hexdigest()}


def build_seed_dev(out: Path) -> Path:
    from kg.build import build

    build([SEED, DEV], out)
    return out


def build_corpus(folder: Path) -> Path:
    from benchmarks.corpus import generate
    from kg.build import build

    generate(CORPUS_N, folder / "corpus", CORPUS_SEED)
    build([folder / "corpus"], folder / "build", check=False, jobs=2)
    return folder / "build"


def golden(seed_dev: Path, corpus: Path | None) -> dict:
    out = {"seed+dev": answers(seed_dev)}
    if corpus is not None:
        out["corpus-1k"] = {k: digest(v) for k, v in answers(corpus).items()}
    return out


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"write {GOLDEN.relative_to(ROOT)}")
    ap.add_argument("--seed-dev", type=Path, help="an existing build of the seed and the dev articles")
    ap.add_argument("--corpus", type=Path, help="an existing build of the 1,000-article corpus")
    ap.add_argument("--out", type=Path, help="write the answers here instead")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed_dev = args.seed_dev or build_seed_dev(Path(tmp) / "seed-dev")
        corpus = args.corpus or build_corpus(Path(tmp) / "corpus")
        text = dump(golden(seed_dev, corpus))
    target = GOLDEN if args.write else args.out
    if target is None:
        sys.stdout.write(text)
    else:
        target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
