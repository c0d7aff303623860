"""An interactive, self-contained HTML view of the entity network (vis-network via pyvis).

pyvis holds the network (nodes and edges appended as dicts: its ``add_edge`` checks for
duplicates and is quadratic) and ships the vis-network library, which is inlined here. Its own
templates link Bootstrap and other assets from CDNs even with ``cdn_resources="in_line"``, so the
page is rendered from our template (``kg/templates/graph.html``) with nothing fetched from the
network: it works from ``file://`` offline.

Safety: every text that comes from an article (labels, sentences, aliases, attributes) is put in
tooltips through ``html.escape``, and the JSON embedded in the ``<script>`` has ``<``, ``>`` and
``&`` escaped as ``\\u003c`` etc., so a name containing ``</script>`` cannot end the script.
Labels drawn on the canvas and put in the search list are plain text by construction.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from .analyze import POST_RELATION

LARGE = 1000          # above this many nodes the page starts stabilised and shows only the top nodes
LARGE_TOP = 300       # how many nodes a large page shows first
MAX_EVIDENCE = 3      # sentences per tooltip (the details panel shows the same)

# Shape by kind, colour by class. Shapes with the label below the node keep labels legible.
KIND_SHAPE = {"Event": "star", "Programme": "hexagon", "Organization": "dot", "Person": "triangle",
              "Place": "square", "Topic": "diamond"}
CLASS_COLOUR = {
    "Event": "#e8590c", "Programme": "#ae3ec9",
    "Organization": "#4dabf7", "GovernmentAgency": "#1864ab", "IndustryAssociation": "#0ca678",
    "Company": "#74b816", "EducationalInstitution": "#f59f00", "ResearchInstitute": "#7048e8",
    "PoliticalOrganization": "#c92a2a", "OrganizationalUnit": "#66d9e8",
    "InternationalOrganization": "#3bc9db", "TradeUnion": "#d6336c", "NonGovernmentalOrganization": "#94d82d",
    "Person": "#e64980",
    "Place": "#a9746e", "Country": "#795548", "Region": "#a1887f", "County": "#bcaaa4", "City": "#8d6e63", "Venue": "#d7ccc8",
    "Topic": "#868e96",
}
FALLBACK_COLOUR = "#adb5bd"
LEGEND_ORDER = list(CLASS_COLOUR)


@dataclass(frozen=True)
class Page:
    """A rendered page; shows itself in Jupyter as an iframe (``srcdoc``), so notebooks need no IPython import."""

    html: str
    height: int = 720

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" style="width:100%;height:{self.height}px;'
                f'border:1px solid #ddd" sandbox="allow-scripts"></iframe>')


def _lib(name: str) -> str:
    return (resources.files("pyvis") / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def _template() -> str:
    return (resources.files("kg") / "templates" / "graph.html").read_text(encoding="utf-8")


def script_json(data: object) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>`` or ``&`` (so no ``</script>`` or
    ``<!--``), no U+2028/2029 (line terminators in older JS); keys sorted for stable bytes."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _evidence_html(evidence) -> str:
    e = html.escape
    items = "".join(f"<li>{e(ev.sentence)} <span class=src>[{e(ev.article)}; rule {e(ev.rule)}]</span></li>"
                    for ev in evidence[:MAX_EVIDENCE])
    more = f"<li>… and {len(evidence) - MAX_EVIDENCE} more</li>" if len(evidence) > MAX_EVIDENCE else ""
    return f"<ul class=ev>{items}{more}</ul>" if items else "<p class=src>no evidence recorded</p>"


def node_title(G: nx.MultiDiGraph, n: str) -> str:
    """The tooltip of a node (escaped HTML): label, class, aliases, literal facts, IRI, a few evidence sentences."""
    e, d = html.escape, G.nodes[n]
    parts = [f"<b>{e(d['label'])}</b> <i>{e(d['cls'])}</i>"]
    if d.get("aliases"):
        parts.append(f"<div>also: {e('; '.join(d['aliases']))}</div>")
    for rel, value in d.get("attributes", []):
        parts.append(f"<div>{e(rel)}: {e(value)}</div>")
    parts.append(f"<div class=iri>{e(n)}</div>")
    evidence = sorted({ev for _, _, ed in G.edges(n, data=True) for ev in ed["evidence"]}
                      | {ev for _, _, ed in G.in_edges(n, data=True) for ev in ed["evidence"]})
    parts.append(_evidence_html(evidence))
    return "".join(parts)


def edge_title(G: nx.MultiDiGraph, u: str, v: str, d: dict) -> str:
    """The tooltip of an edge (escaped HTML): source, relation, target and the evidence sentences."""
    e = html.escape
    rel = f"{d['label']} ({d['relation']})" if d["relation"] == POST_RELATION else d["label"]
    head = (f"<b>{e(G.nodes[u]['label'])}</b> —{e(rel)}→ <b>{e(G.nodes[v]['label'])}</b>")
    return head + _evidence_html(d["evidence"])


def centrality(G: nx.MultiDiGraph) -> dict[str, float]:
    """Degree centrality (edges in either direction over n-1): cheap at any size and easy to read."""
    n = len(G)
    return {v: (G.degree(v) / (n - 1) if n > 1 else 0.0) for v in G}


def build_network(G: nx.MultiDiGraph) -> Network:
    """A pyvis Network of the projection: styled, sized and ranked nodes, labelled edges with tooltips."""
    net = Network(directed=True, cdn_resources="in_line")
    cent = centrality(G)
    top = max(cent.values(), default=0.0) or 1.0
    ranked = sorted(G, key=lambda v: (-cent[v], G.nodes[v]["label"].lower(), v))
    rank = {v: i + 1 for i, v in enumerate(ranked)}
    for v in sorted(G):
        d = G.nodes[v]
        net.nodes.append({
            "id": v, "label": d["label"], "cls": d["cls"], "kind": d["kind"],
            "shape": KIND_SHAPE.get(d["kind"], "dot"), "color": CLASS_COLOUR.get(d["cls"], FALLBACK_COLOUR),
            "size": round(10 + 26 * math.sqrt(cent[v] / top), 2), "rank": rank[v], "title": node_title(G, v),
        })
    # Parallel facts (an event both hosted and attended by one body) share one drawn edge: drawn
    # separately they overlap exactly and their labels become unreadable.
    parallel: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for u, v, d in G.edges(data=True):
        parallel[(u, v)].append(d)
    for i, ((u, v), ds) in enumerate(sorted(parallel.items())):
        ds = sorted(ds, key=lambda d: d["label"])
        net.edges.append({"id": i, "from": u, "to": v, "label": ", ".join(d["label"] for d in ds),
                          "rel": [d["relation"] for d in ds], "facts": len(ds),
                          "title": "<hr>".join(edge_title(G, u, v, d) for d in ds)})
    return net


def _options(large: bool, physics: bool, seed: int, n: int = 0) -> dict:
    # forceAtlas2Based spreads hubs and their leaves evenly; a fixed randomSeed makes the layout repeatable.
    # Nothing is drawn before stabilisation ends, so past a few hundred nodes it gets fewer iterations
    # and no "improved" (Kamada-Kawai) start: a 1,000-node page took 25 s to appear with 600 of them.
    small = n <= 300 and not large
    return {
        "layout": {"randomSeed": seed, "improvedLayout": small},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -160, "springLength": 170,
                                         "springConstant": 0.04, "avoidOverlap": 0.6},
                    "stabilization": {"enabled": True, "iterations": 600 if small else 150, "fit": True}},
        "nodes": {"font": {"size": 15, "face": "Helvetica, Arial, sans-serif", "strokeWidth": 4,
                           "strokeColor": "#ffffff"},
                  "borderWidth": 1, "widthConstraint": {"maximum": 190}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#adb5bd", "highlight": "#343a40", "hover": "#343a40"},
                  "font": {"size": 12, "color": "#495057", "strokeWidth": 3, "align": "middle"},
                  "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3}},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": True,
                        "hideEdgesOnDrag": large},
    }


def render(G: nx.MultiDiGraph, title: str = "garment-kg graph", physics: bool = True, seed: int = 7,
           large: int = LARGE, articles: int | None = None) -> str:
    """The page as one HTML string: library, styles, data and controls inline; same input, same bytes."""
    net = build_network(G)
    is_large = len(G) > large
    classes = Counter(d["cls"] for _, d in G.nodes(data=True))
    legend = [{"cls": c, "color": CLASS_COLOUR.get(c, FALLBACK_COLOUR), "count": classes[c],
               "shape": KIND_SHAPE.get(next(d["kind"] for _, d in G.nodes(data=True) if d["cls"] == c), "dot")}
              for c in sorted(classes, key=lambda c: (LEGEND_ORDER.index(c) if c in LEGEND_ORDER else 99, c))]
    if articles is None:
        articles = len({ev.article for *_, d in G.edges(data=True) for ev in d["evidence"]})
    summary = (f"{G.number_of_nodes()} entities · {G.number_of_edges()} facts · {articles} article(s)")
    if is_large:  # hundreds of relation labels only hide each other; they stay in the tooltips
        for edge in net.edges:
            edge["label"] = ""
    data = {"nodes": net.nodes, "edges": net.edges, "legend": legend, "summary": summary, "title": title,
            "large": is_large, "topN": LARGE_TOP if is_large else None, "total": len(G),
            "options": _options(is_large, physics or is_large, seed, len(G))}
    parts = {"TITLE": html.escape(title), "VIS_CSS": _lib("vis-network.css"), "DATA": script_json(data),
             "VIS_JS": _lib("vis-network.min.js")}
    # one pass, so a placeholder-like string inside the data or the library is never substituted
    page = re.sub(r"\{\{(TITLE|VIS_CSS|DATA|VIS_JS)\}\}", lambda m: parts[m.group(1)], _template())
    return page.replace("{{CSP}}", _script_hashes(page), 1)


def _script_hashes(page: str) -> str:
    """CSP sources allowing exactly the page's own inline scripts: even if some markup slipped
    through unescaped, an injected handler (``onerror=...``) or script would not run."""
    bodies = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    return " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(b.encode()).digest()).decode()}'" for b in bodies)


def write_html(G: nx.MultiDiGraph, path: Path, **kwargs) -> Path:
    """Render the page and write it atomically (temp file in the same folder, then rename)."""
    text = render(G, **kwargs)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def top_nodes(G: nx.MultiDiGraph, n: int) -> nx.MultiDiGraph:
    """The subgraph of the ``n`` most central nodes (degree centrality, ties by label)."""
    cent = centrality(G)
    keep = sorted(G, key=lambda v: (-cent[v], G.nodes[v]["label"].lower(), v))[:n]
    return G.subgraph(sorted(keep)).copy()
