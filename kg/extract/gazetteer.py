"""The curated gazetteer (``ontology/gazetteer.csv``) and name lexicons (``ontology/lexicon/``)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import lru_cache

from ..resources import ontology_file


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str  # "organization" or "place"
    type: str  # class local name in the gk ontology
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str = ""
    part_of: str = ""
    located_in: str = ""
    source: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    by_name: dict[str, Entry] = field(default_factory=dict)  # exact, case-sensitive for acronyms
    by_lower: dict[str, Entry] = field(default_factory=dict)

    def lookup(self, text: str) -> Entry | None:
        text = text.strip()
        if text in self.by_name:
            return self.by_name[text]
        if text.isupper():  # an acronym matches only as written
            return None
        return self.by_lower.get(text.lower())


def _rows(text: str):
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    yield from csv.DictReader(io.StringIO("\n".join(lines)))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    for row in _rows(ontology_file("gazetteer.csv").read_text(encoding="utf-8")):
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        entry = Entry(row["id"].strip(), row["kind"].strip(), row["type"].strip(), row["name"].strip(), aliases,
                      (row.get("wikidata") or "").strip(), (row.get("part_of") or "").strip(),
                      (row.get("located_in") or "").strip(), (row.get("source") or "").strip())
        gaz.entries[entry.id] = entry
        for name in entry.names:
            gaz.by_name.setdefault(name, entry)
            if not name.isupper():
                gaz.by_lower.setdefault(name.lower(), entry)
    return gaz


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    text = ontology_file("lexicon/surnames.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """Names of towns of 15,000 people or more (``ontology/lexicon/cities.txt``, from GeoNames), lower-cased."""
    text = ontology_file("lexicon/cities.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))
