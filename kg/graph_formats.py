"""The build as the graph files analysts open in other tools: GraphML and GEXF (Gephi, yEd,
NetworkX), NetworkX node-link JSON, and Neo4j's CSV layout for ``neo4j-admin database import full``.

All four hold the entity network that ``kg analyze`` and ``kg viz`` work on
(:func:`kg.analyze.project`): entities are nodes, facts between two entities are edges, and
every edge carries its evidence. The properties are the same in every format:

nodes
    ``iri``, ``label``, ``class`` (the gk class, or Topic), ``kind`` (Event, Programme,
    Organization, Person, Place, Topic), ``aliases`` (a list), and the literal facts of the
    entity by relation name (``year``, ``theme``, ``participantCount``, ...; several values of
    one relation are sorted and joined by ``"; "``). A node without a literal fact has no such
    property (nothing is written as None).
edges
    ``relation``, ``label`` (the relation, or the role of a post), ``predicate`` (IRI),
    ``evidence_count``, and one list per evidence field, in the same order (record i is the
    i-th item of each): ``evidence`` (the gk:Evidence IRIs), ``article`` (ids), ``sentence``
    (text), ``sentence_id`` (the NIF sentence IRI), ``begin_index`` and ``end_index`` (character
    offsets of the evidence in the article text; an offset not recorded is null, and -1 in Neo4j,
    whose integer arrays hold no null) and ``rule``.

How each format holds what it cannot hold: GraphML and GEXF have no lists, so a list is written
as its JSON text (``["a", "b"]``; ``json.loads`` reads it back); Neo4j gets real arrays
(``aliases:string[]``) split on U+001F, a character no value holds. XML 1.0 cannot hold most
control characters, not even escaped: in a GraphML or GEXF text value each is replaced by U+FFFD
(one character for one, so offsets still count right), as the RDF/XML export does, while in a
list's JSON text it is a JSON escape (``\\u0001``) and comes back with ``json.loads``. In the Neo4j
files they become U+FFFD and line breaks spaces, so no field spans lines. Node-link JSON holds
every value as it is.

Everything is sorted (nodes by IRI, edges by source, target and relation) and no writer stamps a
date, so the same build gives the same bytes. Nothing is fetched: the schema addresses in the XML
headers are names, not downloads.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ExportError

if TYPE_CHECKING:  # networkx is imported where a graph is made: `kg export -f ttl` does not need it
    import networkx as nx

FILE_FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "nodelink": ".json"}
FOLDER_FORMATS = {"neo4j": ""}
NETWORK_FORMATS = [*FILE_FORMATS, *FOLDER_FORMATS]

NODE_CORE = ("iri", "label", "class", "kind", "aliases")
EVIDENCE_FIELDS = ("evidence", "article", "sentence", "sentence_id", "begin_index", "end_index", "rule")
# Names GEXF reserves on nodes and edges (they become XML attributes or time intervals, not data).
_GEXF_RESERVED = {"id", "pid", "start", "end", "type", "weight", "viz", "key", "networkx_key"}

# Characters XML 1.0 cannot hold, not even as a character reference (§2.2): C0 controls but tab,
# newline and carriage return, lone surrogates, and U+FFFE/U+FFFF (the same as kg.store.xml_safe,
# here on text before it is written).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

NEO4J_ARRAY_DELIMITER = "\x1f"
NEO4J_ARRAY_OPTION = "U+001F"  # how neo4j-admin is told the array delimiter
NEO4J_SCRIPT = "import.sh"
_SAFE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 forbids replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


# ---------------------------------------------------------------------------
# The network
# ---------------------------------------------------------------------------

def network(build: Path | str, topics: bool = True) -> nx.MultiDiGraph:
    """The entity network of a build with the export properties (see the module's doc): read from
    ``build/graph.ttl`` and projected as :func:`kg.analyze.project` does, topics included unless
    ``topics`` is False."""
    from .analyze import project_file
    from .dumps import GRAPH_FILE
    from .errors import InputError

    path = Path(build) / GRAPH_FILE
    if not path.is_file():
        raise InputError(f"no {GRAPH_FILE} here; run `kg build` first", str(build))
    return export_graph(project_file(path, topics=topics))


def export_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A projection (:func:`kg.analyze.project`) with its attributes renamed and laid out for the
    exports: Python values only (str, int, lists of them, None in an offset list), nodes by IRI,
    edges by source, target and key."""
    import networkx as nx

    H = nx.MultiDiGraph()
    for n in sorted(G):
        d = G.nodes[n]
        facts: dict[str, list[str]] = {}
        for relation, value in d.get("attributes", []):
            facts.setdefault(relation, []).append(value)
        data = {"iri": d.get("iri", n), "label": d["label"], "class": d["cls"], "kind": d["kind"],
                "aliases": list(d.get("aliases", []))}
        for relation, values in sorted(facts.items()):
            name = relation if relation not in data and relation not in _GEXF_RESERVED else f"fact_{relation}"
            data[name] = "; ".join(sorted(values))
        H.add_node(n, **data)
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[:3]):
        records = d.get("records")
        if records is None:  # a graph made without kg.analyze.project: what it has of the evidence
            from .analyze import EvidenceRecord

            records = [EvidenceRecord("", e.article, "", e.sentence, None, None, e.rule) for e in d.get("evidence", ())]
        H.add_edge(u, v, key=k, relation=d["relation"], label=d["label"], predicate=d["predicate"],
                   evidence_count=len(records),
                   evidence=[r.iri for r in records], article=[r.article for r in records],
                   sentence=[r.sentence for r in records], sentence_id=[r.sentence_id for r in records],
                   begin_index=[r.begin for r in records], end_index=[r.end for r in records],
                   rule=[r.rule for r in records])
    return H


def _flat(value):
    """A value GraphML and GEXF can hold: a list as its JSON text, text made XML-safe."""
    if isinstance(value, (list, tuple)):
        value = json.dumps(list(value), ensure_ascii=False)
    return xml_text(value) if isinstance(value, str) else value


def flat_graph(H: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``H`` (from :func:`export_graph`) with scalar attributes only, for the XML formats. Edges are
    keyed e0, e1, ... in edge order: GraphML takes the key as the edge's id, which must be unique in
    the document (the relation, the key in ``H``, is not), and GEXF keeps it as ``networkx_key``."""
    import networkx as nx

    F = nx.MultiDiGraph()
    for n, d in H.nodes(data=True):
        F.add_node(xml_text(n), **{k: _flat(v) for k, v in d.items() if v is not None})
    for i, (u, v, k, d) in enumerate(H.edges(keys=True, data=True)):
        F.add_edge(xml_text(u), xml_text(v), key=f"e{i}",
                   **{name: _flat(value) for name, value in d.items() if value is not None})
    return F


# ---------------------------------------------------------------------------
# The file formats
# ---------------------------------------------------------------------------

def to_graphml(H: nx.MultiDiGraph) -> bytes:
    """GraphML, written by networkx's ElementTree writer (the same bytes whether or not lxml is
    installed; ``write_graphml`` picks lxml when it can)."""
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml_xml(flat_graph(H), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


# networkx stamps the day it writes into <meta lastmodifieddate="YYYY-MM-DD">; GEXF does not need it
_GEXF_DATE = re.compile(rb'(<meta\b[^>]*?) lastmodifieddate="[^"]*"')


def to_gexf(H: nx.MultiDiGraph) -> bytes:
    """GEXF 1.2, written by networkx, without the date networkx stamps on it."""
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_gexf(flat_graph(H), buffer, encoding="utf-8", prettyprint=True, version="1.2draft")
    return _GEXF_DATE.sub(rb"\1", buffer.getvalue(), count=1)


def to_node_link(H: nx.MultiDiGraph) -> bytes:
    """NetworkX node-link JSON (``networkx.node_link_graph`` reads it back): lists stay lists."""
    import networkx as nx

    data = nx.node_link_data(H, edges="edges")
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


WRITERS = {"graphml": to_graphml, "gexf": to_gexf, "nodelink": to_node_link}


def export_network(fmt: str, build: Path | str, topics: bool = True) -> bytes:
    """The build's entity network in the file format ``fmt`` (graphml, gexf or nodelink)."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown network format {fmt!r}; use one of {', '.join(WRITERS)}")
    return WRITERS[fmt](network(build, topics))


# ---------------------------------------------------------------------------
# Neo4j's bulk-import CSV layout
# ---------------------------------------------------------------------------

def _csv_text(text: str) -> str:
    """A CSV value that neither breaks a line (so no --multiline-fields is needed) nor holds the
    array delimiter: line breaks become spaces, other control characters U+FFFD."""
    return xml_text(text.replace("\r", " ").replace("\n", " "))


def _cell(value, kind: str) -> str:
    if value is None:
        return ""
    if kind.endswith("[]"):
        items = ["-1" if v is None else (str(v) if kind == "int[]" else _csv_text(str(v))) for v in value]
        return NEO4J_ARRAY_DELIMITER.join(items)
    return str(value) if kind == "int" else _csv_text(str(value))


def _file_name(name: str) -> str:
    """A class or relation name as a file name (they are ontology local names; anything else is
    spelt out, so no name can reach outside the folder or read as a pattern)."""
    return name if _SAFE_NAME.fullmatch(name) else "x" + name.encode("utf-8").hex()


def neo4j_files(H: nx.MultiDiGraph) -> dict[str, str]:
    """The Neo4j import files of ``H`` (from :func:`export_graph`) as {relative path: CSV text}:
    ``nodes/<class>.csv`` per class, with ``iri:ID`` and a ``:LABEL`` of class and kind, and
    ``relationships/<relation>.csv`` per relation, with ``:START_ID``, ``:END_ID`` and ``:TYPE``;
    properties typed in the header (``name:string``, ``aliases:string[]``, ``begin_index:int[]``)."""
    files: dict[str, str] = {}
    by_class: dict[str, list[str]] = {}
    for n, d in H.nodes(data=True):
        by_class.setdefault(d["class"], []).append(n)
    node_types = {"label": "string", "class": "string", "kind": "string", "aliases": "string[]"}
    for cls in sorted(by_class):
        members = by_class[cls]
        facts = sorted({k for n in members for k in H.nodes[n] if k not in NODE_CORE})
        columns = [("iri", "ID"), *node_types.items(), *((f, "string") for f in facts)]
        rows = []
        for n in members:
            d = H.nodes[n]
            labels = list(dict.fromkeys([d["class"], d["kind"]]))
            rows.append([_cell(d["iri"], "string")] + [_cell(d.get(name), kind) for name, kind in columns[1:]]
                        + [NEO4J_ARRAY_DELIMITER.join(labels)])
        header = [f"{name}:{kind}" for name, kind in columns] + [":LABEL"]
        files[f"nodes/{_file_name(cls)}.csv"] = _csv(header, rows)
    edge_types = {"label": "string", "predicate": "string", "evidence_count": "int", "evidence": "string[]",
                  "article": "string[]", "sentence": "string[]", "sentence_id": "string[]", "begin_index": "int[]",
                  "end_index": "int[]", "rule": "string[]"}
    by_relation: dict[str, list[tuple]] = {}
    for u, v, d in H.edges(data=True):
        by_relation.setdefault(d["relation"], []).append((u, v, d))
    for relation in sorted(by_relation):
        header = [":START_ID", ":END_ID", ":TYPE", *(f"{name}:{kind}" for name, kind in edge_types.items())]
        rows = [[_cell(u, "string"), _cell(v, "string"), relation, *(_cell(d[name], kind) for name, kind in edge_types.items())]
                for u, v, d in by_relation[relation]]
        files[f"relationships/{_file_name(relation)}.csv"] = _csv(header, rows)
    return files


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def neo4j_command(files, database: str = "neo4j", admin: str = "neo4j-admin") -> str:
    """The ``neo4j-admin database import full`` command that loads ``files`` (paths relative to the
    export folder, where it runs). The database name comes first: from Neo4j 5.19 on, a name after
    the ``--nodes``/``--relationships`` lists is read as one more file."""
    parts = [admin, "database", "import", "full", database, f"--array-delimiter={NEO4J_ARRAY_OPTION}"]
    parts += [f"--nodes={f}" for f in sorted(files) if f.startswith("nodes/")]
    parts += [f"--relationships={f}" for f in sorted(files) if f.startswith("relationships/")]
    return " ".join(parts)


def neo4j_script(files) -> str:
    """``import.sh``: the import command, run from the folder it is in."""
    command = neo4j_command(files, database='"${1:-neo4j}"', admin='"${NEO4J_ADMIN:-neo4j-admin}"')
    lines = command.split(" --")
    return ("#!/bin/sh\n"
            "# Loads this folder into Neo4j 5 (written by `kg export --format neo4j`).\n"
            "# Run it with the database stopped: sh import.sh [DATABASE]  (default neo4j).\n"
            "# The database must not exist yet, or be empty; add --overwrite-destination to replace one.\n"
            "# NEO4J_ADMIN=/path/to/bin/neo4j-admin picks the neo4j-admin to run.\n"
            "# Arrays (aliases, and the evidence lists of a relationship) are split on U+001F.\n"
            "set -e\n"
            'cd "$(dirname "$0")"\n'
            + " \\\n  --".join(lines) + "\n")


def write_neo4j(H: nx.MultiDiGraph, folder: Path) -> tuple[dict[str, str], str]:
    """Write the Neo4j import files of ``H`` and ``import.sh`` into ``folder``, whole or not at all:
    into a new folder beside it first, which then takes its place. ``folder`` must not exist, be
    empty, or hold an earlier export (it has ``import.sh``); nothing else is overwritten. Returns
    (the files, the import command to run in ``folder``)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError("the Neo4j export is a folder; this is a file", str(folder))
    if folder.is_dir() and any(folder.iterdir()) and not (folder / NEO4J_SCRIPT).is_file():
        raise ExportError("this folder is not empty and holds no earlier Neo4j export; give a new folder", str(folder))
    if not folder.parent.is_dir():
        raise ExportError("the output's folder does not exist", str(folder.parent))
    files = neo4j_files(H)
    staging = folder.with_name(f".{folder.name}.tmp")
    old = folder.with_name(f".{folder.name}.old")
    for leftover in (staging, old):
        shutil.rmtree(leftover, ignore_errors=True)
    try:
        for name, text in {**files, NEO4J_SCRIPT: neo4j_script(files)}.items():
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="")
        (staging / NEO4J_SCRIPT).chmod(0o755)
        if folder.exists():
            folder.rename(old)
        try:
            staging.rename(folder)
        except OSError:
            if old.exists() and not folder.exists():
                old.rename(folder)  # the earlier export stays as it was
            raise
    except OSError as error:
        raise ExportError(f"cannot write the Neo4j files: {error.strerror or error}", str(folder)) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    return files, neo4j_command(files)


def export_neo4j(build: Path | str, folder: Path | str, topics: bool = True) -> tuple[dict[str, str], str]:
    """Write the build's entity network as Neo4j import files into ``folder`` (see :func:`write_neo4j`)."""
    return write_neo4j(network(build, topics), Path(folder))
