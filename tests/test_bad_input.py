"""Bad input never takes the other articles down: each bad article or record is skipped with one
line naming it and the reason, the rest is built, and no traceback reaches the user."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from conftest import SEED
from kg.article import MAX_ID, safe_id
from kg.build import build
from kg.cli import app

runner = CliRunner()
SEED_ID = SEED.stem
FAIR = "The Example Denim Fair was held in Example City."


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def kg(*args: object, timeout: float = 120, **popen):
    """``kg ARGS`` in a child process (for input that might hang it), as this interpreter imports kg."""
    code = "from kg.cli import app; app()"
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, **popen)


def jsonl(path: Path, *records: dict | str) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def assert_one_line_and_the_rest_built(result, out: Path, where: str, reason: str, built: set[str]) -> None:
    """The bad input got one warning line naming it and saying why; no traceback; the rest is built.
    ``result`` is a CliRunner result or a finished child process."""
    output = result.output if hasattr(result, "output") else result.stdout + result.stderr
    assert getattr(result, "exception", None) is None or isinstance(result.exception, SystemExit), output
    assert "Traceback" not in output
    lines = [line for line in output.splitlines() if where in line]
    assert len(lines) == 1 and reason in lines[0], output
    assert {p.stem for p in (out / "articles").glob("*.ttl")} == built


# --- JSON Lines records ----------------------------------------------------------------------------


def test_a_deeply_nested_record_is_skipped(tmp_path: Path):
    corpus = jsonl(tmp_path / "c.jsonl", '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", {"id": "fair", "text": FAIR})
    result = run("build", SEED, corpus, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "c.jsonl:1", "nested too deeply", {SEED_ID, "fair"})


def test_a_record_with_a_lone_surrogate_is_skipped(tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "bad", "text": "The Example Denim Fair \\ud800 was held."}\n'
                      + json.dumps({"id": "fair", "text": FAIR}) + "\n", encoding="utf-8")
    result = run("build", SEED, corpus, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "c.jsonl:1", "lone surrogate", {SEED_ID, "fair"})


def test_a_record_with_a_huge_integer_id_is_skipped(tmp_path: Path):
    corpus = jsonl(tmp_path / "c.jsonl", '{"id": ' + "7" * 5000 + ', "text": "x"}', {"id": "fair", "text": FAIR})
    result = run("build", corpus, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "c.jsonl:1", "not JSON", {"fair"})


# --- ids ---------------------------------------------------------------------------------------------


def test_a_long_id_is_bounded_readable_and_distinct(tmp_path: Path):
    long_a, long_b = "a" * 300, "a" * 299 + "b"
    corpus = jsonl(tmp_path / "c.jsonl", {"id": long_a, "text": FAIR}, {"id": long_b, "text": FAIR})
    report = build([SEED, corpus], tmp_path / "out")
    ids = sorted(e.id for e in report.articles if e.id != SEED_ID)
    assert len(ids) == 2 and ids[0] != ids[1]
    assert all(len(i) <= MAX_ID and i.startswith("a" * 80) for i in ids)
    assert safe_id(long_a) == safe_id(long_a)  # deterministic
    for i in ids:
        Graph().parse(tmp_path / "out" / "articles" / f"{i}.ttl")


def test_a_long_file_name_is_bounded(tmp_path: Path):
    path = tmp_path / ("n" * 240 + ".txt")
    path.write_text(FAIR, encoding="utf-8")
    report = build([SEED, path], tmp_path / "out")
    assert sorted(len(e.id) <= MAX_ID for e in report.articles) == [True, True]


@pytest.mark.parametrize("raw", ["fair.", "fair..", ".fair", "-fair-.", "fair.-"])
def test_an_id_with_dots_at_its_ends_writes_turtle_rdflib_reads(tmp_path: Path, raw: str):
    corpus = jsonl(tmp_path / "c.jsonl", {"id": raw, "text": FAIR})
    report = build([corpus], tmp_path / "out")
    assert [e.id for e in report.articles] == ["fair"]
    Graph().parse(tmp_path / "out" / "articles" / "fair.ttl")
    Graph().parse(tmp_path / "out" / "graph.ttl")


def test_ids_of_ordinary_names_are_unchanged():
    for name in ("000_79e68d3d9a482b0e", "my-article_2.v1", "a.b", "x" * MAX_ID):
        assert safe_id(name) == name


# --- devices and FIFOs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["zero.txt", "zero.jsonl", "zero.html"])
def test_a_device_behind_a_symlink_is_refused_not_read_without_end(tmp_path: Path, name: str):
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    result = kg("build", SEED, link, "--out", tmp_path / "out", cwd=tmp_path)  # it ran until killed
    assert result.returncode == 0, result.stderr
    assert_one_line_and_the_rest_built(result, tmp_path / "out", name, "not a regular file", {SEED_ID})


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = kg("build", SEED, fifo, "--out", tmp_path / "out", cwd=tmp_path)  # it waited for a writer
    assert result.returncode == 0, result.stderr
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "pipe.txt", "not a regular file", {SEED_ID})


# --- per-article budgets and failures ---------------------------------------------------------------


def test_an_article_over_spacys_limit_is_skipped_by_default(tmp_path: Path):
    huge = tmp_path / "huge.txt"
    huge.write_text("The Example Denim Fair was held in Example City.\n" * 20_409, encoding="utf-8")  # 1,000,041
    result = run("build", SEED, huge, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "huge.txt", "over the 1,000,000-character budget",
                                       {SEED_ID})


def test_the_size_budget_is_configurable(tmp_path: Path):
    small = tmp_path / "small.txt"
    small.write_text(FAIR, encoding="utf-8")
    result = run("build", SEED, small, "--out", tmp_path / "out", "--max-chars", 1000)
    assert result.exit_code == 0, result.output
    assert_one_line_and_the_rest_built(result, tmp_path / "out", SEED.name, "over the 1,000-character budget",
                                       {"small"})


def test_a_budget_above_spacys_limit_raises_spacys_limit():
    from kg.build import allow_length
    from kg.extract.nlp import pipeline

    allow_length(3_000_000)
    assert pipeline().max_length > 3_000_000


def stuck_or_broken(monkeypatch) -> None:
    """Extraction that never ends for an article with "slow" in its id and fails for "boom";
    forked worker processes inherit it."""
    import kg.build

    real = kg.build.extract

    def extract(article):
        if "slow" in article.id:
            while True:
                pass
        if "boom" in article.id:
            raise RecursionError("maximum recursion depth exceeded")
        return real(article)

    monkeypatch.setattr(kg.build, "extract", extract)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_over_its_time_budget_is_skipped(tmp_path: Path, monkeypatch, jobs: int):
    stuck_or_broken(monkeypatch)
    corpus = jsonl(tmp_path / "c.jsonl", {"id": "slow", "text": FAIR}, {"id": "fair", "text": FAIR})
    result = run("build", SEED, corpus, "--out", tmp_path / "out", "--article-timeout", 2, "--jobs", jobs)
    assert result.exit_code == 0, result.output
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "c.jsonl:1", "longer than the 2 s budget",
                                       {SEED_ID, "fair"})


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_whose_extraction_fails_is_skipped(tmp_path: Path, monkeypatch, jobs: int):
    stuck_or_broken(monkeypatch)
    corpus = jsonl(tmp_path / "c.jsonl", {"id": "boom", "text": FAIR}, {"id": "fair", "text": FAIR})
    result = run("build", SEED, corpus, "--out", tmp_path / "out", "--jobs", jobs)
    assert result.exit_code == 0, result.output
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "c.jsonl:1", "RecursionError", {SEED_ID, "fair"})
    strict = run("build", SEED, corpus, "--out", tmp_path / "out", "--jobs", jobs, "--strict")
    assert strict.exit_code == 1


def test_the_projects_readme_builds_and_ends(tmp_path: Path):
    """`kg build README.md` never ended: "Generation Y ..." and "De la ..." looped in cap_chunks. Today's
    README has neither, so a copy gets a paragraph with both."""
    from conftest import ROOT

    readme = tmp_path / "README.md"
    readme.write_text(ROOT.joinpath("README.md").read_text(encoding="utf-8")
                      + "\nGeneration Y consumers met De la Example, a printer, at the Example Denim Fair.\n",
                      encoding="utf-8")
    result = kg("build", readme, "--out", tmp_path / "out", "--no-validate", timeout=180)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert (tmp_path / "out" / "articles" / "README.ttl").is_file()


def test_the_time_budget_default_is_generous():
    from kg.article import ARTICLE_TIMEOUT

    assert ARTICLE_TIMEOUT >= 60


def children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] not in "ZX"
    except (OSError, IndexError):
        return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc")
def test_workers_die_with_a_killed_build_and_free_its_lock(tmp_path: Path):
    import signal
    import time

    from kg.build import remove_stale_staging

    slow = ("import kg.build, time; real = kg.build.extract\n"
            "kg.build.extract = lambda a: time.sleep(600) if 'slow' in a.id else real(a)\n"
            "from kg.cli import app; app()")
    corpus = jsonl(tmp_path / "c.jsonl", *({"id": f"slow{i}", "text": FAIR} for i in range(4)))
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", slow, "build", str(corpus), "--out", str(out), "--jobs", "2"],
                            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(workers := children(proc.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(workers) >= 2, "the build started no workers"
        time.sleep(1)  # the workers are inside an extraction
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 10
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if alive(w)]
    for w in left:  # do not leave them running if the test fails
        os.kill(w, signal.SIGKILL)
    assert not left, "workers outlived the build"
    assert len(remove_stale_staging(out)) == 1  # the lock was free: the killed build's staging folder went
    # and so is the folder's writer lock: the next build need not wait for anyone
    again = kg("build", SEED, "--out", out, "--no-wait", "--no-validate")
    assert again.returncode == 0, again.stderr
    assert (out / "manifest.json").is_file() and not list(tmp_path.glob(".out.*"))


# --- what the build prints ---------------------------------------------------------------------------


def test_a_file_name_with_markup_and_escape_sequences_is_printed_inert(tmp_path: Path):
    name = "[red]x\x1b]52;c;aGk=\x07.txt"  # rich markup, and a terminal's clipboard write
    (tmp_path / name).write_text("", encoding="utf-8")
    result = run("build", SEED, tmp_path / name, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert_one_line_and_the_rest_built(result, tmp_path / "out", "[red]x\\x1b]52;c;aGk=\\x07.txt", "file is empty",
                                       {SEED_ID})


# --- the build folder ---------------------------------------------------------------------------------


def test_a_folder_that_is_no_build_is_refused_and_kept(tmp_path: Path):
    out = tmp_path / "notes"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("build", SEED, "--out", out)
    assert result.exit_code == 1
    assert "holds no build" in result.output and len(result.output.strip().splitlines()) == 1, result.output
    assert [p.name for p in out.iterdir()] == ["notes.txt"]  # it was deleted
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_an_empty_folder_is_built_into(tmp_path: Path):
    (tmp_path / "out").mkdir()
    assert run("build", SEED, "--out", tmp_path / "out").exit_code == 0
    assert (tmp_path / "out" / "manifest.json").is_file()


def fair_file(tmp_path: Path) -> Path:
    path = tmp_path / "fair.txt"
    path.write_text(FAIR, encoding="utf-8")
    return path


def test_a_rebuild_keeps_the_derived_files_and_the_users(tmp_path: Path):
    out = tmp_path / "out"
    assert run("build", SEED, "--out", out).exit_code == 0
    kept = {"graph.html": "<html>page</html>", "analysis.trig": "# analysis\n", "notes.txt": "mine"}
    for name, text in kept.items():
        (out / name).write_text(text, encoding="utf-8")
    (out / "extra").mkdir()
    (out / "extra" / "a.txt").write_text("a", encoding="utf-8")
    result = run("build", SEED, fair_file(tmp_path), "--out", out)
    assert result.exit_code == 0, result.output
    for name, text in kept.items():
        assert (out / name).read_text(encoding="utf-8") == text, name  # they were dropped
    assert (out / "extra" / "a.txt").read_text(encoding="utf-8") == "a"
    assert (out / "articles" / "fair.ttl").is_file()
    assert "graph.html is kept from the previous build; run `kg viz`" in result.output
    assert "`kg analyze --write`" in result.output


def test_an_out_path_that_cannot_be_made_is_one_line(tmp_path: Path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    result = run("build", SEED, "--out", blocker / "build")
    assert result.exit_code == 1
    assert "[E008]" in result.output and "cannot write the build" in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1 and result.exception is not None
    assert isinstance(result.exception, SystemExit), result.exception  # no traceback


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
@pytest.mark.parametrize("limit", [50_000, 600_000])  # the dumps, the store
def test_a_full_disk_is_one_line_and_the_previous_build_stays(tmp_path: Path, limit: int):
    out = tmp_path / "out"
    assert run("build", SEED, "--out", out).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    # RLIMIT_FSIZE makes writes past ``limit`` bytes fail with EFBIG, as a full disk fails them with ENOSPC
    full = ("import resource, signal\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
            "from kg.cli import app; app()")
    corpus = [SEED.parent, *sorted(Path(SEED).parent.parent.joinpath("tests", "fixtures", "articles").glob("*.txt"))]
    result = subprocess.run([sys.executable, "-c", full, "build", *map(str, corpus), "--out", str(out)],
                            capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "[E008]" in result.stderr and "cannot write the build" in result.stderr, result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []  # no staging left


def test_merge_refuses_an_id_no_build_writes(tmp_path):
    """`kg merge` read article ids from a shard's manifest.json as they were: an id with `> { ... } <`
    went into dataset.trig and the store. Such an id is refused with one line, and nothing is written."""
    from kg.build import build as run_build

    shard = tmp_path / "shard"
    run_build([SEED], shard, check=False, shard=(1, 1))
    bad = "x> { <s> <p> <o> } <y"
    text = (shard / "manifest.json").read_text(encoding="utf-8").replace('"000_79e68d3d9a482b0e"', json.dumps(bad), 1)
    (shard / "manifest.json").write_text(text, encoding="utf-8")
    for cached in (shard / "cache").glob(f"{SEED_ID}.*"):  # and its cache files, named after the id
        cached.rename(cached.with_name(bad + cached.name[len(SEED_ID):]))
    result = runner.invoke(app, ["merge", str(shard), "--out", str(tmp_path / "merged")])
    assert result.exit_code == 1
    assert "not one garment-kg writes" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "merged" / "dataset.trig").exists()
