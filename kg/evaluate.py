"""Score a build against gold annotations: per-article and per-class precision, recall and F1.

A gold file (JSON) lists an article's entities with the names each may go by, its relations, posts,
literals and topic groups (the contract is ``../shared/eval/README.md``; the project's own gold files
are in ``tests/fixtures/articles/``). Matching is by meaning, not by IRI, exactly as the shared scorer
reads a graph, so ``kg eval`` and that scorer give the same counts (``tests/test_evaluate.py``):

- an entity is a gold entity when one of its labels equals one of the gold names after
  :func:`norm` ("The Example Silk Association's" and "example silk association" are one name);
  an event or programme also matches on word overlap (Jaccard ≥ 0.6);
- a type is the local name of ``rdf:type`` or of a super-class in the graph;
- a relation is its predicate's local name or an inverse of it (:data:`RELATIONS`).

Why our own code and not an import of the shared scorer: the scorer sits beside the project, not in
the installed package, and a user measuring their own annotated articles has only the package.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from .errors import InputError

CLASSES = ("Person", "Organization", "relations", "posts", "literals")  # the overall F1 is over these
LABEL_NAMES = {"label", "preflabel", "altlabel", "name", "alternatename", "hiddenlabel"}
# relation -> (forward local names, inverse local names)
RELATIONS = {
    "guidedBy": ({"guidedby", "underguidanceof"}, {"guided", "guides"}),
    "hostedBy": ({"hostedby", "sponsoredby"}, {"hosted", "hosts", "sponsored", "sponsors"}),
    "organizedBy": ({"organizedby", "organisedby", "organizer", "organiser", "carriedoutby", "undertakenby",
                     "coorganizedby", "coorganisedby", "launchedby"},
                    {"organized", "organised", "organizes", "organises", "undertook", "undertakes"}),
    "supportedBy": ({"supportedby", "sponsoredby"}, {"supported", "supports", "sponsored", "sponsors"}),
    "heldIn": ({"heldin", "location", "takesplacein", "venue", "place", "eventlocation"}, set()),
    "partOf": ({"partof", "ispartof", "superevent", "includedin", "subeventof"}, {"haspart", "subevent", "includes"}),
    "presidedOverBy": ({"presidedoverby", "presidedby", "chairedby", "moderatedby", "hostedbyperson", "emceedby"},
                       {"presidedover", "presided", "chaired", "moderated", "presides"}),
    "addressedBy": ({"addressedby", "speaker", "hasspeaker", "speechby", "deliveredspeechby"},
                    {"addressed", "spokeat", "gavespeechat", "deliveredspeechat", "speaksat"}),
    "attendedBy": ({"attendedby", "attendee", "participant", "hasparticipant", "participatedby"},
                   {"attended", "attends", "participatedin", "participatesin"}),
    "subOrganizationOf": ({"suborganizationof", "unitof", "departmentof", "partoforganization", "parentorganization"},
                          {"hassuborganization", "hasunit", "hasdepartment", "suborganization"}),
    "locatedIn": ({"locatedin", "containedinplace", "within", "ispartofplace"}, {"containsplace"}),
    "sameAs": ({"sameas"}, set()),
}
# a wrong relation of these kinds counts against a graph even where the gold has none of its kind
ALWAYS_SCORED = set(RELATIONS) - {"locatedIn", "sameAs"}
LITERALS = {
    "theme": {"theme", "hastheme"},
    "year": {"year", "startdate", "date", "startyear", "eventdate"},
    "participantCount": {"participantcount", "numberofparticipants", "attendeecount", "participants"},
}
TOPIC_LINKS = {"discusses", "about", "subject", "hastopic", "topic", "keywords", "focuson", "discussed"}
TOPIC_MAX_WORDS = 8
KINDS = {
    "Person": {"person", "agentperson"},
    "Organization": {"organization", "organisation", "formalorganization", "organizationalunit",
                     "governmentorganization", "governmentagency", "industryassociation", "enterprise", "company",
                     "corporation", "association", "ngo", "educationalorganization", "researchinstitute",
                     "university"},
    "Event": {"event"},
    "Place": {"place", "location", "city", "region", "country", "administrativearea"},
    "Programme": {"programme", "program", "initiative", "campaign", "activity", "project"},
}
ORG = "http://www.w3.org/ns/org#"


def local(term) -> str:
    """``https://example.org/onto#heldIn`` -> ``heldin``."""
    return re.split(r"[#/:]", str(term))[-1].lower().replace("_", "").replace("-", "")


def norm(text: str) -> str:
    """How names are compared: case, a possessive 's, punctuation and a leading "the" do not count."""
    text = unicodedata.normalize("NFKC", str(text)).lower()
    text = re.sub(r"['\u2018\u2019`]s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"^the ", "", re.sub(r"\s+", " ", text).strip())


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_graph(paths: list[Path]) -> Graph:
    """All triples of the files (Turtle, N-Triples, TriG, N-Quads, JSON-LD), named graphs merged."""
    merged = Graph()
    for path in paths:
        suffix = path.suffix.lower()
        if suffix in {".trig", ".nq", ".nquads", ".jsonld", ".json"}:
            ds = Dataset()
            ds.parse(path, format={".trig": "trig", ".nq": "nquads", ".nquads": "nquads"}.get(suffix, "json-ld"))
            for s, p, o, _ in ds.quads((None, None, None, None)):
                merged.add((s, p, o))
        else:
            merged.parse(path, format={".nt": "nt", ".owl": "xml", ".rdf": "xml"}.get(suffix, "turtle"))
    return merged


@dataclass
class Score:
    """(tp, fp, fn) per class for one article, and what was missed or wrong (``--show``)."""

    counts: dict[str, tuple[int, int, int]]
    misses: dict[str, list[str]] = field(default_factory=dict)

    @property
    def overall(self) -> tuple[float, float, float]:
        return prf(*(sum(self.counts[c][i] for c in CLASSES) for i in range(3)))

    def totals(self) -> tuple[int, int, int]:
        return tuple(sum(self.counts[c][i] for c in CLASSES) for i in range(3))


class _Reading:
    """What a graph says, in the gold's terms: labels, kinds, relations, literals, posts, topics."""

    def __init__(self, g: Graph, gold: dict):
        self.g = g
        self.names = {e["id"]: {norm(n) for n in e["names"]} for e in gold["entities"]}
        self.kind_of = {e["id"]: e["type"] for e in gold["entities"]}
        self.optional = {e["id"] for e in gold["entities"] if e.get("optional")}
        self.labels: dict = defaultdict(set)
        for s, p, o in g:
            if isinstance(o, Literal) and local(p) in LABEL_NAMES:
                self.labels[s].add(norm(o))
        supers = self._super_classes()
        self.kinds: dict = defaultdict(set)
        for s, _, c in g.triples((None, RDF.type, None)):
            for sup in supers.get(c, {c}):
                self.kinds[s].update(k for k, names in KINDS.items() if local(sup) in names)
        self._ids: dict = {}

    def _super_classes(self) -> dict:
        parents = defaultdict(set)
        for c, _, p in self.g.triples((None, RDFS.subClassOf, None)):
            parents[c].add(p)
        closure = {}
        for c in set(parents) | set(self.g.objects(None, RDF.type)):
            seen, todo = {c}, [c]
            while todo:
                for p in parents.get(todo.pop(), ()):
                    if p not in seen:
                        seen.add(p)
                        todo.append(p)
            closure[c] = seen
        return closure

    def ids(self, node) -> set[str]:
        """The gold entities a node stands for."""
        if node not in self._ids:
            labels = {norm(node)} if isinstance(node, Literal) else self.labels.get(node, set())
            found = {gid for gid, names in self.names.items() if labels & names}
            if not found and labels:
                kinds = self.kinds.get(node, set())
                found = {gid for gid, names in self.names.items()
                         if self.kind_of[gid] in {"Event", "Programme"} and (self.kind_of[gid] in kinds or not kinds)
                         and any(_overlap(a, b) for a in labels for b in names)}
            self._ids[node] = found
        return self._ids[node]

    def label(self, node) -> str:
        return sorted(self.labels.get(node, {str(node)}))[0]

    def relations(self) -> set[tuple]:
        facts = defaultdict(set)
        for s, p, o in self.g:
            if p == RDF.type or isinstance(o, Literal):
                continue
            name = local(p)
            for rel, (forward, inverse) in RELATIONS.items():
                if name in forward:
                    facts[(s, p, o)].add(rel)
                elif name in inverse:
                    facts[(o, p, s)].add(rel)
        return {(s, frozenset(rels), o) for (s, _, o), rels in facts.items()}

    def literals(self) -> set[tuple]:
        return {(s, rel, str(o)) for s, p, o in self.g if isinstance(o, Literal)
                for rel, names in LITERALS.items() if local(p) in names}

    def posts(self) -> set[tuple]:
        g, out = self.g, set()
        for post in set(g.subjects(URIRef(ORG + "postIn"), None)) | set(g.subjects(URIRef(ORG + "heldBy"), None)):
            holders = set(g.objects(post, URIRef(ORG + "heldBy"))) | set(g.subjects(URIRef(ORG + "holds"), post))
            units = set(g.objects(post, URIRef(ORG + "postIn")))
            out |= {(h, r, u) for h in holders for u in units for r in self._roles(post)}
        for m in set(g.subjects(URIRef(ORG + "member"), None)):
            out |= {(h, r, u) for h in g.objects(m, URIRef(ORG + "member"))
                    for u in g.objects(m, URIRef(ORG + "organization")) for r in self._roles(m)}
        return out

    def _roles(self, node) -> set[str]:
        names = set()
        for role in self.g.objects(node, URIRef(ORG + "role")):
            names |= {norm(role)} if isinstance(role, Literal) else self.labels.get(role, set())
        return names or self.labels.get(node, set())

    def topics(self) -> set[str]:
        found = set()
        for _, p, o in self.g:
            if local(p) in TOPIC_LINKS:
                found |= {norm(o)} if isinstance(o, Literal) else self.labels.get(o, set())
        return found


def _overlap(a: str, b: str) -> bool:
    x, y = set(a.split()), set(b.split())
    return bool(x and y) and len(x & y) / len(x | y) >= 0.6


def score(graph: Graph, gold: dict) -> Score:
    """Score one article's graph (with the ontology merged in, for class axioms) against its gold."""
    rd = _Reading(graph, gold)
    counts, misses = {}, defaultdict(list)
    for kind in ("Person", "Organization"):
        wanted = {e["id"] for e in gold["entities"] if e["type"] == kind and not e.get("optional")}
        hit, fp = set(), 0
        for node in (n for n, kinds in rd.kinds.items() if kind in kinds):
            ids = rd.ids(node)
            if ids & wanted:
                hit |= ids & wanted
            elif not (ids and ids <= rd.optional):
                fp += 1
                misses[f"{kind} FP"].append(rd.label(node))
        misses[f"{kind} FN"] += sorted(wanted - hit)
        counts[kind] = (len(hit), fp, len(wanted - hit))
    counts["relations"] = _relations(rd, gold, misses)
    counts["posts"] = _posts(rd, gold, misses)
    counts["literals"] = _literals(rd, gold, misses)
    counts["topics"] = _topics(rd, gold, misses)
    return Score(counts, dict(misses))


def _relations(rd: _Reading, gold: dict, misses) -> tuple[int, int, int]:
    wanted = {tuple(f) for f in gold["facts"]}
    optional = {tuple(f) for f in gold.get("optional_facts", [])}
    scored = {f[1] for f in wanted} | ALWAYS_SCORED
    hit, fp = set(), 0
    for s, rels, o in rd.relations():
        rels &= scored
        if not rels:
            continue
        cands = {(a, rel, b) for a in rd.ids(s) for b in rd.ids(o) for rel in rels}
        if cands & wanted:
            hit |= cands & wanted
        elif not cands & optional:
            fp += 1
            misses["relation FP"].append(f"{rd.label(s)} {'/'.join(sorted(rels))} {rd.label(o)}")
    misses["relation FN"] += [" ".join(f) for f in sorted(wanted - hit)]
    return len(hit), fp, len(wanted - hit)


def _posts(rd: _Reading, gold: dict, misses) -> tuple[int, int, int]:
    def read(posts):
        return [(p, {norm(r) for r in roles}, o) for p, roles, o in posts]
    wanted, optional = read(gold.get("posts", [])), read(gold.get("optional_posts", []))
    hit, fp = set(), 0
    for person, role, unit in rd.posts():
        def fits(posts):
            return [i for i, (p, roles, o) in enumerate(posts)
                    if p in rd.ids(person) and o in rd.ids(unit) and role in roles]
        if matched := fits(wanted):
            hit |= set(matched)
        elif not fits(optional):
            fp += 1
            misses["post FP"].append(f"{rd.label(person)} | {role} | {rd.label(unit)}")
    misses["post FN"] += [f"{wanted[i][0]} {sorted(wanted[i][1])} {wanted[i][2]}"
                          for i in sorted(set(range(len(wanted))) - hit)]
    return len(hit), fp, len(wanted) - len(hit)


def _literals(rd: _Reading, gold: dict, misses) -> tuple[int, int, int]:
    """Recall only: a value the gold does not list is not wrong by itself."""
    found = {(gid, rel, norm(v)) for s, rel, v in rd.literals() for gid in rd.ids(s)}
    hit = 0
    for s, rel, v in ((s, rel, norm(v)) for s, rel, v in gold.get("literals", [])):
        # "2024" is found in "2024-05-24"; a value may be written a little longer than the gold's
        if any(gs == s and gr == rel and (gv == v or v in gv and len(gv) <= 2 * len(v) + 12) for gs, gr, gv in found):
            hit += 1
        else:
            misses["literal FN"].append(f"{s} {rel} {v}")
    return hit, 0, len(gold.get("literals", [])) - hit


def _topics(rd: _Reading, gold: dict, misses) -> tuple[int, int, int]:
    """A gold group is found when a topic label names one of its phrases; a label naming none is wrong."""
    labels = rd.topics()
    groups = [{norm(n) for n in group} for group in gold.get("topics", [])]

    def within(a: str, b: str) -> bool:
        return re.search(rf"\b{re.escape(a)}\b", b) is not None

    def names(label: str, group: set[str]) -> bool:
        return len(label.split()) <= TOPIC_MAX_WORDS and any(
            n == label or within(n, label) or (len(label.split()) >= 2 and within(label, n)) for n in group)
    hit = sum(1 for group in groups if any(names(label, group) for label in labels))
    wrong = sorted(label for label in labels if not any(names(label, group) for group in groups))
    misses["topic FP"] = wrong
    return hit, len(wrong), len(groups) - hit


@dataclass
class Evaluation:
    """The scores of every article of a build that has a gold file."""

    articles: dict[str, Score]
    missing: list[str]  # gold files whose article is not in the build

    def total(self, cls: str | None = None) -> tuple[float, float, float]:
        if cls is None:
            return prf(*(sum(s.totals()[i] for s in self.articles.values()) for i in range(3)))
        return prf(*(sum(s.counts[cls][i] for s in self.articles.values()) for i in range(3)))

    def mean_f1(self) -> float:
        return sum(s.overall[2] for s in self.articles.values()) / len(self.articles) if self.articles else 0.0

    def as_json(self) -> dict:
        def cls_json(counts):
            return {c: dict(zip(("tp", "fp", "fn", "p", "r", "f1"), (*v, *(round(x, 4) for x in prf(*v)))))
                    for c, v in counts.items()}
        return {"articles": {a: {"overall": dict(zip(("p", "r", "f1"), (round(x, 4) for x in s.overall))),
                                 "classes": cls_json(s.counts)} for a, s in self.articles.items()},
                "micro": dict(zip(("p", "r", "f1"), (round(x, 4) for x in self.total()))),
                "mean_f1": round(self.mean_f1(), 4), "missing": self.missing}


def gold_files(gold: Path) -> list[Path]:
    if gold.is_file():
        return [gold]
    if not gold.is_dir():
        raise InputError("no such gold file or folder", str(gold))
    files = sorted(p for p in gold.glob("*.json") if _is_gold(p))
    if not files:
        raise InputError("no gold files (JSON with 'entities' and 'facts') in this folder", str(gold))
    return files


def _is_gold(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(data, dict) and "entities" in data and "facts" in data


def evaluate(build: Path, gold: Path, ontology: Path | None = None) -> Evaluation:
    """Score each article graph of ``build`` (``articles/ID.ttl``) that has a gold file in ``gold``
    (named ``ID.json``, or naming ``ID.txt`` as its ``article``)."""
    from .resources import ontology_dir

    articles = build / "articles"
    if not articles.is_dir():
        raise InputError("not a build folder (no articles/ inside); run `kg build ... --out FOLDER` first", str(build))
    onto = sorted((ontology or ontology_dir()).glob("*.ttl"))
    scores, missing = {}, []
    for path in gold_files(gold):
        data = json.loads(path.read_text(encoding="utf-8"))
        stem = Path(data.get("article") or path.name).stem
        graph_file = articles / f"{stem}.ttl"
        if not graph_file.is_file():
            missing.append(stem)
            continue
        try:
            scores[stem] = score(read_graph([graph_file, *onto]), data)
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"not a gold file the scorer can read ({error!r})", str(path)) from None
    return Evaluation(scores, missing)
