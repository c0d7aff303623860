"""`kg build --scheduler` and `kg merge --scheduler`: the per-article work on a real Dask cluster of
two worker processes on this machine (bound to 127.0.0.1), giving the same bytes as a local build,
and failing as a local build does: an article that fails on a worker is left out with one line,
and a cluster that cannot be used is one line with nothing of the output touched."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster, get_task_stream
from typer.testing import CliRunner

import kg.cluster
from conftest import FIXTURES, SEED, SHARED
from kg.build import OverBudget, build, merge, time_budget
from kg.cli import app
from kg.cluster import Cluster
from kg.errors import SchedulerError
from kg.store import open_store

runner = CliRunner()
INPUTS = [SEED, SHARED / "dev", FIXTURES.parent / "corpus"]  # the corpus has an entity merged across articles
FAIR = "The Example Denim Fair was held in Example City."

# Run in each worker process (exec'd there: this module is not importable on the workers): the
# extraction fails, hangs or kills its process for the article ids that ask for it.
BREAK_EXTRACTION = """
import os
import kg.build
real = getattr(kg.build, "_real_extract", kg.build.extract)
def extract(article):
    if "boom" in article.id:
        raise RecursionError("maximum recursion depth exceeded")
    if "slow" in article.id:
        while True:
            pass
    if "kill" in article.id:
        os._exit(1)
    return real(article)
kg.build._real_extract = real
kg.build.extract = extract
"""
MEND_EXTRACTION = "import kg.build\nkg.build.extract = getattr(kg.build, '_real_extract', kg.build.extract)\n"
OTHER_VERSION = "import kg.manifest\nkg.manifest._real = kg.manifest.fingerprint\nkg.manifest.fingerprint = lambda: 'another'\n"
SAME_VERSION = "import kg.manifest\nkg.manifest.fingerprint = getattr(kg.manifest, '_real', kg.manifest.fingerprint)\n"
WARM = (f"from pathlib import Path\nfrom kg.article import read_article\nfrom kg.build import extract_one\n"
        f"extract_one(read_article(Path({str(SEED)!r})), True)\n")


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def on_workers(client: Client, code: str) -> None:
    client.run(exec, code, {})


@pytest.fixture(scope="module")
def cluster():
    """A scheduler and two single-threaded worker processes; the address and a client of it. A worker
    that dies fails its task at once (allowed-failures 0: Dask would retry it on the other worker)."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                         dashboard_address=None) as local, \
            Client(local, set_as_default=False) as client:
        on_workers(client, WARM)  # a first extraction loads the gazetteer and shapes: not under a test's budget
        yield local.scheduler_address, client


@pytest.fixture(scope="module")
def local_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local") / "build"
    assert run("build", *INPUTS, "--out", out, "--jobs", 1).exit_code == 0
    return out


@pytest.fixture
def broken_workers(cluster):
    address, client = cluster
    on_workers(client, BREAK_EXTRACTION)
    try:
        yield address
    finally:
        client.wait_for_workers(2, timeout=60)  # a killed worker is restarted by its nanny
        on_workers(client, MEND_EXTRACTION)


def files(out: Path) -> dict[str, bytes]:
    """Every file of a build but the store (a database, compared by its quads instead)."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and "store" not in p.relative_to(out).parts}


def store_quads(out: Path) -> list[str]:
    return sorted(str(q) for q in open_store(out).quads_for_pattern(None, None, None, None))


def assert_same_build(out: Path, expected: Path) -> None:
    assert files(out).keys() == files(expected).keys()
    for name, data in files(out).items():
        assert data == files(expected)[name], name
    assert store_quads(out) == store_quads(expected)


def state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` and beside it, with its bytes and modification time."""
    return {str(p): (p.read_bytes() if p.is_file() else b"", p.stat().st_mtime_ns)
            for p in sorted([*folder.parent.iterdir(), *folder.rglob("*")])}


def previous_build(build_dir: Path, tmp_path: Path) -> Path:
    """A copy of ``build_dir`` in a folder of its own (:func:`state` looks beside it too)."""
    out = tmp_path / "builds" / "build"
    shutil.copytree(build_dir, out)
    return out


def task_names(stream) -> set[str]:
    return {str(t["key"]).split("-")[1] for t in stream.data}


def one_line_with(output: str, *parts: str) -> None:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and all(p in lines[0] for p in parts), output
    assert "Traceback" not in output


def test_a_build_on_the_cluster_is_the_same_bytes_as_a_local_one(cluster, local_build: Path, tmp_path: Path):
    address, client = cluster
    out = tmp_path / "build"
    with get_task_stream(client) as stream:
        result = run("build", *INPUTS, "--out", out, "--scheduler", address)
    assert result.exit_code == 0, result.output
    assert "9 article(s) (9 extracted" in result.output and "1 entities merged" in result.output
    assert task_names(stream) == {"extract", "resolve_graph"}  # both stages ran on the workers
    assert_same_build(out, local_build)


def test_a_rebuild_on_the_cluster_is_the_same_bytes_as_a_local_build(cluster, local_build: Path, tmp_path: Path):
    address, _ = cluster
    out = tmp_path / "build"
    assert run("build", SEED, SHARED / "dev", "--out", out, "--scheduler", address).exit_code == 0
    result = run("build", *INPUTS, "--out", out, "--scheduler", address)
    assert result.exit_code == 0, result.output
    assert "(5 extracted, 4 unchanged)" in result.output
    assert_same_build(out, local_build)


def test_shards_merged_on_the_cluster_are_the_same_bytes_as_a_local_build(cluster, local_build: Path,
                                                                          tmp_path: Path):
    address, client = cluster
    shards = [tmp_path / f"shard-{i}" for i in (1, 2)]
    for i, shard in enumerate(shards, 1):
        build(INPUTS, shard, shard=(i, 2), scheduler=address)
    with get_task_stream(client) as stream:
        result = run("merge", *shards, "--out", tmp_path / "merged", "--scheduler", address)
    assert result.exit_code == 0, result.output
    assert task_names(stream) == {"resolve_graph"}
    assert_same_build(tmp_path / "merged", local_build)


def test_an_article_that_fails_or_hangs_on_a_worker_is_left_out_with_one_line(broken_workers: str, tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "boom", "text": FAIR}, {"id": "slow", "text": FAIR}, {"id": "fair", "text": FAIR})), encoding="utf-8")
    result = run("build", SEED, corpus, "--out", tmp_path / "out", "--scheduler", broken_workers,
                 "--article-timeout", 5)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    for where, reason in (("c.jsonl:1", "RecursionError"), ("c.jsonl:2", "longer than the 5 s budget")):
        lines = [line for line in result.output.splitlines() if where in line]
        assert len(lines) == 1 and "[E009]" in lines[0] and reason in lines[0], result.output
    assert {p.stem for p in (tmp_path / "out" / "articles").glob("*.ttl")} == {SEED.stem, "fair"}


def test_an_article_that_kills_its_worker_is_named(broken_workers: str, local_build: Path, tmp_path: Path):
    out = previous_build(local_build, tmp_path)
    before = state(out)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "kill", "text": FAIR}) + "\n", encoding="utf-8")
    result = run("build", corpus, "--out", out, "--scheduler", broken_workers)
    assert result.exit_code == 1
    one_line_with(result.output, "[E009]", "c.jsonl:1", "extraction killed its worker", "KilledWorker")
    assert state(out) == before  # the only article was left out: the build failed, the previous one stays


def test_workers_of_another_version_are_refused_before_anything_is_done(cluster, local_build: Path,
                                                                         tmp_path: Path):
    address, client = cluster
    out = previous_build(local_build, tmp_path)
    before = state(out)
    on_workers(client, OTHER_VERSION)
    try:
        result = run("build", *INPUTS, "--out", out, "--scheduler", address)
        with pytest.raises(SchedulerError, match="runs another version of garment-kg"):  # a worker come since
            list(Cluster(client, address).map(len, ["abc"]))
    finally:
        on_workers(client, SAME_VERSION)
    assert result.exit_code == 1
    one_line_with(result.output, "[E010]", address, "runs another version of garment-kg")
    assert state(out) == before


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_is_one_line_and_touches_nothing(local_build: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(kg.cluster, "CONNECT_TIMEOUT", 2.0)  # the default 10 s, shortened for the test
    out = previous_build(local_build, tmp_path)
    before = state(out)
    address = f"tcp://127.0.0.1:{free_port()}"  # bound a moment ago and let go: nobody listens there
    result = run("build", *INPUTS, "--out", out, "--scheduler", address)
    assert result.exit_code == 1
    one_line_with(result.output, "[E010]", address, "no Dask scheduler answered", "dask scheduler")
    assert state(out) == before


def test_a_malformed_address_and_jobs_with_a_scheduler_are_one_line(tmp_path: Path):
    result = run("build", SEED, "--out", tmp_path / "out", "--scheduler", "127.0.0.1")
    assert result.exit_code == 1
    one_line_with(result.output, "[E010]", "127.0.0.1", "tcp://HOST:PORT")
    result = run("build", SEED, "--out", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:8786", "--jobs", 2)
    assert result.exit_code == 1
    one_line_with(result.output, "[E001]", "--jobs", "--scheduler")
    assert not (tmp_path / "out").exists()


def in_a_thread(fn) -> BaseException | None:
    """What ``fn`` raised in a thread other than the main one (a Dask worker runs tasks so)."""
    raised: list[BaseException | None] = [None]

    def body() -> None:
        try:
            fn()
        except BaseException as error:  # noqa: BLE001 - the test looks at it
            raised[0] = error

    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    return raised[0]


def test_the_time_budget_stops_a_loop_in_another_thread():
    def forever() -> None:
        with time_budget(0.2):
            while True:
                pass

    assert isinstance(in_a_thread(forever), OverBudget)


def test_a_time_budget_that_ended_raises_nothing_later_in_its_thread():
    def quick_then_busy() -> None:
        with time_budget(0.05):
            pass
        for _ in range(3):  # well past the budget, in Python code that the exception would stop
            os.stat(".")
            threading.Event().wait(0.05)

    assert in_a_thread(quick_then_busy) is None
