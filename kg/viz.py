"""An interactive, self-contained HTML view of the entity network (vis-network via pyvis).

pyvis holds the network (nodes and edges appended as dicts: its ``add_edge`` checks for
duplicates and is quadratic) and ships the vis-network library, which is inlined here. Its own
templates link Bootstrap and other assets from CDNs even with ``cdn_resources="in_line"``, so the
page is rendered from our template (``kg/templates/graph.html``) with nothing fetched from the
network: it works from ``file://`` offline.

Scale: the page carries every entity and fact (for search and expansion) but draws only an
overview first: all entities of a small graph, or the ``OVERVIEW_TOP`` best-connected ones of a
large graph (see :func:`overview_order`), at positions computed here (deterministic, seeded), with
physics off. The browser draws a few dozen nodes at first paint whatever the corpus size; clicking
a node adds its neighbours, the search box finds any entity. benchmarks/viz.py measures this in
Chromium at 1k/10k/50k entities.

Safety: every text that comes from an article (labels, sentences, aliases, attributes) is put in
tooltips through ``html.escape``, and the JSON embedded in the ``<script>`` has ``<``, ``>`` and
``&`` escaped as ``\\u003c`` etc., so a name containing ``</script>`` cannot end the script.
Labels drawn on the canvas, put in the search list or in an SVG export are plain text by construction.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
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

from .analyze import POST_RELATION, undirected as _undirected

OVERVIEW_ALL = 40     # graphs up to this many entities open with all of them drawn
OVERVIEW_TOP = 40     # larger graphs open with this many best-connected entities (40 long
                      # names fit a laptop screen at MIN_SCALE)
MAX_EVIDENCE = 3      # sentences per tooltip (the details panel shows the same)
NEW_PART = 3         # neighbours that come with the first node of a new part of the overview
EXPAND_MAX = 40       # neighbours added per click on a node (a hub of 900 would fill the screen)
LABEL_MAX = 40        # characters of a label drawn on the canvas; the full label is in the tooltip
EDGE_LENGTH = 125     # canvas units from most nodes to their nearest other in the computed layout
FONT_SIZE = 16        # node label size at zoom 1; the page opens at zoom >= MIN_SCALE
MIN_SCALE = 0.8       # so labels are at least 12.8 px at first paint
EDGE_LABELS_MAX = 40  # overviews with more drawn edges start with edge labels off (hover shows them)
COLOR_BY = ("class", "community", "article")

# Shape and colour by class. Shapes with the label below the node keep labels legible; the places
# differ in both (a Country square, a Region downward triangle, a City diamond), so a graph of towns
# and provinces does not read as one brown blur. Organization subclasses share the dot, told apart
# by colour; a Topic is a grey box.
CLASS_STYLE = {
    "Event": ("star", "#e8590c"), "Programme": ("hexagon", "#ae3ec9"),
    "Organization": ("dot", "#4dabf7"), "GovernmentAgency": ("dot", "#1864ab"),
    "IndustryAssociation": ("dot", "#0ca678"), "Company": ("dot", "#74b816"),
    "EducationalInstitution": ("dot", "#f59f00"), "ResearchInstitute": ("dot", "#7048e8"),
    "PoliticalOrganization": ("dot", "#c92a2a"), "OrganizationalUnit": ("dot", "#66d9e8"),
    "InternationalOrganization": ("dot", "#3bc9db"), "TradeUnion": ("dot", "#d6336c"),
    "NonGovernmentalOrganization": ("dot", "#94d82d"),
    "Person": ("triangle", "#e64980"),
    "Place": ("square", "#a9746e"), "Country": ("square", "#6f3f1d"), "Region": ("triangleDown", "#d4a017"),
    "County": ("triangleDown", "#f2d78a"), "City": ("diamond", "#2b8a3e"), "Venue": ("square", "#d7ccc8"),
    "Topic": ("box", "#dee2e6"),
}
KIND_STYLE = {"Event": "Event", "Programme": "Programme", "Organization": "Organization", "Person": "Person",
              "Place": "Place", "Topic": "Topic"}
FALLBACK_COLOUR = "#adb5bd"
LEGEND_ORDER = list(CLASS_STYLE)
# Communities and articles: 20 colours that stay apart on white (Tableau 20 re-ordered so the
# first ten are the strong ones); groups past the twentieth share grey.
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
           "#f7b6d2", "#dbdb8d", "#9edae5", "#393b79"]
OTHER_COLOUR = "#ced4da"


def style(cls: str, kind: str) -> tuple[str, str]:
    """(shape, colour) of a class; an unknown subclass takes its kind's shape."""
    if cls in CLASS_STYLE:
        return CLASS_STYLE[cls]
    return CLASS_STYLE[KIND_STYLE.get(kind, "Organization")][0], FALLBACK_COLOUR


@dataclass(frozen=True)
class Page:
    """A rendered page; shows itself in Jupyter as an iframe (``srcdoc``), so notebooks need no IPython import."""

    html: str
    height: int = 720

    def __repr__(self) -> str:  # the notebook's text/plain beside the iframe: not the whole page again
        return f"Page({len(self.html):,} characters of HTML)"

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


def _node_evidence(G: nx.MultiDiGraph, n: str) -> list:
    return sorted({ev for _, _, ed in G.edges(n, data=True) for ev in ed["evidence"]}
                  | {ev for _, _, ed in G.in_edges(n, data=True) for ev in ed["evidence"]})


def node_title(G: nx.MultiDiGraph, n: str) -> str:
    """The tooltip of a node (escaped HTML): label, class, aliases, literal facts, IRI, a few evidence sentences."""
    e, d = html.escape, G.nodes[n]
    parts = [f"<b>{e(d['label'])}</b> <i>{e(d['cls'])}</i>"]
    if d.get("aliases"):
        parts.append(f"<div>also: {e('; '.join(d['aliases']))}</div>")
    for rel, value in d.get("attributes", []):
        parts.append(f"<div>{e(rel)}: {e(value)}</div>")
    parts.append(f"<div class=iri>{e(n)}</div>")
    parts.append(_evidence_html(_node_evidence(G, n)))
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


def _key(G: nx.MultiDiGraph, cent: dict[str, float], v: str) -> tuple:
    return (-cent[v], G.nodes[v]["label"].lower(), v)


def overview_order(G: nx.MultiDiGraph) -> list[str]:
    """Every node, in the order the overview takes them: any prefix of it has no isolated node.

    Grown from the most central node, each step takes the most central neighbour of what is already
    taken, so the top 50 keep their links (the 50 highest degrees of a corpus are often hubs of
    different articles with nothing between them: a top-40 cut of 300 entities left a dozen alone).
    When a node outside the grown part is more than twice as central as the best neighbour (the hub
    of another, unconnected article), it starts a new part, and its NEW_PART best neighbours come
    straight after it. Nodes without any edge come last.
    """
    cent = centrality(G)
    U = G.to_undirected(as_view=True)
    ranked = sorted((v for v in G if U.degree(v)), key=lambda v: _key(G, cent, v))
    taken: set[str] = set()
    order: list[str] = []
    frontier: list[tuple] = []

    def take(v: str) -> None:
        taken.add(v)
        order.append(v)
        for w in U[v]:
            if w not in taken:
                heapq.heappush(frontier, (*_key(G, cent, w), w))

    i = 0
    while len(taken) < len(ranked):
        while frontier and frontier[0][-1] in taken:
            heapq.heappop(frontier)
        while ranked[i] in taken:
            i += 1
        best = ranked[i]
        if not frontier or cent[best] > 2 * cent[frontier[0][-1]]:
            # a new part: its best neighbours next, so it is never alone in a cut and reads as a
            # small star (an event with its place, host and speaker) rather than a lone pair
            take(best)
            for nb in sorted((w for w in U[best] if w not in taken), key=lambda w: _key(G, cent, w))[:NEW_PART]:
                take(nb)
        else:
            take(heapq.heappop(frontier)[-1])
    return order + sorted((v for v in G if not U.degree(v)), key=lambda v: _key(G, cent, v))


def overview_size(G: nx.MultiDiGraph, order: list[str], top: int | None = None) -> int:
    """How many of ``order`` the page draws first: all of a small graph, else ``top`` (or
    OVERVIEW_TOP), one less when the cut would leave a new part's first node without its neighbour."""
    if top is None and len(order) <= OVERVIEW_ALL:
        return len(order)
    k = min(top or OVERVIEW_TOP, len(order))
    U = G.to_undirected(as_view=True)
    shown = set(order[:k])
    while k > 1 and U.degree(order[k - 1]) and not any(w in shown for w in U[order[k - 1]] if w != order[k - 1]):
        shown.discard(order[k - 1])
        k -= 1
    return k


def layout(G: nx.MultiDiGraph, nodes: list[str], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions of ``nodes`` (canvas units), same input, same output.

    Each connected part is laid out alone (Kamada-Kawai up to 150 nodes: it spreads a star's leaves
    evenly; seeded spring layout above) and scaled so a link is about EDGE_LENGTH long, then the
    parts are packed in rows, largest first: one layout of a disconnected graph pushes small parts
    to the rim and leaves the middle empty.
    """
    U = _undirected(G, nodes)
    parts = sorted((sorted(c) for c in nx.connected_components(U)), key=lambda c: (-len(c), c[0]))
    boxes = []
    for part in parts:
        H = _undirected(U, part)  # not U.subgraph: its nodes come in hash order
        if len(part) == 1:
            pos = {part[0]: (0.0, 0.0)}
        elif len(part) == 2:
            pos = {part[0]: (0.0, 0.0), part[1]: (1.0, 0.0)}
        elif len(part) <= 150:
            pos = nx.kamada_kawai_layout(H, pos=nx.circular_layout(H))
        else:
            pos = nx.spring_layout(H, seed=seed, iterations=60)
        # scaled by the distance of each node to its nearest other (its median): a label
        # needs room, and the mean link length would leave a hub's leaves on top of each other
        near = sorted(min(math.dist(pos[a], pos[b]) for b in part if b != a) for a in part) if len(part) > 1 else [1.0]
        scale = EDGE_LENGTH / (near[len(near) // 2] or 1.0)
        pts = _spread_labels(G, {v: (x * scale, y * scale) for v, (x, y) in pos.items()})
        xs, ys = [p[0] for p in pts.values()], [p[1] for p in pts.values()]
        boxes.append((pts, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    area = sum((w + EDGE_LENGTH) * (h + EDGE_LENGTH) for *_, w, h in boxes)
    row_width = max(math.sqrt(area * 1.4),  # rows about as wide as the screen is (1.4:1)
                     max((w for *_, w, _ in boxes), default=0))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for pts, x0, y0, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h + EDGE_LENGTH, 0.0
        for v, (px, py) in pts.items():
            out[v] = (round(float(px - x0 + x), 1), round(float(py - y0 + y), 1))
        x += w + EDGE_LENGTH
        row_h = max(row_h, h)
    return out


def _size(cent: dict[str, float], top: float, v: str) -> float:
    """A node's drawn size (radius, canvas units): 10 to 36 by the square root of its degree."""
    return round(10 + 26 * math.sqrt(cent[v] / top), 2)


def _label_box(G: nx.MultiDiGraph, v: str, size: float) -> tuple[float, float, float]:
    """(half width, top, bottom) of a node and its label below it, in canvas units relative to the
    node's centre: about 8.5 units a character at FONT_SIZE, wrapped at 200, 20 a line."""
    text = len(_short(G.nodes[v]["label"])) * 8.5
    lines = max(1, math.ceil(text / 200))
    return max(min(text, 200) / 2, size) + 6, -size - 2, size + 6 + 20 * lines


def _spread_labels(G: nx.MultiDiGraph, pts: dict[str, tuple[float, float]], rounds: int = 60) -> dict:
    """Push apart nodes whose label boxes overlap, each by half the overlap along the shorter axis.

    Kamada-Kawai places nodes, not their labels: two units of one council ('Example Discipline
    Commission', 'Example Staffing Bureau') ended 40 units apart with their names printed
    over each other. networkx has no label-aware overlap removal, hence this small one; a few
    dozen rounds over the overview's pairs cost milliseconds. Deterministic: sorted pairs, no randomness.
    """
    pts = {v: [x, y] for v, (x, y) in sorted(pts.items())}
    cent = centrality(G)
    top = max(cent.values(), default=0.0) or 1.0
    box = {v: _label_box(G, v, _size(cent, top, v)) for v in pts}
    names = list(pts)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                (ax, ay), (bx, by) = pts[a], pts[b]
                ox = box[a][0] + box[b][0] - abs(ax - bx)
                # vertical extents: [y + top, y + bottom]
                oy = min(ay + box[a][2], by + box[b][2]) - max(ay + box[a][1], by + box[b][1])
                if ox <= 0 or oy <= 0:
                    continue
                moved = True
                if ox < oy:
                    d = (ox / 2 + 0.5) * (1 if ax >= bx else -1)
                    pts[a][0] += d
                    pts[b][0] -= d
                else:
                    d = (oy / 2 + 0.5) * (1 if ay >= by else -1)
                    pts[a][1] += d
                    pts[b][1] -= d
        if not moved:
            break
    return {v: (x, y) for v, (x, y) in pts.items()}


def communities(G: nx.MultiDiGraph, seed: int = 42) -> dict[str, int]:
    """Louvain community of each node (seeded), numbered largest first; ties by their first label."""
    U = _undirected(G)
    if not len(U):
        return {}
    groups = [sorted(c, key=lambda n: (G.nodes[n]["label"].lower(), n))
              for c in nx.community.louvain_communities(U, seed=seed)]
    groups.sort(key=lambda m: (-len(m), G.nodes[m[0]]["label"].lower(), m[0]))
    return {n: i for i, members in enumerate(groups) for n in members}


def main_articles(G: nx.MultiDiGraph) -> dict[str, str]:
    """The article that states most facts about each node (ties by id; '' when none)."""
    out = {}
    for n in G:
        counts = Counter(ev.article for ev in _node_evidence(G, n))
        out[n] = min(counts, key=lambda a: (-counts[a], a)) if counts else ""
    return out


def _short(label: str) -> str:
    return label if len(label) <= LABEL_MAX else label[:LABEL_MAX - 1].rstrip() + "…"


def build_network(G: nx.MultiDiGraph, seed: int = 42) -> Network:
    """A pyvis Network of the projection: styled, sized and ranked nodes (rank: place in
    :func:`overview_order`), labelled edges with tooltips, community and main article of each node."""
    net = Network(directed=True, cdn_resources="in_line")
    cent = centrality(G)
    top = max(cent.values(), default=0.0) or 1.0
    rank = {v: i + 1 for i, v in enumerate(overview_order(G))}
    community = communities(G, seed)
    article = main_articles(G)
    for v in sorted(G):
        d = G.nodes[v]
        shape, colour = style(d["cls"], d["kind"])
        net.nodes.append({
            "id": v, "label": _short(d["label"]), "name": d["label"], "cls": d["cls"], "kind": d["kind"],
            "shape": shape, "color": colour, "size": _size(cent, top, v),
            "rank": rank[v], "degree": G.degree(v), "community": community.get(v, 0), "article": article[v],
            "title": node_title(G, v),
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


def _groups_legend(values: list[str | int], name) -> list[dict]:
    """Colour legend of a grouping (communities, articles): largest first, the first 20 coloured."""
    counts = Counter(values)
    groups = sorted(counts, key=lambda g: (-counts[g], str(g)))
    return [{"key": g, "name": name(g), "count": counts[g], "color": PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR}
            for i, g in enumerate(groups)]


def _options(physics: bool, seed: int) -> dict:
    # Positions come from layout() and physics starts off, so the first frame is the final picture
    # (vis-network's own stabilisation drew nothing for 25 s on a 1,000-node page). The physics
    # switch lets forceAtlas2 tidy a view grown by clicks.
    return {
        "layout": {"randomSeed": seed, "improvedLayout": False},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -160, "springLength": 170,
                                         "springConstant": 0.04, "avoidOverlap": 0.6},
                    "stabilization": {"enabled": False}},
        "nodes": {"font": {"size": FONT_SIZE, "face": "Helvetica, Arial, sans-serif", "strokeWidth": 4,
                           "strokeColor": "#ffffff"},
                  "borderWidth": 1, "widthConstraint": {"maximum": 200}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#adb5bd", "highlight": "#343a40", "hover": "#343a40"},
                  "font": {"size": 12, "color": "#495057", "strokeWidth": 3, "align": "horizontal"},
                  "smooth": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": True,
                        "hideEdgesOnDrag": True},
    }


def render(G: nx.MultiDiGraph, title: str = "garment-kg graph", physics: bool = False, seed: int = 7,
           articles: int | None = None, top: int | None = None, color_by: str = "class",
           focus: str | None = None) -> str:
    """The page as one HTML string: library, styles, data and controls inline; same input, same bytes.

    ``top`` sets how many entities the overview draws first (default: all up to OVERVIEW_ALL, else
    OVERVIEW_TOP); ``color_by`` is class, community or article; ``focus`` (an IRI) is selected
    and centred at first paint.
    """
    if color_by not in COLOR_BY:
        raise ValueError(f"color_by must be one of {', '.join(COLOR_BY)}, not {color_by!r}")
    net = build_network(G)
    order = sorted(net.nodes, key=lambda n: n["rank"])
    k = overview_size(G, [n["id"] for n in order], top)
    pos = layout(G, [n["id"] for n in order[:k]], seed)
    for n in net.nodes:
        if n["id"] in pos:
            n["x"], n["y"] = pos[n["id"]]
    classes = Counter(d["cls"] for _, d in G.nodes(data=True))
    kinds = {d["cls"]: d["kind"] for _, d in G.nodes(data=True)}
    legend = [{"cls": c, "color": style(c, kinds[c])[1], "count": classes[c], "shape": style(c, kinds[c])[0]}
              for c in sorted(classes, key=lambda c: (LEGEND_ORDER.index(c) if c in LEGEND_ORDER else 99, c))]
    if articles is None:
        articles = len({ev.article for *_, d in G.edges(data=True) for ev in d["evidence"]})
    summary = (f"{G.number_of_nodes()} entities · {G.number_of_edges()} facts · {articles} article(s)")
    shown = set(pos)
    shown_edges = sum(1 for e in net.edges if e["from"] in shown and e["to"] in shown)
    data = {"nodes": net.nodes, "edges": net.edges, "legend": legend, "summary": summary, "title": title,
            "overview": k, "total": len(G), "colorBy": color_by, "focus": focus,
            "groups": {"community": _groups_legend([n["community"] for n in net.nodes], lambda g: f"community {g + 1}"),
                       "article": _groups_legend([n["article"] for n in net.nodes], lambda a: a or "(no evidence)")},
            "edgeLabels": shown_edges <= EDGE_LABELS_MAX, "expandMax": EXPAND_MAX, "minScale": MIN_SCALE,
            "options": _options(physics, seed)}
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
    """The subgraph of the first ``n`` nodes of :func:`overview_order` (cut as the overview is, so
    none is isolated unless it has no edge at all)."""
    order = overview_order(G)
    keep = order[:overview_size(G, order, n)]
    return G.subgraph(sorted(keep)).copy()
