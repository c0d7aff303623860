"""The HTML page (kg/viz.py) and `kg viz`: self-contained, offline, escaped, deterministic."""

from __future__ import annotations

import json
import re
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
    assert node["label"] == bad  # drawn on the canvas as text
    assert "The &lt;script&gt;alert(1)&lt;/script&gt; &quot;Quoted&quot; Textile Association" in node["title"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in node["title"]
    assert "Hosted by the &lt;img src=x onerror=alert(1)&gt; body." in data["edges"][0]["title"]
    assert "x&lt;1&gt;" in data["edges"][0]["title"]
    assert viz.render(G, title='<script>alert("t")</script>').count("&lt;script&gt;alert(&quot;t&quot;)") == 1


def test_large_graph_starts_stabilised_with_top_n():
    G = synthetic(2500)
    data = page_data(viz.render(G))
    assert data["large"] is True and data["topN"] == viz.LARGE_TOP and data["total"] == 2500
    # a short layout of the shown nodes (the page switches physics off when it ends), no edge labels
    assert data["options"]["physics"]["enabled"] is True
    assert data["options"]["physics"]["stabilization"]["iterations"] == 150
    assert {e["label"] for e in data["edges"]} == {""}
    assert sorted(n["rank"] for n in data["nodes"]) == list(range(1, 2501))
    small = page_data(viz.render(synthetic(50)))
    assert small["large"] is False and small["topN"] is None and small["options"]["physics"]["enabled"] is True


def test_top_nodes():
    H = viz.top_nodes(synthetic(7), 2)  # a binary tree: nodes 1 and 2 have three edges each, the root two
    assert sorted(H) == ["urn:n:1", "urn:n:2"]


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
    assert sorted(n["label"] for n in page_data(out.read_text())["nodes"]) == [
        "2024 China's garment industry Belt and Road docking exchange event", "Industry Department of China National Garment Association",
        "Liao Bo"]
    result = runner.invoke(app, ["viz", "--build", str(seed_build), "--topics", "--top", "5", "--out", str(out)])
    assert result.exit_code == 0 and "5 entities" in result.output
    bad = runner.invoke(app, ["viz", "--build", str(seed_build), "--focus", "Nobody Atall", "--out", str(out)])
    assert bad.exit_code == 1 and "[E020]" in bad.output and "Traceback" not in bad.output
