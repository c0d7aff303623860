"""Read articles from disk: the only place where input files are opened."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

ARTICLE_SUFFIXES = {".txt", ".md"}
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Article:
    """One news article: a stable id, its text and (if the first line reads as one) its headline."""

    id: str
    text: str
    source: str = ""

    @property
    def title(self) -> str | None:
        first, _, rest = self.text.partition("\n")
        first = first.strip()
        if rest.strip() and first and not first.endswith((".", "!", "?", "\"", "”")) and len(first.split()) <= 25:
            return first
        return None


def article_id(path: Path) -> str:
    """A file's id is its stem, made IRI-safe."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-") or "article"


def read_article(path: Path) -> Article:
    """Read one UTF-8 text file as an article, or raise :class:`InputError` saying why not."""
    if not path.exists():
        raise InputError("no such file or folder", str(path))
    if path.is_dir():
        raise InputError("is a folder, not an article file", str(path))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"file is {size // (1024 * 1024)} MB, larger than the {MAX_BYTES // (1024 * 1024)} MB limit", str(path))
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not text", str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"not valid UTF-8 (byte {err.start}); save the file as UTF-8", str(path)) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("file is empty", str(path))
    return Article(id=article_id(path), text=text, source=path.name)


def find_articles(paths: list[Path]) -> list[Path]:
    """Expand files and folders into a sorted list of article files."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputError("no such file or folder", str(path))
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                raise InputError(f"folder holds no articles ({', '.join(sorted(ARTICLE_SUFFIXES))} files)", str(path))
            found.extend(files)
        else:
            found.append(path)
    return sorted(dict.fromkeys(found))
