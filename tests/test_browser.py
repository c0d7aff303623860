"""The HTML page in a real browser: headless Chromium (Debian's package) driven by Playwright.

The browser must be installed (``scripts/ensure-chromium``, run by ``make test``); without it these
tests fail, they do not skip. The seed screenshot is saved to ``test-artifacts/seed-graph.png``;
with ``KG_UPDATE_SCREENSHOT=1`` it is also copied to ``docs/seed-graph.png`` (shown in the README).
"""

from __future__ import annotations

import base64
import importlib.util
import os
import shutil
import struct
from html import escape
from pathlib import Path

import networkx as nx

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from typer.testing import CliRunner

from conftest import ROOT, SEED, SHARED
from kg import analyze as an
from kg import viz
from kg.build import build
from kg.cli import app

CHROMIUM = Path(os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"
MARKUP_ARTICLE = Path(__file__).resolve().parent / "fixtures" / "viz" / "markup_article.txt"
BAD_NAME = 'The <script>alert(1)</script> "Quoted" <img src=x onerror=alert(1)> Textile Association'


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: run scripts/ensure-chromium "
                    "(apt-get install -y chromium) or set KG_CHROMIUM")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def open_page(browser: Browser, path: Path) -> tuple[Page, dict]:
    """Load a page from file:// and record console errors, page errors, requests and dialogs."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    log: dict[str, list[str]] = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: log["errors"].append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: log["errors"].append(str(e)))
    page.on("request", lambda r: log["requests"].append(r.url))
    page.on("dialog", lambda d: (log["dialogs"].append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-stable='1'][data-drawn]", state="attached", timeout=60_000)
    page.wait_for_timeout(300)
    return page, log


def hover_node(page: Page, node_id: str) -> str:
    """Move the mouse onto a node and return the tooltip's visible text."""
    x, y = page.evaluate("""(id) => {
        const p = kg.network.canvasToDOM(kg.network.getPositions([id])[id]);
        const r = document.getElementById("graph").getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }""", node_id)
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=4)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    return tooltip.inner_text()


def test_seed_page_draws_the_graph_offline(browser, tmp_path):
    out = tmp_path / "build"
    build([SEED], out)
    G = an.project(an.load_graph(out / "graph.ttl"))
    html = viz.write_html(G, out / "graph.html")
    page, log = open_page(browser, html)
    assert int(page.get_attribute("body", "data-drawn")) == G.number_of_nodes() == 16
    assert page.evaluate("kg.nodes.length") == 16 and page.evaluate("kg.edges.length") == 19  # 21 facts, two pairs drawn as one edge each
    assert log["errors"] == []
    assert log["requests"] == [html.as_uri()]  # the file itself and nothing else
    assert page.locator("#legend label").count() == 9 and page.locator("#legend").is_visible()
    assert page.inner_text("#summary") == "16 entities · 21 facts · 1 article(s)"
    save_screenshot(page, "seed-graph.png")
    text = hover_node(page, "https://w3id.org/garment-kg/id/person/liao-bo")
    assert "Liao Bo Person" in text
    assert "The event was presided over by Liao Bo, deputy director of the Industry Department" in text
    assert "000_79e68d3d9a482b0e" in text
    page.close()


def test_seed_page_controls(browser, tmp_path):
    out = tmp_path / "build"
    build([SEED], out)
    html = viz.write_html(an.project(an.load_graph(out / "graph.ttl")), out / "graph.html")
    page, log = open_page(browser, html)
    page.fill("#search", "liao")
    page.press("#search", "Enter")
    assert page.inner_text("#details").startswith("Liao Bo Person")
    page.locator("#legend input[data-cls='Person']").uncheck()
    assert page.evaluate("kg.visible()") == 13 and page.get_attribute("body", "data-drawn") == "13"
    page.fill("#topn", "4")
    page.click("#showtop")
    # the four best connected: the event, its place... (persons among them stay hidden by the legend)
    assert page.evaluate("kg.nodes.length") == 4 and page.input_value("#topn") == "4"
    page.click("#showall")
    assert page.evaluate("kg.nodes.length") == 16 and page.evaluate("kg.visible()") == 13
    page.locator("#physics").check()
    assert page.evaluate("kg.network.physics.options.enabled") is True
    page.locator("#physics").uncheck()
    assert page.evaluate("kg.network.physics.options.enabled") is False
    assert log["errors"] == [] and len(log["requests"]) == 1
    page.close()


def test_markup_in_articles_renders_as_text_and_runs_nothing(browser, tmp_path):
    out = tmp_path / "build"
    build([MARKUP_ARTICLE], out)
    g = an.load_graph(out / "graph.ttl")
    # the extractor drops markup from names, so put it into one name here: labels may come from other sources
    org = URIRef("https://w3id.org/garment-kg/id/organization/zhejiang-textile-association")
    assert g.value(org, RDFS.label) == Literal("Zhejiang Textile Association")
    g.set((org, RDFS.label, Literal(BAD_NAME)))
    G = an.project(g)
    html = viz.write_html(G, out / "markup.html", title='Markup "test" <script>alert(9)</script>')
    page, log = open_page(browser, html)
    assert int(page.get_attribute("body", "data-drawn")) == G.number_of_nodes()
    text = hover_node(page, str(org))
    assert BAD_NAME in text  # shown literally, quotes included
    assert "organized by the Hangzhou <script>alert(2)</script> Bureau of Commerce." in text
    event = next(n for n, d in G.nodes(data=True) if d["label"] == "2025 Example Fair")
    text = hover_node(page, event)
    assert "The 2025 Example Fair </script><script>alert(1)</script> was held in Hangzhou" in text
    assert '"<img src=x onerror=alert(1)>"' not in text and "<img src=x onerror=alert(1)> Association." in text
    page.click("#graph")  # nothing selected; then select the bad node through the search box
    page.fill("#search", "quoted")
    page.press("#search", "Enter")
    assert BAD_NAME in page.inner_text("#details")
    page.wait_for_timeout(500)
    assert page.evaluate("document.querySelectorAll('img, #details script, div.vis-tooltip script').length") == 0
    assert page.evaluate("[...document.querySelectorAll('b')].filter((b) => b.textContent === 'Bold').length") == 0
    svg = page.evaluate("kg.svg()")  # the export keeps the name as text too
    assert "<script" not in svg and "<img" not in svg and 'The &lt;script&gt;alert(1)&lt;/script&gt; "Quoted"' in svg
    assert page.title() == 'Markup "test" <script>alert(9)</script>'
    assert log["dialogs"] == [] and log["errors"] == [] and log["requests"] == [html.as_uri()]
    page.close()


# --- a corpus: the seed and the dev articles (62 entities in 5 connected parts) -------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus") / "build"
    build([SEED, *sorted((SHARED / "dev").glob("*.txt"))], out)
    return an.project(an.load_graph(out / "graph.ttl")), out


def shown_degrees(page: Page) -> dict[str, int]:
    """Each drawn node and how many drawn edges touch it."""
    return page.evaluate("""() => { const d = {}; for (const id of kg.shown) d[id] = 0;
        for (const e of kg.edges.get()) { d[e.from] += 1; if (e.to !== e.from) d[e.to] += 1; } return d; }""")


def click_node(page: Page, node_id: str) -> None:
    x, y = page.evaluate("""(id) => {
        const p = kg.network.canvasToDOM(kg.network.getPositions([id])[id]);
        const r = document.getElementById("graph").getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }""", node_id)
    page.mouse.click(x, y)


def test_corpus_opens_on_a_legible_connected_overview(browser, corpus):
    G, out = corpus
    html = viz.write_html(G, out / "graph.html", title="Seed and dev articles")
    page, log = open_page(browser, html)
    assert len(G) > viz.OVERVIEW_ALL
    assert page.evaluate("kg.shown.size") == viz.OVERVIEW_TOP == 40
    assert page.get_attribute("body", "data-drawn") == "40"
    # the count the page states is the count drawn
    assert page.input_value("#topn") == "40"
    assert page.inner_text("#notice").startswith(f"Showing 40 of {len(G)} entities (the 40 best connected)")
    # labels at least 12 px on screen at first paint
    assert page.evaluate("kg.network.getScale()") * viz.FONT_SIZE >= 12
    assert page.evaluate("kg.network.getScale()") >= viz.MIN_SCALE
    degrees = shown_degrees(page)
    assert len(degrees) == 40 and min(degrees.values()) >= 1  # no isolated node in the overview
    # the most central entity is on screen
    top = page.evaluate("kg.ranked[0].id")
    x, y = page.evaluate("(id) => { const p = kg.network.canvasToDOM(kg.network.getPositions([id])[id]); return [p.x, p.y]; }", top)
    box = page.locator("#graph").bounding_box()
    assert 0 < x < box["width"] and 0 < y < box["height"]
    # 40 of the edges' labels would cover each other: off at first, on with the switch
    assert page.evaluate("kg.edges.get().every((e) => e.label === '')")
    page.locator("#edgelabels").check()
    assert page.evaluate("kg.edges.get().filter((e) => e.label).length") == page.evaluate("kg.edges.length") > 30
    assert log["errors"] == [] and log["requests"] == [html.as_uri()]
    page.locator("#edgelabels").uncheck()
    drawn = "Object.values(kg.network.body.edges).filter((e) => (e.labelModule.elementOptions.label || '').trim()).length"
    assert page.evaluate(drawn) == 0  # what vis-network draws, not only its DataSet
    # a click on a node (which adds its neighbours) labels its own edges, and only those
    click_node(page, top)
    page.wait_for_timeout(300)
    own = page.evaluate("kg.network.getConnectedEdges(kg.ranked[0].id).length")
    assert own == len({tuple(sorted(e)) for e in G.to_undirected().edges(top)}) >= 3  # all its neighbours are drawn now
    assert page.evaluate(drawn) == own
    page.mouse.click(5, page.locator("#graph").bounding_box()["y"] + 5)  # empty canvas: nothing selected
    page.wait_for_timeout(300)
    assert page.evaluate(drawn) == 0
    page.fill("#topn", "40")
    page.click("#showtop")  # back to the overview of 40 for the picture
    save_screenshot(page, "corpus-graph.png")
    page.close()


def save_screenshot(page: Page, name: str) -> None:
    """Into test-artifacts/, and into docs/ with KG_UPDATE_SCREENSHOT=1 (the README shows them)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))
    if os.environ.get("KG_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(ARTIFACTS / name, ROOT / "docs" / name)


def test_large_graph_opens_fast_on_its_overview(browser, tmp_path):
    # the benchmark's generated network (benchmarks/viz.py), small enough for the suite
    spec = importlib.util.spec_from_file_location("bench_viz", ROOT / "benchmarks" / "viz.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    G = bench.synthetic(1200)
    html = viz.write_html(G, tmp_path / "large.html", title="Generated network of 1,200 entities")
    page, log = open_page(browser, html)
    assert page.evaluate("kg.shown.size") == 40 and page.evaluate("kg.network.getScale()") >= viz.MIN_SCALE
    assert min(shown_degrees(page).values()) >= 1
    assert float(page.get_attribute("body", "data-paint-ms")) < 10_000  # about 0.7 s here; a generous bound
    save_screenshot(page, "large-graph.png")
    # an interaction draws its frame quickly: the overview is all vis-network holds
    assert page.evaluate("kg.timed(() => kg.focusNode(kg.search('Person 300')[0].id))") < 1_000
    assert page.evaluate("kg.shown.has(kg.search('Person 300')[0].id)")
    assert log["errors"] == []
    page.close()


def test_search_finds_any_entity_and_click_expands(browser, corpus):
    G, out = corpus
    html = viz.write_html(G, out / "graph.html")
    page, log = open_page(browser, html)
    shown = set(page.evaluate("[...kg.shown]"))
    # an entity outside the overview: found by part of its name, drawn with its neighbours, selected
    target = next(n for n in page.evaluate("kg.ranked.map((n) => n.id)") if n not in shown and G.degree(n) >= 2)
    name = G.nodes[target]["label"]
    page.fill("#search", name[1:-1].lower())
    assert page.locator("#hits button").first.inner_text() == name
    page.press("#search", "Enter")
    now = set(page.evaluate("[...kg.shown]"))
    neighbours = set(nx.all_neighbors(G, target))
    assert target in now and neighbours <= now and page.evaluate("kg.network.getSelectedNodes()") == [target]
    assert page.inner_text("#details").startswith(name)
    # a click on a node whose neighbours are not all drawn adds exactly those neighbours
    page.fill("#topn", "10")
    page.click("#showtop")
    ten = set(page.evaluate("[...kg.shown]"))
    assert len(ten) == 10
    hub = next(v for v in page.evaluate("kg.ranked.map((n) => n.id)")[:10] if set(nx.all_neighbors(G, v)) - ten)
    missing = set(nx.all_neighbors(G, hub)) - ten
    page.wait_for_timeout(200)
    click_node(page, hub)
    for _ in range(50):  # the click is handled after the next frame (no wait_for_function: the CSP forbids eval)
        if page.evaluate("kg.shown.size") == 10 + len(missing):
            break
        page.wait_for_timeout(100)
    assert set(page.evaluate("[...kg.shown]")) == ten | missing
    assert page.input_value("#topn") == str(10 + len(missing))
    assert page.inner_text("#details").startswith(G.nodes[hub]["label"])
    assert log["errors"] == []
    page.close()


def test_shapes_and_colours_per_class_and_colour_toggle(browser, corpus):
    G, out = corpus
    html = viz.write_html(G, out / "graph.html")
    page, log = open_page(browser, html)
    page.click("#showall")
    style = page.evaluate("""() => { const s = {}; for (const id of kg.shown) { const n = kg.network.body.nodes[id].options;
        s[kg.nodes.get(id).cls] = [n.shape, n.color.background]; } return s; }""")
    assert {c for c in ("Country", "Region", "City", "Person", "Event", "Programme", "IndustryAssociation")} <= set(style)
    places = [style[c] for c in ("Country", "Region", "City")]
    assert len({s for s, _ in places}) == 3 and len({c for _, c in places}) == 3
    assert len({style[c][0] for c in ("Country", "Person", "Event", "Programme", "IndustryAssociation", "City")}) == 6
    # the legend's swatches are drawn in the same shapes
    assert page.evaluate("""() => ["Country", "Region", "City"].map((c) =>
        getComputedStyle(document.querySelector(`#legend .swatch[data-cls=${c}]`)).clipPath)""") == [
        "none", "polygon(0px 0px, 100% 0px, 50% 100%)", "polygon(50% 0px, 100% 50%, 50% 100%, 0px 50%)"]
    # by community: the members of one Louvain community share a colour, other communities differ
    page.select_option("#colorby", "community")
    colours = page.evaluate("() => Object.fromEntries([...kg.shown].map((id) => [id, kg.network.body.nodes[id].options.color.background]))")
    comm = viz.communities(G)
    by_comm: dict[int, set[str]] = {}
    for v, c in comm.items():
        by_comm.setdefault(c, set()).add(colours[v])
    assert all(len(cs) == 1 for cs in by_comm.values()) and len({next(iter(cs)) for c, cs in by_comm.items() if c < 20}) == min(20, len(by_comm))
    assert page.locator("#groups div").count() == min(20, len(by_comm))
    page.select_option("#colorby", "article")
    arts = viz.main_articles(G)
    colours = page.evaluate("() => Object.fromEntries([...kg.shown].map((id) => [id, kg.network.body.nodes[id].options.color.background]))")
    assert len({colours[v] for v in G if arts[v] == "000_79e68d3d9a482b0e"}) == 1
    assert len({colours[v] for v in G}) == len(set(arts.values())) == 5  # 4 articles and "no evidence" (a node without facts)
    page.select_option("#colorby", "class")
    event = next(v for v in G if G.nodes[v]["cls"] == "Event")
    assert page.evaluate(f"kg.network.body.nodes['{event}'].options.color.background") == viz.CLASS_STYLE["Event"][1]
    assert log["errors"] == []
    page.close()


def test_export_png_and_svg(browser, corpus):
    G, out = corpus
    html = viz.write_html(G, out / "graph.html")
    page, log = open_page(browser, html)
    url = page.evaluate("kg.png()")
    assert url.startswith("data:image/png;base64,")
    raw = base64.b64decode(url.split(",", 1)[1])
    assert raw[:8] == b"\x89PNG\r\n\x1a\n" and len(raw) > 20_000
    width, height = struct.unpack(">II", raw[16:24])
    canvas = page.evaluate("[document.querySelector('#graph canvas').width, document.querySelector('#graph canvas').height]")
    assert [width, height] == canvas
    with page.expect_download() as download:
        page.click("#png")
    assert download.value.suggested_filename == "graph.png"
    svg = page.evaluate("kg.svg()")
    assert svg.startswith("<svg") and svg.count("<polygon") == 40 and svg.count("<line") == page.evaluate("kg.edges.length")
    labels = page.evaluate("[...kg.shown].map((id) => kg.nodes.get(id).label)")
    assert all(f">{escape(label, quote=False)}</text>" in svg for label in labels)
    with page.expect_download() as download:
        page.click("#svg")
    assert download.value.suggested_filename == "graph.svg"
    assert log["errors"] == [] and log["requests"] == [html.as_uri()]
    page.close()


def test_focus_page_opens_on_its_entity(browser, corpus, tmp_path):
    G, out = corpus
    result = CliRunner().invoke(app, ["viz", "--graph", str(out / "graph.ttl"), "--focus", "Urumqi", "--hops", "2",
                                      "--color-by", "article", "--out", str(tmp_path / "focus.html")])
    assert result.exit_code == 0, result.output
    page, log = open_page(browser, tmp_path / "focus.html")
    urumqi = an.find_node(G, "Urumqi")
    H = an.neighbourhood(G, urumqi, 2)
    assert page.evaluate("kg.shown.size") == len(H) and page.inner_text("#notice") == ""
    assert page.evaluate("kg.network.getSelectedNodes()") == [urumqi]
    assert page.evaluate("kg.network.getScale()") >= viz.MIN_SCALE and page.input_value("#colorby") == "article"
    x, y = page.evaluate("(id) => { const p = kg.network.canvasToDOM(kg.network.getPositions([id])[id]); return [p.x, p.y]; }", urumqi)
    box = page.locator("#graph").bounding_box()
    assert 0 < x < box["width"] and 0 < y < box["height"]
    assert log["errors"] == []
    page.close()
