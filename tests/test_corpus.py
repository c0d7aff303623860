"""Corpus builds: one node per entity across articles, incremental rebuilds, shards, parallel jobs."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import FIXTURES, ROOT, SEED, SHARED
from kg import build as build_module
from kg.build import build, merge
from kg.cli import app
from kg.inspect import diff, facts, find_entity
from kg.store import open_store, query

CORPUS = FIXTURES.parent / "corpus"
ID = "https://w3id.org/garment-kg/id/organization/"
OUTPUTS = ("dataset.trig", "graph.ttl", "manifest.json", "resolution.json")
runner = CliRunner()


def snapshot(out: Path) -> dict[str, bytes]:
    """Every output file but the store (a database, compared by its answers instead)."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and "store" not in p.relative_to(out).parts}


def store_quads(build_dir: Path) -> list[str]:
    """Every quad of a build's store, as sorted N-Quads lines."""
    store = open_store(build_dir)
    return sorted(str(q) for q in store.quads_for_pattern(None, None, None, None))


def index_rows(build_dir: Path) -> dict[str, list[tuple]]:
    """Every row of a build's evidence index (``kg explain``), its terms read, each table's sorted
    (the numbers of the terms depend on the order they came in)."""
    import sqlite3

    db = sqlite3.connect(build_dir / "store" / "evidence.sqlite")
    try:
        return {"evidence": sorted(db.execute(
                    'SELECT s.text, o.text, p.text, e.begin, e."end", r.text, a.text, t.text, i.text FROM evidence e '
                    "JOIN term s ON s.id = e.s JOIN term o ON o.id = e.o JOIN term p ON p.id = e.p "
                    "JOIN term r ON r.id = e.rule JOIN term a ON a.id = e.article JOIN sentence t ON t.id = e.sentence "
                    "JOIN term i ON i.id = t.identifier")),
                "sentence": sorted(db.execute("SELECT t.text, i.text, a.text FROM sentence t "
                                              "JOIN term i ON i.id = t.identifier JOIN term a ON a.id = t.article")),
                **{table: sorted(db.execute(f"SELECT * FROM {table}")) for table in ("meta", "vocabulary_label")}}
    finally:
        db.close()


def assert_same_as_scratch(src: Path, out: Path, scratch: Path) -> None:
    """The build in ``out`` (made step by step) holds what a build of ``src`` from scratch does."""
    build([src], scratch, check=False)
    assert snapshot(out) == snapshot(scratch)
    assert store_quads(out) == store_quads(scratch)
    assert index_rows(out) == index_rows(scratch)
    assert index_rows(out)["evidence"]


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "build"
    build([CORPUS], out)
    return out


def test_an_acronym_used_alone_joins_the_entity_spelled_out_elsewhere(corpus_build: Path):
    resolution = json.loads((corpus_build / "resolution.json").read_text())
    assert resolution["merged"] == {ID + "esa": ID + "example-silk-association"}
    guides = query("SELECT ?g WHERE { ?e gk:guidedBy ?g }", corpus_build)
    assert [str(r[0]) for r in guides] == [ID + "example-silk-association"]
    labels = query(f"SELECT ?l WHERE {{ <{ID}example-silk-association> rdfs:label ?l }}", corpus_build)
    assert [str(r[0]) for r in labels] == ["Example Silk Association"]
    assert not query(f"ASK {{ <{ID}esa> ?p ?o }}", corpus_build).boolean


def test_look_alike_short_names_stay_apart_and_are_listed(corpus_build: Path):
    resolution = json.loads((corpus_build / "resolution.json").read_text())
    assert resolution["ambiguous"] == [{"name": "nsa", "entity": ID + "nsa",
                                        "candidates": [ID + "national-spinning-association",
                                                       ID + "northern-silk-association"],
                                        "articles": ["yarn-expo"]}]
    result = runner.invoke(app, ["entities", "--ambiguous", "--build", str(corpus_build)])
    assert result.exit_code == 0 and "nsa" in result.output and "yarn-expo" in result.output
    # the expo's organizer is the short name left apart, not one of the two it might stand for
    organizers = query('SELECT ?o WHERE { ?e gk:organizedBy ?o ; rdfs:label "2025 Ningbo Yarn Expo" }', corpus_build)
    assert [str(r[0]) for r in organizers] == [ID + "nsa"]


def test_explain_lists_facts_with_evidence_from_every_article(corpus_build: Path):
    iri = find_entity("example silk association", corpus_build)
    rows = facts(corpus_build, iri)
    assert {(f.relation, f.article) for f in rows} >= {("guidedBy", "suzhou-fair"), ("hostedBy", "silk-meeting")}
    for f in rows:
        assert f.sentence and f.rule and f.begin < f.end
    result = runner.invoke(app, ["explain", "ESA", "--build", str(corpus_build)])
    assert result.exit_code == 0 and "suzhou-fair" in result.output
    unknown = runner.invoke(app, ["explain", "Exampel Silk Asociation", "--build", str(corpus_build)])
    assert unknown.exit_code == 1 and "did you mean 'Example Silk Association'" in unknown.output


def test_changing_one_article_re_extracts_only_it(tmp_path: Path):
    src = tmp_path / "in"
    shutil.copytree(CORPUS, src)
    out = tmp_path / "build"
    first = build([src], out, check=False)
    assert first.extracted == 5
    path = src / "suzhou-fair.txt"
    path.write_text(path.read_text().replace("300 exhibitors", "350 exhibitors"))
    second = build([src], out, check=False)
    assert second.extracted == 1 and second.rewritten == 1 and second.store_updated
    scratch = tmp_path / "scratch"
    assert_same_as_scratch(src, out, scratch)
    added, removed = diff(scratch, out)
    assert added == [] and removed == []


def test_removing_an_article_removes_exactly_its_facts(tmp_path: Path):
    src = tmp_path / "in"
    shutil.copytree(CORPUS, src)
    before = tmp_path / "before"
    build([src], before, check=False)
    (src / "suzhou-fair.txt").unlink()
    after = tmp_path / "after"
    shutil.copytree(before, after)
    report = build([src], after, check=False)
    assert report.extracted == 0 and report.store_updated
    scratch = tmp_path / "scratch"
    build([src], scratch, check=False)
    assert store_quads(after) == store_quads(scratch)
    added, removed = diff(before, after)
    assert added == [] and removed and {f.article for f in removed} == {"suzhou-fair"}
    assert not query("ASK { ?e rdfs:label '2025 Suzhou Silk Fair' }", after).boolean
    # the acronym that only that article used is gone, and nothing is merged into the full name any more
    assert json.loads((after / "resolution.json").read_text())["merged"] == {}


def test_shards_merge_to_the_same_bytes_as_one_build(tmp_path: Path):
    whole = tmp_path / "whole"
    build([CORPUS], whole, check=False)
    shards = [tmp_path / f"s{i}" for i in (1, 2, 3)]
    for i, folder in enumerate(shards, 1):
        build([CORPUS], folder, check=False, shard=(i, 3))
    assert sum(len(json.loads((f / "manifest.json").read_text())["articles"]) for f in shards) == 5
    merged = tmp_path / "merged"
    merge(shards, merged)
    assert snapshot(merged) == snapshot(whole)


def test_parallel_jobs_give_the_same_bytes(tmp_path: Path):
    inputs = [SEED, CORPUS]
    build(inputs, tmp_path / "serial", check=True, jobs=1)
    build(inputs, tmp_path / "parallel", check=True, jobs=2)
    assert snapshot(tmp_path / "serial") == snapshot(tmp_path / "parallel")


def test_an_interrupted_build_leaves_the_previous_one_and_the_next_completes(tmp_path: Path, monkeypatch):
    out = tmp_path / "build"
    build([CORPUS], out, check=False)
    before = snapshot(out)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "create_store", interrupted)
    monkeypatch.setattr(build_module, "update_store", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build([CORPUS, SEED], out, check=False)
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["build"]
    monkeypatch.undo()
    report = build([CORPUS, SEED], out, check=False)
    assert len(report.articles) == 6 and report.extracted == 1


def test_an_interrupt_a_library_swallowed_still_stops_the_build_before_the_swap(tmp_path: Path):
    """A signal handler sets STOP and raises; when the KeyboardInterrupt is lost (as inside a C
    extension's import), the build still stops at its next step and replaces nothing."""
    out = tmp_path / "build"
    build([CORPUS], out, check=False)
    before = snapshot(out)

    def lost_interrupt(path):  # the handler ran; its exception went nowhere
        build_module.STOP.set()

    try:
        with pytest.raises(KeyboardInterrupt):
            build([CORPUS, SEED], out, check=False, progress=lost_interrupt)
    finally:
        build_module.STOP.clear()
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["build"]
    assert len(build([CORPUS, SEED], out, check=False).articles) == 6


@pytest.mark.skipif(not hasattr(os, "fork"), reason="stale folders are told apart by POSIX file locks")
def test_the_staging_folder_of_a_killed_build_is_removed_and_a_running_ones_kept(tmp_path: Path):
    import fcntl

    out = tmp_path / "build"
    killed, running = tmp_path / ".build.killed1", tmp_path / ".build.running2"
    for folder in (killed, running):
        folder.mkdir()
        (folder / "graph.ttl").write_text("half written", encoding="utf-8")
        Path(f"{folder}.lock").touch()
    held = os.open(f"{running}.lock", os.O_RDWR)
    fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as the running build holds it
    try:
        build([SEED], out, check=False)
    finally:
        os.close(held)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".build.running2", ".build.running2.lock", "build"]
    assert build_module.remove_stale_staging(out) == [running]  # once nothing holds its lock
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX signals")
def test_kg_build_stopped_with_sigterm_leaves_no_half_written_folder(tmp_path: Path):
    import signal
    import subprocess
    import sys
    import time

    kg = Path(sys.executable).parent / "kg"
    proc = subprocess.Popen([str(kg), "build", str(CORPUS), "--out", str(tmp_path / "build"), "--no-validate"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".build.*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the build ended before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(60) != 0
    assert list(tmp_path.iterdir()) == []  # no build, no staging folder, no lock


POOL = sorted(CORPUS.glob("*.txt")) + [SEED] + sorted((SHARED / "dev").glob("*.txt"))[:1]
EDIT = "\n\nThe organizers said the event would be held again next year.\n"


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["add", "edit", "remove"]), st.integers(0, len(POOL) - 1)),
                min_size=1, max_size=4))
def test_any_sequence_of_changes_matches_a_build_from_scratch(tmp_path_factory, steps):
    root = tmp_path_factory.mktemp("seq")
    src, out = root / "in", root / "build"
    src.mkdir()
    shutil.copy(POOL[0], src / POOL[0].name)
    build([src], out, check=False)
    for op, i in steps:
        path = src / POOL[i].name
        if op == "add" or (op == "edit" and not path.exists()):
            shutil.copy(POOL[i], path)
        elif op == "edit":
            path.write_text(path.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
        elif op == "remove" and path.exists() and len(list(src.iterdir())) > 1:
            path.unlink()
        build([src], out, check=False)
    assert_same_as_scratch(src, out, root / "scratch")


def test_bad_files_in_a_folder_of_a_thousand_are_reported_and_the_rest_built(tmp_path: Path):
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(996):
        (folder / f"a{i:04d}.txt").write_text(
            f"Fair number {i} opens\n\nThe 2025 Example Textile Fair {i} was held in Hangzhou. "
            f"It was hosted by the Example Silk Association.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "legacy.txt").write_bytes("杭州纺织品博览会开幕".encode("gb18030"))
    with open(folder / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "build"
    result = runner.invoke(app, ["build", str(folder), "--out", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("warning:")]
    for name, reason in [("binary.txt", "binary"), ("legacy.txt", "legacy encoding"), ("huge.txt", "50 MB"),
                         ("empty.txt", "empty")]:
        assert any(name in line and reason in line for line in lines), (name, lines)
    assert len(json.loads((out / "manifest.json").read_text())["articles"]) == 996
    strict = runner.invoke(app, ["build", str(folder), "--out", str(out), "--no-validate", "--strict"])
    assert strict.exit_code == 1 and "4 input(s) could not be read" in strict.output


def test_cli_shards_merge_and_diff(tmp_path: Path):
    for i in (1, 2):
        result = runner.invoke(app, ["build", str(CORPUS), "--out", str(tmp_path / f"s{i}"), "--shard", f"{i}/2",
                                     "--no-validate"])
        assert result.exit_code == 0, result.output
    merged = runner.invoke(app, ["merge", str(tmp_path / "s1"), str(tmp_path / "s2"), "--out", str(tmp_path / "all")])
    assert merged.exit_code == 0 and "5 article(s)" in merged.output
    bad = runner.invoke(app, ["build", str(CORPUS), "--shard", "3/2", "--out", str(tmp_path / "x")])
    assert bad.exit_code == 1 and "--shard takes I/N" in bad.output
    changed = diff(tmp_path / "s1", tmp_path / "all")
    result = runner.invoke(app, ["diff", str(tmp_path / "s1"), str(tmp_path / "all")])
    assert result.exit_code == 0 and f"{len(changed[0])} fact(s) added" in result.output
    assert "0 fact(s) removed" in result.output and len(changed[0]) > 0


def test_a_validating_build_does_not_trust_an_unvalidated_cache(tmp_path: Path):
    out = tmp_path / "build"
    assert build([CORPUS], out, check=False).extracted == 5
    assert json.loads((out / "manifest.json").read_text())["validated"] is False
    assert build([CORPUS], out, check=True).extracted == 5  # checked now, so extracted and validated again
    assert build([CORPUS], out, check=True).extracted == 0
    assert build([CORPUS], out, check=False).extracted == 0  # a validated extraction serves an unchecked build
    assert json.loads((out / "manifest.json").read_text())["validated"] is False


def test_a_new_article_that_resolves_an_acronym_rewrites_the_unchanged_one_that_uses_it(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CORPUS / "suzhou-fair.txt", src)  # uses "ESA" alone
    out = tmp_path / "build"
    build([src], out, check=False)
    assert query(f"ASK {{ <{ID}esa> ?p ?o }}", out).boolean
    shutil.copy(CORPUS / "silk-meeting.txt", src)  # spells out "Example Silk Association (ESA)"
    report = build([src], out, check=False)
    assert report.extracted == 1 and report.rewritten == 2 and report.store_updated
    assert not query(f"ASK {{ <{ID}esa> ?p ?o }}", out).boolean
    assert_same_as_scratch(src, out, tmp_path / "scratch")


def test_a_rebuild_drops_an_analysis_written_into_the_store(tmp_path: Path):
    from kg import analyze

    src = tmp_path / "in"
    shutil.copytree(CORPUS, src)
    out = tmp_path / "build"
    build([src], out, check=False)
    results = analyze.analyse(analyze.project(analyze.load_graph(out / "graph.ttl")))
    written = analyze.write_to_store(analyze.analysis_graph(results), out)
    assert written > 0 and len(store_quads(out)) > 0
    path = src / "yarn-expo.txt"
    path.write_text(path.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
    assert build([src], out, check=False).store_updated
    assert_same_as_scratch(src, out, tmp_path / "scratch")


def test_entailments_on_lines_match_entailments_on_terms():
    from kg.article import read_article
    from kg.build import build_article
    from kg.entail import entailed_lines
    from kg.store import about_entities, entailed_beyond_vocabulary, vocabulary_lines

    for path in [SEED, *sorted(CORPUS.glob("*.txt"))]:
        r = build_article(read_article(path), check=False)
        by_lines = sorted(about_entities(entailed_lines(r.lines) - vocabulary_lines()))
        assert by_lines and by_lines == sorted(f"{t} .\n" for t in entailed_beyond_vocabulary(r.triples))


def test_a_full_name_with_an_acronym_of_its_own_is_not_merged_into_a_namesake():
    from kg.corpus import Names, resolve_names
    bd, ke = ID + "bangladesh-export-processing-zones-authority", ID + "export-processing-zones-authority"
    bangladesh = Names(((bd, False, "BEPZA"), (bd, False, "Export Processing Zones Authority"),
                        (bd, True, "Bangladesh Export Processing Zones Authority")), (bd,))
    kenya = Names(((ke, False, "EPZA"), (ke, True, "Export Processing Zones Authority")), (ke,))
    assert resolve_names({"dhaka": bangladesh, "nairobi": kenya}).merged == {}
    # the same name with no acronym of its own is the short form of the one the other article spells out
    short = Names(((ke, True, "Export Processing Zones Authority"),), (ke,))
    assert resolve_names({"dhaka": bangladesh, "nairobi": short}).merged == {ke: bd}


def test_article_graphs_conform_to_the_shapes_after_resolution(corpus_build: Path):
    """An article that names an entity only by its acronym still gives it its full rdfs:label."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDFS, SKOS
    from kg.validate import validate
    rewritten = 0
    for path in sorted((corpus_build / "articles").glob("*.ttl")):
        g = Graph().parse(path)
        assert validate(g) == [], path.name
        esa = URIRef(ID + "example-silk-association")
        if (esa, SKOS.altLabel, Literal("ESA")) in g:
            rewritten += 1
            assert list(g.objects(esa, RDFS.label)) == [Literal("Example Silk Association")]
    assert rewritten
