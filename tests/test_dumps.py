"""graph.ttl and dataset.trig: where each article lies in them, and rebuilds that copy the unchanged
articles from the previous dumps; the manifest, whose unchanged lines a rebuild writes back as read."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import FIXTURES
from kg import dumps, manifest, oxi
from kg.build import build

CORPUS = FIXTURES.parent / "corpus"


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dumps") / "build"
    build([CORPUS], out, check=False)
    return out


def test_the_layout_finds_every_article_in_both_dumps(corpus_build: Path):
    where = dumps.layout(corpus_build)
    merged = (corpus_build / "graph.ttl").read_bytes()
    dataset = (corpus_build / "dataset.trig").read_bytes()
    assert sorted(where) == sorted(p.stem for p in CORPUS.glob("*.txt"))
    for aid, (m, d, n) in where.items():
        body = oxi.without_prefixes((corpus_build / "articles" / f"{aid}.ttl").read_bytes())
        assert n == len(body) > 0
        assert merged[m:m + n] == body
        block = dumps.header(aid) + body + dumps.FOOTER
        assert dataset[d:d + len(block)] == block


def test_dumps_that_do_not_match_the_article_files_have_no_layout(corpus_build: Path, tmp_path: Path):
    broken = tmp_path / "build"
    shutil.copytree(corpus_build, broken)
    with open(broken / "graph.ttl", "ab") as f:
        f.write(b"# edited by hand\n")
    assert dumps.layout(broken) is None


@pytest.mark.parametrize("edit_dump", [False, True], ids=["copied", "dump-edited-by-hand"])
def test_a_rebuild_writes_the_dumps_a_build_from_scratch_writes(tmp_path: Path, edit_dump: bool, monkeypatch):
    src = tmp_path / "in"
    shutil.copytree(CORPUS, src)
    out = tmp_path / "build"
    build([src], out, check=False)
    if edit_dump:  # the copy cannot be trusted: everything is written from the article files
        with open(out / "dataset.trig", "ab") as f:
            f.write(b"# edited by hand\n")
    names = sorted(p.name for p in src.glob("*.txt"))
    (src / names[1]).write_text((src / names[1]).read_text(encoding="utf-8") + "\nThe fair will return next year.\n",
                                encoding="utf-8")
    (src / names[3]).unlink()
    written = []
    add = dumps.Dumps.add
    monkeypatch.setattr(dumps.Dumps, "add", lambda self, aid, body: written.append(aid) or add(self, aid, body))
    build([src], out, check=False)
    # only the edited article is read from its file, unless the old dumps cannot be trusted
    assert written == ([Path(n).stem for n in names if n != names[3]] if edit_dump else [Path(names[1]).stem])
    monkeypatch.undo()
    scratch = tmp_path / "scratch"
    build([src], scratch, check=False)
    for name in ("graph.ttl", "dataset.trig"):
        assert (out / name).read_bytes() == (scratch / name).read_bytes()


def test_the_manifest_reads_back_and_writes_the_same_bytes(corpus_build: Path):
    written = (corpus_build / manifest.MANIFEST).read_bytes()
    entries = manifest.load(corpus_build)
    assert sorted(entries) == sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert all(e.line for e in entries.values())
    assert manifest.dump(list(entries.values()), validated=False) == written
    # an entry that changes is written from its fields, not from the line it was read from
    first = min(entries)
    moved = replace(entries[first], source="elsewhere.txt", line="")
    again = json.loads(manifest.dump([moved, *(e for k, e in entries.items() if k != first)], validated=False))
    assert [a["source"] for a in again["articles"] if a["id"] == first] == ["elsewhere.txt"]
    assert again["articles"] == [dict(a, source="elsewhere.txt") if a["id"] == first else a
                                 for a in json.loads(written)["articles"]]
