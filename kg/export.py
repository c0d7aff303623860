"""Export a build to any RDF format, and push it to a SPARQL 1.1 Graph Store Protocol endpoint.

Graph formats (Turtle, N-Triples, RDF/XML) get the merged graph; dataset formats (TriG, N-Quads,
JSON-LD) keep one named graph per article. Everything is read from the build's ``dataset.trig`` and
written in a canonical order, so an export is as reproducible as the build. JSON-LD is compacted
with the project's own context (``ontology/context.jsonld``), which is read from the installed
package and embedded in the output, so no reader has to fetch it. The entity network (GraphML,
GEXF, node-link JSON, Neo4j CSV) is written by :mod:`kg.graph_formats`; :func:`export` hands
the single-file ones to it.
"""

from __future__ import annotations

import base64
import html
import json
import re
import time
from functools import lru_cache
from pathlib import Path

import httpx
import pyoxigraph as ox
from rdflib import Dataset

from .dumps import DATASET_FILE
from .errors import ExportError, InputError
from . import oxi
from .oxi import PREFIX_MAP
from .resources import ontology_file
from .store import DEFAULT_BUILD, xml_safe

GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML}
DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": None}
FORMATS = [*GRAPH_FORMATS, *DATASET_FORMATS]
SUFFIX = {"turtle": ".ttl", "nt": ".nt", "xml": ".rdf", "trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld"}


@lru_cache(maxsize=1)
def jsonld_context() -> dict:
    with open(ontology_file("context.jsonld"), encoding="utf-8") as f:
        return json.load(f)["@context"]


def read_dataset(build: Path | str = DEFAULT_BUILD) -> list[ox.Quad]:
    """The article graphs of a build, as quads sorted by graph, subject, predicate and object."""
    path = Path(build) / DATASET_FILE
    if not path.is_file():
        raise InputError(f"no {DATASET_FILE} here; run `kg build` first", str(build))
    quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return quads


def export(fmt: str, build: Path | str = DEFAULT_BUILD, topics: bool = True) -> bytes:
    """The build in format ``fmt``: one of the RDF :data:`FORMATS`, or one of the network file
    formats of :mod:`kg.graph_formats` (graphml, gexf, nodelink; ``topics``: with topic nodes)."""
    from .graph_formats import FILE_FORMATS, FOLDER_FORMATS, export_network

    if fmt in FILE_FORMATS:
        return export_network(fmt, build, topics)
    if fmt in FOLDER_FORMATS:
        raise ExportError(f"{fmt} is a folder of files, not one: use kg.graph_formats.export_neo4j")
    if fmt not in FORMATS:
        known = [*FORMATS, *FILE_FORMATS, *FOLDER_FORMATS]
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(known)}")
    quads = read_dataset(build)
    if fmt == "trig":  # the build's own file is canonical TriG already
        return (Path(build) / DATASET_FILE).read_bytes()
    if fmt in GRAPH_FORMATS:
        triples = sorted({q.triple for q in quads}, key=oxi.triple_key)
        data = oxi.serialize(triples, GRAPH_FORMATS[fmt], PREFIX_MAP if fmt != "nt" else None)
        return xml_safe(data) if fmt == "xml" else data  # XML 1.0 cannot hold most control characters
    if fmt == "jsonld":
        return to_jsonld(quads)
    return oxi.serialize(quads, DATASET_FORMATS[fmt], PREFIX_MAP if fmt == "trig" else None)


def to_jsonld(quads: list[ox.Quad]) -> bytes:
    """Compacted JSON-LD of the dataset. rdflib does the compaction; its node order varies from run
    to run, so nodes are sorted by ``@id`` and keys by name."""
    ds = Dataset()
    ds.parse(data=ox.serialize(quads, None, ox.RdfFormat.N_QUADS), format="nquads")
    data = json.loads(ds.serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
    return (json.dumps(_sorted(data), indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _sorted(node):
    if isinstance(node, dict):
        return {k: _sorted(v) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node


def write_atomically(data: bytes, output: Path) -> None:
    """Write ``output`` through a temporary file in the same folder, so it is whole or untouched."""
    if output.is_dir():
        raise ExportError("output is a folder; give a file name", str(output))
    if not output.parent.is_dir():
        raise ExportError("the output's folder does not exist", str(output.parent))
    tmp = output.with_name(f".{output.name}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(output)
    finally:
        tmp.unlink(missing_ok=True)


def _redacted(url: str) -> str:
    """``url`` without the user name and password it may hold, for messages."""
    parts = httpx.URL(url)
    return str(parts.copy_with(username=None, password=None)) if parts.userinfo else url


ERROR_BYTES = 4096  # of an error answer, read at most this much
ERROR_CHARS = 200  # and shown at most this much of its text


def _gist(body: bytes, content_type: str) -> str:
    """The start of an error answer on one line; an HTML page (Virtuoso's errors) as its text."""
    text = body[:ERROR_BYTES].decode("utf-8", errors="replace")
    if "html" in content_type.lower():
        text = html.unescape(re.sub(r"<[^>]*(>|$)", " ", text))
    return " ".join(text.split())[:ERROR_CHARS]


class ChallengeAuth(httpx.Auth):
    """A user name and password, sent the way the endpoint asks for them: HTTP Digest (Virtuoso's
    ``/sparql-graph-crud-auth``) or Basic, whichever its first 401 answer's ``WWW-Authenticate``
    names. Nothing is sent before it asks, and the scheme it asked for is kept, so only the first
    graph of a push is sent twice (Digest's later requests reuse its nonce with a new count)."""

    requires_request_body = True

    def __init__(self, user: str, password: str):
        self._digest = httpx.DigestAuth(user, password)
        self._basic = "Basic " + base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
        self.scheme: str | None = None  # "digest" or "basic" once the endpoint said which

    def auth_flow(self, request: httpx.Request):
        if self.scheme == "basic":
            request.headers["Authorization"] = self._basic
            yield request
            return
        flow = self._digest.auth_flow(request)
        response = yield next(flow)
        while True:  # httpx's Digest flow answers a Digest challenge (again when its nonce went stale)
            try:
                retry = flow.send(response)
            except StopIteration:
                break
            self.scheme = "digest"
            response = yield retry
        if self.scheme is None and response.status_code == 401 and any(
                c.strip().lower().startswith("basic") for c in response.headers.get_list("www-authenticate")):
            self.scheme = "basic"
            request.headers["Authorization"] = self._basic
            yield request


def _put(client: httpx.Client, url: httpx.URL, name: str, body: bytes, auth, timeout: float) -> tuple[httpx.Response, bytes]:
    """PUT one graph; returns the response and the first ERROR_BYTES of its body, all within ``timeout``."""
    deadline = time.monotonic() + timeout
    with client.stream("PUT", url, params={"graph": name}, content=body, auth=auth,
                       headers={"Content-Type": "application/n-triples"},
                       extensions={"timeout": {"connect": timeout, "read": timeout, "write": timeout,
                                               "pool": timeout}}) as r:
        text = b""
        for chunk in r.iter_bytes():
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("the endpoint's answer took too long")
            text += chunk
            if len(text) >= ERROR_BYTES:
                break
    return r, text


def push(endpoint: str, build: Path | str = DEFAULT_BUILD, timeout: float = 60.0,
         user: str | None = None, password: str | None = None) -> dict[str, int]:
    """Send every article graph of the build to a SPARQL 1.1 Graph Store Protocol endpoint (for
    Oxigraph, ``http://host:port/store``; for Virtuoso, ``http://host:8890/sparql-graph-crud-auth``),
    one HTTP PUT per named graph (``?graph=IRI``): each graph on the endpoint is replaced by the
    build's. Returns {graph IRI: triples sent}.

    A user name and password, given as ``user`` and ``password`` or in the URL
    (``http://user:password@host/...``), are sent when the endpoint asks for them, with HTTP Digest
    or Basic as it asks (:class:`ChallengeAuth`).

    ``timeout`` bounds each graph's whole request, not each read (a slow endpoint cannot hold a
    push forever); an error answer is read only to its first 4 KB and shown to its first 200
    characters; credentials never appear in a message; a failure says how many graphs were already
    replaced."""
    if not endpoint.startswith(("http://", "https://")):
        raise ExportError(f"the endpoint must be an http(s) URL, not {_redacted(endpoint)!r}")
    shown = _redacted(endpoint)
    try:
        url = httpx.URL(endpoint)
    except httpx.InvalidURL:
        raise ExportError(f"the endpoint is not a valid URL: {shown!r}") from None
    if url.userinfo:
        if user is not None:
            raise ExportError("give the user name in the endpoint's URL or with --user, not both")
        user, password = url.username, url.password
        url = url.copy_with(username=None, password=None)
    elif user is not None and password is None:
        raise ExportError(f"a password is needed for user {user!r}")
    auth = ChallengeAuth(user, password or "") if user is not None else None
    graphs: dict[str, list[ox.Triple]] = {}
    for q in read_dataset(build):
        graphs.setdefault(q.graph_name.value, []).append(ox.Triple(q.subject, q.predicate, q.object))
    sent: dict[str, int] = {}

    def failed(message: str) -> ExportError:
        done = f"; {len(sent)} of {len(graphs)} graph(s) were already replaced" + (
            f" (the last: {next(reversed(sent))})" if sent else "")
        if password:  # an endpoint that echoes it back does not get it printed
            message = message.replace(password, "***")
        return ExportError(message + done)

    with httpx.Client(timeout=timeout, trust_env=False) as client:
        for name, triples in graphs.items():
            body = ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES)
            # A PUT replaces the graph, so sending it again is safe. It is sent once more when the
            # connection broke without a timeout: an endpoint may close a kept-alive connection
            # between two graphs, and the client learns it only when the next request fails.
            for attempt in (1, 2):
                try:
                    r, text = _put(client, url, name, body, auth, timeout)
                    break
                except httpx.HTTPError as error:
                    if attempt == 1 and isinstance(error, httpx.TransportError) and not isinstance(
                            error, (httpx.TimeoutException, httpx.ConnectError)):
                        continue
                    reason = ("no answer within %g s" % timeout if isinstance(error, httpx.TimeoutException)
                              else type(error).__name__)
                    raise failed(f"cannot reach {shown}: {reason}") from None
            if r.status_code == 401:
                if auth is None:
                    why = "the endpoint asks for a user name and password (--user, with the password in KG_PUSH_PASSWORD)"
                elif auth.scheme is None:  # it named neither Digest nor Basic
                    asked = ", ".join(c.split(None, 1)[0] for c in r.headers.get_list("www-authenticate") if c.strip())
                    why = (f"the endpoint asks for {asked} authentication, and kg push gives Digest or Basic"
                           if asked else "the endpoint refused the request and named no authentication scheme")
                else:
                    why = "the user name or password was refused"
                raise failed(f"{shown} refused graph {name}: HTTP 401: {why}")
            if r.status_code >= 300:
                snippet = _gist(text, r.headers.get("content-type", ""))
                raise failed(f"{shown} refused graph {name}: HTTP {r.status_code} {snippet}".rstrip())
            sent[name] = len(triples)
    return sent
