"""``kg watch``: a warm process that rebuilds the build folder when an article is added, changed
or removed (kg.watch). The tests drive the watch one look at a time (``Watcher.step``) or run its
loop in a thread until a given number of rebuilds; none asserts a duration (see benchmarks/watch.py)."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import kg
import kg.build as build_module
import kg.watch as watch_module
from conftest import FIXTURES
from kg.errors import InputError, OutputError
from kg.watch import Changes, Watcher, snapshot

FIRST = "101_huzhou-silk-industry-forum.txt"
SECOND = "102_haining-knitting-annual-conference.txt"
NEW_ORG = "Qorvath Silk Weavers Association of Huzhou"
EDIT = f"\n\nThe {NEW_ORG} also attended the forum.\n"
WAIT = 300  # seconds a test waits for a rebuild before it gives up: a guard against a hang, not a timing


def folder_of_two(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name in (FIRST, SECOND):
        shutil.copy(FIXTURES / name, src / name)
    return src


def labels_in_store(out: Path) -> set[str]:
    return {row["name"] for row in kg.query("SELECT ?name WHERE { ?e rdfs:label ?name }", out).dicts()}


def edit(path: Path, text: str) -> None:
    """Write ``text``; the size changes, so a look at the folder sees it whatever the clock's grain."""
    before = path.stat().st_size if path.exists() else -1
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size != before


@pytest.fixture
def extracted(monkeypatch) -> list[str]:
    """The ids of the articles extracted from now on (in this process: one job)."""
    ids: list[str] = []
    real = build_module.extract_one

    def recording(article, check):
        ids.append(article.id)
        return real(article, check)

    monkeypatch.setattr(build_module, "extract_one", recording)
    return ids


def test_a_change_rebuilds_only_the_changed_article_and_the_store_follows(tmp_path: Path, extracted):
    src, out = folder_of_two(tmp_path), tmp_path / "build"
    watcher = Watcher(src, out, check=True)
    first = watcher.start()
    assert first.changes is None and first.error is None and first.extracted == 2
    assert sorted(p.name for p in (out / "articles").iterdir()) == [f"{FIRST[:-4]}.ttl", f"{SECOND[:-4]}.ttl"]
    assert NEW_ORG not in labels_in_store(out)
    assert watcher.step() is None  # nothing changed: no rebuild
    extracted.clear()  # (the warm-up extracted an article too)

    original = (src / FIRST).read_text(encoding="utf-8")
    edit(src / FIRST, original + EDIT)
    rebuild = watcher.step()
    assert rebuild.changes == Changes(changed=(FIRST,)) and rebuild.error is None
    assert extracted == [FIRST[:-4]]  # the unchanged article was not extracted again
    assert (rebuild.extracted, rebuild.unchanged) == (1, 1) and rebuild.report.store_updated
    assert NEW_ORG in (out / "articles" / f"{FIRST[:-4]}.ttl").read_text(encoding="utf-8")
    assert NEW_ORG in labels_in_store(out)
    line = rebuild.summary()
    assert line.startswith(f"changed {FIRST}: 2 article(s), 1 extracted, 1 unchanged") and line.endswith(" s")

    edit(src / FIRST, original)  # and back: the entity goes from the article graph and the store
    rebuild = watcher.step()
    assert rebuild.changes == Changes(changed=(FIRST,)) and rebuild.extracted == 1
    assert NEW_ORG not in (out / "articles" / f"{FIRST[:-4]}.ttl").read_text(encoding="utf-8")
    assert NEW_ORG not in labels_in_store(out)

    (src / SECOND).unlink()  # an article removed takes its graph with it
    rebuild = watcher.step()
    assert rebuild.changes == Changes(removed=(SECOND,)) and rebuild.extracted == 0
    assert [p.name for p in (out / "articles").iterdir()] == [f"{FIRST[:-4]}.ttl"]
    graphs = {row["g"] for row in kg.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", out).dicts()}
    assert not any(SECOND[:-4] in g for g in graphs)


def test_a_bad_file_is_one_warning_once_and_the_rest_is_built(tmp_path: Path, extracted):
    src, out = folder_of_two(tmp_path), tmp_path / "build"
    watcher = Watcher(src, out, check=False)
    watcher.start()
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (src / "empty.txt").write_bytes(b"")
    edit(src / SECOND, (src / SECOND).read_text(encoding="utf-8") + EDIT)
    extracted.clear()
    rebuild = watcher.step()
    assert rebuild.error is None and rebuild.changes.added == ("empty.txt", "image.txt")
    assert [w for w in rebuild.new_warnings if "image.txt" in w] == [f"[E001] {src / 'image.txt'}: binary file "
                                                                     "(contains NUL bytes), not text"]
    assert [w for w in rebuild.new_warnings if "empty.txt" in w] == [f"[E001] {src / 'empty.txt'}: file is empty"]
    assert len(rebuild.new_warnings) == 2
    assert extracted == [SECOND[:-4]] and len(rebuild.report.articles) == 2
    assert NEW_ORG in labels_in_store(out)
    assert "2 warning(s)" in rebuild.summary()

    edit(src / FIRST, (src / FIRST).read_text(encoding="utf-8") + "\nIt ended in the evening.\n")
    again = watcher.step()  # the bad files are still there: not told again
    assert again.error is None and again.new_warnings == [] and again.extracted == 1


def test_a_build_that_fails_leaves_the_previous_one_and_the_watch_goes_on(tmp_path: Path):
    src, out = folder_of_two(tmp_path), tmp_path / "build"
    watcher = Watcher(src, out, check=False)
    watcher.start()
    before = (out / "manifest.json").read_bytes()
    for name in (FIRST, SECOND):
        (src / name).unlink()
    failed = watcher.step()
    assert failed.report is None and isinstance(failed.error, InputError) and "holds no articles" in str(failed.error)
    assert "not built, the previous build is in place" in failed.summary()
    assert (out / "manifest.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "in"]  # no staging folder left
    shutil.copy(FIXTURES / SECOND, src / SECOND)
    rebuild = watcher.step()
    assert rebuild.changes == Changes(added=(SECOND,)) and rebuild.error is None
    assert [p.name for p in (out / "articles").iterdir()] == [f"{SECOND[:-4]}.ttl"]


def test_a_missing_folder_or_a_folder_that_is_no_build_is_refused_at_once(tmp_path: Path):
    with pytest.raises(InputError, match="no such folder"):
        Watcher(tmp_path / "nope", tmp_path / "build")
    src, foreign = folder_of_two(tmp_path), tmp_path / "mine"
    with pytest.raises(InputError, match="is not a folder"):
        Watcher(src / FIRST, tmp_path / "build")
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="holds no build"):
        Watcher(src, foreign)
    assert [p.name for p in foreign.iterdir()] == ["notes.txt"]


def test_the_snapshot_sees_what_the_build_reads(tmp_path: Path):
    src = folder_of_two(tmp_path)
    (src / ".draft.txt").write_text("hidden", encoding="utf-8")
    (src / ".git").mkdir()
    (src / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    (src / "gold.json").write_text("{}", encoding="utf-8")
    (src / "sub").mkdir()
    (src / "sub" / "c.md").write_text("# C\n", encoding="utf-8")
    seen = snapshot(src)
    assert sorted(seen) == [FIRST, SECOND, "sub/c.md"]
    assert snapshot(tmp_path / "gone") == {}
    edit(src / "sub" / "c.md", "# C\n\nmore\n")
    os.replace(src / FIRST, src / "renamed.txt")
    assert Changes.between(seen, snapshot(src)) == Changes(added=("renamed.txt",), changed=("sub/c.md",),
                                                           removed=(FIRST,))
    assert str(Changes(added=tuple("abcde"))) == "added a, b, c and 2 more"


def test_the_wait_for_quiet_ends_even_when_the_folder_never_is(tmp_path: Path, monkeypatch):
    """Every look sees something new (a file being written without end): the loop still moves on."""
    looks = iter(range(10**9))
    monkeypatch.setattr(watch_module, "snapshot", lambda folder: {"a.txt": (next(looks), 0, 0)})
    monkeypatch.setattr(watch_module, "SETTLE_MAX", 0.2)
    watcher = Watcher(tmp_path, tmp_path / "build", interval=0.01, debounce=0.01)
    assert watcher._settle({"a.txt": (-1, 0, 0)}) is not None
    watcher.stop()
    assert watcher._settle({"a.txt": (-1, 0, 0)}) is None  # stopped: no rebuild


def test_the_loop_debounces_a_burst_into_one_rebuild_and_stops_when_asked(tmp_path: Path):
    src, out = folder_of_two(tmp_path), tmp_path / "build"
    builds: queue.Queue = queue.Queue()
    watcher = Watcher(src, out, check=False, interval=0.02, debounce=1.0)
    done: list[int] = []
    thread = threading.Thread(target=lambda: done.append(watcher.run(builds.put, max_rebuilds=2)), daemon=True)
    thread.start()
    assert builds.get(timeout=WAIT).changes is None  # the first build
    edit(src / FIRST, (src / FIRST).read_text(encoding="utf-8") + EDIT)  # a burst: two files written at once
    shutil.copy(FIXTURES / "103_dhaka-textile-machinery-expo.txt", src / "103.txt")
    rebuild = builds.get(timeout=WAIT)
    assert rebuild.changes == Changes(added=("103.txt",), changed=(FIRST,)) and rebuild.extracted == 2
    assert NEW_ORG in labels_in_store(out)
    (src / "103.txt").unlink()
    assert builds.get(timeout=WAIT).changes == Changes(removed=("103.txt",))
    thread.join(WAIT)
    assert not thread.is_alive() and done == [2]  # max_rebuilds ended it

    stopped = Watcher(src, out, check=False, interval=0.02)
    thread = threading.Thread(target=lambda: done.append(stopped.run(builds.put)), daemon=True)
    thread.start()
    assert builds.get(timeout=WAIT).extracted == 0  # the build is up to date: nothing to extract
    stopped.stop()
    thread.join(WAIT)
    assert not thread.is_alive() and done[-1] == 0


def lines_of(proc: subprocess.Popen) -> queue.Queue:
    """The process's stdout lines as they come ("" at its end), read by a thread."""
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        for line in proc.stdout:
            lines.put(line)
        lines.put("")

    threading.Thread(target=read, daemon=True).start()
    return lines


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_kg_watch_rebuilds_on_change_and_stops_cleanly_on_a_signal(tmp_path: Path, sig):
    src, out = folder_of_two(tmp_path), tmp_path / "build"
    kg_cli = Path(sys.executable).parent / "kg"
    proc = subprocess.Popen([str(kg_cli), "watch", str(src), "--out", str(out), "--no-validate", "--interval", "0.05",
                             "--debounce", "0.05"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = lines_of(proc)
        first = lines.get(timeout=WAIT)
        assert "first build: 2 article(s), 2 extracted, 0 unchanged" in first, (first, proc.stderr)
        edit(src / FIRST, (src / FIRST).read_text(encoding="utf-8") + EDIT)
        line = lines.get(timeout=WAIT)
        assert f"changed {FIRST}: 2 article(s), 1 extracted, 1 unchanged" in line, line
        proc.send_signal(sig)
        stderr = proc.stderr.read()
        proc.wait(WAIT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr and stderr.splitlines()[-1] == f"stopped; {out} holds the last complete build"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "in"]  # no staging folder, no lock
    assert NEW_ORG in labels_in_store(out)


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_kg_watch_stopped_during_its_first_build_writes_nothing(tmp_path: Path):
    src, out = folder_of_two(tmp_path), tmp_path / "build"
    kg_cli = Path(sys.executable).parent / "kg"
    proc = subprocess.Popen([str(kg_cli), "watch", str(src), "--out", str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + WAIT
    while not list(tmp_path.glob(".build.*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the watch ended before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=WAIT)
    assert proc.returncode == 0 and "Traceback" not in stderr, stderr
    assert stderr.splitlines()[-1] == f"stopped before a build was complete; nothing was written to {out}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
