"""Corpus input: HTML and JSON Lines readers, lenient corpus reading, and metadata on the Article node."""

from __future__ import annotations

import shutil
from pathlib import Path

from rdflib import XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, SDO

from conftest import SEED
from kg.article import Article, iso_date, read_article
from kg.build import build_article
from kg.errors import InputError, InputWarning
from kg.rdf import article_iri
from kg.sources import extract_page, read_file, read_inputs
from kg.validate import validate

SOURCES = Path(__file__).resolve().parent / "fixtures" / "sources"

FAIR_TEXT = (
    "Example Silk Association hosts the 2025 Example Textile Fair\n\n"
    "The Example Silk Association hosted the 2025 Example Textile Fair in Hangzhou on 3 May 2025.\n\n"
    "More than 300 exhibitors showed silk fabrics, yarns and finished garments.\n\n"
    "Chen Example, president of the Example Silk Association, opened the fair."
)


# -- HTML ------------------------------------------------------------------


def test_html_keeps_the_article_and_drops_the_page_furniture():
    [article], problems = read_file(SOURCES / "fair.html")
    assert problems == []
    assert article.text == FAIR_TEXT
    assert article.id == "fair" and article.source == "fair.html"
    assert article.headline == article.title == "Example Silk Association hosts the 2025 Example Textile Fair"
    # article:published_time wins over the <time> in the byline
    assert article.date == "2025-05-04T09:30:00+08:00"
    # the canonical link wins over og:url
    assert article.url == "https://news.example.org/2025/05/example-textile-fair"
    assert article.publisher == "Example Textile News"


def test_html_unescapes_entities_and_takes_the_title_without_the_site_name():
    [article], problems = read_file(SOURCES / "entities.html")
    assert problems == []
    assert article.headline == "Smith & Sons opens mill in Köln"
    assert article.text == (
        "Smith & Sons opens mill in Köln\n\n"
        "Smith & Sons’ new mill in Köln opened on 2 June 2025.\n\n"
        "The mill spins “organic” cotton — about 5 000 tonnes a year\nand dyes <some> of it.\n\n"
        "Writing &amp; in HTML gives a literal &amp;."
    )
    assert (article.date, article.url, article.publisher) == (None, None, "Example Weekly")


def test_html_without_article_or_main_takes_the_body_and_its_first_h1():
    page = extract_page(
        "<body><nav><h1>Example News</h1></nav>"
        "<div id='sidebar-left'><p>Most read</p></div>"
        "<div><h1>Example Knitting Mill opens in Ningbo</h1>"
        "<p>The Example Knitting Mill opened in Ningbo.<p>It employs 40 people.</div>"
        "<div class='social-share'>Share</div><p><time datetime='2025-07-01'>1 July</time> update</p></body>")
    assert page.headline == "Example Knitting Mill opens in Ningbo"
    assert page.text == ("Example Knitting Mill opens in Ningbo\n\nThe Example Knitting Mill opened in Ningbo.\n\n"
                         "It employs 40 people.\n\n1 July update")
    assert page.date == "2025-07-01"


def test_html_with_no_text_is_a_problem(tmp_path: Path):
    path = tmp_path / "shell.html"
    path.write_text("<html><body><nav>Home</nav><script>app()</script></body></html>", encoding="utf-8")
    try:
        read_file(path)
    except InputError as err:
        assert err.where == str(path) and "no article text in the HTML page" in err.message
    else:
        raise AssertionError("an HTML page without text was read")


def test_html_bad_metadata_is_dropped_with_a_warning(tmp_path: Path):
    path = tmp_path / "odd.html"
    path.write_text('<html><head><meta property="article:published_time" content="3rd May">'
                    '<link rel="canonical" href="/2025/odd"></head>'
                    "<body><article><h1>Example Fair closes</h1><p>The fair closed.</p></article></body></html>",
                    encoding="utf-8")
    [article], problems = read_file(path)
    assert (article.date, article.url) == (None, None)
    assert article.text == "Example Fair closes\n\nThe fair closed."
    assert [type(p) for p in problems] == [InputWarning, InputWarning]
    assert [p.message for p in problems] == [
        "date '3rd May' is not an ISO 8601 date (YYYY-MM-DD or date-time); dropped",
        "url '/2025/odd' is not an absolute http(s) URL; dropped"]
    assert all(p.where == str(path) for p in problems)


# -- JSON Lines ------------------------------------------------------------


def test_jsonl_reads_good_lines_and_reports_bad_ones():
    path = SOURCES / "batch.jsonl"
    articles, problems = read_file(path)
    assert [a.id for a in articles] == ["esa-fair-2025", "batch-00003", "batch-00005"]
    assert [a.source for a in articles] == ["batch.jsonl:1", "batch.jsonl:3", "batch.jsonl:5"]
    assert [str(p) for p in problems] == [
        f"[E001] {path}:2: not JSON: Unterminated string starting at (column 10)",
        f"[E001] {path}:4: no \"text\" field",
    ]
    first, second, third = articles
    assert first.text == ("Example Silk Association hosts 2025 Example Textile Fair\n\n"
                          "The Example Silk Association hosted the 2025 Example Textile Fair in Hangzhou on 3 May 2025.")
    assert (first.headline, first.date, first.url, first.publisher) == (
        "Example Silk Association hosts 2025 Example Textile Fair", "2025-05-03",
        "https://news.example.org/esa-fair", "Example Textile News")
    assert second.text == "The Example Garment Federation opened a training centre in Suzhou on 12 June 2025."
    assert (second.title, second.date) == (None, "2025-06-12T08:00:00+00:00")
    assert (third.publisher, third.date, third.url) == ("Example Weekly", None, None)


def test_jsonl_line_problems(tmp_path: Path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "   "}\n[1, 2]\n{"text": 7}\n\n'
                    '{"text": "The Example Wool Board met in Xi\'an.", "date": "2025-13-01", "id": "%%"}\n',
                    encoding="utf-8")
    articles, problems = read_file(path)
    assert [a.id for a in articles] == ["mixed-00005"]
    assert articles[0].date is None
    assert [(p.where, p.message) for p in problems] == [
        (f"{path}:1", "\"text\" is empty"),
        (f"{path}:2", "not a JSON object but list"),
        (f"{path}:3", "\"text\" is not a string"),
        (f"{path}:5", "date '2025-13-01' is not an ISO 8601 date (YYYY-MM-DD or date-time); dropped"),
        (f"{path}:5", "id '%%' gives no usable IRI name; numbered by line instead"),
    ]


def test_jsonl_size_limit_holds_per_line_not_per_file(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    good = '{"text": "The Example Hemp Society met in Kunming on 9 March 2025."}\n'
    with path.open("w", encoding="utf-8") as f:
        f.write(good)
        f.write('{"text": "' + "x" * (21 * 1024 * 1024) + '"}\n')
        f.write(good)
    articles, problems = read_file(path)
    assert [a.id for a in articles] == ["big-00001", "big-00003"]
    assert [(p.where, p.message) for p in problems] == [(f"{path}:2", "line is larger than the 20 MB limit")]


def test_jsonl_file_problems(tmp_path: Path):
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n", encoding="utf-8")
    legacy = tmp_path / "legacy.jsonl"
    legacy.write_bytes('{"text": "Textilverband in Köln tagte."}\n'.encode("latin-1"))
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b'{"text": "a"}\n\x00\x01\x02')
    errors = []
    for path in (blank, binary):
        try:
            read_file(path)
        except InputError as err:
            errors.append((err.where, err.message))
    assert errors == [(str(blank), "file is empty"), (str(binary), "binary file (contains NUL bytes), not text")]
    articles, problems = read_file(legacy)
    assert articles == []
    assert [(p.where, p.message) for p in problems] == [
        (f"{legacy}:1", "not valid UTF-8 (byte 28); looks like a legacy encoding such as GB18030/Latin-1; save as UTF-8"),
        (str(legacy), "no usable line in the JSON Lines file")]


def test_article_classes_after_the_first_do_not_make_it_furniture():
    page = extract_page('<main><article class="post tag-share has-comments"><h1>Example Mill expands</h1>'
                        '<p>The Example Mill added a line.</p><article class="comment"><p>Nice!</p></article>'
                        "</article></main>")
    assert page.text == "Example Mill expands\n\nThe Example Mill added a line."


# -- corpus ----------------------------------------------------------------


def test_read_inputs_reports_each_bad_file_and_reads_the_rest(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "a-seed.txt")
    shutil.copy(SOURCES / "fair.html", corpus / "b-fair.html")
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    (corpus / "legacy.txt").write_bytes("示例丝绸协会于2025年5月3日在杭州举办2025示例纺织博览会。".encode("gb18030"))
    (corpus / "huge.txt").write_bytes(b"The Example Fair opened. " * (50 * 1024 * 1024 // 25 + 1))
    (corpus / "empty.md").write_bytes(b"")
    articles, problems = read_inputs([corpus])
    assert [a.id for a in articles] == ["a-seed", "b-fair"]
    assert articles[1].text == FAIR_TEXT
    assert [(p.where, p.message) for p in problems] == [
        (str(corpus / "empty.md"), "file is empty"),
        (str(corpus / "huge.txt"), "file is 50 MB, larger than the 20 MB limit"),
        (str(corpus / "legacy.txt"), "not valid UTF-8 (byte 2); looks like a legacy encoding such as GB18030/Latin-1; "
                                     "save as UTF-8"),
        (str(corpus / "photo.txt"), "binary file (contains NUL bytes), not text"),
    ]
    assert all(type(p) is InputError for p in problems)


def test_read_inputs_keeps_ids_unique_and_reports_missing_paths(tmp_path: Path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "empty-folder").mkdir()
    text = "The Example Linen Guild met in Harbin on 4 April 2025.\n"
    (tmp_path / "one" / "news.txt").write_text(text, encoding="utf-8")
    (tmp_path / "two" / "news.md").write_text(text, encoding="utf-8")
    (tmp_path / "two" / ".draft.txt").write_text(text, encoding="utf-8")
    (tmp_path / "two" / "feed.jsonl").write_text('{"id": "news", "text": "The Guild met again."}\n', encoding="utf-8")
    articles, problems = read_inputs([tmp_path / "two", tmp_path / "nope", tmp_path / "one", tmp_path / "empty-folder"])
    assert [(a.id, a.source) for a in articles] == [("news", "news.txt")]
    assert [(p.where, p.message) for p in problems] == [
        (str(tmp_path / "nope"), "no such file or folder"),
        (str(tmp_path / "empty-folder"), "folder holds no articles (.htm, .html, .jsonl, .md, .txt files)"),
        (str(tmp_path / "two" / "feed.jsonl:1"),
         f"article id 'news' is already used by {tmp_path / 'one' / 'news.txt'}; rename one (this one is left out)"),
        (str(tmp_path / "two" / "news.md"),
         f"article id 'news' is already used by {tmp_path / 'one' / 'news.txt'}; rename one (this one is left out)"),
    ]


def test_read_inputs_is_deterministic(tmp_path: Path):
    for name in ("c.txt", "a.jsonl", "b.html"):
        shutil.copy(SOURCES / {"c.txt": "fair.html", "a.jsonl": "batch.jsonl", "b.html": "entities.html"}[name],
                    tmp_path / name)
    first = read_inputs([tmp_path])
    again = read_inputs([tmp_path])
    assert first[0] == again[0] and [str(p) for p in first[1]] == [str(p) for p in again[1]]
    assert [a.id for a in first[0]] == ["esa-fair-2025", "a-00003", "a-00005", "b", "c"]


def test_strict_reading_still_works_and_names_a_legacy_encoding(tmp_path: Path):
    article = read_article(SEED)
    assert article.id == "000_79e68d3d9a482b0e" and article.headline is None and article.date is None
    path = tmp_path / "old.txt"
    path.write_bytes("Textilverband in Köln tagte.".encode("latin-1"))
    try:
        read_article(path)
    except InputError as err:
        assert err.message == "not valid UTF-8 (byte 18); looks like a legacy encoding such as GB18030/Latin-1; save as UTF-8"
    else:
        raise AssertionError("a Latin-1 file was read as UTF-8")


# -- Article and metadata --------------------------------------------------


def test_title_prefers_the_explicit_headline():
    text = "Example Cotton Council meets\nThe Example Cotton Council met in Urumqi."
    assert Article("x", text).title == "Example Cotton Council meets"
    assert Article("x", text, headline="Council meeting ends.").title == "Council meeting ends."
    assert Article("x", "One line only.", headline="  ").title is None


def test_iso_dates():
    assert iso_date("2025-05-03") == "2025-05-03"
    assert iso_date(" 2025-05-03T10:00Z ") == "2025-05-03T10:00:00+00:00"
    assert iso_date("2025-05-03 10:00:00+0800") == "2025-05-03T10:00:00+08:00"
    for bad in ("2025-02-30", "20250503", "2025-W18-6", "3 May 2025", "2025-05-03T25:00"):
        assert iso_date(bad) is None, bad


def article_node(article: Article):
    result = build_article(article)  # also checks the SHACL shapes
    return result.graph, article_iri(article.id)


def test_metadata_lands_on_the_article_node():
    [article, *_], _ = read_file(SOURCES / "batch.jsonl")
    g, a = article_node(article)
    assert set(g.objects(a, DCTERMS.title)) == {Literal("Example Silk Association hosts 2025 Example Textile Fair")}
    assert set(g.objects(a, DCTERMS.date)) == {Literal("2025-05-03", datatype=XSD.date)}
    assert set(g.objects(a, SDO.datePublished)) == {Literal("2025-05-03", datatype=XSD.date)}
    assert set(g.objects(a, SDO.url)) == {URIRef("https://news.example.org/esa-fair")}
    assert set(g.objects(a, SDO.publisher)) == {Literal("Example Textile News")}
    [date] = g.objects(a, DCTERMS.date)
    assert date.datatype == XSD.date
    # the headline line is not read for facts; the sentence after it is
    held = {o for s, p, o in g if str(p).endswith("hostedBy")}
    assert held == {URIRef("https://w3id.org/garment-kg/id/organization/example-silk-association")}


def test_html_datetime_lands_as_xsd_datetime():
    [article], _ = read_file(SOURCES / "fair.html")
    g, a = article_node(article)
    [date] = g.objects(a, DCTERMS.date)
    assert date.datatype == XSD.dateTime and str(date) == "2025-05-04T09:30:00+08:00"
    assert set(g.objects(a, SDO.datePublished)) == {date}
    assert set(g.objects(a, SDO.url)) == {URIRef("https://news.example.org/2025/05/example-textile-fair")}


def test_an_article_without_metadata_has_none():
    g, a = article_node(read_article(SEED))
    for p in (DCTERMS.date, SDO.datePublished, SDO.url, SDO.publisher):
        assert list(g.objects(a, p)) == []


def test_the_shapes_reject_a_mistyped_date_and_two_urls():
    [article, *_], _ = read_file(SOURCES / "batch.jsonl")
    g, a = article_node(article)
    g.remove((a, DCTERMS.date, None))
    g.add((a, DCTERMS.date, Literal("2025-05-03")))
    g.add((a, SDO.url, URIRef("https://news.example.org/other")))
    messages = " ".join(str(v) for v in validate(g))
    assert "dcterms:date, an xsd:date or xsd:dateTime" in messages
    assert "at most one schema:url" in messages
