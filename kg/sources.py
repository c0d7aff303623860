"""Read a corpus of plain text, Markdown, HTML and JSON Lines files into :class:`Article` objects.

Two ways in. :func:`read_file` reads one file and raises :class:`InputError` when the whole file is
unusable. :func:`read_inputs` reads files and folders leniently for corpus builds: whatever cannot
be read becomes one :class:`InputError` naming the file (and line) and the reason, and the rest is
read. Problems that only drop some metadata are :class:`InputWarning` (an ``InputError``).

HTML is parsed with the standard library's :class:`html.parser.HTMLParser` into a small tree; the
text is the article's own content with navigation, scripts and other page furniture dropped.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .article import MAX_BYTES, Article, article_id, check_regular_file, iso_date, not_utf8_reason, read_article, read_text, safe_id
from .errors import InputError, InputWarning

INPUT_SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl"}

Problems = list[InputError]

# ---------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------

ABSOLUTE_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+", re.IGNORECASE)


def one_line(value: str) -> str:
    return " ".join(value.split())


def clean_metadata(raw: dict[str, object], where: str) -> tuple[dict[str, str | None], Problems]:
    """The ``headline``, ``date``, ``url`` and ``publisher`` of ``raw`` made fit for an
    :class:`Article`; a value that is not usable is dropped with a warning, never guessed at."""
    meta: dict[str, str | None] = {"headline": None, "date": None, "url": None, "publisher": None}
    problems: Problems = []
    for key, value in raw.items():
        if value is None:
            continue
        if not isinstance(value, str):
            problems.append(InputWarning(f"{key} is not a string; dropped", where))
            continue
        value = one_line(value)
        if not value:
            continue
        if key == "date":
            if iso_date(value) is None:
                problems.append(InputWarning(f"date {value!r} is not an ISO 8601 date (YYYY-MM-DD or "
                                             "date-time); dropped", where))
            meta[key] = iso_date(value)
        elif key == "url" and not ABSOLUTE_URL.fullmatch(value):
            problems.append(InputWarning(f"url {value!r} is not an absolute http(s) URL; dropped", where))
        else:
            meta[key] = value
    return meta, problems


def with_headline(headline: str | None, body: str) -> str:
    """The article text: the headline line (unless the body already opens with it), a blank line,
    then the body. The extractor reads the first line as the headline, so it must be there."""
    body = body.strip()
    if not headline or one_line(body.partition("\n")[0]) == headline:
        return body
    return f"{headline}\n\n{body}"


# ---------------------------------------------------------------------------
# HTML: a tolerant tree, then the content without the page furniture
# ---------------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
# Never text a reader sees, wherever they are.
INVISIBLE = {"head", "title", "script", "style", "noscript", "template", "iframe", "svg", "canvas",
             "button", "select", "textarea", "dialog"}
# Site furniture around the article.
CHROME = {"nav", "header", "footer", "aside", "form"}
BLOCK = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
         "section", "article", "main", "blockquote", "figure", "figcaption", "pre", "hr", "address",
         "header", "footer", "aside", "nav", "details", "summary"}
CELL = {"td", "th"}
# A new block closes an open <p>, as browsers do; without this a page of unclosed <p>s nests deep.
CLOSES_P = BLOCK - {"li", "dt", "dd", "tr"}
# Words in class/id/role values that mark furniture: whole words or word prefixes ("comments", "navbar").
FURNITURE_WORD = re.compile(r"(nav|menu|footer|sidebar|share|sharing|social|comment|advert|breadcrumb|related"
                            r"|cookie|consent|newsletter|subscribe|popup|modal|banner|complementary|contentinfo)"
                            r"[a-z]*|ads?|search")
# Wrappers are never furniture themselves: <body class="has-sidebar"> holds the article.
WRAPPERS = {"html", "body", "main"}
HEADLINE_META = ("og:title", "twitter:title")
DATE_META = ("article:published_time", "datepublished", "dc.date.issued", "dcterms.issued")


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)


class TreeBuilder(HTMLParser):
    """Builds a :class:`Node` tree from any HTML, closing tags the way a forgiving browser would."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stack[-1].tag == "p" and tag in CLOSES_P or tag == "li" and self.stack[-1].tag == "li":
            self.stack.pop()
        node = Node(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(html: str) -> Node:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def is_furniture(node: Node) -> bool:
    """Page furniture by tag, by the class/id/role words sites use, or because it is hidden."""
    if node.tag in CHROME:
        return True
    if "hidden" in node.attrs or node.attrs.get("aria-hidden") == "true":
        return True
    if re.search(r"display\s*:\s*none", node.attrs.get("style", "")):
        return True
    if node.tag in WRAPPERS:
        return False
    classes = node.attrs.get("class", "")
    if node.tag == "article":
        # CMSs list an article's categories and tags in its class ("post tag-share has-comments");
        # only the first class names the element's kind
        classes = next(iter(classes.split()), "")
    words = re.split(r"[^a-z0-9]+", " ".join((classes, node.attrs.get("id", ""), node.attrs.get("role", ""))).lower())
    return any(FURNITURE_WORD.fullmatch(w) for w in words if w)


def walk(node: Node, keep: Callable[[Node], bool]) -> Iterator[Node]:
    """The elements under ``node`` in document order, not entering those ``keep`` rejects."""
    stack = list(reversed([c for c in node.children if isinstance(c, Node)]))
    while stack:
        current = stack.pop()
        if not keep(current):
            continue
        yield current
        stack.extend(reversed([c for c in current.children if isinstance(c, Node)]))


def visible(node: Node) -> bool:
    return node.tag not in INVISIBLE and not is_furniture(node)


def text_of(node: Node) -> str:
    parts: list[str] = []
    stack: list[Node | str] = list(reversed(node.children))
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            parts.append(current)
        elif current.tag not in INVISIBLE:
            stack.extend(reversed(current.children))
    return one_line(" ".join(parts))


def paragraphs(root: Node, leave_out: Node | None = None) -> list[str]:
    """The visible text under ``root`` as paragraphs (lines joined by ``\\n``), whitespace collapsed."""
    paras: list[str] = []
    lines: list[str] = []
    line: list[str] = []

    def end_line() -> None:
        text = one_line("".join(line))
        line.clear()
        if text:
            lines.append(text)

    def end_paragraph() -> None:
        end_line()
        if lines:
            paras.append("\n".join(lines))
            lines.clear()

    # Strings are text; None marks where a block element ends.
    stack: list[Node | str | None] = list(reversed(root.children))
    while stack:
        item = stack.pop()
        if item is None:
            end_paragraph()
        elif isinstance(item, str):
            line.append(item)
        elif item is leave_out or not visible(item):
            continue
        elif item.tag == "br":
            end_line()
        elif item.tag in BLOCK:
            end_paragraph()
            stack.append(None)
            stack.extend(reversed(item.children))
        else:
            if item.tag in CELL:
                line.append(" ")
            stack.extend(reversed(item.children))
    end_paragraph()
    return paras


def content_root(doc: Node) -> Node:
    """The article's own element: the longest <article> outside the furniture (listing pages and
    teasers use <article> too), else <main>, else <body>, else the whole document."""
    articles = [n for n in walk(doc, visible) if n.tag == "article"]
    if articles:
        return max(articles, key=lambda n: len(text_of(n)))
    for tag in ("main", "body"):
        found = next((n for n in walk(doc, lambda n: n.tag not in INVISIBLE) if n.tag == tag), None)
        if found is not None:
            return found
    return doc


def in_article(root: Node) -> Callable[[Node], bool]:
    """Inside <article>/<main> a <header> is the article's own (headline, byline, date), so the
    headline and date are looked for there; the body text still leaves it out."""
    if root.tag in {"article", "main"}:
        return lambda n: n.tag == "header" or visible(n)
    return visible


def meta_values(doc: Node) -> dict[str, str]:
    values: dict[str, str] = {}
    for node in walk(doc, lambda n: True):
        if node.tag == "meta":
            key = (node.attrs.get("property") or node.attrs.get("name") or node.attrs.get("itemprop") or "").lower()
            if key and node.attrs.get("content", "").strip():
                values.setdefault(key, node.attrs["content"].strip())
    return values


def drop_site_name(title: str, site: str | None) -> str:
    """Page titles often read "Headline | Site": the site name is not part of the headline."""
    if not site:
        return title
    sep = r"\s*[|\-–—:·»]\s*"
    title = re.sub(sep + re.escape(site) + r"$", "", title)
    return re.sub("^" + re.escape(site) + sep, "", title).strip() or title


@dataclass(frozen=True)
class Page:
    """What an HTML page says: its article text (headline first) and metadata, as found."""

    text: str
    headline: str | None
    date: str | None
    url: str | None
    publisher: str | None


def extract_page(html: str) -> Page:
    """The article in an HTML page: headline from an <h1> in the content, else og:title, else
    <title>; date from article:published_time or the first <time datetime>; url from the canonical
    link or og:url; publisher from og:site_name. The text is the headline line, then the body
    paragraphs separated by blank lines."""
    doc = parse_html(html)
    root = content_root(doc)
    meta = meta_values(doc)
    publisher = one_line(meta.get("og:site_name", "")) or None
    nodes = list(walk(root, in_article(root)))
    h1 = next((n for n in nodes if n.tag == "h1" and text_of(n)), None)
    headline = text_of(h1) if h1 else None
    if not headline:
        title = next((meta[k] for k in HEADLINE_META if meta.get(k)), None)
        title = title or next((text_of(n) for n in walk(doc, lambda n: True) if n.tag == "title"), None)
        headline = drop_site_name(one_line(title), publisher) if title else None
    date = next((meta[k] for k in DATE_META if meta.get(k)), None)
    date = date or next((n.attrs["datetime"] for n in nodes if n.tag == "time" and n.attrs.get("datetime")), None)
    canonical = next((n.attrs.get("href") for n in walk(doc, lambda n: True)
                      if n.tag == "link" and "canonical" in n.attrs.get("rel", "").lower().split()), None)
    body = "\n\n".join(paragraphs(root, leave_out=h1))
    return Page(with_headline(headline, body) if body else "", headline or None, date,
                canonical or meta.get("og:url"), publisher)


# ---------------------------------------------------------------------------
# Readers, one per format: (articles, problems), or InputError if the whole file is unusable
# ---------------------------------------------------------------------------


def read_plain(path: Path) -> tuple[list[Article], Problems]:
    return [read_article(path)], []


def read_html(path: Path) -> tuple[list[Article], Problems]:
    page = extract_page(read_text(path))
    if not page.text.strip():
        raise InputError("no article text in the HTML page (after dropping navigation, scripts and "
                         "other page furniture)", str(path))
    meta, problems = clean_metadata({"headline": page.headline, "date": page.date, "url": page.url,
                                     "publisher": page.publisher}, str(path))
    return [Article(id=article_id(path), text=page.text, source=path.name, **meta)], problems


JSONL_FIELDS = {"title": "headline", "date": "date", "url": "url", "source": "publisher"}


SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(record: dict) -> str | None:
    """Why a record cannot be an article when a field it is read for holds a lone surrogate
    (JSON's "\\ud800" escape decodes to one): no UTF-8 output can hold it, so hashing or writing
    the article would fail half-way through the build."""
    for key in ("text", "id", *JSONL_FIELDS):
        value = record.get(key)
        found = SURROGATE.search(value) if isinstance(value, str) else None
        if found:
            return (f"\"{key}\" holds a lone surrogate (\\u{ord(found.group()):04x} at character {found.start()}), "
                    "which is not Unicode text; fix the record's escapes")
    return None


def jsonl_line(path: Path, number: int, line: str) -> tuple[Article | None, Problems]:
    """One JSON Lines record as an article: ``text`` is required; ``title``, ``date``, ``url``,
    ``source`` (the publisher) and ``id`` are optional."""
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return None, [InputError(f"not JSON: {err.msg} (column {err.colno})", where)]
    except RecursionError:  # the decoder recurses once per level of [ or {
        return None, [InputError("not JSON an article can be: nested too deeply", where)]
    except ValueError as err:  # an integer of more than 4,300 digits
        return None, [InputError(f"not JSON an article can be: {err}", where)]
    if not isinstance(record, dict):
        return None, [InputError(f"not a JSON object but {type(record).__name__}", where)]
    text = record.get("text")
    if not isinstance(text, str):
        reason = "no \"text\" field" if text is None else "\"text\" is not a string"
        return None, [InputError(reason, where)]
    if not text.strip():
        return None, [InputError("\"text\" is empty", where)]
    surrogate = lone_surrogate(record)
    if surrogate:
        return None, [InputError(surrogate, where)]
    meta, problems = clean_metadata({JSONL_FIELDS[k]: record.get(k) for k in JSONL_FIELDS}, where)
    raw_id = record.get("id")
    given = safe_id(str(raw_id)) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else ""
    if raw_id is not None and not given:
        problems.append(InputWarning(f"id {raw_id!r} gives no usable IRI name; numbered by line instead", where))
    text = with_headline(meta["headline"], text.replace("\r\n", "\n").replace("\r", "\n"))
    return Article(id=given or f"{article_id(path)}-{number:05d}", text=text, source=f"{path.name}:{number}",
                   **meta), problems


def jsonl_lines(path: Path) -> Iterator[tuple[int, str | InputError]]:
    """The lines of a JSON Lines file, numbered from 1, each as text or as the problem that makes
    it unreadable. Streamed, and the size limit holds per line: a corpus file may be far larger
    than any one article may be."""
    check_regular_file(path)
    try:
        with path.open("rb") as stream:
            if b"\x00" in stream.read(8192):
                raise InputError("binary file (contains NUL bytes), not text", str(path))
            stream.seek(0)
            number = 0
            while chunk := stream.readline(MAX_BYTES + 1):
                number += 1
                if len(chunk) > MAX_BYTES and not chunk.endswith(b"\n"):
                    while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass
                    yield number, InputError(f"line is larger than the {MAX_BYTES // (1024 * 1024)} MB limit",
                                             f"{path}:{number}")
                    continue
                try:
                    yield number, chunk.decode("utf-8-sig").rstrip("\r\n")
                except UnicodeDecodeError as err:
                    yield number, InputError(not_utf8_reason(chunk, err), f"{path}:{number}")
    except OSError as err:
        raise InputError(f"cannot read the file ({err.strerror or err})", str(path)) from None


def read_jsonl(path: Path) -> tuple[list[Article], Problems]:
    """Every good line of a JSON Lines file; each bad line is a problem "file.jsonl:LINE: reason"."""
    articles: list[Article] = []
    problems: Problems = []
    for number, line in jsonl_lines(path):
        if isinstance(line, InputError):
            problems.append(line)
            continue
        if not line.strip():
            continue
        article, issues = jsonl_line(path, number, line)
        problems.extend(issues)
        if article is not None:
            articles.append(article)
    if not articles and not problems:
        raise InputError("file is empty", str(path))
    if not articles:
        problems.append(InputError("no usable line in the JSON Lines file", str(path)))
    return articles, problems


READERS: dict[str, Callable[[Path], tuple[list[Article], Problems]]] = {
    ".txt": read_plain, ".md": read_plain, ".html": read_html, ".htm": read_html, ".jsonl": read_jsonl}


def read_file(path: Path) -> tuple[list[Article], Problems]:
    """The articles of one file by its suffix (any other suffix is read as plain text), with the
    problems that did not stop it; raises :class:`InputError` if the whole file is unusable."""
    return READERS.get(path.suffix.lower(), read_plain)(path)


# ---------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------


def find_inputs(paths: list[Path]) -> tuple[list[Path], Problems]:
    """Files and folders expanded into a sorted list of input files; hidden files and folders
    (editor backups, ``.git``) are passed over. A ``.json`` file named by itself is a problem, not an
    input: it is a gold annotation (``ID.json`` beside ``ID.txt``), never an article."""
    found: list[Path] = []
    problems: Problems = []
    for path in paths:
        if not path.exists():
            problems.append(InputError("no such file or folder", str(path)))
        elif path.is_dir():
            files = sorted(_walk(path))
            if not files:
                problems.append(InputError(f"folder holds no articles ({', '.join(sorted(INPUT_SUFFIXES))} "
                                           "files)", str(path)))
            found.extend(files)
        elif path.suffix.lower() == ".json":
            # a gold annotation (ID.json beside ID.txt) would be read as the text of article ID
            problems.append(InputError("a .json file is not an article (gold annotations are .json; "
                                       "articles as JSON go one per line in a .jsonl file); skipped", str(path)))
        else:
            found.append(path)
    return sorted(dict.fromkeys(found)), problems


def _walk(folder: Path) -> Iterator[Path]:
    """The input files under ``folder``, hidden files and folders left out. (os.walk with string
    joins: pathlib's rglob and its per-file checks took seconds on 10,000 files.)"""
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in INPUT_SUFFIXES:
                full = os.path.join(root, name)
                if os.path.isfile(full):
                    yield Path(full)


def read_inputs(paths: list[Path]) -> tuple[list[Article], Problems]:
    """Read every article under ``paths``, leniently: the articles read (in file order, then line
    order) and one :class:`InputError` per file or JSON Lines line that could not be read, each
    naming its place and the reason. An article whose id is already taken is left out with a
    problem, so ids stay unique; :class:`InputWarning` problems only dropped metadata.

    How ``kg build`` is meant to call it::

        articles, problems = read_inputs(inputs)
        for problem in problems:
            echo(f"warning: {problem}")           # one line each: "[E001] corpus/x.bin: binary file ..."
        if strict and problems:
            raise SystemExit(1)                   # after building the rest, or before, as the CLI prefers
        results = [build_article(article, check) for article in articles]
    """
    files, problems = find_inputs(paths)
    articles: list[Article] = []
    taken: dict[str, str] = {}
    for path in files:
        try:
            read, issues = read_file(path)
        except InputError as err:
            problems.append(err)
            continue
        problems.extend(issues)
        for article in read:
            where = str(path.parent / article.source)
            if article.id in taken:
                problems.append(InputError(f"article id {article.id!r} is already used by {taken[article.id]}; "
                                           "rename one (this one is left out)", where))
                continue
            taken[article.id] = where
            articles.append(article)
    return articles, problems
