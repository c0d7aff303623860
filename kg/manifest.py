"""The build manifest: what each article's cached extraction was made from.

A build keeps every article's extracted graph in ``cache/<id>.ttl`` (canonical Turtle, before
cross-article resolution; what it entails beside it) and lists them in ``manifest.json`` with the SHA-256 of the article's
content and the entity names cross-article resolution reads (so a rebuild need not read the cache of
an unchanged article). The next build re-extracts only articles whose hash changed, and drops the ones that are
gone. The manifest also holds a fingerprint of the code and the ontology data; when either changes,
every article is extracted again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .article import Article
from .corpus import NamePool, Names
from .resources import ontology_dir

MANIFEST = "manifest.json"
CACHE = "cache"
FORMAT = 2


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """SHA-256 over the extraction code and the ontology data: what an extraction depends on."""
    h = hashlib.sha256()
    roots = [Path(__file__).resolve().parent, ontology_dir()]
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".py", ".ttl", ".csv", ".txt"}):
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def content_hash(article: Article) -> str:
    """SHA-256 of what extraction reads from an article (not where the file lies)."""
    fields = {f.name: getattr(article, f.name) for f in dataclasses.fields(article) if f.name != "source"}
    return hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class Entry:
    id: str
    sha256: str
    source: str
    entities: int
    facts: int
    triples: int
    names: Names = Names((), ())
    line: str = field(default="", compare=False, repr=False)  # the manifest line it was read from

    def to_json(self) -> dict:
        return {"id": self.id, "sha256": self.sha256, "source": self.source, "entities": self.entities,
                "facts": self.facts, "triples": self.triples,
                "names": [[i, int(is_label), text] for i, is_label, text in self.names.names],
                "iris": list(self.names.iris)}

    def to_line(self) -> str:
        return self.line or json.dumps(self.to_json(), ensure_ascii=False)

    @classmethod
    def from_json(cls, e: dict, line: str = "", pool: NamePool | None = None) -> Entry:
        # (iri, 1, name) equals (iri, True, name): no need to convert the flag
        names = Names(tuple(map(tuple, e["names"])), tuple(e["iris"]))
        return cls(e["id"], e["sha256"], e["source"], e["entities"], e["facts"], e["triples"],
                   pool(names) if pool else names, line)


def load(build: Path, validated: bool = False, pool: NamePool | None = None) -> dict[str, Entry]:
    """The previous build's entries whose cache file exists; nothing if the code or data changed,
    or if ``validated`` is asked for and that build did not check its articles against the shapes.
    With ``pool``, the entries share their names' strings with everything else the pool gave."""
    try:
        # read as :func:`dump` writes it: a head line, then one article per line (a rebuild writes
        # the lines of unchanged articles back as they were)
        head, *lines = (build / MANIFEST).read_text(encoding="utf-8").split("\n")
        data = json.loads(head + "]}")
        if data.get("format") != FORMAT or data.get("fingerprint") != fingerprint():
            return {}
        if validated and not data.get("validated"):
            return {}
        if lines[-2:] != ["]}", ""]:
            return {}
        entries = {}
        for line in lines[:-2]:
            line = line.removesuffix(",")
            if line:
                e = Entry.from_json(json.loads(line), line, pool)
                entries[e.id] = e
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # no usable manifest: build everything
    cached = set(os.listdir(build / CACHE)) if (build / CACHE).is_dir() else set()
    return {k: e for k, e in entries.items() if f"{k}.ttl" in cached}


def was_validated(build: Path) -> bool:
    try:
        return bool(json.loads((build / MANIFEST).read_text(encoding="utf-8")).get("validated"))
    except (OSError, ValueError):
        return False


def dump(entries: list[Entry], validated: bool) -> bytes:
    """The manifest as JSON with one article per line: readable, and quick to write for 10,000."""
    head = json.dumps({"format": FORMAT, "fingerprint": fingerprint(), "validated": validated})[:-1]
    lines = ",\n".join(e.to_line() for e in sorted(entries, key=lambda e: e.id))
    return f'{head}, "articles": [\n{lines}\n]}}\n'.encode()
