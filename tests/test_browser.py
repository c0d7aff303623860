"""The HTML page in a real browser: headless Chromium (Debian's package) driven by Playwright.

The browser must be installed (``scripts/ensure-chromium``, run by ``make test``); without it these
tests fail, they do not skip. The seed screenshot is saved to ``test-artifacts/seed-graph.png``;
with ``KG_UPDATE_SCREENSHOT=1`` it is also copied to ``docs/seed-graph.png`` (shown in the README).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from conftest import ROOT, SEED
from kg import analyze as an
from kg import viz
from kg.build import build

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
    assert page.evaluate("kg.view.length") == 16 and page.evaluate("kg.edges.length") == 19  # 21 facts, two pairs drawn as one edge each
    assert log["errors"] == []
    assert log["requests"] == [html.as_uri()]  # the file itself and nothing else
    assert page.locator("#legend label").count() == 9 and page.locator("#legend").is_visible()
    assert page.inner_text("#summary") == "16 entities · 21 facts · 1 article(s)"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed-graph.png"))
    if os.environ.get("KG_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(ARTIFACTS / "seed-graph.png", ROOT / "docs" / "seed-graph.png")
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
    assert page.evaluate("kg.view.length") == 13
    page.fill("#topn", "4")
    page.click("#showtop")
    assert page.evaluate("kg.view.length") == 4
    page.click("#showall")
    assert page.evaluate("kg.view.length") == 13
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
    assert page.title() == 'Markup "test" <script>alert(9)</script>'
    assert log["dialogs"] == [] and log["errors"] == [] and log["requests"] == [html.as_uri()]
    page.close()
