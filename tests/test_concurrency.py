"""Builds into one folder at once: one writes while the others wait (or, with --no-wait, stop in one
line), and a reader of the folder sees the old build or the new one, never neither."""

from __future__ import annotations

import select
import subprocess
import threading
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import SEED
from kg.build import build, one_writer
from kg.errors import OutputError

FAIR = "The Example Denim Fair was held in Example City. It was hosted by the Example Denim Association."


def kg(*args: object, timeout: float = 300) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from kg.cli import app; app()", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_six_builds_into_one_folder_all_finish_and_none_prints_a_traceback(tmp_path: Path):
    """Six rebuilds of one folder at once; unserialised, two of six failed here, each reading a file
    of the previous build (its store's MANIFEST) that another had just swapped away."""
    out = tmp_path / "out"
    build([SEED], out, check=False)
    procs = [kg("build", SEED, "--out", out, "--no-validate") for _ in range(6)]
    results = [(p.wait(timeout=600), *p.communicate()) for p in procs]
    for code, stdout, stderr in results:
        assert code == 0, stderr
        assert "Traceback" not in stdout + stderr
        lines = [line for line in stderr.splitlines() if line.strip()]
        assert lines in ([], [f"another build is writing {out}; waiting for it to finish"]), stderr
        assert "1 article(s)" in stdout
    assert sum("waiting" in stderr for _, _, stderr in results) >= 1  # they did overlap
    # one build's files, whole; no staging folder, lock or old build left beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert (out / "articles" / f"{SEED.stem}.ttl").read_bytes() in (out / "graph.ttl").read_bytes()
    fresh = tmp_path / "fresh"
    build([SEED], fresh, check=False)
    for name in ("graph.ttl", "dataset.trig", "manifest.json", "resolution.json"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_a_build_waits_for_the_one_writing_its_folder(tmp_path: Path):
    out = tmp_path / "out"
    told = []
    with one_writer(out):
        proc = kg("build", SEED, "--out", out, "--no-validate")
        ready, _, _ = select.select([proc.stderr], [], [], 120)
        assert ready, "the build said nothing"
        first = proc.stderr.readline()
        assert first.strip() == f"another build is writing {out}; waiting for it to finish"
        time.sleep(0.5)
        assert not out.exists() and proc.poll() is None  # it waits, and writes nothing meanwhile
    stderr = proc.communicate(timeout=300)[1]
    assert proc.returncode == 0, stderr
    assert "waiting" not in stderr  # said once
    assert (out / "manifest.json").is_file()
    # in-process builds wait as well, and say so once
    with one_writer(out):
        t = threading.Thread(target=lambda: build([SEED], out, check=False, waiting=lambda: told.append(1)))
        t.start()
        time.sleep(1.0)
        assert t.is_alive()
    t.join(timeout=300)
    assert told == [1]


def test_analyze_write_waits_for_a_build_of_its_folder(tmp_path: Path):
    out = tmp_path / "out"
    build([SEED], out, check=False)
    with one_writer(out):
        proc = kg("analyze", "--build", out, "--write")
        ready, _, _ = select.select([proc.stderr], [], [], 120)
        assert ready and proc.stderr.readline().strip() == f"another build is writing {out}; waiting for it to finish"
        assert not (out / "analysis.trig").exists()
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert (out / "analysis.trig").is_file() and "wrote" in stdout


def test_no_wait_stops_in_one_line_and_writes_nothing(tmp_path: Path):
    out = tmp_path / "out"
    with one_writer(out):
        proc = kg("build", SEED, "--out", out, "--no-wait")
        _, stderr = proc.communicate(timeout=300)
        with pytest.raises(OutputError, match="another build is writing this folder"):
            build([SEED], out, wait=False)
    assert proc.returncode == 1
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "[E008]" in lines[0] and "another build is writing this folder" in lines[0], stderr
    assert not out.exists()


POLL = textwrap.dedent("""
    import os, sys, time
    manifest, stop = sys.argv[1], sys.argv[2]
    reads = missing = 0
    while not os.path.exists(stop):
        try:
            with open(manifest, "rb") as f:
                if not f.read(1):
                    missing += 1  # empty: a half-written file counts as missing
        except FileNotFoundError:
            missing += 1
        reads += 1
    print(reads, missing)
""")


def rebuilds_seen_by_a_reader(tmp_path: Path, n: int) -> tuple[int, int]:
    out = tmp_path / "out"
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(FAIR, encoding="utf-8")
    build([corpus], out, check=False)
    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", POLL, str(out / "manifest.json"), str(stop)],
                              stdout=subprocess.PIPE, text=True)
    try:
        time.sleep(0.5)
        for i in range(n):  # each build changes the article, so each writes and swaps in a new build
            (corpus / "a.txt").write_text(FAIR + f" About {i + 2} exhibitors attended.", encoding="utf-8")
            build([corpus], out, check=False)
    finally:
        stop.touch()
        stdout, _ = reader.communicate(timeout=60)
    reads, missing = map(int, stdout.split())
    return reads, missing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the exchange is renameat2, Linux only")
def test_a_reader_never_sees_the_build_folder_without_its_manifest(tmp_path: Path):
    """With two renames instead of the exchange, such a reader missed the manifest 10 times in 20
    rebuilds here."""
    reads, missing = rebuilds_seen_by_a_reader(tmp_path, 20)
    assert reads > 1000  # the reader was polling the whole time
    assert missing == 0, f"manifest.json was missing {missing} times in {reads} reads"
