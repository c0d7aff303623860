"""Read built graphs back from disk, with errors that say what to run."""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import Dataset, Graph

from .errors import InputError

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml"}
# The address the project's JSON-LD context is published under; documents that name it get the
# copy shipped in the package instead.
CONTEXT_IRI = "https://w3id.org/garment-kg/context.jsonld"


def local_contexts(node, where: str):
    """``node`` with every ``@context`` that names the project's context replaced by the shipped copy.
    Any other remote context is refused: reading a file never fetches anything from the network."""
    from .export import jsonld_context

    if isinstance(node, list):
        return [local_contexts(n, where) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "@import":
            raise InputError(f"remote JSON-LD @import {value!r} is not fetched; inline it", where)
        if key == "@context":
            items = value if isinstance(value, list) else [value]
            resolved = []
            for item in items:
                if isinstance(item, str):
                    if item != CONTEXT_IRI:
                        raise InputError(f"remote JSON-LD @context {item!r} is not fetched; inline it", where)
                    item = jsonld_context()
                else:
                    item = local_contexts(item, where)  # scoped contexts and @import inside it
                resolved.append(item)
            out[key] = resolved if isinstance(value, list) else resolved[0]
        else:
            out[key] = local_contexts(value, where)
    return out


def load_graphs(path: Path) -> list[tuple[str, Graph]]:
    """The named graphs of a TriG/N-Quads/JSON-LD file, or the one graph of a Turtle/N-Triples/RDF-XML file."""
    if not path.exists():
        raise InputError("no such file; run `kg build` first", str(path))
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"unknown graph format {path.suffix!r}; use one of {', '.join(sorted(FORMATS))}", str(path))
    try:
        if fmt in {"trig", "nquads", "json-ld"}:
            ds = Dataset()
            if fmt == "json-ld":
                doc = local_contexts(json.loads(path.read_text(encoding="utf-8")), str(path))
                ds.parse(data=json.dumps(doc), format="json-ld")
            else:
                ds.parse(path, format=fmt)
            out = []
            for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
                if len(g):
                    copy = Graph()
                    for t in g:
                        copy.add(t)
                    out.append((str(g.identifier), copy))
            return out
        if fmt == "xml":
            return [(str(path), Graph().parse(data=_without_entities(path), format="xml"))]
        return [(str(path), Graph().parse(path, format=fmt))]
    except InputError:
        raise
    except Exception as error:  # rdflib raises many parser types; report them in one line
        raise InputError(f"cannot parse as {fmt}: {parser_reason(error)}", str(path)) from None


def parser_reason(error: Exception) -> str:
    """An rdflib parser's error in one line that keeps its reason and line: its Turtle/TriG/N3
    message puts the line on a line of its own and the reason on the next."""
    why, line = getattr(error, "_why", None), getattr(error, "lines", None)
    if why and isinstance(line, int):  # rdflib's notation3 BadSyntax (Turtle, TriG, N3)
        return f"line {line + 1}: {why}"
    text = " ".join(str(error).split())
    return text[:300] if text else type(error).__name__


def _without_entities(path: Path) -> bytes:
    """The RDF/XML file's bytes, refused when it declares entities: one entity can expand into others
    without end ("billion laughs") or name a file or address to fetch. RDF/XML never needs them."""
    data = path.read_bytes()
    if re.search(rb"<!ENTITY", data, re.I):
        raise InputError("RDF/XML that declares entities (<!ENTITY ...>) is refused: they can expand without "
                         "end or fetch files; write the file without a DOCTYPE", str(path))
    return data
