"""The HTML page (kg/viz.py) and `kg viz`: self-contained, offline, escaped, deterministic."""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg import analyze as an
from kg import viz
from kg.analyze import Evidence
from kg.cli import app

runner = CliRunner()
LIAO = "https://w3id.org/garment-kg/id/person/liao-bo"


@pytest.fixture(scope="module")
def G(seed_build) -> nx.MultiDiGraph:
    return an.project(an.load_graph(seed_build / "graph.ttl"))


def page_data(page: str) -> dict:
    """The JSON the page embeds (``const DATA = ...;``)."""
    return json.loads(re.search(r"const DATA = (\{.*?\});\n", page, flags=re.S).group(1))


def synthetic(n: int) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"urn:n:{i}", iri=f"urn:n:{i}", label=f"Node {i}", cls="Company", kind="Organization",
                   aliases=[], attributes=[])
    for i in range(1, n):
        G.add_edge(f"urn:n:{i}", f"urn:n:{i // 2}", key="partOf", relation="partOf", label="partOf",
                   predicate="urn:p", evidence=(Evidence("a", f"Sentence {i}.", "r"),))
    return G


def test_page_is_self_contained(G):
    page = viz.render(G)
    # no external resources: nothing loaded by src/href/url()/@import, no <link> at all
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, flags=re.I)
    assert not re.search(r"<link\b", page, flags=re.I)
    assert not re.search(r"<script[^>]*\bsrc\b", page, flags=re.I)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page, flags=re.I)
    assert not re.search(r"@import", page)
    assert "vis-network" in page and len(re.findall(r"<script>.*?</script>", page, flags=re.S)) == 2
    assert "</script" not in viz._lib("vis-network.min.js")  # so the inlined library cannot end its own tag
    assert "default-src 'none'" in page  # the CSP forbids any fetch as a second line of defence


def test_page_data_matches_the_graph(G):
    data = page_data(viz.render(G))
    assert len(data["nodes"]) == 16 and sum(e["facts"] for e in data["edges"]) == 21
    assert data["summary"] == "16 entities · 21 facts · 1 article(s)"
    assert {item["cls"] for item in data["legend"]} == {d["cls"] for _, d in G.nodes(data=True)}
    liao = next(n for n in data["nodes"] if n["id"] == LIAO)
    assert (liao["label"], liao["cls"], liao["shape"]) == ("Liao Bo", "Person", "triangle")
    assert "The event was presided over by Liao Bo" in liao["title"] and "000_79e68d3d9a482b0e" in liao["title"]
    edge = next(e for e in data["edges"] if e["from"] == LIAO)
    assert edge["label"] == "deputy director" and "deputy director" in edge["title"]
    event = max(data["nodes"], key=lambda n: n["size"])
    assert event["cls"] == "Event" and event["rank"] == 1
    # both facts between the event and the association are on one drawn edge
    assert any(e["label"] == "attendedBy, hostedBy" and e["facts"] == 2 for e in data["edges"])


def test_page_is_deterministic(G):
    assert viz.render(G) == viz.render(G)


def test_page_is_the_same_across_processes(tmp_path):
    # sets of IRIs iterate in hash order, which PYTHONHASHSEED changes: the layout and the
    # communities must not see it (a subgraph view handed Kamada-Kawai its nodes in that order)
    script = (
        "import hashlib, sys, networkx as nx\n"
        "from kg import viz\nfrom kg.analyze import Evidence\n"
        "G = nx.MultiDiGraph()\n"
        "for i in range(24):\n"
        "    G.add_node(f'urn:x:{i * 7919 % 101}', iri='', label=f'Invented {i}', cls='Person', kind='Person', aliases=[], attributes=[])\n"
        "nodes = sorted(G)\n"
        "for b in range(3):  # three parts of eight: each part is a subgraph of the whole\n"
        "    part = nodes[8 * b:8 * b + 8]\n"
        "    for i, v in enumerate(part[1:], 1):\n"
        "        G.add_edge(part[i // 3], v, key='r', relation='r', label='r', predicate='urn:p', evidence=(Evidence('a', 'S.', 'r'),))\n"
        "H = viz.top_nodes(G, 20)\n"
        "print(hashlib.sha256((viz.render(G) + viz.render(H)).encode()).hexdigest())\n")
    digests = {subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                              capture_output=True, text=True, check=True).stdout for seed in (1, 2, 3)}
    assert len(digests) == 1


def test_script_json_cannot_break_out_of_the_script():
    text = viz.script_json({"a": "</script><script>alert(1)</script>", "b": "<!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><script>alert(1)</script>", "b": "<!-- & \u2028"}


def test_article_text_is_escaped_in_tooltips():
    G = nx.MultiDiGraph()
    bad = 'The <script>alert(1)</script> "Quoted" Textile Association'
    G.add_node("urn:a", iri="urn:a", label=bad, cls="IndustryAssociation", kind="Organization",
               aliases=["<img src=x onerror=alert(1)>"], attributes=[("theme", "it's \"<b>bold</b>\"")])
    G.add_node("urn:b", iri="urn:b", label="2025 Example Fair", cls="Event", kind="Event", aliases=[], attributes=[])
    G.add_edge("urn:b", "urn:a", key="hostedBy", relation="hostedBy", label="hostedBy", predicate="urn:p",
               evidence=(Evidence("x<1>", "Hosted by the <img src=x onerror=alert(1)> body.", "rule"),))
    page = viz.render(G)
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>bold" not in page
    data = page_data(page)
    node = next(n for n in data["nodes"] if n["id"] == "urn:a")
    assert node["name"] == bad and node["label"] == bad[:39].rstrip() + "…"  # drawn on the canvas as text, cut short
    assert "The &lt;script&gt;alert(1)&lt;/script&gt; &quot;Quoted&quot; Textile Association" in node["title"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in node["title"]
    assert "Hosted by the &lt;img src=x onerror=alert(1)&gt; body." in data["edges"][0]["title"]
    assert "x&lt;1&gt;" in data["edges"][0]["title"]
    assert viz.render(G, title='<script>alert("t")</script>').count("&lt;script&gt;alert(&quot;t&quot;)") == 1


def two_hubs(n: int) -> nx.MultiDiGraph:
    """Two unconnected stars of ``n`` leaves (two articles sharing nothing) and one lone pair."""
    G = nx.MultiDiGraph()
    def node(i, cls="Person", kind="Person"):
        G.add_node(f"urn:n:{i}", iri=f"urn:n:{i}", label=f"Invented {i}", cls=cls, kind=kind, aliases=[], attributes=[])
    for hub in ("a", "b"):
        node(f"{hub}0", "Event", "Event")
        for i in range(1, n + 1):
            node(f"{hub}{i}")
            G.add_edge(f"urn:n:{hub}0", f"urn:n:{hub}{i}", key="addressedBy", relation="addressedBy",
                       label="addressedBy", predicate="urn:p", evidence=(Evidence(f"art-{hub}", f"S {hub}{i}.", "r"),))
    node("c1"); node("c2", "City", "Place")
    G.add_edge("urn:n:c1", "urn:n:c2", key="heldIn", relation="heldIn", label="heldIn", predicate="urn:p",
               evidence=(Evidence("art-c", "S c.", "r"),))
    return G


def test_overview_order_keeps_every_prefix_connected():
    G = synthetic(300)  # a binary tree: the top 40 by degree alone are inner nodes far apart
    order = viz.overview_order(G)
    assert sorted(order) == sorted(G)
    U = G.to_undirected()
    for k in (2, 3, 10, 40, 299):
        top = set(order[:viz.overview_size(G, order, k)])
        assert not [v for v in top if not any(w in top for w in U[v])], k
    # a second article's hub (30 links) outranks the first hub's leaves (one link each): it starts a
    # new part at once, its three best neighbours right after it (labels sort a1, a10, a11); the
    # lone pair comes after the leaves
    H = two_hubs(30)
    order = viz.overview_order(H)
    assert order[:8] == ["urn:n:a0", "urn:n:a1", "urn:n:a10", "urn:n:a11", "urn:n:b0", "urn:n:b1", "urn:n:b10", "urn:n:b11"]
    assert set(order[-2:]) == {"urn:n:c1", "urn:n:c2"}
    assert viz.overview_size(H, order, 5) == 4  # b0 without its neighbours is dropped from the cut
    assert viz.overview_size(H, order, 6) == 6


def test_large_graph_opens_on_a_connected_overview_with_positions():
    G = synthetic(2500)
    data = page_data(viz.render(G))
    assert data["total"] == 2500 and len(data["nodes"]) == 2500 and data["overview"] == viz.OVERVIEW_TOP
    first = sorted(data["nodes"], key=lambda n: n["rank"])[:data["overview"]]
    # the overview has positions (no physics run is needed to draw it), nothing else has
    assert all("x" in n and "y" in n for n in first) and sum("x" in n for n in data["nodes"]) == data["overview"]
    assert data["options"]["physics"]["enabled"] is False
    ids = {n["id"] for n in first}
    linked = {e["from"] for e in data["edges"] if e["to"] in ids} | {e["to"] for e in data["edges"] if e["from"] in ids}
    assert ids <= linked  # no isolated node in the overview
    assert sorted(n["rank"] for n in data["nodes"]) == list(range(1, 2501))
    small = page_data(viz.render(synthetic(30)))
    assert small["overview"] == 30 and all("x" in n for n in small["nodes"])
    assert page_data(viz.render(G, top=12))["overview"] == 12


def test_layout_is_deterministic_and_spread():
    G = two_hubs(12)
    pos = viz.layout(G, sorted(G))
    assert pos == viz.layout(G, sorted(G)) and set(pos) == set(G)
    near = [min(math.dist(pos[a], pos[b]) for b in pos if b != a) for a in pos]
    assert min(near) > 30 and sorted(near)[len(near) // 2] >= viz.EDGE_LENGTH * 0.99
    # the three parts do not overlap: each one's box is apart from the others
    boxes = []
    for part in (["a"], ["b"], ["c"]):
        pts = [p for v, p in pos.items() if v.startswith(f"urn:n:{part[0]}")]
        boxes.append((min(x for x, _ in pts), max(x for x, _ in pts), min(y for _, y in pts), max(y for _, y in pts)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2]


def test_classes_have_distinct_styles():
    styles = {c: viz.style(c, "Place") for c in ("Country", "Region", "City")}
    assert len({s for s, _ in styles.values()}) == 3 and len({c for _, c in styles.values()}) == 3
    kinds = {c: viz.style(c, "x")[0] for c in ("Event", "Programme", "Person", "Company", "Topic", "Country")}
    assert len(set(kinds.values())) == 6
    orgs = [c for c in viz.CLASS_STYLE if viz.CLASS_STYLE[c][0] == "dot"]
    assert len({viz.CLASS_STYLE[c][1] for c in orgs}) == len(orgs)  # organization subclasses by colour
    assert viz.style("SomeNewAgency", "Organization") == ("dot", viz.FALLBACK_COLOUR)


def test_colour_groups_by_community_and_article():
    G = two_hubs(5)
    data = page_data(viz.render(G, color_by="community"))
    assert data["colorBy"] == "community"
    by = {n["id"]: n for n in data["nodes"]}
    assert by["urn:n:a1"]["community"] == by["urn:n:a0"]["community"] != by["urn:n:b0"]["community"]
    assert by["urn:n:a3"]["article"] == "art-a" and by["urn:n:c2"]["article"] == "art-c"
    arts = {g["key"]: g for g in data["groups"]["article"]}
    assert arts["art-a"]["count"] == 6 and arts["art-c"]["count"] == 2 and len(set(g["color"] for g in arts.values())) == 3
    with pytest.raises(ValueError):
        viz.render(G, color_by="colour")


def test_notebook_view_is_an_iframe(G):
    shown = viz.Page(viz.render(G))._repr_html_()
    assert shown.startswith("<iframe srcdoc=\"&lt;!DOCTYPE html&gt;") and "<script>" not in shown


def test_cli_viz_writes_the_page(seed_build, tmp_path):
    out = tmp_path / "seed.html"
    result = runner.invoke(app, ["viz", "--build", str(seed_build), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}: 16 entities, 21 facts" in result.output
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == 16
    default = runner.invoke(app, ["viz", "--build", str(seed_build)])
    assert default.exit_code == 0 and (seed_build / "graph.html").read_bytes() == out.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_cli_viz_focus_and_top(seed_build, tmp_path):
    out = tmp_path / "focus.html"
    result = runner.invoke(app, ["viz", "--build", str(seed_build), "--focus", "liao bo", "--hops", "1", "--out", str(out)])
    assert result.exit_code == 0 and "3 entities, 2 facts" in result.output
    data = page_data(out.read_text())
    assert data["focus"] == LIAO and data["overview"] == 3
    assert sorted(n["name"] for n in data["nodes"]) == [
        "2024 China's garment industry Belt and Road docking exchange event", "Industry Department of China National Garment Association",
        "Liao Bo"]
    result = runner.invoke(app, ["viz", "--build", str(seed_build), "--topics", "--top", "5", "--out", str(out)])
    assert result.exit_code == 0 and "5 entities" in result.output
    bad = runner.invoke(app, ["viz", "--build", str(seed_build), "--focus", "Nobody Atall", "--out", str(out)])
    assert bad.exit_code == 1 and "[E020]" in bad.output and "Traceback" not in bad.output


def test_cli_viz_color_by(seed_build, tmp_path):
    out = tmp_path / "c.html"
    result = runner.invoke(app, ["viz", "--build", str(seed_build), "--color-by", "article", "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text())
    assert data["colorBy"] == "article" and [g["key"] for g in data["groups"]["article"]] == ["000_79e68d3d9a482b0e"]
    bad = runner.invoke(app, ["viz", "--build", str(seed_build), "--color-by", "colour", "--out", str(out)])
    assert bad.exit_code == 2 and "one of class, community, article" in bad.output and "Traceback" not in bad.output


def test_labels_of_the_layout_do_not_overlap():
    # two units of one invented council, placed 40 units apart by the layout, with long names
    G = nx.MultiDiGraph()
    for i, name in enumerate(["Example Council Discipline Inspection Commission", "Example Council Human Resources Department"]):
        G.add_node(f"urn:u:{i}", iri="", label=name, cls="OrganizationalUnit", kind="Organization", aliases=[], attributes=[])
    pts = viz._spread_labels(G, {"urn:u:0": (0.0, 0.0), "urn:u:1": (30.0, 20.0)})
    assert pts == viz._spread_labels(G, {"urn:u:0": (0.0, 0.0), "urn:u:1": (30.0, 20.0)})
    (ax, ay), (bx, by) = pts["urn:u:0"], pts["urn:u:1"]
    wa, ta, ba = viz._label_box(G, "urn:u:0", 10)
    wb, tb, bb = viz._label_box(G, "urn:u:1", 10)
    assert abs(ax - bx) >= wa + wb or min(ay + ba, by + bb) <= max(ay + ta, by + tb)
