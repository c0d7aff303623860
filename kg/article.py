"""Read articles from disk: this module and :mod:`kg.sources` are the only places where input files are opened."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .errors import InputError

ARTICLE_SUFFIXES = {".txt", ".md"}
MAX_BYTES = 20 * 1024 * 1024
# Per-article budgets of a build (``kg build --max-chars`` and ``--article-timeout``): spaCy refuses
# longer text by default, and a normal article is extracted in well under a second, so a minute
# means something is wrong.
MAX_CHARS = 1_000_000
ARTICLE_TIMEOUT = 60.0


@dataclass(frozen=True)
class Article:
    """One news article: a stable id, its text and (if the first line reads as one) its headline.

    ``source`` says where the text was read from (``file.txt``, ``file.jsonl:12``). The metadata
    fields come from the input's own markup or fields, never from the text: ``headline`` an explicit
    title, ``date`` an ISO 8601 date or date-time (normalized by :func:`iso_date`), ``url`` an
    absolute http(s) URL and ``publisher`` the name of the site or outlet. When ``headline`` is set
    the text should begin with it: the extractor reads the first sentence as the headline whenever
    :attr:`title` is set (the readers in :mod:`kg.sources` ensure this).
    """

    id: str
    text: str
    source: str = ""
    headline: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None

    @property
    def title(self) -> str | None:
        if self.headline and self.headline.strip():
            return self.headline.strip()
        first, _, rest = self.text.partition("\n")
        first = first.strip()
        if rest.strip() and first and not first.endswith((".", "!", "?", "\"", "”")) and len(first.split()) <= 25:
            return first
        return None


# Longest article id. An id names files (``cache/<id>.inferred.nt`` adds 12 characters, and most file
# systems stop at 255) and IRIs that people read; 100 keeps both comfortable.
MAX_ID = 100


def safe_id(text: str) -> str:
    """``text`` made IRI-safe (runs of other characters become one hyphen) and bounded; may be empty.

    No leading or trailing "." or "-": a Turtle prefixed name that ends in an escaped "." is
    valid but rdflib cannot read it back. An id longer than :data:`MAX_ID` keeps its start and
    ends with a hash of the whole, so it stays readable, deterministic and distinct."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.")
    if len(name) <= MAX_ID:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:8]
    return f"{name[:MAX_ID - 9].rstrip('-.')}-{digest}"


def article_id(path: Path) -> str:
    """A file's id is its stem, made IRI-safe."""
    return safe_id(path.stem) or "article"


# Extended ISO 8601 only: fromisoformat alone would also take week dates and the basic format.
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


def iso_date(value: str) -> str | None:
    """``value`` as an ``xsd:date`` or ``xsd:dateTime`` lexical form, or None if it is no ISO 8601
    date. The form is the one rdflib writes, so the article and its graph agree."""
    value = value.strip()
    try:
        if ISO_DATE.fullmatch(value):
            return date.fromisoformat(value).isoformat()
        if ISO_DATETIME.fullmatch(value):
            return datetime.fromisoformat(value).isoformat()
    except ValueError:
        return None
    return None


# Legacy encodings news files turn up in; tried only to say what a file is, never to read it.
LEGACY_ENCODINGS = ("gb18030", "cp1252", "latin-1")


def looks_like_text(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f" or 0x7F <= ord(ch) < 0xA0)
    return controls <= len(text) // 100


def not_utf8_reason(data: bytes, err: UnicodeDecodeError) -> str:
    for encoding in LEGACY_ENCODINGS:
        try:
            if looks_like_text(data.decode(encoding)):
                return (f"not valid UTF-8 (byte {err.start}); looks like a legacy encoding such as "
                        f"GB18030/Latin-1; save as UTF-8")
        except UnicodeDecodeError:
            continue
    return f"not valid UTF-8 (byte {err.start}) nor text in a known legacy encoding; save the file as UTF-8"


def check_regular_file(path: Path) -> None:
    """Raise :class:`InputError` unless ``path`` is (or links to) a regular file. A device such as
    /dev/zero never ends and a FIFO blocks until someone writes to it, so neither is opened."""
    if not path.exists():
        raise InputError("no such file or folder", str(path))
    if path.is_dir():
        raise InputError("is a folder, not an article file", str(path))
    if not path.is_file():
        raise InputError("not a regular file (a device, FIFO or socket); give an article file", str(path))


def read_text(path: Path) -> str:
    """The text of one UTF-8 file with newlines normalized, or :class:`InputError` saying why not
    (missing, a folder, a device or FIFO, too large, binary, not UTF-8, empty)."""
    check_regular_file(path)
    too_large = f"larger than the {MAX_BYTES // (1024 * 1024)} MB limit"
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"file is {size // (1024 * 1024)} MB, {too_large}", str(path))
        with path.open("rb") as stream:
            # at most one byte past the limit: some files (under /proc, say) report size 0 and go on
            data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(f"file is {too_large}", str(path))
    except OSError as err:
        raise InputError(f"cannot read the file ({err.strerror or err})", str(path)) from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not text", str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(not_utf8_reason(data, err), str(path)) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("file is empty", str(path))
    return text


def read_article(path: Path) -> Article:
    """Read one UTF-8 text file as an article, or raise :class:`InputError` saying why not."""
    return Article(id=article_id(path), text=read_text(path), source=path.name)


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
