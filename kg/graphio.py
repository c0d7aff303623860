"""Read built graphs back from disk, with errors that say what to run."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from .errors import InputError

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads"}


def load_graphs(path: Path) -> list[tuple[str, Graph]]:
    """The named graphs of a TriG/N-Quads file, or the one graph of a Turtle/N-Triples file."""
    if not path.exists():
        raise InputError("no such file; run `kg build` first", str(path))
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"unknown graph format {path.suffix!r}; use one of {', '.join(sorted(FORMATS))}", str(path))
    try:
        if fmt in {"trig", "nquads"}:
            ds = Dataset()
            ds.parse(path, format=fmt)
            out = []
            for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
                if len(g):
                    copy = Graph()
                    for t in g:
                        copy.add(t)
                    out.append((str(g.identifier), copy))
            return out
        return [(str(path), Graph().parse(path, format=fmt))]
    except Exception as error:  # rdflib raises many parser types; report them in one line
        raise InputError(f"cannot parse as {fmt}: {str(error).splitlines()[0] if str(error) else type(error).__name__}", str(path)) from None
