"""The build's two dumps: ``graph.ttl`` (every article's Turtle body, in article id order, after one
prefix block) and ``dataset.trig`` (the same bodies, each inside its article's named graph).

A rebuild copies the articles that are as they were from the previous build's dumps, by byte range
and a run of such articles at a time, instead of reading every article file again (at 10,000
articles that reading took more time than the copy). Where each article lies in the previous dumps
follows from the sizes of its article files; the dumps' own sizes confirm it, and when they do not
match, everything is written from the article files.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import oxi
from .vocab import GRAPH

GRAPH_FILE = "graph.ttl"
DATASET_FILE = "dataset.trig"
FOOTER = b"}\n"


def header(aid: str) -> bytes:
    return b"<%s> {\n" % str(GRAPH[aid]).encode()


def _body_length(path: str, prefix: bytes) -> int | None:
    """Length of an article file's body (what follows the prefix block); None if it does not start
    with the build's prefix block."""
    size = os.stat(path).st_size
    if size == 0:
        return 0
    with open(path, "rb") as f:
        head = f.read(len(prefix))
    if head == prefix:
        return size - len(prefix)
    return None if head.startswith(b"@prefix") else size


def layout(build: Path) -> dict[str, tuple[int, int, int]] | None:
    """Where each article lies in a build's dumps: its body's offset in graph.ttl, its named graph's
    offset in dataset.trig, and the body's length. None when the dumps are not where the article
    files say."""
    prefix = oxi.prefix_block()
    folder = f"{build}{os.sep}articles"
    try:
        ids = sorted(name[:-4] for name in os.listdir(folder) if name.endswith(".ttl"))
        merged, dataset = len(prefix), len(prefix)
        out = {}
        for aid in ids:
            n = _body_length(f"{folder}{os.sep}{aid}.ttl", prefix)
            if n is None:
                return None
            out[aid] = (merged, dataset, n)
            merged += n
            dataset += len(header(aid)) + n + len(FOOTER)
        if os.path.getsize(build / GRAPH_FILE) != merged or os.path.getsize(build / DATASET_FILE) != dataset:
            return None
    except OSError:
        return None
    return out


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _copy(src: int, dst: int, offset: int, count: int) -> None:
    """Append ``count`` bytes of ``src`` from ``offset`` to ``dst``: in the kernel where it can."""
    while count > 0:
        try:
            n = os.copy_file_range(src, dst, count, offset)
        except (AttributeError, OSError):  # not Linux, or not between these files
            n = 0
        if n <= 0:
            data = os.pread(src, min(count, 1 << 22), offset)
            if not data:
                raise OSError(f"the previous build's dump ended early (at byte {offset})")
            _write_all(dst, data)
            n = len(data)
        offset += n
        count -= n


class Dumps:
    """Writes the dumps into ``folder``, article by article in id order; ``previous`` is the build
    folder whose dumps unchanged articles are copied from."""

    def __init__(self, folder: Path, previous: Path | None):
        self.old = layout(previous) if previous is not None else None
        self.fds: list[int] = []
        try:
            self.merged = self._open(folder / GRAPH_FILE, write=True)
            self.dataset = self._open(folder / DATASET_FILE, write=True)
            if self.old is not None:
                self.old_merged = self._open(previous / GRAPH_FILE)
                self.old_dataset = self._open(previous / DATASET_FILE)
        except OSError:
            self.close()
            raise
        self.pending: list[int] | None = None  # a run of old ranges: [merged start, end, dataset start, end]
        prefix = oxi.prefix_block()
        _write_all(self.merged, prefix)
        _write_all(self.dataset, prefix)

    def _open(self, path: Path, write: bool = False) -> int:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC if write else os.O_RDONLY
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o644)
        self.fds.append(fd)
        return fd

    def copy(self, aid: str) -> bool:
        """Copy an article that is as in the previous build from its dumps; False when they do not hold it."""
        if self.old is None or aid not in self.old:
            return False
        merged, dataset, n = self.old[aid]
        block = len(header(aid)) + n + len(FOOTER)
        if self.pending and self.pending[1] == merged and self.pending[3] == dataset:
            self.pending[1] += n
            self.pending[3] += block
        else:
            self._flush()
            self.pending = [merged, merged + n, dataset, dataset + block]
        return True

    def add(self, aid: str, body: bytes) -> None:
        """Write an article's body (its Turtle without the prefix block)."""
        self._flush()
        _write_all(self.merged, body)
        _write_all(self.dataset, header(aid) + body + FOOTER)

    def _flush(self) -> None:
        if self.pending:
            m0, m1, d0, d1 = self.pending
            _copy(self.old_merged, self.merged, m0, m1 - m0)
            _copy(self.old_dataset, self.dataset, d0, d1 - d0)
        self.pending = None

    def close(self) -> None:
        try:
            self._flush()
        finally:
            for fd in self.fds:
                os.close(fd)
            self.fds = []

    def __enter__(self) -> Dumps:
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is not None:
            self.pending = None  # failing: nothing more to copy
        self.close()
