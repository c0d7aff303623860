"""Find mentions of organizations, people, places, events and programmes in an article's text.

The grammar: capitalised chunks are cut into role words, personal names and names of things, and a
name of a thing is classified by its head noun ("... Association", "Department of ...", "... Expo"),
by the curated gazetteer, or by the slot it fills ("organised by X", "held in X"). Lower-case event
phrases come from their verbs ("... event was held in ...") and from references ("the expo").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from . import lexicon as lx
from . import people
from .gazetteer import cities, gazetteer, surnames
from .nlp import sentence_words, words

Word = tuple[str, int, int]

PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ang|eng|ing|ong|uai|uan|ai|ei|ao|ou|"
    r"an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve|a|o|e|i|u|v))+", re.I)
VENUE_DESCRIPTIONS = {f"{a} {b}" for a in ("convention", "exhibition", "conference", "expo", "events", "trade",
                                            "cultural", "community", "civic", "heritage", "congress", "sports")
                      for b in ("centre", "center", "hall", "halls", "complex", "park", "ground", "grounds")} | {
                          "hotel in", "hotel on", "hotel at", "hotel ,", "hotel ."}  # ("at the Tarvik Regency hotel in Town")
# what an apposition calls an organization ("X, a denim maker"), beyond the heads of organization names
ORG_NOUNS = set(lx.ORG_HEADS) - {"co", "co.", "ltd", "ltd.", "inc", "inc.", "plc", "ag", "ab", "sa", "kk", "nv", "bv",
                                  "oy"} | {
    "firm", "maker", "makers", "brand", "retailer", "manufacturer", "exporter", "supplier", "mill", "spinner",
    "organiser", "organizer", "operator", "developer", "chain", "label"}
ORG_APPOSITION = re.compile(r"\s*,\s*(?:the|an?)\s+(?:[\w'’-]+\s+){0,5}?(?:" + "|".join(sorted(ORG_NOUNS)) + r")\b")
STOP_STARTS, MONTHS, WEEKDAYS = lx.STOP_STARTS, lx.MONTHS, lx.WEEKDAYS
# days and months written out, that no name goes on from (not the short forms, which are name words too:
# "Hou Jun of X", "Mar del Plata", nor "May", a given name)
DAY_OR_MONTH = WEEKDAYS | (MONTHS - lx.SHORT_MONTHS - {"sept", "may"})
QUOTES = "\"“”‘’'"


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # Organization | Person | Place | Event | Programme
    cls: str  # the most specific ontology class
    rule: str
    sent: int = -1
    gaz: str = ""  # gazetteer id
    parent: "Mention | None" = None  # "Department of X of ORG": the ORG
    qualifier: "Mention | None" = None  # "... of PLACE" / "PLACE Provincial ...": the PLACE
    acronym: str = ""  # "(ABC)" written right after the name
    anaphor: bool = False  # "the expo": refers to an event named elsewhere
    core: str = ""  # the name without its place qualifier, for matching short references
    nested: bool = False  # inside another mention (a parent or qualifier)
    head: str = ""  # a session's head word when its name is its title ("panel" of 'the panel "Who Pays?"')

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    words: list[Word]
    mentions: list[Mention] = field(default_factory=list)
    headline: bool = False
    # a headline's names of editions of a gathering ("Minutes of the 12th Annual General Meeting of X"): not
    # mentions (a headline's title case makes poor names), but the main event where the lead names none
    title_events: list[Mention] = field(default_factory=list)


_EDITION = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d|first|second|third|fourth|fifth|sixth|seventh|eighth|"
                      r"ninth|tenth)\b", re.I)
_YEAR_OR_ORDINAL = re.compile(r"\d{4}|\d{1,2}(?:st|nd|rd|th)")


def is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit() and bool(_YEAR_OR_ORDINAL.fullmatch(word))
                           or ("-" in word or "'" in word or "’" in word) and bool(people.PARTICLE_PREFIX.fullmatch(word)))


def is_acronym(word: str) -> bool:
    letters = word.replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2) and word[0].isupper()


def is_role_word(word: str) -> bool:
    low = word.lower()
    return low in lx.ROLE_HEADS or low in lx.ROLE_MODIFIERS


def role_run(ws: list[Word], i: int) -> int:
    """Length of a role phrase starting at ``ws[i]`` (modifiers then a head noun), or 0."""
    j, last_head = i, 0
    while j < len(ws) and is_role_word(ws[j][0]):
        j += 1
        low = ws[j - 1][0].lower()
        if low in lx.ROLE_HEADS or low == "general" and j - i - 1 == last_head > 0:
            last_head = j - i  # (and "Secretary General", "Director General": "general" after the head)
    return last_head


def looks_like_name(ws: list[Word]) -> bool:
    """A personal name by shape: a known surname followed by one or two given-name words
    (pinyin-shaped for Chinese surnames), or a name on the general evidence of kg.people (a given
    name of many countries, initials, particles: "Jane Doe", "K. Ramanathan", "Anna van der Berg")."""
    if surname_name(ws):
        return True
    text = " ".join(w[0] for w in ws)
    return 2 <= len(ws) <= 7 and people.by_shape([w[0] for w in ws]) and not gazetteer().lookup(text) and text.lower() not in cities()


def surname_name(ws: list[Word]) -> bool:
    """A surname from the lexicon, then pinyin-shaped given names (Vietnamese: a middle and a given name)."""
    if not 2 <= len(ws) <= 4:
        return False
    texts = [w[0] for w in ws]
    if not all(t[:1].isupper() and t.replace("-", "").replace("'", "").isalpha() for t in texts):
        return False
    # a given name may spell a month's abbreviation (a surname then "Jun"): only pinyin-shaped ones, after the surname
    if any(t.lower() in lx.ROLE_HEADS or t.lower() in lx.ORG_HEADS or t.lower() in lx.EVENT_HEADS
           or t.lower() in lx.PLACE_HEADS or t.lower() in lx.PROGRAMME_HEADS
           or t.lower() in MONTHS and not (k > 0 and PINYIN.fullmatch(t)) or t.isupper() and len(t) > 1
           for k, t in enumerate(texts)):
        return False
    names = surnames()
    if texts[0] in names and len(texts) <= 3:
        given = texts[1:]
        if all(PINYIN.fullmatch(g.replace("-", "").replace("'", "")) for g in given):
            return True
        return len(texts) == 3 and all(len(g) <= 6 for g in given)  # Vietnamese: surname, middle and given name
    return False


def name_rule(ws: list[Word]) -> str:
    """The rule that found a personal name: the surname lexicon, or general evidence (kg.people)."""
    return "surname-lexicon" if surname_name(ws) else "name-shape"


def plausible_name(ws: list[Word], caps: bool = False) -> bool:
    """Any 1-6 capitalised words (more than 4 only in a name's shape, kg.extract.people.parts) that are
    not a known thing: a name when the context says so."""
    if not 1 <= len(ws) <= 6:
        return False
    if len(ws) > 4 and people.parts([w[0] for w in ws]) is None:
        return False
    # a family name in capitals beside a given name, as Japanese, French and West African English write it
    # ("Mr. TARVIKA Kenta", "Mme Awa ORLANI"): after a title of address (``caps``), a name's word, not an
    # acronym, beside one in ordinary case (not "UAE Circular Textiles Pledge")
    mixed = any(any(c.islower() for c in t) and t[:1].isupper() and t.lower() not in people.PARTICLES for t, _, _ in ws)
    for t, _, _ in ws:
        if t.lower() in people.PARTICLES and t.islower() or people.PARTICLE_PREFIX.fullmatch(t):
            continue  # "Anna van der Berg", "Hala bint Omar al-Tarvik"
        if mixed and len(ws) <= 4 and t.isupper() and 3 <= len(t) <= 15 and t.isalpha() and (
                caps or gazetteer().lookup(t) is None):
            continue  # (a country's or a body's known short form is no name's: "UAE Circular Textiles Pledge")
        low = t.lower()
        if not (t[:1].isupper() and t.replace("-", "").replace("'", "").replace(".", "").isalpha()):
            return False
        if (low in lx.ORG_HEADS or low in lx.EVENT_HEADS or low in lx.ROLE_HEADS or low in MONTHS and (
                len(ws) == 1 or low not in lx.SHORT_MONTHS)  # ("Daw Thida Mar Oo": a short form amid a name)
                or low in WEEKDAYS or low in lx.PROGRAMME_HEADS or low in lx.PRIZE_HEADS or (t.isupper() and len(t) > 2)):
            return False
    return gazetteer().lookup(" ".join(w[0] for w in ws)) is None


# --- capitalised chunks -------------------------------------------------------------------------

# legal forms that follow a capitalised name in lower case (their heads are in lexicon.ORG_HEADS)
LOWER_CASE_FORMS = {"e.v.", "s.r.o.", "a.s.", "d.o.o.", "s.r.l.", "s.p.a.", "s.a.", "inc.", "ltée"}


# legal forms an American or British name writes after a comma: "Acme Widgets, Inc.", "Bolt Fabrics, LLC"
COMMA_FORMS = {"inc.", "inc", "llc", "l.l.c.", "corp.", "plc", "llp", "lp", "limited"}


def cap_chunks(ws: list[Word], sentence_start: bool = True) -> list[tuple[int, int]]:
    """Index ranges of maximal capitalised chunks: capitalised words joined by connectors
    ("of", "and", "for", "the", "&", "'s"), with an acronym in parentheses kept when the name goes on."""
    out, i, n = [], 0, len(ws)
    caps, cap_end, strip_start = _cap_runs(ws)
    # where a walk that reached an index ended: the same from there whatever word it began at, unless a
    # step on the way depended on that word. When a chunk is all connectors the walk begins again at
    # the next word, and "De the De the ..." was walked to its end from each of its words in turn
    walk_end: dict[int, int] = {}
    while i < n:
        t = ws[i][0]
        if not caps[i] or (t.lower() in STOP_STARTS and not (i + 1 < n and ws[i + 1][0] == "'s")
                             and not (t.lower() in lx.HONORIFICS and i + 1 < n and caps[i + 1])  # "Mr Tarek Selwan"
                             and not looks_like_name(ws[i:i + 2]) and not looks_like_name(ws[i:i + 3])):
            i += 1
            continue
        j = i + 1
        path: list[int] = []  # the steps of this walk that did not depend on where it started
        while j < n:
            if j - i >= NAME_WINDOW and j in walk_end:  # (from here on no step depends on i)
                j = walk_end[j]
                break
            t = ws[j][0]
            if not caps[j] and j - i < NAME_WINDOW and _particle_run(ws, j):
                path.clear()  # the step from here depends on i: it may be the start of the name it continues
            else:
                path.append(j)
            if caps[j]:
                j = cap_end[j]  # (the whole run of capitalised words: one word at a time, each passed)
            elif t in {"'s", "’s"} and j + 1 < n and is_cap(ws[j + 1][0]):
                j += 2
            elif skip := _particles_in_name(ws, i, j):
                j += skip  # "Anna van der Berg", "Ali bin Omar"
            elif (t in QUOTES and j + 3 < n and ws[j + 2][0] in QUOTES and is_cap(ws[j + 1][0]) and is_cap(ws[j + 3][0])
                  and people.parts([ws[j - 1][0], ws[j + 1][0], ws[j + 3][0]]) and ws[j + 1][2] - ws[j + 1][1] <= 12):
                j += 3  # a quoted nickname inside a name: 'William "Bill" Smith'
            elif re.fullmatch(r"(?:19|20)\d\d", t) and ws[j - 1][0].lower() in lx.EVENT_HEADS | lx.DAY_HEADS:
                j += 1  # an edition year after the event's head: "... Loomwright Summit 2031"
            elif re.fullmatch(r"\d{1,5}[A-Z]?", t) and ws[j - 1][0] == "Local":
                j += 1  # a union local's number: "Textile Workers Union Local 482"
            elif (t in {"'", "’"} and ws[j - 1][0].endswith("s") and ws[j - 1][2] == ws[j][1] and j + 1 < n
                  and is_cap(ws[j + 1][0])):
                j += 2  # a plural possessive inside a name: "X Manufacturers' Association"
            elif t.lower() in LOWER_CASE_FORMS:
                j += 1  # a legal form written in lower case ends the name: "X e.V.", "X s.r.o.", "X d.o.o."
            elif t == "z" and j + 1 < n and ws[j + 1][0].lower() == "o.o." and ws[j - 1][0].lower() == "sp.":
                j += 2  # "X Sp. z o.o."
            elif t.lower() == "on" and _street_after(ws, j + 1):
                break  # "X Convention Hall on Y Road": the venue's street is no part of its name
            elif t.lower() == "of" and ws[j - 1][0].lower() in lx.LEGAL_FORMS:
                break  # "Acme Apparel Ltd of the United Kingdom": the name ends at its legal form
            elif t == "in" and j + 1 < n and caps[j + 1] and cap_end[j + 1] - j <= 4 and (
                    ws[cap_end[j + 1] - 1][0].lower() in lx.EVENT_HEADS):
                j = cap_end[j + 1]  # "the 11th Woven in Tarvik Conference", "Women in Textiles Awards": one event's name
            elif (t.lower() in lx.CONNECTORS or t in lx.ROMANCE_CONNECTORS) and t.lower() != "in":
                if ws[j - 1][0].lower() in DAY_OR_MONTH:
                    break  # "on Tuesday for the X Forum": a day or month is joined to no name after it
                k = j + 1
                if k < n and (ws[k][0].lower() == "the" or t in {"de", "di", "pour", "sur"} and ws[k][0] in lx.ROMANCE_ARTICLES):
                    k += 1  # "of the X", "de la X"
                if k < n and is_cap(ws[k][0]) and ws[k][0].lower() not in STOP_STARTS | MONTHS | WEEKDAYS:
                    j = k
                else:
                    break
            elif (t == "(" and j + 3 < n and ws[j + 2][0] == ")" and is_cap(ws[j + 1][0]) and not ws[j + 1][0].isupper()
                  and is_cap(ws[j + 3][0]) and ws[j + 3][0].lower() not in lx.ROLE_HEADS):
                j += 3  # a place in parentheses inside a name: "China (Town) Denim Industry Forum"
            elif (t == "(" and j + 2 < n and ws[j + 2][0] == ")" and is_cap(ws[j + 1][0]) and not ws[j + 1][0].isupper()
                  and ws[j - 1][0].lower() in lx.ROLE_HEADS):
                j += 3  # an office's portfolio in brackets: "Office of the Development Commissioner (Looms)"
            elif t == "(" and j + 3 < n and ws[j + 2][0] == ")" and ws[j + 3][0].lower().rstrip(".") in {"ltd", "co", "limited", "inc", "group", "gmbh"}:
                j += 3
            elif t.lower() in {"co.", "co"} and j + 2 < n and ws[j + 1][0] == "," and ws[j + 2][0].lower().startswith("ltd"):
                j += 3
            elif t == "," and j + 1 < n and (ws[j + 1][0].lower().startswith("ltd") or ws[j + 1][0].lower() in COMMA_FORMS):
                j += 2
            elif t == "," and (k := _industry_list(ws, i, j)):
                j = k  # "Federation of Textile, Clothing and Leather Workers": the industries it names, one name
            else:
                break
        walk_end.update((k, j) for k in path)
        j = max(i, strip_start[j])  # do not end on a connector
        if j == i:  # a capitalised connector alone ("De la ...", "Generation Y consumers"): no chunk
            i += 1
            continue
        out.append((i, j))
        i = j
    return out


_DEGREE = re.compile(lx.DEGREES)
_DEGREE_AFTER = re.compile(rf",\s*(?:{lx.DEGREES})(?=[\s,;.)])")
_CHAIRED_BY = re.compile(r"\b(?:moderated|chaired|co-chaired|facilitated|anchored|compered|emceed|presided\s+over)\s+by\s+$")
# a role right after a name and its acronym: "X Forum (XF) Secretary General ..."
# a post's role just before a body's name: "..., Vice-President, ⟨X Forum⟩", "Director General of the ⟨Y Round Table⟩"
_ROLE_BEFORE_BODY = re.compile(r"\b([A-Z][\w-]+)\s*(?:,\s*|\s+(?:of|at)\s+(?:the\s+)?)$")
_ROLE_AFTER_BODY = re.compile(r"\s*(?:\([A-Z][\w-]{1,14}\)\s*)?([A-Z][\w-]+)")
# where a one-word town of the city lexicon stands: "in Ichalkaranji", "near Gaziantep"
_TOWN_BEFORE = re.compile(r"\b(?:in|from|near|outside|across|around|to|of|at)\s+$")


# the sizes of firms a ministry or directorate is named for: "Micro, Small and Medium Enterprises"
_SIZE_WORDS = {"micro", "small", "medium", "large", "miscellaneous", "cottage", "village"}


def _industry_list(ws: list[Word], i: int, j: int) -> int:
    """Where a list of industries inside a name goes on at its "and", when the comma at ``j`` follows one:
    "of Textile, Clothing and Footwear Workers", "Spinning, Weaving, Dyeing & Finishing Mills", else 0.
    Only the industry's own words (lexicon.THING_WORDS), each capitalised: "Ana Lee, Ivo Marrin and
    Rosa Kettle" is a list of names, not one name."""
    def thing(k: int) -> bool:
        return k < len(ws) and is_cap(ws[k][0]) and (ws[k][0].lower() in lx.THING_WORDS | _SIZE_WORDS or _trade_word(ws[k][0]))
    b = j - 1  # (back over the list so far: "of Small and Medium Textile, Leather and ...")
    while b > i and (thing(b - 1) or ws[b - 1][0] in {"and", "&"}):
        b -= 1
    if not thing(j - 1) or b > i and ws[b - 1][0].lower() not in {"of", "the"}:
        return 0  # (from the chunk's start or after "of": a portfolio's "for Trade, Tourism and Investment NAME"
        #           runs into the name after it)
    k = j + 1
    while thing(k) and k + 1 < len(ws) and ws[k + 1][0] == ",":
        k += 2
    if thing(k) and k + 2 < len(ws) and ws[k + 1][0] in {"and", "&"} and is_cap(ws[k + 2][0]):
        return k + 1
    return 0


def _cap_runs(ws: list[Word]) -> tuple[list[bool], list[int], list[int]]:
    """For :func:`cap_chunks`: whether each word is capitalised, where the run of capitalised words
    from each index ends, and where the run of connectors ending before each index starts.

    A chunk is grown over a capitalised run and cut back over the connectors it ends with; when that
    leaves nothing, the next word is tried. Done word by word, 3,000 capitalised connectors in a row
    ("De De De ...", "Y Y Y ...") were walked 3,000 times each way (over 6 s for 12,000 characters);
    with the ends of the runs known, each step is one look-up."""
    n = len(ws)
    caps = [is_cap(w[0]) for w in ws]
    cap_end = list(range(n + 1))  # cap_end[j]: the first k >= j whose word is not capitalised, or n
    for k in range(n - 1, -1, -1):
        if caps[k]:
            cap_end[k] = cap_end[k + 1]
    strip_start = list(range(n + 1))  # strip_start[j]: the first k <= j with ws[k:j] all connectors
    for k in range(n):
        if ws[k][0].lower() in CHUNK_END_CONNECTORS:
            strip_start[k + 1] = strip_start[k]
    return caps, cap_end, strip_start


CHUNK_END_CONNECTORS = lx.CONNECTORS | {"'s"}  # words a chunk does not end on
NAME_WINDOW = 8  # one more than the words of the longest personal name (kg.extract.people.parts)
STREET_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(lx.STREET_WORDS))})\.?\s*,\s*$", re.I)
_EVENT_HEAD_ALT = "|".join(sorted((re.escape(h) for h in lx.EVENT_HEADS), key=len, reverse=True))
EVENT_APPOSITION = re.compile(rf"\s*,\s*(?:its|the|their|an?|this\s+year's)\s+(?:[\w-]+\s+){{0,3}}?(?:{_EVENT_HEAD_ALT})\b", re.I)
EDITION_OF = re.compile(r"\b(?:edition|editions|instalment)\s+of\s+(?:the\s+)?$", re.I)
_MONTH_ABBR = "|".join(sorted(MONTHS, key=len, reverse=True))
# "TOWN:", "TOWN (AP) -", "Town am Main, 25 March 2025 -", "TOWN, N.C. (Oct. 16, 2025) -", "TOWN, Country, Feb. 6 --",
# a line of its own ("Town, 12 August 2025") and "TOWN – ..."
DATELINE = re.compile(
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+(?:am|an|de|del|la|upon|on|[A-Z][\w'’.-]*)){0,3}?)"
    r"(?:(?P<colon>\s*:)|\s*\([A-Z][A-Za-z.]{1,12}\)\s*(?:[–—]|--?)\s"
    # "Orlan, Saturday: ..." (a press note's town and weekday)
    r"|(?P<weekday>\s*,\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*:)"
    # (a region in parentheses before the date, an agency's tag after it, and a full stop or colon after it:
    # "TOWN (Province of X), 24 October 2025. With ...", "TOWN, Dec 7, 2025 (ONA) - ...")
    r"|(?:\s*\([^()]{2,40}\))?(?:\s*,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*,?\s*\(?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?i:{_MONTH_ABBR})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?(?:\s+(?:19|20)\d\d)?)\)?"
    r"(?:\s*\([A-Z][A-Za-z]{1,10}\)|\s*\((?:[A-Z][\w&.'’-]*\s?){2,5}\))?"  # ("(ONA)", "(Caribe Press Service)")
    r"\s*(?:(?:[–—]|--?)\s|[.:](?:\s|$)|$)"
    # "TOWN – ...": a town in capitals and a dash, with no date
    r"|(?P<caps>(?<=[A-Z]{3})\s+(?:[–—]|--?)\s)"
    # "Casablanca - ...": a town of the gazetteer and a dash (checked in MentionFinder.dateline)
    r"|(?P<dash>\s+(?:[–—]|--?)\s))")
_DAY_WORDS = lx.WEEKDAYS | {"today", "updated", "posted"}
# what a dateline may come after on its line: "Final report | Town, 8 February 2025", "Trade Weekly – Town, ..."
DATELINE_PREFIX = re.compile(r"[A-Z][^|–—\n]{1,50}?\s*[|–—]\s*(?=[A-Z])")
# a byline line that names where the report is filed from: "Staff Correspondent, Orlan", "By A. Writer, Our
# Reporter, Tarvik" (the groups of DATELINE that it lacks are None)
BYLINE_PLACE = re.compile(r"(?:By\s+[^,\n]{2,60},\s*)?(?:(?:Staff|Special|Our|Senior|Chief|Own)\s+)?(?:Correspondent|Reporter|Writer)"
                          r"\s*,\s*(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?P<colon>)?(?P<caps>)?(?P<weekday>)?\s*")
# "Lim, Wei-Ting", "Sato, Kenji": a family name, a comma, a given name (kg.extract.mentions.MentionFinder.inverted_names)
INVERTED_NAME = re.compile(r"(?<![\w,.’'-])(?P<family>[A-Z][a-z]{1,9}),\s(?P<given>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\b(?![-’'.]?\w|\s+[A-Z])")
EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}")  # "Wei-Ting", "Min-jun"
_ORDINAL_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|"
                  r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
                  r"eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)|hundredth")
# what a legislature is named by before "Congress", "Parliament" or "Assembly", besides a country
LEGISLATURE_OF = {"U.S.", "US", "USA", "National", "European", "Federal", "State", "Legislative"}
# what a council called "Assembly" is of: "the Tarvik Municipal Assembly", "the Orlan County Assembly"
LOCAL_ASSEMBLY = {"municipal", "metropolitan", "district", "county", "provincial", "regional", "city", "legislative",
                  "constituent", "parliamentary", "state", "national", "people's"}
# lower-case titles right before a capitalised name: "prof. dr. ", "assoc. prof. ", "dr. ir. ", "ir. "
_LOWER_TITLES = re.compile(r"(?<![\w.])(?:(?:prof|dr|ir|assoc|drs|ing|doc|mgr|hab|inż|dipl\.-ing)\.\s+)+$")
# words of a heading in capitals that is no town: "MEDIA STATEMENT – FOR IMMEDIATE RELEASE", "MEETING REPORT"
_NOT_TOWN_WORDS = {"statement", "release", "report", "advisory", "notice", "update", "news", "announcement", "immediate",
                   "media", "press", "bulletin", "newsletter", "interview", "feature", "opinion", "editorial", "alert"}
DATELINE_NOT_PLACES = {"press release", "press", "release", "news", "update", "photo", "for immediate release", "media release",
                       # when a web page says it was put up: "Posted April 20, 2026", "Updated: ..."
                       "posted", "published", "updated", "released", "posted on", "published on", "date", "filed", "issued",
                       "last updated", "dated",
                       # the labels of minutes, transcripts, scripts and circulars: "MINUTES – REGULAR MEETING ...",
                       # "PRESENT: ...", "ANCHOR: ...", "ITINERARY: ..."
                       "minutes", "present", "also present", "absent", "agenda", "attest", "adjournment", "proclamation",
                       "transcript", "script", "anchor", "reader", "presenter", "circular", "itinerary", "schedule",
                       "summary", "memo", "memorandum", "notes", "attendance", "resolution", "resolutions", "motion",
                       "recap", "headlines", "programme", "program", "subject", "re", "ref", "venue", "time", "where",
                       "when", "who", "what"}


def normalise_words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w'’-]+", text)]


def _street_after(ws: list[Word], k: int) -> bool:
    """Whether capitalised words from ``k`` name a street ("Example Road", "Main Street")."""
    j = k
    while j < len(ws) and j - k < 5 and is_cap(ws[j][0]):
        if ws[j][0].lower().rstrip(".") in lx.STREET_WORDS:
            return True
        j += 1
    return False


def _name_start(ws: list[Word], i: int, j: int) -> int:
    """Where the last name of the chunk ``ws[i:j]`` starts: after its last "and", "&" or "of"."""
    for q in range(j - 1, i - 1, -1):
        if ws[q][0].lower() in {"and", "&", "of"}:
            return q + 1
    return i


def _particles_in_name(ws: list[Word], i: int, j: int) -> int:
    """How many words from ``j`` (lower-case particles, then a name word) continue the personal name
    that the chunk ``ws[i:j]`` ends with, else 0: the whole must look like a name, or follow an honorific."""
    particles = _particle_run(ws, j)
    if not particles:
        return 0
    # a name has at most 7 words (kg.extract.people.parts), so only the last NAME_WINDOW words before
    # ``j`` are searched for its start: a start further back makes no name whatever it is ("Anna van der
    # Berg" 5,000 times in one chunk searched the whole chunk back for every "van"). So the answer
    # depends on i only when i is within NAME_WINDOW words of j (cap_chunks relies on it)
    q = _name_start(ws, max(i, j - NAME_WINDOW), j)
    # titles, roles and acronyms before the name are no part of it, and make its slot: "H.E. Dr. Aya bint
    # Omar", "ACME Chairman Omar bin Ali" (so the name is judged from "Aya" and "Omar" on)
    titled = q > 0 and ws[q - 1][0].lower() in lx.HONORIFICS
    for k in range(j - 2, q - 1, -1):  # (the name keeps at least the word before its particle)
        if ws[k][0].lower() in lx.HONORIFICS or ws[k][0].lower() in lx.ROLE_HEADS or ws[k][0].isupper() and len(ws[k][0]) > 1:
            titled, q = True, k + 1
            break
    name = ws[q:j + particles + 1]
    if looks_like_name(name) or (people.by_shape([w[0] for w in name], slot=True) and titled):
        return particles + 1
    if len(name) > 2 and name[0][0].lower() in lx.HONORIFICS and people.by_shape([w[0] for w in name[1:]], slot=True):
        return particles + 1  # "Mr Van der Merwe", "Ms De la Cruz": a family name alone after the honorific
    return 0


def _particle_run(ws: list[Word], j: int) -> int:
    """How many lower-case name particles start at ``j`` and are followed by a capitalised word
    ("van der Berg": 2), else 0."""
    k = j
    while k < len(ws) and k - j < 3 and ws[k][0] in people.PARTICLES and ws[k][0].islower():
        k += 1
    return k - j if k > j and k < len(ws) and is_cap(ws[k][0]) and people.is_name_word(ws[k][0]) else 0


def _body_head(name: str) -> bool:
    """Whether an event's name ends in a word that names bodies of members too ("X Forum", "Y Round Table")."""
    low = name.lower().split(" of ")[0].split()  # (the head before an "of" tail: "Popular Council of the Province")
    return low[-1] in lx.BODY_EVENT_HEADS or low[-2:] == ["round", "table"] or low[-1] == "roundtable"


def _town_hall(pre: list[str]) -> bool:
    """A city's or town's hall is no venue by its head: it is the town's government too, or a meeting ("the
    Members' Town Hall", see head_class)."""
    if pre[-2:] in (["city", "hall"], ["town", "hall"]):
        return True  # ("Oradea City Hall" supports a fair as the town's government; see head_class for the meeting)
    return False


def head_class(ws: list[Word]) -> tuple[str, str] | None:
    """(kind, class) from the head noun: the last word before the first "of/for/on/and" connector."""
    texts = [w[0] for w in ws]
    cut = len(texts)
    for k, t in enumerate(texts):
        if k > 0 and t.lower() in {"of", "for", "on"}:
            cut = k
            break
    pre = [t.lower().rstrip(",") for t in texts[:cut]]
    if len(pre) > 1 and re.fullmatch(r"(?:19|20)\d\d", pre[-1]):
        pre = pre[:-1]  # "Summit 2025": the head is the word before the edition year
    if len(pre) > 2 and pre[-2] == "local" and re.fullmatch(r"\d{1,5}[a-z]?", pre[-1]):
        pre = pre[:-2]  # "Textile Workers Union Local 482": a union's local, headed by the union
    # "National Exhibition and Convention Center" is one venue, whatever its first words name
    if (cut == len(texts) and len(pre) > 1 and (" ".join(pre[-2:]) in lx.VENUE_HEADS or pre[-1] in lx.VENUE_HEADS)
            and "the" not in pre and not _town_hall(pre)):
        return ("Place", "Venue")
    # "China Textile and Apparel Council" is one name; "X and the Ministry" is two
    for k, t in enumerate(pre):
        if t in {"and", "&"} and (k + 1 < len(pre) and pre[k + 1] == "the" or head_class_words(pre[:k])):
            return None
    if not pre:
        return None
    if len(pre) >= 2 and pre[-1] == "general" and lx.ORG_HEADS.get(pre[-2]) is not None:
        pre = pre[:-1]  # "Directorate General of X", "Secretariat General": the head before "General"
    last, last2 = pre[-1], " ".join(pre[-2:])
    if last2 in lx.PLACE_HEADS and cut == len(texts):
        return ("Place", lx.PLACE_HEADS[last2])
    if last in lx.PLACE_HEADS and last not in {"state", "zone"} and cut == len(texts) and len(pre) > 1:
        return ("Place", lx.PLACE_HEADS[last])
    if last2 == "town hall" and len(pre) > 2 and pre[-3] in {"community", "virtual", "workers", "worker", "public"}:
        return ("Event", "Event")  # "the X Members' Town Hall" is a meeting (American), not the building
    if last == "mission" and len(pre) > 1 and pre[-2] in {"trade", "business", "buying", "sourcing", "investment",
                                                          "buyers", "buyer", "'", "’"}:
        return ("Event", "Event")  # "the Velden Buyers' Mission", "a Trade Mission" (not "the Resident Mission")
    if last in lx.DAY_HEADS:
        # (the words of the name: no ordinal, "the 12th Examplian Textile Day")
        named = [t for t in pre[:-1] if not re.fullmatch(r"\d+(?:st|nd|rd|th)|the", t)]
        if named and named[0] not in lx.OBSERVANCE_WORDS and named[-1] not in lx.WEEKDAYS | MONTHS and cut == len(texts):
            return ("Event", "Event")
        return None
    if (last in lx.BODY_EVENT_HEADS and len(pre) > 2
            and any(lx.ORG_HEADS.get(t) in {"IndustryAssociation", "GovernmentAgency"} for t in pre[1:-1])):
        return ("Organization", "IndustryAssociation")  # "Orlan Apparel Association Forum": a forum of associations
    if last2 in lx.EVENT_HEADS or (last in lx.EVENT_HEADS and last not in {"launch", "tour", "course", "network"}):
        if last == "congress" and "party" in pre:
            return ("Organization", "PoliticalOrganization")
        if last in {"congress", "parliament", "assembly"} and cut == len(texts) and 1 < len(pre) <= 3 and all(
                t in LEGISLATURE_OF or people._place(t) for t in texts[:cut - 1]):
            return ("Organization", "GovernmentAgency")  # "the U.S. Congress", "the Kenyan National Assembly"
        if last == "assembly" and cut == len(texts) and len(pre) > 1 and pre[-2] in LOCAL_ASSEMBLY:
            return ("Organization", "GovernmentAgency")  # "the Tarvik Municipal Assembly", a council (not "General Assembly")
        return ("Event", "Event")
    if last in lx.PROGRAMME_HEADS and (len(pre) > 1 or cut < len(texts)):
        return ("Programme", "Programme")
    cls = lx.ORG_HEADS.get(last)
    if last in lx.ORG_HEADS and cls is not None:
        if "party" in pre and last in {"committee", "commission"}:
            cls = "PoliticalOrganization"
        elif last == "government" or (last == "committee" and "people's" in pre):
            cls = "GovernmentAgency"
        return ("Organization", cls)
    return None


def _trade_word(word: str) -> bool:
    """What a firm does, as its name says it ("Spinning", "Processing", "Exports", "Textiles"): two such words
    joined by "and" before a legal form are one firm's name ("A Spinning and Weaving Mills Ltd")."""
    low = word.lower()
    return len(low) > 4 and (low.endswith("ing") or low in lx.TRADE_WORDS)


def head_class_words(pre: list[str]) -> bool:
    return bool(pre) and (pre[-1] in lx.EVENT_HEADS or pre[-1] in lx.PROGRAMME_HEADS
                          or lx.ORG_HEADS.get(pre[-1]) is not None)


def _short_form_of(short: str, before: list[str]) -> str | None:
    """The organization a short form in parentheses stands for, when its letters are no initials:
    "the Export Promotion Board of Examplia (ProExam)", "the Ministry of Trade and Tourism (Mintratur)".
    Only a single word in mixed case (not initials) right after a name whose head is an organization's."""
    if not re.search(r"[a-zà-ÿ]", short[1:]) or not short[0].isupper():
        return None
    run: list[str] = []
    for w in reversed(before[-14:]):
        if w[:1].isupper() or (run and w.lower() in {"of", "for", "the", "and", "&", "on", "in"}):
            run.insert(0, w)
        else:
            break
    while run and run[0].lower() in {"of", "for", "the", "and", "&", "on", "in"}:
        run = run[1:]
    if len(run) < 2 or any(not re.fullmatch(r"[\w&'’.-]+", w) for w in run):
        return None  # (a comma or a bracket inside: no one name)
    head = head_class([(w, 0, 0) for w in run])
    return " ".join(run) if head is not None and head[0] == "Organization" else None


_NOT_LETTER = re.compile(r"[^A-Za-z]")
_HELD_AT = re.compile(r"\b(?:held|hosted|staged|convened|took\s+place|takes\s+place|organi[sz]ed)\s+at\s+(?:the\s+)?$")
# where a gathering was, after a verb of its course ("opened on Monday at", "closed its doors after three days
# at", "gathered on Tuesday at", "took place from 24 to 26 March at"): a name there with no head is its venue
_GATHERED_AT = re.compile(r"\b(?:held|hosted|staged|convened|took\s+place|takes\s+place|will\s+take\s+place|taking\s+place|"
                          r"opened|opens|closed|closes|gathered|met|meets|convened|began|begins|ended|ends|concluded|"
                          r"kicked\s+off|kicks\s+off|got\s+under\s*way|was\s+launched|were\s+presented)\b"
                          r"[^.;:⟨⟩\"“”()]{0,60}?\bat\s+(?:the\s+)?$")
_SEASONS = {"spring", "summer", "autumn", "fall", "winter", "monsoon"}
# what follows "&" in a family firm's name
_FAMILY_FIRM = {"son", "sons", "brothers", "bros", "daughters", "daughter", "nephews", "co", "company", "cie", "figli", "fils", "hijos", "söhne"}
# what a law or a treaty is called, last in its name
_LAW_WORDS = {"act", "law", "directive", "regulation", "agreement", "treaty", "convention", "code", "bill", "protocol",
              "accord", "charter", "standard", "ordinance", "decree", "rules", "partnership", "pact"}
# what a programme is called after its name, in lower case: "the Export Bridges programme"
_PROGRAMME_WORDS = {"programme", "program", "project", "initiative", "scheme", "campaign", "pilot", "fund", "facility"}
# word endings of English nouns that are no one's name ("Voivodeship", "Promotion", "Development")
_NOUN_ENDING = re.compile(r"(?:ship|tion|sion|ment|ism|ity|ness|ance|ence)$")


def _named_by_acronym(m: Mention, acronym: str, after: str) -> bool:
    """Whether a capitalised name of three or more words with no head is spelled out by the acronym after it,
    and no programme's word follows ("the Orlan Skills Pathway (OSP) scheme" is a programme's)."""
    nxt = re.match(r"\s*(\w+)", after)
    return (m.rule == "capitalised-name" and acronym.isupper() and len(m.text.split()) >= 3
            and initials_match(acronym, m.text.split()) and m.text.split()[-1].lower() not in lx.ROLE_HEADS | _LAW_WORDS
            and not (nxt and nxt.group(1).lower() in _PROGRAMME_WORDS | {"policy", "plan"}))


def _lead_not_name(ws: list[Word]) -> bool:
    """Whether the first of three or more name-shaped words is a place or a noun, and a given name follows."""
    return (len(ws) >= 3 and people.is_given(ws[1][0]) and not people.is_given(ws[0][0])
            and (bool(_NOUN_ENDING.search(ws[0][0].lower())) or people._place(ws[0][0]))
            and looks_like_name(ws[1:]))


def without_bracketed_titles(ws: list[Word]) -> list[Word]:
    """The words without a title in brackets after another title: "Prof. (Dr.) A B", "Lt. Col. (Ret.) C D"
    are read as "Prof. A B", "Lt. Col. C D" (of two titles in a row, the name keeps none)."""
    out: list[Word] = []
    k = 0
    while k < len(ws):
        if (k + 2 < len(ws) and out and out[-1][0].lower() in lx.HONORIFICS and ws[k][0] == "(" and ws[k + 2][0] == ")"
                and ws[k + 1][0].lower().rstrip(".") in _BRACKETED_TITLES):
            k += 3
            continue
        out.append(ws[k])
        k += 1
    return out


_BRACKETED_TITLES = {h.rstrip(".") for h in lx.HONORIFICS} | {"ret", "retd"}


def initials_match(acronym: str, name_words: list[str]) -> bool:
    """Does an acronym spell the initials of a name (function words optional)?"""
    acr = _NOT_LETTER.sub("", acronym).lower()
    ws = [_NOT_LETTER.sub("", w).lower() for w in name_words]
    ws = [w for w in ws if w]

    def go(a: int, k: int) -> bool:
        if a == len(acr):
            return all(w in lx.FUNCTION_WORDS for w in ws[k:])
        if k == len(ws):
            return False
        w = ws[k]
        if w in lx.FUNCTION_WORDS and go(a, k + 1):
            return True
        for take in range(1, min(len(w), len(acr) - a) + 1):  # "VINTEX": VIetNam TEXtile
            if acr[a:a + take] == w[:take] and go(a + take, k + 1):
                return True
        return False

    return go(0, 0)


# a verb of saying or thinking just before "that": the "that" starts a clause, it points at nothing
_COMPLEMENTIZER_BEFORE = re.compile(r"\b(?:said|says|say|added|adds|noted|notes|stressed|stresses|explained|"
                                    r"believes?|believed|argued|argues|warned|warns|agreed|ensure[sd]?|hoped|"
                                    r"announced|stated|observed|insisted|recalled|pointed out|emphasi[sz]ed)\s+$")


@cache
def _event_alternations() -> tuple[str, str, str]:
    """Regex alternations of event anaphors, side events and event heads, longest first (built once:
    escaping them for every sentence cost more than matching)."""
    def alt(words) -> str:
        return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return alt(lx.EVENT_ANAPHORS), alt(lx.SIDE_EVENTS), alt(lx.EVENT_HEADS)


def _session_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A session named by its title ('a panel discussion titled "Who Pays?"', 'the debate "X"', 'a panel
    debate, "X",') and one named by its subject ("a workshop on dye-house safety, moderated by ...", "A panel
    discussion on worker housing featured ..."): the first names it by the title, the second by the head
    and its subject ("workshop on dye-house safety")."""
    heads = "|".join(sorted((re.escape(w) for w in lx.SESSION_HEADS), key=len, reverse=True))
    lead = r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]his|[Oo]ur|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
    # (and an item of a programme after its date and a colon, or its bullet: "– 4 June: round table "X", ...")
    titled = re.compile(rf"(?:{lead}|^|(?<=:)\s+|^\s*[•·▪●*–—-]\s+)(?P<head>{heads})\s*(?:,\s*)?(?:(?:was\s+)?(?:titled|entitled|called|named|on)\s+)?"
                        rf"[,:]?\s*[\"“](?P<title>[^\"“”]{{3,150}}?)[,.]?[\"”]", re.I)
    # the subject runs to a comma, a clause word or a verb ("on tariffs under CUSMA, moderated by")
    subject = re.compile(rf"{lead}(?P<np>(?P<head>{heads})\s+on\s+(?!the\s+(?:first|second|third|last|final|opening|closing)\b)"
                         r"(?!(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December|\d)\b)"
                         r"[\w'’&/-]+(?:\s+[\w'’&/-]+){0,9}?)"
                         r"(?=\s*[,;:.()]|\s+(?:that|which|who|was|were|is|are|will|has|had|featured|featuring|"
                         r"moderated|chaired|led|held|brought|followed|with|at|during|where|organi[sz]ed|hosted|run|ran|"
                         r"drew|gathered|attracted|saw|took|included|heard|looked|examined|explored|discussed|"
                         r"on\s+(?:the\s+)?(?:\w+day|\d))\b"
                         # (and where it was held: "a roundtable on hiring in the council chambers at City Hall")
                         r"|\s+in\s+the\s+(?:[\w-]+\s+)?(?:chambers|hall|room|auditorium|centre|center|hotel|theatre|pavilion|"
                         r"building|campus|library|lab|laboratory|boardroom)\b)")
    # (the title before the head: 'the "Future of Lace" symposium', 'Side event: "Dye Safety" workshop')
    title_first = re.compile(rf"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]his)\s+|^|:\s*)[\"“](?P<title>[^\"“”]{{3,80}}?)[\"”]\s+"
                             rf"(?P<head>{heads}|symposium|seminar|webinar)\b")
    return titled, subject, title_first


_TITLED_SESSION, _SUBJECT_SESSION, _TITLE_FIRST_SESSION = _session_patterns()
_LAUNCHED = re.compile(lx.LAUNCHED_BEFORE, re.I)
_PROGRAMME_AFTER = re.compile(r"\s+(?:programme|program|initiative|scheme|campaign)\b")


# a line of a programme: a time (or a span of times), then what happens then ("11:15 Panel 2: Short runs",
# "19:30 Gala dinner, hosted by X", "14:00–17:00 Mill visits"); not a break in it
PROGRAMME_SLOT = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:[–—-]|to)\s*\d{1,2}[:.]\d{2})?(?:\s*(?:a\.m\.|p\.m\.|am|pm|hrs|h)\b)?"
                            r"\s+(?P<title>[A-Z][^\n]{2,150})$")
_BREAKS = {"registration", "coffee", "lunch", "tea", "break", "arrival", "departure", "prayer", "prayers", "end"}


# what an event's head word qualifies when it is no reference to the event: "in the conference rooms", "the
# fair grounds", "the forum's website" (not "the conference dinner", a side event of its own)
_EVENT_AS_MODIFIER = (r"(?:hall|halls|room|rooms|centre|center|venue|grounds|site|website|secretariat|organi[sz]ers|"
                      r"organi[sz]ing|programme|program|agenda|brochure|catalogue|catalog|app|floor|badge|fees?|schedule)\b")


def _ends_in_side_event(phrase: str) -> bool:
    """Whether a phrase ends in a side event's name ("opening press conference"), which its own pattern finds."""
    low = phrase.lower()
    return any(low == s.lower() or low.endswith(" " + s.lower()) for s in lx.SIDE_EVENTS)


def programme_slot(sent: Sentence) -> list[Mention]:
    """The item of a programme line, a side event named by its title up to a colon or a comma: "Panel 2"
    of "11:15 Panel 2: Short runs", "Gala dinner" of "19:30 Gala dinner, hosted by X"."""
    m = PROGRAMME_SLOT.match(sent.text)
    if m is None:
        return []
    title = re.split(r"\s*[:,(]\s*|\s+[–—]\s+", m.group("title"), maxsplit=1)[0].strip(" .\"“”")
    words = normalise_words(title)
    if not words or words[0] in _BREAKS or len(words) > 8:
        return []
    a = sent.start + m.start("title")
    head = next((w for w in words if w in lx.SESSION_HEADS), "")
    return [Mention(a, a + len(title), title, "Event", "Event", "side-event", sent.index, head=head)]


def session_mentions(sent: Sentence) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Sessions inside the main event, named by title or by subject (see :func:`_session_patterns`):
    side events that keep their head word (``head``), so that "the panel" later refers to them; and
    the article spans of the phrases that named them."""
    out, spans, t, base = [], [], sent.text, sent.start
    for m in _TITLED_SESSION.finditer(t):
        title = m.group("title").strip()
        if len(title.split()) > 16 or not title[:1].isupper():
            continue
        a = base + m.start("title")
        out.append(Mention(a, a + len(title), title, "Event", "Event", "side-event", sent.index,
                           head=m.group("head").lower()))
        spans.append((base + m.start(), base + m.end()))
    for m in _TITLE_FIRST_SESSION.finditer(t):
        title = m.group("title").strip()
        if len(title.split()) > 12 or not title[:1].isupper() or any(a <= base + m.start("title") < b for a, b in spans):
            continue
        a = base + m.start("title")
        out.append(Mention(a, a + len(title), title, "Event", "Event", "side-event", sent.index,
                           head=m.group("head").lower()))
        spans.append((base + m.start(), base + m.end()))
    for m in _SUBJECT_SESSION.finditer(t):
        out.append(Mention(base + m.start("np"), base + m.end("np"), m.group("np"), "Event", "Event", "side-event",
                           sent.index, head=m.group("head").lower()))
        spans.append((base + m.start(), base + m.end()))
    return out, spans


class MentionFinder:
    """Finds the mentions of one article, sentence by sentence."""

    def __init__(self, text: str, title: str | None = None):
        self.text = text
        self.title = title
        self.gaz = gazetteer()
        self.acronyms: dict[str, str] = {}  # acronym -> full name, defined in this article
        self.sentences: list[Sentence] = []
        self.bound: dict[str, Mention] = {}  # acronym -> the mention it was written after
        self.surnames: set[str] = set()  # family names of the people named so far ("Okoro" for "Ada Okoro")

    # -- helpers --
    def mk(self, ws: list[Word], kind: str, cls: str, rule: str, sent: int) -> Mention:
        if kind == "Person" and rule != "honorific-name" and _lead_not_name(ws):
            ws = ws[1:]  # "the Orlan Voivodeship Tomasz Vessan", "Punjab Seth Akbar": the place or noun ends what came before
        start, end = ws[0][1], ws[-1][2]
        return Mention(start, end, self.text[start:end], kind, cls, rule, sent)

    def known_org(self, text: str) -> bool:
        entry = self.gaz.lookup(text)
        return (entry is not None and entry.kind == "organization") or text in self.acronyms

    def classify(self, ws: list[Word], sent: int, rule_ctx: str = "") -> Mention | None:
        """Classify a name (no role words, no personal name) into a mention, with its parent/qualifier."""
        if ws and ws[0][0].lower() == "the":
            ws = ws[1:]
        if not ws:
            return None
        text = self.text[ws[0][1]:ws[-1][2]]
        entry = self.gaz.lookup(text)
        if entry is not None:
            kind = "Organization" if entry.kind == "organization" else "Place"
            m = self.mk(ws, kind, entry.type, "gazetteer", sent)
            m.gaz = entry.id
            return m
        if self._town(ws, text):
            return self.mk(ws, "Place", "City", "city-lexicon", sent)
        # "the Province's Department of ...": a place-type possessive qualifies the name
        for k, w in enumerate(ws):
            if w[0] in {"'s", "’s"} and 0 < k < len(ws) - 1:
                left = [x[0].lower() for x in ws[:k]]
                if " ".join(left[-2:]) in lx.PLACE_HEADS or left[-1] in lx.PLACE_HEADS or (
                        (e := self.gaz.lookup(self.text[ws[0][1]:ws[k - 1][2]])) and e.kind == "place"):
                    inner = self.classify(ws[k + 1:], sent)
                    if inner is not None and inner.kind == "Organization":
                        m = self.mk(ws, inner.kind, inner.cls, "possessive-qualifier", sent)
                        m.core = inner.core or inner.text
                        m.parent, m.qualifier = inner.parent, inner.qualifier
                        return m
                # "ABC's Investment Division": a unit of the organization named before "'s" (known, or named
                # as one: "the Orlan Department of Energy's Fibre Office", "the Ministry of Trade's Export Bureau")
                owner = self.text[ws[0][1]:ws[k - 1][2]]
                owner_class = head_class(ws[:k]) if k >= 2 else None
                ofs = [j for j in range(k) if ws[j][0] == "of"]
                if ofs and (self.known_org(self.text[ws[ofs[-1] + 1][1]:ws[k - 1][2]])
                            or ofs[-1] == k - 2 and is_acronym(ws[k - 1][0])):
                    owner_class = None  # "the Textile Division of METI's Industries Bureau": a unit of a unit
                if ((self.known_org(owner) or owner_class is not None and owner_class[0] == "Organization")
                        and (ws[-1][0].lower() in lx.UNIT_HEADS | {"agency", "fund"}
                             or owner_class is not None and (hc := head_class(ws[k + 1:])) is not None and hc[0] == "Organization")):
                    inner = self.classify(ws[k + 1:], sent)
                    if inner is not None and inner.kind == "Organization":
                        m = self.mk(ws, "Organization", "OrganizationalUnit", "possessive-unit", sent)
                        m.parent = self.classify(ws[:k], sent)
                        bound = self.bound.get(owner)  # an acronym the article spelled out before
                        if (m.parent is None or m.parent.kind == "Unknown") and bound is not None:
                            m.parent = self.mk(ws[:k], bound.kind, bound.cls, "acronym", sent)
                        return m
                break
        hc = head_class(ws)
        if hc is not None and hc[0] == "Organization" and len(ws) == 1:
            return None  # "Office bearers", "Committee members": a head noun alone names nothing
        if (hc is None and len(ws) >= 2 and ws[0][0].lower() in lx.HEAD_FIRST_ORGS and ws[0][0][:1].isupper()
                and ws[1][0][:1].isupper()):
            # "of the Sindicat Unitari de X": an organization named head first, inside a longer name
            return self.mk(ws, "Organization", lx.HEAD_FIRST_ORGS[ws[0][0].lower()], "head-first-organization", sent)
        if hc is None and len(ws) >= 3:
            # "Orlan Finance Bank Uganda", "Acme Textiles Ltd Kenya": an organization's name, then the
            # country of this branch of it, as the firm writes its name
            for k in (1, 2):
                e = self.gaz.lookup(self.text[ws[-k][1]:ws[-1][2]]) if len(ws) > k + 1 else None
                inner = head_class(ws[:-k]) if e is not None and e.kind == "place" else None
                if inner is not None and inner[0] == "Organization":
                    return self.mk(ws, "Organization", inner[1], "organization-with-country", sent)
        if hc is None:
            # "ABC Finance Department": a known organization then a unit name
            for k in range(1, len(ws)):
                prefix = self.text[ws[0][1]:ws[k - 1][2]]
                if self.known_org(prefix):
                    rest = head_class(ws[k:])
                    if rest and rest[0] == "Organization":
                        m = self.mk(ws, "Organization", "OrganizationalUnit", "org-unit-prefix", sent)
                        m.parent = self.classify(ws[:k], sent)
                        if m.parent:
                            m.parent.nested = True
                        return m
            return None
        kind, cls = hc
        m = self.mk(ws, kind, cls, f"head-{kind.lower()}", sent)
        if kind == "Organization" and ws[-1][0].lower() in lx.UNIT_HEADS | {"department", "commission"}:
            for k in range(len(ws) - 1, 0, -1):
                if self.known_org(self.text[ws[0][1]:ws[k - 1][2]]):
                    m.cls, m.rule = "OrganizationalUnit", "org-unit-prefix"
                    m.parent = self.classify(ws[:k], sent)
                    if m.parent:
                        m.parent.nested = True
                    return m
        # an "of (the) X" tail naming an organization (parent) or a place (qualifier)
        for k in range(1, len(ws) - 1):
            if ws[k][0].lower() == "of":
                tail = ws[k + 1:]
                upto = next((tail[:n] for n, w in enumerate(tail) if w[0].lower() == "of"), tail)
                if len(upto) < len(tail) and all(w[0].lower() in lx.THING_WORDS | _SIZE_WORDS | {"and", "&", ","}
                                                 for w in upto[:-1]):
                    continue  # "Directorate General of Small and Medium Industries of the Ministry": the next "of"
                sub = self.classify(tail, sent)
                if ((sub is None or sub.kind == "Unknown") and len(tail) == 1
                        and (bound := self.bound.get(tail[0][0])) is not None and bound.kind == "Organization"):
                    # "the District Board for North Orlan of OTU": an acronym the article spelled out before
                    sub = self.mk(tail, bound.kind, bound.cls, "acronym", sent)
                if sub is not None and sub.kind == "Organization" and len(tail) > 1 and all(
                        w[0].lower() in lx.THING_WORDS | {"and", "&"} for w in tail[:-1]):
                    break  # "Federation of Spinning and Weaving Mills": what its members are, no organization of its own
                if sub is not None and sub.kind in {"Organization", "Place"}:
                    sub.nested = True
                    if sub.kind == "Organization":
                        if kind == "Organization":
                            m.parent = sub
                            if ((hc := head_class(ws[:k])) is not None and hc[0] == "Organization"
                                    and len([w for w in ws[:k] if w[0].lower() not in lx.CONNECTORS]) >= 3):
                                # (not "Sales Office": a name many organizations' units have)
                                # "the Textile Federation of the Orlan Union": the federation goes by its own name too
                                m.core = m.core or self.text[ws[0][1]:ws[k - 1][2]]
                            m.cls = "OrganizationalUnit" if cls not in {"GovernmentAgency", "PoliticalOrganization"} or ws[0][0].lower() in lx.UNIT_HEADS else cls
                            if ws[k - 1][0].lower() in lx.UNIT_HEADS or ws[0][0].lower() in lx.UNIT_HEADS:
                                m.cls = "OrganizationalUnit"
                        else:
                            m.parent = sub  # an event or programme "of" an organization
                    else:
                        m.qualifier = sub
                        m.core = self.text[ws[0][1]:ws[k - 1][2]]
                    break
        # "PLACE Textile Bureau": a known place in front qualifies the name
        if kind == "Organization" and not m.qualifier:
            for k in range(len(ws) - 1, 0, -1):
                e = self.gaz.lookup(self.text[ws[0][1]:ws[k - 1][2]])
                if e is not None and e.kind == "place":
                    q = self.mk(ws[:k], "Place", e.type, "gazetteer", sent)
                    q.gaz, q.nested = e.id, True
                    m.qualifier = q
                    m.core = self.text[ws[k][1]:ws[-1][2]]
                    break
        return m

    # -- chunk analysis --
    def split_chunk(self, ws: list[Word], sent: int) -> list[Mention]:
        """Cut a capitalised chunk into mentions: honorific + name, role words, personal names,
        coordinated names ("A and the B"), and classify what is left."""
        ws = without_bracketed_titles(ws)
        if len(ws) == 1 and _DEGREE.fullmatch(ws[0][0]):
            return []  # "NAME, S.Sn., M.Ds., a lecturer": degrees after a name
        lead = 1 if ws and ws[0][0] == "the" else 0
        if (len(ws) > lead + 2 and ws[lead][0] in {"Board", "Presidium", "Praesidium"} and ws[lead + 1][0] == "of"
                and _ROLE_OF_BEFORE.search(self.text, max(0, ws[0][1] - 40), ws[0][1])):
            # "Deputy Chair of the Board of X", "a member of the Board of the Y": the board is the post's, the organization X
            return self.split_chunk(ws[lead + 2:], sent)
        if (len(ws) > 3 and re.fullmatch(r"[A-Z]{2}", ws[0][0]) and ws[1][0] in {"for", "at", "to"}
                and self.text[max(0, ws[0][1] - 2):ws[0][1]] == ", "):
            # "in Orlan City, MA for the X Expo": a state's postal code after its town begins no name
            return self.split_chunk(ws[2:], sent)

        while ws and ws[0][0].lower() in lx.CONNECTORS:
            ws = ws[1:]
        while ws and ws[-1][0].lower() in lx.CONNECTORS:
            ws = ws[:-1]
        while ws and ws[0][0].lower().endswith("-based"):
            ws = ws[1:]  # "City-based X Expo Group": where it is based is not part of the name
        if len(ws) > 2 and ws[0][0].lower() in lx.NOUNS_BEFORE_OF and ws[1][0] == "of":
            ws = ws[2:]  # "The Theme of the X Conference was ...", "The Venue of the Y": what follows "of" is the name
        if len(ws) > 2 and ws[0][0].lower() in MONTHS and ws[1][0] == "the":
            ws = ws[2:]  # "in December the Secretariat of X will ...": the month is no part of the name
        while len(ws) > 1 and ws[-1][0].lower() in MONTHS and ws[-2][0].lower() not in lx.CONNECTORS:
            ws = ws[:-1]  # "held its 12th Annual Meeting May 4-6": the month starts the date
        if len(ws) > 3 and ws[-1][0] == ")" and ws[-3][0] == "(" and ws[-4][0].lower() not in lx.ROLE_HEADS:
            ws = ws[:-3]  # "X Association (Country)", left when a name after it was cut off: the name without its gloss
            # (but an office's portfolio is part of its name: "Office of the Textile Commissioner (North)")
        if len(ws) > 2 and ws[0][0].lower() in {"former", "outgoing", "incoming", "acting", "ex"} and not is_role_word(ws[1][0]):
            ws = ws[1:]  # "Former OCCI President NAME": the organization is "OCCI" (the role keeps no "former")
        if not ws:
            return []
        for k in range(1, len(ws) - 1):
            if ws[k][0] in {"&", "and"} and ws[k + 1][0].lower().rstrip(".") in _FAMILY_FIRM and not any(
                    w[0].lower() in {"of", "for", ","} for w in ws[:k]):
                # "William Tarvik & Son LLC", "Marrin & Sons Ltd", "Vessan & Bros.": a family firm's one name
                # (with its legal form; what follows is a name of its own: "... & Sons Ltd and Tarvik & Co.")
                e = k + 2
                forms = lx.LEGAL_FORMS | {"pte", "pte.", "sdn", "co", "co.", "inc", "s.a", "sa"}
                while e < len(ws) and (ws[e][0].lower() in forms or ws[e][0] == ","
                                       and e + 1 < len(ws) and ws[e + 1][0].lower() in forms):
                    e += 1
                rest = ws[e + 1:] if e < len(ws) and ws[e][0].lower() in {"and", "&"} else ws[e:]
                return [self.mk(ws[:e], "Organization", "Company", "family-firm", sent)] + self.split_chunk(rest, sent)
        for k in range(1, len(ws) - 1):
            if (ws[k][0] in {"'s", "’s"} and is_acronym(ws[k - 1][0]) and k == 1
                    and (hc := head_class(ws[2:])) is not None and hc[0] == "Programme"):
                # "OSB's Export Credit Scheme": whose, then what (the acronym is the organization's; but
                # "OZA's Investment Division" stays one name, a unit of it)
                return self.split_chunk(ws[:1], sent) + self.split_chunk(ws[2:], sent)
        for k in range(2, len(ws) - 1):
            if ws[k][0] in {"on", "in"} and (hc := head_class(ws[:k])) is not None and hc[0] == "Place":
                # "the Tarvik Pavilion on the east shore": a venue says where it is after "on", not a name
                # with a topic ("Conference on Textile Recycling")
                return self.split_chunk(ws[:k], sent) + self.split_chunk(ws[k + 1:], sent)
        for k in range(1, len(ws) - 1):
            if (ws[k][0].lower() in lx.HEADLINE_VERBS and ws[k][0][:1].isupper()
                    and (ws[k + 1][0][:1].isupper() or re.fullmatch(r"(?:19|20)\d\d", ws[k + 1][0]))):
                # a headline in title case: "Kowal Opens Orlan Denim Forum", "Council Elects New Board", "X Hosts
                # 2031 Y Summit"
                return self.split_chunk(ws[:k], sent) + self.split_chunk(ws[k + 1:], sent)
        if self.gaz.lookup(self.text[ws[0][1]:ws[-1][2]]) is not None or (
                len(ws) > 1 and self.text[ws[0][1]:ws[-1][2]].lower() in cities()):
            return [m for m in [self.classify(ws, sent)] if m is not None]  # (and a town: "Santa Cruz de la Sierra")
        if _LOWER_TITLES.search(self.text, max(0, ws[0][1] - 40), ws[0][1]) and ws[0][0].lower() not in lx.HONORIFICS:
            # "NUT Rector prof. dr. Aldona Kairytė", "dr. ir. Anna van Loon": titles in lower case (as Dutch,
            # Baltic and Polish English writes them) stand outside the capitalised chunk of the name
            end = 0
            while end < len(ws) and end < 6 and plausible_name(ws[:end + 1]):
                end += 1
            if end:
                return [self.mk(ws[:end], "Person", "Person", "honorific-name", sent)] + self.split_chunk(ws[end:], sent)
        while len(ws) > 2 and ws[0][0].lower() in lx.HONORIFICS and ws[1][0].lower() in lx.HONORIFICS:
            ws = ws[1:]  # "Prof. Dr. NAME": the last title is the one before the name
        low0 = ws[0][0].lower()
        if (low0 in lx.TITLE_BEFORE_NAME and len(ws) >= 2 and not is_role_word(ws[1][0])
                and (len(ws) >= 3 and looks_like_name(ws[1:]) or low0 in {"justice", "judge"} and plausible_name(ws[1:], caps=True))):
            low0 = "mr"  # "Chief Tunde Ajibola": read as any title of address
        if low0 in lx.HONORIFICS and len(ws) >= 2:
            end = 1
            while end < len(ws) and end <= 8:  # (six words at most, see plausible_name, and two quotes)
                unquoted = [w for w in ws[1:end + 1] if w[0] not in QUOTES]
                if ws[end][0] not in QUOTES and plausible_name(unquoted, caps=True) and (len(unquoted) == end or people.parts(
                        [w[0] for w in ws[1:end + 1]]) is not None):
                    end += 1
                elif (ws[end][0].isupper() and end + 1 < len(ws) and len(unquoted) == end
                      and plausible_name(ws[1:end + 2], caps=True)):
                    end += 2  # "Mr. KETTLA Jun": the family name in capitals first, the given name after it
                elif (end + 3 < len(ws) and ws[end][0] in QUOTES and ws[end + 2][0] in QUOTES
                      and plausible_name([w for w in ws[1:end + 4] if w[0] not in QUOTES])
                      and people.parts([w[0] for w in ws[1:end + 4]]) is not None):
                    end += 4  # a quoted nickname inside the name: 'Mr Jacob "Jake" Tarvik'
                else:
                    break
            if end > 1:
                m = self.mk(ws[1:end], "Person", "Person", "honorific-name", sent)
                return [m] + self.split_chunk(ws[end:], sent)
            return self.split_chunk(ws[1:], sent)
        # an honorific inside the chunk starts a name: "... Minister of Trade Prof. Dr. NAME"
        for k in range(1, len(ws) - 1):
            if (ws[k][0].lower() in lx.HONORIFICS and ws[k][0][:1].isupper() and len(ws[k][0]) > 1
                    and plausible_name(ws[k + 1:k + 2])  # (not "John U Smith": "U" is an initial there)
                    and not is_role_word(ws[k - 1][0])):  # ("X Forum Chairman Haji NAME": the role's cut, below)
                return self.split_chunk(ws[:k], sent) + self.split_chunk(ws[k:], sent)
        # a district's or town's name between a post and its holder, as South Asian English writes it ("Deputy
        # Commissioner Orlanpur Zahid Iqbal Tarvik"): the town, then the person
        if (len(ws) >= 3 and ws[0][0].lower() in cities() and _ROLE_END.search(self.text, max(0, ws[0][1] - 40), ws[0][1])
                and people.is_given(ws[1][0]) and looks_like_name(ws[1:])):
            return self.split_chunk(ws[:1], sent) + self.split_chunk(ws[1:], sent)
        # an organization's head word, then a personal name: "Businessmen Group Javed Iqbal" (South Asian English
        # writes "Chairman ORG NAME"); the name begins with a given name of the lexicon
        for k in range(1, len(ws) - 1):
            if (lx.ORG_HEADS.get(ws[k - 1][0].lower()) is not None and 2 <= len(ws) - k <= 4
                    and people.is_given(ws[k][0]) and looks_like_name(ws[k:])
                    and (hc := head_class(ws[:k])) is not None and hc[0] == "Organization"):
                return self.split_chunk(ws[:k], sent) + self.split_chunk(ws[k:], sent)
        # a role phrase inside the chunk separates what is before and after it
        for k in range(len(ws)):
            n = role_run(ws, k)
            if (n > 1 and k > 0 and role_run(ws, k + 1) and lx.ORG_HEADS.get(ws[k][0].lower()) is not None
                    and head_class(ws[:k + 1]) is not None):
                continue  # "ABC Knitting Group CEO": "Group" ends the organization's name, not a role modifier
            if (n and len(ws) - (k + n) <= 2 and not self._name_after(ws, k + n)
                    and (hc := head_class(ws[k + n:])) is not None and hc[0] == "Event"):
                break  # "CEO Roundtable", "Presidents' Forum", "X Executive Conference": a gathering named for whom it gathers
            if n and (k == 0 or ws[k - 1][0].lower() == "and" or self._name_after(ws, k + n)
                      # "Central Chairman APTMA" (the name after it cut off): the role, then whose it is
                      or k + n == len(ws) - 1 and len(ws[-1][0]) >= 2 and is_acronym(ws[-1][0]) and not ws[k][0].isupper()
                      or k + n == len(ws) and re.match(r"\s*[–—]\s*[A-Z]", self.text[ws[-1][2]:ws[-1][2] + 4])
                      or (k > 0 and self.known_org(self.text[ws[0][1]:ws[k - 1][2]]))
                      # "Eastern Region Organiser of the X Union": a role of an organization named after it
                      or k > 0 and self._role_of_org(ws[k + n:])):
                left = ws[:k - 1] if k > 0 and ws[k - 1][0].lower() == "and" else ws[:k]
                rest = ws[k + n:]
                if len(rest) > 3 and rest[0][0] == "(" and rest[2][0] == ")":
                    rest = rest[3:]  # "General Manager (Commercial) of X": the portfolio is the role's
                if rest and rest[0][0].lower() == "of":
                    rest = rest[1:]
                before = self.split_chunk(left, sent)
                if (1 <= len(left) <= 3 and left == ws[:k] and (self.known_org(left[0][0]) or is_acronym(left[0][0]))
                        and not any(lx.ORG_HEADS.get(w[0].lower()) for w in left[1:])):
                    # "AMIC Market Analyst NAME": an organization's acronym, then what the role is of
                    before = [m for m in self.split_chunk(left[:1], sent) if m.kind != "Unknown"] or [
                        self.mk(left[:1], "Organization", "Organization", "org-before-role", sent)]
                elif (len(left) >= 2 and left == ws[:k] and self._name_after(ws, k + n)
                        and all(m.kind == "Unknown" for m in before) and not looks_like_name(left)):
                    # "City Acme Apparel CEO NAME": what holds the post is an organization
                    before = [self.mk(left, "Organization", "Organization", "org-before-role", sent)]
                elif (len(before) == 1 and before[0].kind == "Event" and left == ws[:k] and self._name_after(ws, k + n)
                        and left[-1][0].lower() in {"forum", "congress", "assembly"}):
                    # "Orlan Cotton Brokers Forum Chairman NAME": a forum with a chairman is a body
                    before = [self.mk(left, "Organization", "Organization", "org-before-role", sent)]
                if (rest and len(rest[0][0]) >= 2 and is_acronym(rest[0][0]) and rest[0][0].lower() not in lx.HONORIFICS
                        and not ws[k][0].isupper()  # (not "HILTON HEAD ISLAND", a dateline in capitals)
                        and (len(rest) == 1 and k + n == len(ws) - 1 or looks_like_name(rest[1:]))):
                    # "Chairman OTMA NAME", as South Asian English writes a post: whose the role is, then who
                    # holds it (an organization, known or not)
                    return before + ([m for m in self.split_chunk(rest[:1], sent) if m.kind != "Unknown"] or [
                        self.mk(rest[:1], "Organization", "Organization", "org-after-role", sent)]) + self.split_chunk(rest[1:], sent)
                return before + self.split_chunk(rest, sent)
        if (len(ws) >= 3 and ROLE_OF_BEFORE.search(self.text[max(0, ws[0][1] - 60):ws[0][1]])
                and not people.is_given(ws[0][0]) and looks_like_name(ws[1:])):
            # "Mayor of Townville Ana Kowal": after "ROLE of", what the role is of, then the name (a minister's
            # portfolio, "Minister of Fisheries NAME", is no organization)
            portfolio = re.search(r"\b(?:minister|secretary|commissioner)\s+(?:of|for)\s+$",
                                  self.text[max(0, ws[0][1] - 30):ws[0][1]], re.I)
            return ([] if portfolio else self.split_chunk(ws[:1], sent)) + [
                self.mk(ws[1:], "Person", "Person", "name-after-role-of-org", sent)]
        for k in range(1, len(ws) - 2):
            if ws[k][0].lower() in {"and", "&"} and ws[k + 1][0] == "the":
                # "the support of Acme Trade and Investment and the Tarvik Institute for X": "and the" starts
                # a second name whatever the first looks like
                return self.split_chunk(ws[:k], sent) + self.split_chunk(ws[k + 1:], sent)
        if (len(ws) >= 3 and ws[0][0].lower() in lx.HEAD_FIRST_ORGS and ws[0][0][:1].isupper()
                and ws[1][0][:1].isupper() and not any(w[0].lower() in {"and", "&"} for w in ws)):
            # "Cámara Orlana de Tejidos y Afines": an organization named head first, whatever
            # personal name its other words could make
            return [self.mk(ws, "Organization", lx.HEAD_FIRST_ORGS[ws[0][0].lower()], "head-first-organization", sent)]
        if looks_like_name(ws) and not self.gaz.lookup(self.text[ws[0][1]:ws[-1][2]]):
            return [self.mk(ws, "Person", "Person", name_rule(ws), sent)]
        # a personal name in front of "of ORG" ("Wang Ming of ABC", after a role) or of "and"
        # ("... president Wang Ming and ABC Institute director Li Hua")
        whole = head_class(ws)
        for size in (5, 4, 3, 2):
            if whole is not None and whole[0] in {"Event", "Programme"} and name_rule(ws[:size]) == "name-shape":
                break  # "West Africa Cotton and Apparel Summit" is one event's name, whatever its first words look like
            if len(ws) > size + 1 and ws[size][0].lower() in {"of", "and", "&"} and looks_like_name(ws[:size]):
                return [self.mk(ws[:size], "Person", "Person", name_rule(ws[:size]), sent)] + self.split_chunk(ws[size + 1:], sent)
        # "president of the X Association (Country) NAME": after "ROLE of", an organization then a name
        if ROLE_OF_BEFORE.search(self.text[max(0, ws[0][1] - 60):ws[0][1]]):
            fits = [size for size in (3, 2) if len(ws) > size and looks_like_name(ws[-size:])] or (3, 2)
            for size in fits:
                left = ws[:-size]
                if (len(ws) > size and plausible_name(ws[-size:]) and people.parts([w[0] for w in ws[-size:]])
                        and not looks_like_name(left)
                        and ((hc := head_class([w for w in left if w[0] not in "()"])) and hc[0] == "Organization"
                             or self.known_org(self.text[left[0][1]:left[-1][2]])  # ("presidents of ABCA NAME")
                             and not any(people._place(w[0]) for w in ws[-size:])  # (not "of ABC Country Mission")
                             )
                        and left[-1][0] not in {"and", "&", "of"}):
                    return self.split_chunk(left, sent) + [self.mk(ws[-size:], "Person", "Person", "name-after-role-of-org", sent)]
        # a personal name at the end ("... of International Trade Wang Ming")
        for size in (5, 4, 3, 2):
            if len(ws) > size and looks_like_name(ws[-size:]):
                return self.split_chunk(ws[:-size], sent) + [
                    self.mk(ws[-size:], "Person", "Person", name_rule(ws[-size:]), sent)]
        # coordination: "A and (the) B" where both sides are names of things
        for k in range(1, len(ws) - 1):
            if ws[k][0].lower() in {"and", "&"}:
                right = ws[k + 1:]
                left_m = self.classify(ws[:k], sent)
                right_m = self.classify(right, sent)
                if (left_m is not None and left_m.kind == "Organization" and right_m is None and len(right) >= 2
                        and head_class(ws) is None and plausible_name(right)):
                    # "the Example Association and Acme Weaves": a named organization, then a name
                    # without a head, which its slot may make an agent (see contextual)
                    return self.split_chunk(ws[:k], sent) + self.split_chunk(right, sent)
                if (left_m is not None and left_m.kind == "Place" and right_m is not None
                        and right[-1][0].lower() in lx.LEGAL_FORMS):
                    # "... of the United States and Acme Apparel Ltd": a firm with its legal form takes no
                    # place coordinated before it (but "Kenya and Uganda Textile Association" stays whole,
                    # and so does "Tarvik Spinning and Dye Works Limited": two names or one, only a place tells)
                    return self.split_chunk(ws[:k], sent) + self.split_chunk(right, sent)
                if left_m and right_m and left_m.kind == right_m.kind:
                    whole = self.classify(ws, sent)
                    # keep "Ministry of Science and Technology" whole: split only when the
                    # right side has a head of its own or starts a new name with "the"
                    # (nor "Chamber of Spinning and Weaving Mills": after "of", a head with only words of
                    # the trade before it goes on the complement)
                    complement = (any(w[0].lower() == "of" for w in ws[:k]) and len(right) >= 2
                                  and all(w[0].lower() in lx.THING_WORDS for w in right[:-1]))
                    if whole is None or right[0][0].lower() == "the" or head_class(right) is not None and head_class(ws[:k]) is not None and (whole.parent is None or whole.parent.start < ws[k][1]) and not complement:
                        return self.split_chunk(ws[:k], sent) + self.split_chunk(right, sent)
        m = self.classify(ws, sent)
        if m is not None:
            return [m]
        if (len(ws) >= 2 and ws[0][0].lower() in lx.HEAD_FIRST_EVENTS and ws[0][0][:1].isupper()
                and all(is_cap(w[0]) or re.fullmatch(r"(?:19|20)\d\d", w[0]) or w[0].lower() in lx.CONNECTORS
                        for w in ws[1:])):
            # "Expo Tarvik Valle 2027", "Feria Orlan de la Moda": a fair named head first
            return [self.mk(ws, "Event", "Event", "head-first-event", sent)]
        if len(ws) >= 2 and ws[0][0][:1].isupper() and lx.head_first_venue([w[0].lower() for w in ws]):
            # "Centro de Convenciones de Orlan", "Palacio de Congresos X", "Palazzo delle Tarvik": a venue
            return [self.mk(ws, "Place", "Venue", "head-first-venue", sent)]
        if (len(ws) >= 2 and ws[0][0].lower() in lx.HEAD_FIRST_ORGS and ws[0][0][:1].isupper()
                and any(w[0][:1].isupper() for w in ws[1:])):
            # "Tecelagem Orlan do Vale", "Centro Tecnológico de Kelvara": an organization named head first
            return [self.mk(ws, "Organization", lx.HEAD_FIRST_ORGS[ws[0][0].lower()], "head-first-organization", sent)]
        if len(ws) >= 2 and re.fullmatch(r"(?:19|20)\d\d", ws[-1][0]) and plausible_name(ws[:-1]):
            # (nor "Spring 2026", "Fall 2025 Issue": a season and a year date a newsletter, they name no event)
            if (ws[-2][0].lower() not in lx.PLAN_WORDS and not any(w[0].lower() in MONTHS for w in ws[:-1])
                    and not (len(ws) == 2 and ws[0][0].lower() in _SEASONS)):
                # "Loomex Valley 2025": a name with no head and an edition year names an event (a trade
                # fair is known by its brand); not "Vision 2030", a plan
                return [self.mk(ws, "Event", "Event", "name-with-year", sent)]
            return [self.mk(ws, "Unknown", "Unknown", "capitalised-name", sent)]
        if plausible_name(ws) and len(ws) >= 2:
            # remembered as a candidate; kept only if its context makes it a person or an agent
            cand = self.mk(ws, "Unknown", "Unknown", "capitalised-name", sent)
            return [cand]
        if len(ws) == 1 and plausible_name(ws) and not is_acronym(ws[0][0]):
            # one word (a town): kept only as the place after "held in", or an agent after "hosted by"
            return [self.mk(ws, "Unknown", "Unknown", "capitalised-word", sent)]
        if is_acronym(ws[0][0]) and all(re.fullmatch(r"\d{4}", w[0]) for w in ws[1:]):
            return [self.mk(ws, "Unknown", "Unknown", "acronym-candidate", sent)]
        last = ws[-1][0].lower()
        if (is_acronym(ws[0][0]) and 2 <= len(ws) <= 4
                and not {last, last[:-1]} & (lx.PRIZE_HEADS | lx.PROGRAMME_HEADS | lx.EVENT_HEADS)  # ("ACR Young Weaver Scholarships")
                and all(is_cap(w[0]) and not is_acronym(w[0]) and not is_role_word(w[0]) for w in ws[1:])):
            # "OHTEA Eastern Zone", "ABC Kelvara Chapter": a part of a body named by its acronym (kept where
            # its slot makes it an organization)
            return [self.mk(ws, "Unknown", "Unknown", "acronym-candidate", sent)]
        for k in range(1, len(ws) - 1):
            if ws[k][0].lower() in {"and", "&"}:
                return self.split_coordination(ws, k, sent)
        return []

    def split_coordination(self, ws: list[Word], k: int, sent: int) -> list[Mention]:
        """A chunk with "and" at ``k`` that no rule reads whole: "Acme Textiles Ltd and the Weavers Guild"
        names two (the right side starts anew, or the left has a head of an organization, or both sides
        have two words or more and the left no head: "Banque Orlan and Logistique Tarvik inc."), "Textile
        and Apparel Board" or "Tarvik Convention and Exhibition Bureau"
        one organization (the last head decides), "United Dyers and Finishers" a candidate name that its
        slot may make an agent."""
        left, right = ws[:k], ws[k + 1:]
        hl, hr = head_class(left), head_class(right)
        if right[0][0].lower() == "the" or hl is not None and hl[0] == "Organization":
            return self.split_chunk(left, sent) + self.split_chunk(right, sent)
        if hr is not None and hr[0] == "Organization":
            if len(left) >= 2 and len(right) >= 2 and hl is None and not any(w[0].lower() == "of" for w in left):
                # "Banque Orlan and Logistique Tarvik inc.": two names of two words or more each
                return self.split_chunk(left, sent) + self.split_chunk(right, sent)
            return [self.mk(ws, "Organization", hr[1], "head-organization", sent)]
        if all(is_cap(w[0]) or w[0].lower() in {"and", "&", "of"} for w in ws):
            return [self.mk(ws, "Unknown", "Unknown", "capitalised-name", sent)]
        return []

    def _town(self, ws: list[Word], text: str) -> bool:
        """A town of the city lexicon (GeoNames): of two words or more anywhere ("Santa Cruz de la Sierra"),
        of one word where a place stands ("in Ichalkaranji", "from Gaziantep", "Ichalkaranji-based"); never a
        word the lexicon gives another part ("Union", "Van") nor an acronym the article defined."""
        if text.lower() not in cities() or text in self.acronyms:
            return False
        if len(ws) > 1:
            return True
        low = text.lower()
        if (low in lx.ROLE_HEADS or low in lx.ORG_HEADS or low in lx.EVENT_HEADS or low in MONTHS or low in WEEKDAYS
                or low in people.PARTICLES or low in lx.HONORIFICS or text.isupper() and len(text) <= 4):
            return False
        return bool(_TOWN_BEFORE.search(self.text, max(0, ws[0][1] - 30), ws[0][1])
                    or self.text.startswith("-based", ws[-1][2]))

    @staticmethod
    def _role_of_org(rest: list[Word]) -> bool:
        """Whether words after a role are "of (the) ORG", an organization by its head word."""
        if len(rest) < 3 or rest[0][0].lower() != "of":
            return False
        rest = rest[2:] if rest[1][0].lower() == "the" else rest[1:]
        hc = head_class(rest) if rest and rest[0][0][:1].isupper() else None
        return hc is not None and hc[0] == "Organization" or bool(rest) and rest[0][0].lower() in lx.HEAD_FIRST_ORGS

    def _name_after(self, ws: list[Word], k: int) -> bool:
        """Whether a personal name follows position ``k``: all that is left, or a name joined by
        "and" to more ("CEO Wang Ming and ABC Institute director Li Hua signed")."""
        rest = ws[k:]
        while len(rest) > 1 and rest[0][0].lower() in lx.HONORIFICS:
            rest = rest[1:]  # ("Chairman Haji Karim Bux Tarvi and ...": the title of address, then the name)
        if not rest:
            return False
        if looks_like_name(rest) or (plausible_name(rest) and len(rest) >= 2):
            return True
        return any(len(rest) > n + 1 and rest[n][0].lower() in {"and", "&"} and looks_like_name(rest[:n]) for n in (3, 2))

    # -- sentence level --
    def find(self) -> list[Sentence]:
        text = self.text
        spans = sentence_words(text)
        # acronyms defined anywhere: "Full Name (ACR)"
        for m in re.finditer(r"\(([^\W\d_](?:[^\W\d_]|-){1,11})\)", text):  # (also "(ÖTVD)", "(ŁKT)")
            if not m.group(1)[0].isupper():
                continue
            before = text[max(0, m.start() - 200):m.start()].split()
            for n in range(1, min(len(before), 14) + 1):
                if before[-n][:1].isupper() and initials_match(m.group(1), before[-n:]):
                    self.acronyms.setdefault(m.group(1), " ".join(before[-n:]))
                    break
            else:
                if (full := _short_form_of(m.group(1), before)) is not None:
                    self.acronyms.setdefault(m.group(1), full)
        for idx, (s, e, ws) in enumerate(spans):
            sent = Sentence(idx, s, e, text[s:e], ws)
            sent.headline = idx == 0 and self.title is not None
            self.sentences.append(sent)
            if sent.headline:
                sent.title_events = [m for m in self.sentence_mentions(sent) if m.kind == "Event"
                                     and m.rule == "head-event" and _EDITION.search(m.text)]
                continue
            sent.mentions = self.sentence_mentions(sent)
            if idx <= 3:
                self.dateline(sent)
        # "launched the Loomex Go Export 2025 programme": a name with a year that is launched, or called a
        # programme, is a programme (and so is its brand without the year)
        launched = {re.sub(r"\s+(?:19|20)\d\d$", "", m.text) for s in self.sentences for m in s.mentions
                    if m.rule == "name-with-year" and (_LAUNCHED.search(text[s.start:m.start])
                                                       or _PROGRAMME_AFTER.match(text, m.end))}
        branded = {re.sub(r"\s+(?:19|20)\d\d$", "", m.text) for s in self.sentences for m in s.mentions
                   if m.rule == "name-with-year"}
        for sent in self.sentences:
            for m in sent.mentions:
                if m.kind == "Unknown" and m.rule in {"capitalised-name", "capitalised-word"} and any(
                        b == m.text or b.startswith(m.text + " ") for b in branded) and (
                        m.text.lower() not in lx.THING_WORDS):
                    # "Loomex Valley" or "Loomex" after "Loomex Valley 2025": the event without its year
                    m.kind, m.cls, m.rule = "Event", "Event", "name-without-year"
                if m.kind == "Event" and m.rule in {"name-with-year", "name-without-year"} and any(
                        b == m.text or m.text.startswith(b + " ") or b.startswith(m.text + " ") for b in launched):
                    m.kind, m.cls = "Programme", "Programme"
            sent.mentions = [m for m in map(self.finalize, sent.mentions) if m.kind != "Unknown"]
        self.inverted_names()
        self.quoted_event_names()
        self.head_references()
        return self.sentences

    def head_references(self) -> None:
        """A head word alone that an organization named before ends with refers back to it, even where the
        word also heads events: "the Assembly's support" after "the Tarvik Municipal Assembly"."""
        heads: set[str] = set()
        for sent in self.sentences:
            for m in sent.mentions:
                words_ = m.text.split()
                if m.kind == "Organization" and len(words_) > 1:
                    heads.add(words_[-1].lower())
                elif (m.kind == "Event" and len(words_) == 1 and m.text[:1].isupper() and m.text.lower() in heads
                      and m.rule.startswith("head-")):
                    m.kind, m.cls, m.rule, m.anaphor = "Organization", "Organization", "organization-reference", True

    def quoted_event_names(self) -> None:
        """An event named by its kind and then by a quoted name is one event: 'the 11th International
        Symposium "Fibre Days 2026"', 'the conference "Wool Ahead"' (the quoted name becomes its other
        name, as an acronym in parentheses does)."""
        for sent in self.sentences:
            for a, b in zip(sent.mentions, sent.mentions[1:]):
                if (a.kind == "Event" and b.kind == "Event" and not a.acronym
                        and re.fullmatch(r"\s*[\"“]", self.text[a.end:b.start])
                        and self.text[b.end:b.end + 1] in {'"', "”"}):
                    a.acronym = b.text

    def inverted_names(self) -> None:
        """Names written family name first with a comma, as registers and filings list them: "Lim,
        Wei-Ting" (a hyphenated given name of Chinese or Korean romanisation), or "Sato, Kenji" where the
        article also writes "Sato Kenji" or "Kenji Sato". The mention covers both parts."""
        persons = {m.text for s in self.sentences for m in s.mentions if m.kind == "Person"}
        for sent in self.sentences:
            if sent.headline or "," not in sent.text:
                continue
            found = []
            for m in INVERTED_NAME.finditer(sent.text):
                family, given = m.group("family"), m.group("given")
                known = {f"{family} {given}", f"{given} {family}"} & persons
                if not known and not (EAST_ASIAN_GIVEN.fullmatch(given) and not people._place(family)
                                      and family.lower() not in lx.HONORIFICS and not people._blocked(family)):
                    continue
                if re.search(r"\b(?:in|at|from|to|near|of|and)\s+$", sent.text[max(0, m.start() - 6):m.start()], re.I):
                    continue  # "In Taipei, Wei-Ting said": a place before the comma
                start, end = sent.start + m.start(), sent.start + m.end()
                inside = [x for x in sent.mentions if x.start < end and start < x.end]
                if any(x.start < start or x.end > end or x.kind not in {"Person", "Unknown"} for x in inside):
                    continue  # "Acme Ltd., Wei-Ting": part of something else
                found.append((inside, Mention(start, end, self.text[start:end], "Person", "Person", "inverted-name", sent.index)))
            for inside, mention in found:
                sent.mentions = sorted([x for x in sent.mentions if x not in inside] + [mention], key=lambda x: x.start)

    def dateline(self, sent: Sentence) -> None:
        """The place a report is filed from: "TOWN: ...", "Town, 9 October 2025 - ...", "TOWN, State
        (Oct. 16, 2025) - ...". It becomes a place mention (rule "dateline") when no mention covers it."""
        m = DATELINE.match(sent.text) or BYLINE_PLACE.fullmatch(sent.text)
        if m is not None and "dash" in m.re.groupindex and m.group("dash"):
            entry = self.gaz.lookup(m.group("place"))
            if entry is None or entry.kind != "place":
                m = None  # ("Cotton - the fibre ...": only a town the gazetteer knows is a dateline without a date)
        if m is None and (pre := DATELINE_PREFIX.match(sent.text)) is not None:
            after = DATELINE.match(sent.text, pre.end())
            if after is not None and not (after.group("colon") or after.group("caps") or after.group("dash")
                                          or after.group("weekday") or after.group("place").lower() in _DAY_WORDS):
                m = after  # (a date after the town, as a dateline has it: not "Section – Town – ...")
        if m is None or m.group("place").lower() in DATELINE_NOT_PLACES or m.group("place").lower() in _DAY_WORDS or (
                (m.group("colon") or m.group("caps")) and not m.group("place").isupper()) or (
                m.group("caps") and (m.group("place") in self.acronyms or _NOT_TOWN_WORDS & set(m.group("place").lower().split()))):
            return  # ("ABCA – The association ...": a defined acronym is no town)
        start, end = sent.start + m.start("place"), sent.start + m.end("place")
        known = [x for x in sent.mentions if x.start <= start < x.end]
        if known:
            if known[0].kind == "Unknown" and known[0].end <= end:  # "TOWNVILLE", "Otherton": no head, no entry
                known[0].kind, known[0].cls = "Place", "City"
            if known[0].kind == "Place":
                known[0].rule = "dateline"  # (kg.extract.rules.Rules.dateline reads the rule)
            return
        place = Mention(start, end, self.text[start:end], "Place", "City", "dateline", sent.index)
        sent.mentions = sorted(sent.mentions + [place], key=lambda x: x.start)

    def finalize(self, m: Mention) -> Mention:
        """An acronym (alone or with a year, "ABCX 2025") takes the kind of the name it abbreviates."""
        if m.kind == "Unknown" and m.rule == "acronym-candidate":
            bound = self.bound.get(m.text.split()[0])
            if bound is not None:
                m.kind, m.cls, m.rule = bound.kind, bound.cls, "acronym"
            elif (e := self.gaz.lookup(m.text)) is not None:
                m.kind = "Organization" if e.kind == "organization" else "Place"
                m.cls, m.gaz, m.rule = e.type, e.id, "gazetteer"
        return m

    def sentence_mentions(self, sent: Sentence) -> list[Mention]:
        ws, idx = sent.words, sent.index
        found: list[Mention] = []
        quoted = quoted_spans(sent.text, sent.start)
        for i, j in merge_list_names(ws, cap_chunks(ws)):
            chunk = ws[i:j]
            if " ".join(w[0].lower() for w in ws[j:j + 2]) in VENUE_DESCRIPTIONS and not self.gaz.lookup(
                    self.text[chunk[0][1]:chunk[-1][2]]):
                # "the X convention centre": a name that the next words say is a venue
                found.append(self.mk(chunk, "Place", "Venue", "venue-description", idx))
                continue
            if (prog := self._named_programme(ws, i, j, idx)) is not None:
                found.append(prog)
                continue
            if (org := self._spelled_out(ws, i, j, idx)) is not None:
                found.append(org)
                continue
            for m in self.split_chunk(chunk, idx):
                # names inside a quoted theme are not entities; quoted programme names are
                if any(qs <= m.start and m.end <= qe for qs, qe in quoted) and m.kind not in {"Programme", "Event"}:
                    continue
                found.append(m)
        found += self.lowercase_events(sent)
        found += programme_slot(sent)
        found += organization_references(sent)
        found += self.quoted_names(sent, quoted)
        found = resolve_overlaps(found)
        for m in found[:1]:
            if (m.kind == "Event" and m.rule == "head-event" and m.start == sent.start and " " not in m.text
                    and m.text.lower() in lx.EVENT_ANAPHORS and not re.search(r"[.!?:;\"”)]\s*$", sent.text)):
                # a heading "Conference highlights", "Show at a glance": the article's event, named by its kind
                m.rule, m.anaphor = "event-reference", True
        # "(2nd Report, 2024 (Session 5))": a head word and a number in brackets cite a legislature's term or a
        # document's part, not a gathering ("the Orlan Session 2025" keeps its name)
        found = [m for m in found if not (m.kind == "Event" and m.rule == "head-event"
                                          and re.fullmatch(r"[A-Z][a-z]+", m.text) and self.text[m.start - 1:m.start] == "("
                                          and re.match(r"\s*\d{1,3}\)", self.text[m.end:m.end + 6]))]
        found = self.contextual(sent, found)
        found = self.missions_to(found)
        # family names of the people named so far (the last name word, without a suffix)
        for m in found:
            if m.kind == "Person":
                names = [w for w in people.name_forms(m.text)[0].split() if w.lower() not in people.SUFFIXES]
                if len(names) >= 2 and people.is_name_word(names[-1]) and len(names[-1]) > 2:
                    self.surnames.add(names[-1])
                if first := people.first_family_name(names):
                    self.surnames.add(first)  # ("Kettle" of "Jordi Kettle Tarvik")
                for w in names:
                    if w.isupper() and len(w) > 2 and w.isalpha():
                        self.surnames.add(w.capitalize())  # "TARVIKA Kenta", later "Ambassador Tarvika"
        found = self.split_list_items(sent, found)
        # acronyms right after a name: attach to the name (or to its parent whose initials match)
        dropped: list[Mention] = []
        for m in found:
            after = self.text[m.end:m.end + 96]
            # (also after the name in another language: "Union of X (Sąjunga X, SX)", "(Gobierno de Y, GY)")
            am = re.match(r"\s*\((?:[^()⟨⟩,;]{3,70},\s*)?([^\W\d_](?:[^\W\d_]|-){1,11})\)", after)
            if am and "," in am.group(0) and not am.group(1).isupper():
                am = None
            if am and m.kind == "Unknown" and _named_by_acronym(m, am.group(1), after[am.end():]):
                # "The Sewn Goods Makers of the Americas (SGMA) hosted ...": a name the article gives an
                # acronym, with no head word of its own, is an organization's
                m.kind, m.cls, m.rule = "Organization", "Organization", "defined-acronym"
            if am and m.kind in {"Organization", "Event", "Programme"}:
                acr = am.group(1)
                if not initials_match(acr, m.text.split()):
                    dropped += self._extend_to_acronym(sent, found, m, acr)
                target = m
                node = m.parent
                while node is not None:
                    if node.end == m.end and initials_match(acr, node.text.split()):
                        target = node
                        break
                    node = node.parent
                target.acronym = acr
                self.bound.setdefault(acr, target)
        return [x for x in found if not any(x is d for d in dropped)]

    def _spelled_out(self, ws: list[Word], i: int, j: int, sent: int) -> Mention | None:
        """A name of three or more words with no head of its own that the acronym after it spells out: "The
        Sewn Goods Makers of the Orlans (SGMO) hosted ..." names an organization."""
        chunk = ws[i + 1:j] if ws[i][0].lower() == "the" else ws[i:j]
        if len(chunk) < 3:
            return None
        m = self.mk(chunk, "Unknown", "Unknown", "capitalised-name", sent)
        am = re.match(r"\s*\(([A-Z][A-Za-z-]{1,11})\)", self.text[m.end:m.end + 20])
        # (the acronym first: the chunk's own reading is the dearer test)
        if (am is None or not _named_by_acronym(m, am.group(1), self.text[m.end + am.end():m.end + am.end() + 20])
                or head_class(chunk) is not None or looks_like_name(chunk)
                or any(x.kind != "Unknown" for x in self.split_chunk(chunk, sent))):
            return None
        m.kind, m.cls, m.rule = "Organization", "Organization", "defined-acronym"
        return m

    def _named_programme(self, ws: list[Word], i: int, j: int, sent: int) -> Mention | None:
        """A programme named by capitalised words and then its kind in lower case: "the Export Bridges
        programme", "the Orlan Skills Pathway program", "the ReLoop Fibre project" (the name with its
        head); or defined by a copula: "Orlan Cool is a three-year programme". Only where the words
        name nothing by themselves (not "the EU project", "Orlan City's scheme")."""
        nxt = ws[j][0] if j < len(ws) else ""
        copula = (nxt in {"is", "was"} and j + 1 < len(ws) and ws[j + 1][0] in {"a", "an"}
                  and any(w[0] in _PROGRAMME_WORDS for w in ws[j + 2:j + 6]))
        if not (nxt in _PROGRAMME_WORDS or copula) or j - i > 8:
            return None
        chunk = ws[i:j]
        if chunk[0][0].lower() == "the":
            chunk = chunk[1:]
        if not chunk or len(chunk) == 1 and is_acronym(chunk[0][0]) or self.gaz.lookup(self.text[chunk[0][1]:chunk[-1][2]]):
            return None
        if any(w[0] in {"'s", "’s", "(", ")"} for w in chunk) or looks_like_name(chunk):
            return None
        if any(m.kind != "Unknown" for m in self.split_chunk(chunk, sent)):
            return None  # ("the Orlan Council project": the council's)
        return self.mk(chunk if copula else chunk + [ws[j]], "Programme", "Programme", "named-programme", sent)

    def _extend_to_acronym(self, sent: Sentence, found: list[Mention], m: Mention, acr: str) -> list[Mention]:
        """A name with a list inside it that the chunker cut at its commas: "the Orlan Textile, Garment and
        Tailoring Employers' Association (OTGTEA)" is one name when its acronym spells the whole. Returns the
        mentions the longer name takes in."""
        tokens = list(re.finditer(r"[\w'’.-]+|,|&", self.text[max(sent.start, m.start - 120):m.start]))
        base = max(sent.start, m.start - 120)
        for k in range(len(tokens) - 1, max(-1, len(tokens) - 10), -1):
            tok = tokens[k].group(0)
            if tok not in {",", "&", "and"} and not is_cap(tok):
                return []
            if not is_cap(tok) or tok.lower() in STOP_STARTS:
                continue
            start = base + tokens[k].start()
            words = re.findall(r"[\w'’.-]+", self.text[start:m.end])
            if initials_match(acr, words):
                inside = [x for x in found if x is not m and start <= x.start and x.end <= m.start]
                m.start, m.text = start, self.text[start:m.end]
                return inside
        return []

    def missions_to(self, found: list[Mention]) -> list[Mention]:
        """A state's office abroad is named with where it is: "the Delegation of the Kelvara Union to
        Orlan", "the Embassy of Tarvik in Orlan": the place after "to"/"in" joins the name (and qualifies it)."""
        out: list[Mention] = []
        skip: set[int] = set()
        for k, m in enumerate(found):
            if k in skip:
                continue
            nxt = found[k + 1] if k + 1 < len(found) else None
            head = normalise_words(m.text.split(" of ")[0])
            if (m.kind == "Organization" and nxt is not None and nxt.kind == "Place" and nxt.gaz
                    and head and head[-1] in lx.MISSION_HEADS
                    and re.fullmatch(r"\s+(?:to|in)\s+(?:the\s+)?", self.text[m.end:nxt.start])):
                nxt.nested = True
                m.core, m.qualifier = m.core or m.text, nxt
                m.end, m.text = nxt.end, self.text[m.start:nxt.end]
                skip.add(k + 1)
            out.append(m)
        return out

    def lowercase_events(self, sent: Sentence) -> list[Mention]:
        """Event phrases in lower case: references ("the expo"), side events ("a press conference")
        and the subject of a holding verb ("... docking exchange event was held in ...")."""
        out = []
        t, base = sent.text, sent.start
        heads, sides, evheads = _event_alternations()
        # (not "announced the opening of the expo": a speech that opens the event, not an event of its own)
        for m in re.finditer(rf"(?<!announced )(?<!declared )\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Oo]ur) (?:(?:two|three|four|one|five)-day |annual |whole |entire |main |same )?({heads})\b(?! of the [A-Z])(?!-)(?!\s+{_EVENT_AS_MODIFIER})", t):
            if m.group(0).startswith("that ") and _COMPLEMENTIZER_BEFORE.search(t[:m.start()]):
                continue  # "he added that training had to go with decent pay": "that" opens a clause
            out.append(Mention(base + m.start(), base + m.end(), m.group(0), "Event", "Event", "event-reference",
                               sent.index, anaphor=True))
        # "A signing ceremony for ... was held": an event introduced without a name
        # (with a length or level before it: "A 10-day State-level silk exhibition was inaugurated")
        # (not "told the committee that training was unpaid": "that" opens a clause)
        for m in re.finditer(rf"\b(?:[Aa]n?|[Tt]he) ((?:(?:(?!(?:that|which|who|whose|where|when|was|were|is|are|has|had|have|in|at|on|of|for|to|with|by|as)\b)[a-z][a-z-]+|\d{{1,3}}-[a-z]+|[A-Z][a-z]+-level) ){{0,3}}?(?:{heads}))\b(?= (?:for|on|of|to|was|were|will|is|themed|titled|marking|celebrating|held|(?P<agent>run|organi[sz]ed|hosted|led|moderated|chaired|convened)\b)|(?P<end>\s*[.;])|(?P<comma>,)|(?P<in> in (?=[A-Z])))", t):
            if m.group("comma") is not None and (len(m.group(1).split()) < 2 or _ends_in_side_event(m.group(1)) or not re.search(r"\b(?:[Dd]uring|[Aa]t|[Aa]fter|[Bb]efore)\s+$", t[:m.start()])):
                continue  # ("At the ribbon-cutting ceremony, the Governor ...": a time the event gives)
            if m.group("in") and not re.search(r"\b(?:held|hosted|convened|staged|organi[sz]ed)\s+$", t[:m.start()]):
                continue  # ("the Council held a public meeting in Orlan City": a holding verb before it)
            if m.group("end") is not None and len(m.group(1).split()) < 3:
                continue  # (at a sentence's end, only a gathering described at length: "attended the ground-breaking and blessing ceremony.")
            if m.group(1) in lx.SIDE_EVENTS or m.group(0).split()[0].lower() == "the" and " " not in m.group(1):
                continue
            if m.group(1) in {"week", "day", "month", "year"} and re.search(
                    r"\b(?:days?|times|hours|nights|shifts|once|twice)\s+$", t[:m.start()]):
                continue  # "two days a week in the lab": how often, not an event
            if re.search(r"\S\s+(?:next|last|previous|this)\s", m.group(1)):
                continue  # "to file a bill next session": a time after a noun, not an event (but "the next session")
            if m.group("agent") and not any(m.group(1).endswith(h) for h in lx.SESSION_HEADS):
                continue  # "A roundtable run by X" is a session of its own; "A job fair organised by X" may be the main event
            out.append(Mention(base + m.start(1), base + m.end(1), m.group(1), "Event", "Event", "indefinite-event",
                               sent.index))
        # (with an organizer's short name between: "The ITA B2B sessions"; "B2B meetings" need no article)
        # (and with a compound before it: "the opening-night welcome reception")
        for m in re.finditer(rf"\b(?:(?:a|an|the|[Aa]|[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir|[Tt]his\s+year's) (?:(?:official|formal|grand|festive|joint|opening|closing|final|first|second|main|annual|traditional|regular|[a-z]+-[a-z]+(?:-[a-z]+)?) )?(?:[A-Z][A-Za-z&-]+ )?|(?<![\d,] )(?=B2B ))({sides})\b", t):
            out.append(Mention(base + m.start(1), base + m.end(1), m.group(1), "Event", "Event", "side-event",
                               sent.index))
        # "at the 31st annual general meeting of X", "its 2026 annual conference": an edition's number
        # or year before a gathering in lower case
        # (also "the institute's ninth graduation ceremony": a possessive, an ordinal in words)
        for m in re.finditer(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his\s+year's|(?:the\s+)?[a-z]+['’]s)\s+(?P<np>(?:(?:first|second|third|fourth)-quarter\s+|full-year\s+)?(?:\d{{1,3}}(?:st|nd|rd|th)|(?:19|20)\d\d|{_ORDINAL_WORDS})"
                             rf"\s+(?:(?!(?:of|the|in|at|on|for|to|every|each|an?|and|with|by|edition)\b)[a-z][a-z-]+\s+){{0,3}}?(?:{evheads}))\b", t):
            if re.search(r",\s*$", t[:m.start()]) and re.search(_ORDINAL_WORDS, m.group("np")[:12]):
                continue  # "Wool Days 2025, its ninth annual conference": an apposition that names no other event
            out.append(Mention(base + m.start("np"), base + m.end("np"), m.group("np"), "Event", "Event",
                               "numbered-event", sent.index))
        # "at the federation's annual general meeting", "its annual spring conference": a body's own gathering of
        # a kind that recurs, named by the kind alone
        for m in re.finditer(r"\b(?:[Ii]ts|[Tt]heir|(?:the\s+)?[a-z]+['’]s)\s+(?P<np>(?:(?:annual|general|extraordinary|ordinary|"
                             r"special|regular|spring|autumn|fall|winter|summer|biennial)\s+){1,3}(?:meeting|conference|congress|"
                             r"assembly|convention|forum|dinner|gala|summit))\b", t):
            if not any(x.start <= base + m.start("np") < x.end for x in out):
                out.append(Mention(base + m.start("np"), base + m.end("np"), m.group("np"), "Event", "Event",
                                   "owned-event", sent.index))
        sessions, spans = session_mentions(sent)
        # 'a talk show titled "X"' is the session X, not a second event "talk show"; nor is "the
        # liveliest session" in 'The liveliest session was a panel titled "X"'
        out = [m for m in out if m.rule != "indefinite-event" or not any(
            a <= m.start < b or re.fullmatch(r"\s+(?:of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+)?(?:was|is|will\s+be)\s+",
                                             self.text[m.end:a]) for a, b in spans)]
        out += sessions
        pat = (rf"(?:^|(?<=, )|(?<=; )|(?<=recently )|(?<=Recently ))(?P<np>(?:[Tt]he )?[^,;.]{{3,140}}?\b(?:{evheads})[\"”]?)"
               rf"\s+(?:was|were|will be|is|has been|had been) (?:successfully |grandly |officially |recently )?"
               rf"(?:held|opened|staged|convened|launched|inaugurated|kicked off|organi[sz]ed|hosted)")
        for m in re.finditer(pat, t):
            np_start = base + m.start("np")
            np_text = m.group("np")
            if np_text.lower().startswith("the "):
                np_start += 4
                np_text = np_text[4:]
            first, *rest = np_text.split()
            if (first.lower() in STOP_STARTS or len(np_text.split()) > 16
                    or first.lower().endswith("ing") and rest and rest[0].islower()):
                continue  # (not "making this the largest edition since the conference was launched")
            out.append(Mention(np_start, np_start + len(np_text), np_text, "Event", "Event", "held-subject",
                               sent.index))
        # "The business roundtable, held at the X Hotel, drew ...": a gathering in lower case that opens the
        # sentence, then a participle of holding
        m = re.match(rf"[Tt]he (?P<np>(?:(?!(?:of|in|at|on|for|to|and|with|by)\b)[a-z][\w'’-]*\s+){{1,3}}(?:{evheads})),\s+"
                     rf"(?:held|organi[sz]ed|hosted|convened|staged)\b", t)
        if m and m.group("np") not in lx.SIDE_EVENTS and not any(x.start <= base + m.start("np") < x.end for x in out):
            out.append(Mention(base + m.start("np"), base + m.end("np"), m.group("np"), "Event", "Event", "held-subject",
                               sent.index))
        return out

    def quoted_names(self, sent: Sentence, quoted: list[tuple[int, int]]) -> list[Mention]:
        """A quoted name with a programme or event head: "2024 Textile ... Upgrading Activity"."""
        out = []
        for qs, qe in quoted:
            inner = words(self.text, qs, qe)
            if not inner or len(inner) > 20:
                continue
            hc = head_class(inner)
            if hc and hc[0] in {"Programme", "Event"} and sum(is_cap(w[0]) for w in inner) >= len(inner) / 2:
                out.append(self.mk(inner, hc[0], hc[1], f"quoted-{hc[0].lower()}", sent.index))
            elif (hc is None and len(inner) <= 8 and all(is_cap(w[0]) or w[0].lower() in lx.CONNECTORS for w in inner)
                    and _PROGRAMME_APPOSITION.match(self.text, qe)):
                # 'launched "Loom Connect", a programme of the association to ...': the apposition says what it is
                out.append(self.mk(inner, "Programme", "Programme", "quoted-programme", sent.index))
        return out

    def split_list_items(self, sent: Sentence, found: list[Mention]) -> list[Mention]:
        """Two names in one chunk of an agent list: "hosted by X, Acme Fabrics and Blue River Mills" (a
        comma before the chunk says the list had begun) and "with the Example Association and Acme Weaves" (the
        left side has a head noun of its own and no complement, the right side is a name of two or more words
        that are not all words of the industry: not "Ministry of Science and Technology", "Bureau of Human
        Resources and Social Security")."""
        out = []
        for m in found:
            if m.rule == "firm-in-list" and (cut := _split_at_and(m)) is not None:
                # "such as Ayka and Else": two firms
                out += [self.mk(words(self.text, a, b), "Organization", "Company", "firm-in-list", sent.index)
                        for a, b in ((m.start, cut), (cut + len(" and "), m.end))]
                continue
            # (and two acronyms joined: "implemented jointly by ACR and BCR")
            pair = _ACRONYM_PAIR.fullmatch(m.text) is not None
            cut = _split_at_and(m) if (m.kind == "Organization" or pair) and not m.gaz else None
            prefix = self.text[max(sent.start, m.start - 300):m.start]
            if cut is None or not AGENT_LIST_BEFORE.search(prefix):
                out.append(m)
                continue
            left = words(self.text, m.start, cut)
            right = words(self.text, cut + len(" and "), m.end)
            if right and right[0][0].lower() == "the":
                right = right[1:]
            listed = re.search(r",\s*(?:the\s+)?$", prefix) is not None or pair
            headed = (head_class(left) is not None and head_class(left)[0] == "Organization" and len(right) >= 2
                      and not any(w[0].lower() in {"of", "for"} for w in left)  # "Bureau of A and B" is one
                      and plausible_name(right) and not all(w[0].lower() in lx.THING_WORDS for w in right))
            # "sponsored by Plains Farm Credit and Caprock Seed Co.": the right side is a company by its legal form,
            # the left a name of its own of two or more words (not "Procter and Gamble Co.")
            legal = (len(left) >= 2 and len(right) >= 3 and right[-1][0].lower() in lx.LEGAL_FORMS | {"co.", "co"}
                     and all(is_cap(w[0]) for w in left) and not any(w[0].lower() in {"of", "for"} for w in left)
                     and not (_trade_word(left[-1][0]) and _trade_word(right[0][0])))  # ("A Dyeing and Printing Mills Ltd")
            # "sponsored by Banco X de Fomento and Grupo Y": a name headed first, whose English "and" joins two
            legal = legal or (len(left) >= 2 and len(right) >= 2 and left[0][0].lower() in lx.HEAD_FIRST_ORGS
                              and is_cap(right[0][0]) and is_cap(right[-1][0]))
            # "supported by the Municipality of X and Banco Y del Z": a second name headed first, after one of its own
            legal = legal or (len(right) >= 2 and right[0][0].lower() in lx.HEAD_FIRST_ORGS and is_cap(right[-1][0])
                              and (hl := head_class(left)) is not None and hl[0] == "Organization")
            parts = [self.classify(left, sent.index), self.classify(right, sent.index)] if left and right and (
                listed or headed or legal) else []
            for side, ws in zip(parts, (left, right)):
                side = side if side is not None and side.kind == "Organization" else self.mk(
                    ws, "Organization", "Organization", "agent-slot", sent.index)
                out.append(side)
            if not parts:
                out.append(m)
        return sorted(out, key=lambda x: x.start)

    def contextual(self, sent: Sentence, found: list[Mention]) -> list[Mention]:
        """Decide capitalised names with no head from their slot: a person in apposition to a role,
        after a role or before a verb of saying; an organization in an agent list; a place after 'in'."""
        t = self.text
        for m in found:
            prefix = t[max(sent.start, m.start - 300):m.start]  # (an agent list's trigger is this far back at most)
            if m.kind == "Person" and m.rule in {"name-shape", "surname-lexicon"} and _HELD_AT.search(prefix):
                # "the AGM, held at Hilton Orlan Residencies": where it was held, whatever name its words make
                m.kind, m.cls, m.rule = "Place", "Venue", "venue-slot"
                continue
            if (m.kind == "Unknown" and m.rule in {"capitalised-word", "capitalised-name"}
                    and _GATHERED_AT.search(t, sent.start, m.start) and not _DISTANCE_AFTER.match(t, m.end)
                    # (not "Hall" of "Hall 8", nor "the Orlan Lake venue": a venue named for what it is by)
                    and not re.match(r"\s+(?:\d|venue|site|premises|grounds|campus)", t[m.end:m.end + 10])):
                # "The show closed its doors after three days at Orlan Big Hall": the gathering's venue
                m.kind, m.cls, m.rule = "Place", "Venue", "venue-slot"
                continue
            if (m.rule in {"capitalised-word", "capitalised-name"} and re.search(r"\b(?:at|in|near)\s+$", prefix)
                    and _DISTANCE_AFTER.match(t, m.end)):
                # "at Kelvarahalli, about 20 km from Orlanpur": a place the distance from another says is one
                m.kind, m.cls, m.rule = "Place", "City", "place-by-distance"
                continue
            if (m.kind == "Programme" and m.rule.startswith("head-") and (trig := AGENT_LIST_BEFORE.search(prefix))
                    and not _FUNDED_BY.match(trig.group(0))):
                # (not "co-financed by the Recovery Plan (RP)": a plan or fund that pays is no organization)
                # "organised by the X Development Initiative (XDI)": what organizes is an organization
                m.kind, m.cls, m.rule = "Organization", "Organization", "agent-slot"
                continue
            if (m.kind == "Event" and m.rule == "head-event" and m.text.split()[-1].lower() in lx.BODY_EVENT_HEADS
                    and (re.search(r"\b(?:organi[sz]ed|hosted|convened|run|founded|launched)\s+by\s+(?:the\s+)?$", prefix)
                         # ("hosted by the company together with the X Forum (XF)": an agent with a short name)
                         or AGENT_LIST_BEFORE.search(prefix) and re.match(r"\s*\([A-Z]{2,8}\)", t[m.end:m.end + 12]))):
                # "organised by the Examplia Weavers' Forum (EWF)": a forum or network that organizes is a body
                # of members, not a gathering ("the forum was organised by ..." keeps its event)
                m.kind, m.cls, m.rule = "Organization", "IndustryAssociation", "agent-slot"
                continue
            if (m.kind == "Event" and m.rule == "head-event" and m.text.split()[-1].lower() in lx.BODY_EVENT_HEADS
                    and (r := _ROLE_AFTER_BODY.match(t, m.end)) and is_role_word(r.group(1))
                    and any(x.kind == "Person" and 0 <= x.start - r.end(1) <= 40 for x in found)):
                # "Orlan Weavers' Forum (OWF) Secretary General NAME said": a forum with officers is a body of
                # members, not a gathering
                m.kind, m.cls, m.rule = "Organization", "IndustryAssociation", "body-with-officer"
                continue
            if (m.kind == "Event" and m.rule == "head-event" and _body_head(m.text)
                    and (r := _ROLE_BEFORE_BODY.search(t, max(sent.start, m.start - 60), m.start))
                    and is_role_word(r.group(1).split("-")[-1])
                    # (the holder before the post, or right after the body: "the President of the X Assembly (XA), Mr. NAME")
                    and any(x.kind == "Person" and (0 <= r.start() - x.end <= 60 or 0 <= x.start - m.end <= 24) for x in found)):
                # "NAME, Vice-President, Orlan Garment Exporters' Forum, said", "NAME, Director General of the
                # Tarvik Retail Round Table": a forum a person holds a post in is a body of members
                m.kind, m.cls, m.rule = "Organization", "IndustryAssociation", "body-with-officer"
                continue
            if (m.kind == "Place" and m.rule == "head-place" and m.text.split()[-1].lower() in {"region", "municipality", "prefecture", "province"}
                    and AGENT_LIST_BEFORE.search(prefix) and not re.search(r"\b(?:in|at|of|from|across)\s+(?:the\s+)?$", prefix)):
                # "with the support of the Italian Trade Agency and the Lombardy Region": a region that supports or
                # organizes is its government, an organization (not "organised by X in the Lombardy Region")
                m.kind, m.cls, m.rule = "Organization", "GovernmentAgency", "agent-slot-government"
                continue
            if (m.kind == "Place" and m.rule == "head-place" and m.text.split()[-1].lower() in {"centre", "center"}
                    and len(m.text.split()) >= 3 and AGENT_LIST_BEFORE.search(prefix)
                    and not re.search(r"\b(?:in|at|of|from|across|near)\s+(?:the\s+)?$", prefix)):
                # "implemented by the Orlan Trade Centre (OTC)", "in partnership with the X Research Center": a centre
                # that organizes or funds is an organization ("held at the X Centre" keeps its venue)
                m.kind, m.cls, m.rule = "Organization", "Organization", "agent-slot"
                continue
            if ((m.kind == "Unknown" or m.kind == "Person" and m.rule in {"name-shape", "surname-lexicon"})
                    and (DESCRIBED_ORG_BEFORE.search(t, max(sent.start, m.start - 60), m.start) or _MEDIA_AFTER.match(t, m.end))):
                # (and what it is, after it: "fashion editor of Threads Orlan magazine")
                # "the Tokyo trading house X", "Swedish outdoor brand X", "the trade weekly X": what the article
                # calls the name says it is an organization, whatever its words look like
                m.kind, m.cls, m.rule = "Organization", "Organization", "described-organization"
                continue
            if m.kind != "Unknown":
                continue
            if (m.rule == "capitalised-name" and people.by_shape(m.text.split(), slot=True)
                    and (_DEGREE_AFTER.match(t, m.end) or _CHAIRED_BY.search(t, max(sent.start, m.start - 40), m.start)
                         and not ((nxt := re.match(r"\s+([\w-]+)", t[m.end:sent.end])) and is_role_word(nxt.group(1))))):
                # (not "moderated by StitchWire Orlan editor NAME": whose editor moderated)
                # "Bayu Kettle, S.Sn., M.Ds., a lecturer", "moderated by Ana Okafor": whose degree, who moderated
                m.kind, m.cls, m.rule = "Person", "Person", "name-in-slot"
                continue
            if (m.rule == "capitalised-name" and sent.index <= 8 and re.fullmatch(r"\s*By\s+", t[sent.start:m.start])
                    and re.match(r"\s*(?:,|$)", t[m.end:sent.end]) and people.by_shape(m.text.split(), slot=True)):
                # a byline: "By Malarvizhi Vessanathan, Orlan Group Corr." names the reporter
                m.kind, m.cls, m.rule = "Person", "Person", "byline"
                continue
            if (m.rule == "acronym-candidate" and (r := _ACRONYM_ROLE.match(t, m.end)) is not None
                    and any(x.start == r.end() and (x.kind == "Person" or x.rule == "capitalised-name") for x in found)):
                # "ACMA deputy general manager NAME": an acronym, then a post in lower case and who holds it
                m.kind, m.cls, m.rule = "Organization", "Organization", "org-before-role"
                continue
            before = t[max(sent.start, m.start - 40):m.start]
            after = t[m.end:min(sent.end, m.end + 60)]
            low_after = after.lower()
            if m.rule == "capitalised-name" and re.search(r"\b(?:minister|secretary|commissioner|mayor|governor|councillor|"
                                                          r"councilor|commissar)\s+(?:of|for)\s+$", before, re.I):
                # "Deputy Minister of Industries Chathura Perera", "Deputy Mayor for Culture and Tourism Ana Tarvik":
                # the portfolio's words, then a name
                ws = words(t, m.start, m.end)
                k = 0
                while k < len(ws) and (ws[k][0].lower() in lx.THING_WORDS or k and ws[k][0].lower() in {"and", "&"}):
                    k += 1
                if 0 < k and 2 <= len(ws) - k <= 4 and plausible_name(ws[k:]) and not any(
                        w[0].lower() in lx.THING_WORDS or is_role_word(w[0]) for w in ws[k:]):
                    m.start, m.text = ws[k][1], t[ws[k][1]:m.end]
                    m.kind, m.cls, m.rule = "Person", "Person", "name-after-portfolio"
                    continue
            if (m.rule in {"capitalised-name", "capitalised-word"} and m.text.split()[-1].lower() not in lx.ORG_HEADS
                    and _PORTFOLIO_BEFORE.search(t, max(sent.start, m.start - 160), m.start)):
                continue  # "Minister of Coastal Development, Fisheries and Energy": a portfolio, not where the post is
            if m.text.lower() == "parliament" and re.search(r"\bmembers?\s+of\s+$", before, re.I):
                continue  # "Member of Parliament": a post's name (an MP), not where it is held
            if m.rule == "capitalised-word" and re.search(r"\b(?:MLA|MP|MPA|MNA|MLC|Member\s+of\s+Parliament)\s*,\s*$", before):
                continue  # "NAME, MLA, Tarvikpur": the constituency, no organization
            if (m.rule in {"capitalised-name", "capitalised-word", "acronym-candidate"} and re.match(r"\s*[,;)]", after)
                    and any(x.kind == "Person" and x.end <= m.start and _ROLE_WITHOUT_OF.fullmatch(t, x.end, m.start) for x in found)):
                # "NAME, Chairman OHTEA Eastern Zone, said": a post and where it is held, without "of"
                m.kind, m.cls, m.rule = "Organization", "Organization", "organization-after-role"
                continue
            if m.rule in {"capitalised-name", "capitalised-word"} and _LIST_LINE_ROLE_OF.fullmatch(t[max(sent.start, t.rfind("\n", 0, m.start) + 1):m.start]) and re.match(r"\s*:", after):
                continue  # "- Secretary of Training: NAME": on a list line, what the post is for
            if (m.rule == "capitalised-name" and 2 <= len(m.text.split()) <= 4 and plausible_name(words(t, m.start, m.end))
                    and any((x.kind == "Organization" or x.rule == "acronym-candidate" and (x.text in self.bound or self.known_org(x.text)))
                            and _ORG_ROLE_COMMA.fullmatch(t[x.end:m.start]) for x in found)):
                # "⟨JAAF⟩ Chairman, Saifuddin Jafferjee": the organization's role, then who holds it
                m.kind, m.cls, m.rule = "Person", "Person", "name-after-org-role"
                continue
            if (m.rule == "capitalised-name" and _OWN_ROLE_COMMA.search(before) and people.parts(m.text.split()) is not None
                    and re.match(r"\s*[,.;:)]|\s+(?:and|said|who)\b", after)):
                # "our HR Director, Jasmine Tarvik-Odu, with:", "its chief executive, Ruth Kettle,": a post the
                # writer's (or the body's) own, then who holds it
                m.kind, m.cls, m.rule = "Person", "Person", "name-beside-role"
                continue
            if (m.rule in {"capitalised-name", "capitalised-word", "acronym-candidate"} and ROLE_THEN_ORG.search(before)
                    and not re.match(r"\s+[a-z]", after)  # (not "director of Tanzanian spinner X": it describes)
                    and not (m.rule == "capitalised-word" and m.text.lower() in lx.THING_WORDS)  # "Minister of Trade"
                    and not ((m.rule == "capitalised-word" or m.rule == "capitalised-name" and head_class(words(t, m.start, m.end)) is None
                              and m.text.split()[-1].lower() not in lx.UNIT_HEADS | lx.ACADEMIC_UNITS | {"unit", "team", "desk", "group"})
                             and any(  # "Head of Agribusiness, Acme Bank", "Director of Corporate Banking, Acme Bank": the
                        # function, then the organization (not "Head of the X Materials Unit, Acme Institute": a unit)
                        x.kind == "Organization" and re.fullmatch(r"\s*,\s*(?:the\s+)?", t[m.end:x.start]) for x in found))):
                # "NAME, Managing Director, X", "chief executive of X", "(Director, X)": where a post is held
                m.kind, m.cls, m.rule = "Organization", "Organization", "organization-after-role"
                continue
            if m.rule == "capitalised-name" and (ROLE_THEN_NAME.search(before) or NAME_THEN_ROLE.match(after)):
                # "Chairman: X", "Treasurer - X", "X - Secretary, ...", "X (Managing Director, ...)"
                m.kind, m.cls, m.rule = "Person", "Person", "name-beside-role"
                continue
            if (m.rule == "capitalised-name" and people.parts(m.text.split()) is not None  # (not "X Industries")
                    and not THING_BEFORE.search(before)):  # (not "the weaving cooperative programme X, discussed")
                if re.match(rf"\s*,\s*(?:who is |the |an? )?(?:[\w'’-]+ ){{0,3}}?(?:{_ROLE_ALT}|{_PERSON_NOUNS})\b", low_after) \
                        or re.match(r"\s*,\s*who\s+(?:heads|leads|chairs|directs|runs|manages|founded|co-founded)\b", low_after) \
                        or re.match(r"\s*,\s*(?:IAS|IPS|IFS|IRS|IRTS|IFoS|PCS|HCS|RAS|PAS|CSP)\s*,", after) \
                        or re.match(rf"\s*,\s*(?:the|an?)\s+[^,;()]{{1,60}},\s+(?:also\s+)?(?:{lx.SAID}|told|recommended|advised)", low_after) \
                        or re.match(rf"\s*,?\s+(?:also\s+)?(?:{lx.SAID}|told|believed|delivered|gave|presided|chaired|moderated|has been elected|was elected|was appointed|were elected)(?!\w|\s+(?:over\s+)?by\b)", low_after) \
                        or re.search(rf"(?:{_ROLE_ALT})\s*$", before.lower()):
                    m.kind, m.cls, m.rule = "Person", "Person", "name-in-context"
                    continue
            if m.rule in {"capitalised-name", "capitalised-word", "acronym-candidate"} and m.text not in self.acronyms and (
                    EVENT_APPOSITION.match(after) and not re.search(r"\b[Aa]ccording to\s+$", before)
                    and m.text.split()[-1].lower().rstrip(".") not in lx.STREET_WORDS  # ("Held at X on Station Road, the forum")
                    or EDITION_OF.search(before)):
                # (not "According to ExamPro, the 2024 roundtable ...": the comma ends the source's frame)
                # "Wool Horizons 2030, its fifth annual conference", "the 2025 edition of X": an event
                m.kind, m.cls, m.rule = "Event", "Event", "event-apposition"
                continue
            if m.rule == "capitalised-word" and m.text in self.surnames:
                # "said Okoro": the family name of a person the article has named
                m.kind, m.cls, m.rule = "Person", "Person", "surname-reference"
                continue
            if m.rule in {"capitalised-name", "capitalised-word"} and ORG_APPOSITION.match(low_after):
                # "X, the government's export promotion agency", "Y, a local events firm"
                m.kind, m.cls, m.rule = "Organization", "Organization", "organization-apposition"
                continue
            if " " not in m.text and (nxt := re.match(r"\s+([a-z]+)\b", after)) and nxt.group(1) in lx.GROUP_NOUNS:
                pass  # "run by Examplish entrepreneurs", "sponsored by Rossi family": a word that qualifies
                #       the people or firms after it names none of them
            elif AGENT_LIST_BEFORE.search(prefix) and (m.rule != "acronym-candidate" or m.text in self.acronyms
                                                      or re.search(r"\bby\s+(?:the\s+)?$", before)):
                # an item of the list after "hosted by", "in association with" ...: an agent; an acronym
                # the article never spells out only right after the trigger (another article may spell it
                # out, see kg.corpus)
                m.kind, m.cls, m.rule = "Organization", "Organization", "agent-slot"
                continue
            if (m.rule in {"capitalised-word", "capitalised-name"} and FIRMS_LIST_BEFORE.search(prefix)
                    and not people.by_shape(m.text.split()) and not re.search(r"\b(?:from|in|of)\s+$", before)):
                # "manufacturers such as Ayka and Else from Orlan, and Buetec": firms, however unknown
                m.kind, m.cls, m.rule = "Organization", "Company", "firm-in-list"
                continue
            if m.rule in {"capitalised-word", "capitalised-name"} and m.text.split()[-1].lower() not in lx.STREET_WORDS and (STREET_BEFORE.search(before) or any(
                    x.cls == "Venue" and re.fullmatch(r"\s*,\s*|\s+in\s+", t[x.end:m.start])
                    or x.rule == "town-after-venue" and re.fullmatch(r"\s*,\s*", t[x.end:m.start]) for x in found)):
                # "at the X Hall on Y Road, Townville", "at the X Convention Centre, Townville", "at the X Expo
                # Centre in Townville", "at the X Hotel, Suburbia, Townville": the town
                m.kind, m.cls, m.rule = "Place", "City", "town-after-venue"
                continue
            if re.search(r"\b(?:held|opened|staged|convened|run|took place|takes place|take place|taking place|be held|commenced|commences|began|begins|kicks off|opens)\b[^.;]{0,90}\bin\s+$", t[sent.start:m.start]):
                m.kind, m.cls, m.rule = "Place", "City", "held-in-slot"
        self.people_in_lists(found)
        self.family_first_in_caps(sent, found)
        return [x for m in found for x in self.places_apart(m)]

    def family_first_in_caps(self, sent: Sentence, found: list[Mention]) -> None:
        """A list line's person written family name first, in capitals, as Japanese, Korean and Vietnamese
        English writes a name in results and programmes: '"Tidal Stripes" – TARVIKA Hinata (Orlan College)',
        "– KETTLE Thi Lan (X)". The capitals, then one to three words in ordinary case, after a dash or a
        colon and before a parenthesis or the line's end (a known acronym is no family name)."""
        t = self.text
        for m in found:
            ws = m.text.split()
            lead = re.search(r"[–—:-]\s*(?P<caps>[A-Z]{3,15}\s+)?$", t[sent.start:m.start])
            if lead is None or not re.match(r"\s*(?:\(|$|;|,)", t[m.end:sent.end]):
                continue
            if (m.kind == "Unknown" and m.rule == "capitalised-name" and 2 <= len(ws) <= 4 and ws[0].isupper()
                    and ws[0].isalpha() and len(ws[0]) >= 3 and ws[0] not in self.acronyms
                    and all(w[:1].isupper() and not w.isupper() for w in ws[1:])):
                m.kind, m.cls, m.rule = "Person", "Person", "family-name-in-capitals"
            elif (m.kind == "Person" and lead.group("caps") and lead.group("caps").strip() not in self.acronyms
                  and self.gaz.lookup(lead.group("caps").strip()) is None and len(ws) <= 3):
                # "NGUYEN ⟨Thi Thu Trang⟩": the family name in capitals before the name found
                a = sent.start + lead.start("caps")
                m.start, m.text, m.rule = a, t[a:m.end], "family-name-in-capitals"

    def places_apart(self, m: Mention) -> list[Mention]:
        """ "held in Orlanburg and Kettle": two towns in the slot, not one ("Kettle" may be a given name; a
        country of two words, "Trinidad and Tobago", is the gazetteer's)."""
        if m.rule != "held-in-slot" or " and " not in m.text or self.gaz.lookup(m.text) is not None:
            return [m]
        k = m.text.index(" and ")
        a, b = m.text[:k], m.text[k + 5:]
        if not (a[:1].isupper() and b[:1].isupper()) or " " in b.strip() and len(b.split()) > 3:
            return [m]
        return [Mention(m.start, m.start + k, a, "Place", "City", "held-in-slot", m.sent),
                Mention(m.start + k + 5, m.end, b, "Place", "City", "held-in-slot", m.sent)]

    def people_in_lists(self, found: list[Mention]) -> None:
        """A list is of one kind: a candidate name (two to four capitalised words, no head) listed next to
        a person is a person ("Former presidents of X Ada Okoro, Tarek Selwan and Md Rafiq Hossain"),
        however unknown its words. Each pass turns at least one candidate or stops, so it ends."""
        # (what a parenthesis says of an item is no item: "A (ORG), B (ORG) and C")
        ordered = sorted((m for m in found if not _in_parentheses(self.text, m)), key=lambda x: x.start)
        changed = True
        while changed:
            changed = False
            for a, b in zip(ordered, ordered[1:]):
                if not _LIST_GAP.fullmatch(self.text[a.end:b.start]):
                    continue
                for person, cand in ((a, b), (b, a)):
                    if person.kind != "Person" or cand.kind != "Unknown" or cand.rule != "capitalised-name":
                        continue
                    parts = self._list_names(cand)
                    if parts is None:
                        continue
                    cand.kind, cand.cls, cand.rule = "Person", "Person", "name-in-list"
                    if len(parts) == 2:  # "A B and C D", the list's last two items in one chunk
                        cand.end, cand.text = parts[0][-1][2], self.text[cand.start:parts[0][-1][2]]
                        second = self.mk(parts[1], "Person", "Person", "name-in-list", cand.sent)
                        found.append(second)
                        ordered.insert(ordered.index(cand) + 1, second)
                    changed = True
                    break
                if changed:
                    break

    def _list_names(self, cand: Mention) -> list[list[Word]] | None:
        """The personal names a list item holds: itself, or the two sides of its "and", each of two to four
        capitalised words with no head; None when it is not such an item."""
        ws = words(self.text, cand.start, cand.end)
        cuts = [k for k, w in enumerate(ws) if w[0].lower() in {"and", "&"}]
        sides = [ws[:cuts[0]], ws[cuts[0] + 1:]] if len(cuts) == 1 else [ws] if not cuts else []
        if sides and all(2 <= len(side) <= 4 and plausible_name(side) and not any(
                is_role_word(w[0]) or w[0].lower() in lx.THING_WORDS for w in side) for side in sides):
            return sides
        return None  # (not "Economic Counsellor", "Acme Tecnologia Têxtil": roles and firms are listed too)


# what only a person is, in apposition to a name, that is no post's head (and is a word of names: "Hosted
# Buyer Programme"): "NAME, a yarn buyer for ORG", "NAME, a cotton grower from TOWN"
_PERSON_NOUNS = r"(?:buyer|grower|ginner|weaver|tailor|artisan|student|farmer|entrepreneur|homemaker|retiree)s?"
# the triggers of an agent list, and the list so far: "organised by A, B and ", "in association with the "
# a common noun right before a name says what the name is: "the Orlan-based label Tarvik Modern", "the programme X"
THING_BEFORE = re.compile(r"\b(?:program|programme|label|brand|firm|company|cooperative|co-operative|project|platform|"
                          r"initiative|app|magazine|newspaper|journal|mill|factory|startup|start-up|shop|store|retailer|"
                          r"maker|manufacturer|exporter|spinner|weaver|chain|network|scheme|fund|campaign)\s+$")
# a kind of firm right before a name, after an article or a capitalised word: "the Dutch recycler X", "the
# trade weekly X", "Hong Kong knitwear maker X" (not "a yarn buyer for X": a person's role, then "for")
FIRM_KINDS = (r"house|recycler|retailer|maker|manufacturer|spinner|weaver|mill|company|firm|group|brand|label|weekly|"
               r"magazine|newspaper|daily|monthly|journal|bank|lender|chain|start-up|startup|trader|exporter|importer|"
               r"producer|supplier|operator|consultancy|cooperative|co-operative|marketplace|insurer|forwarder|laundry|"
               r"dyehouse|tannery|distributor|wholesaler|conglomerate|broadcaster|publisher|outlet|recyclers|platform|"
               # and bodies that are no firm: "the non-governmental organisation X", "the charity X"
               r"organisation|organization|ngo|charity|nonprofit|non-profit|foundation|federation|alliance|collective|"
               r"union|association|network")
_MEDIA_AFTER = re.compile(r"\s+(?:magazine|newspaper|daily|weekly|monthly|journal|radio|television|tv)\b")
DESCRIBED_ORG_BEFORE = re.compile(rf"(?:\b(?:the|a|an)\s+|(?<![\w'’-])(?-i:[A-Z])[\w'’-]*\s+)(?:[a-z][\w'’&-]*\s+){{0,3}}?"
                                  rf"(?:{FIRM_KINDS})\s+$")
AGENT_TRIGGERS = (r"(?:(?:co-)?organi[sz]ed|(?:co-)?hosted|(?:co-)?sponsored|supported|guided|undertaken|carried out|backed|promoted|"
                  r"funded|convened|staged|presented|powered|run|implemented|coordinated|managed|administered|"
                  r"financed|co-funded|co-financed|endorsed|assisted|spearheaded|facilitated)\s+(?:jointly\s+)?by|"
                  r"funded\s+(?:through|via)|in\s+(?:association|partnership|"
                  r"collaboration|cooperation|conjunction)\s+with|(?:together|jointly)\s+with|(?:with|had|has|have|received|"
                  r"receives|enjoyed|thanks\s+to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:support|backing|sponsorship|participation|"
                  r"funding|patronage)\s+(?:of|from)|under\s+the\s+patronage\s+of")
# between the trigger and a later item of its list, only names and the words that join them: "organised by
# the A Association, the B Council of X and C" (not "in conjunction with A held its congress at B, Town":
# "held its congress" ends the list)
_LIST_WORD = (r"(?:[^\s.,;:a-z][^\s,;:]*|and|the|of|for|in|on|de|del|della|di|da|do|du|des|la|le|y|et|e\.V\.|as|well|"
              r"along|together|with|&|its|their|both)")
# (an item's apposition may stand between: "by A, a New York-based union, together with B, a network of groups, and C")
_LIST_APPOS = r",\s*(?:an?|the)\s+[^,;:.]{1,80}?,\s*"
_FUNDED_BY = re.compile(r"(?i:(?:co-)?(?:funded|financed|supported|backed))\b")  # (a programme that pays or backs stays one)
AGENT_LIST_BEFORE = re.compile(rf"(?i:{AGENT_TRIGGERS})\s+(?:(?:{_LIST_APPOS}|{_LIST_WORD}(?:\s+|\s*,\s*|(?=,)))*?(?:{_LIST_WORD})?\s*"
                               rf"(?:,|\band\b|&|\bas\s+well\s+as\b)\s*)?(?:[Tt]he\s+)?$")
# a list of firms introduced by what they are: "manufacturers such as A and B from X, and C", "brands including D"
_FIRM_NOUNS = (r"(?:companies|firms|manufacturers|makers|brands|retailers|exporters|mills|suppliers|producers|exhibitors|"
               r"factories|start-?ups|enterprises|spinners|designers'\s+labels|labels)")
_FIRM_LIST_WORD = rf"(?:{_LIST_WORD}|from|based|in)"
FIRMS_LIST_BEFORE = re.compile(rf"\b(?i:{_FIRM_NOUNS}\s+(?:such\s+as|including|like|among\s+them))\s+"
                               rf"(?:{_FIRM_LIST_WORD}(?:\s+|\s*,\s*|(?=,)))*?(?:{_FIRM_LIST_WORD})?\s*"
                               rf"(?:,|\band\b|&)?\s*$")
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in lx.ROLE_HEADS), key=len, reverse=True))
_ORG_ROLE_COMMA = re.compile(rf"\s+(?:[A-Za-z-]+\s+){{0,2}}?(?i:{_ROLE_ALT})\s*,\s*")
_ACRONYM_ROLE = re.compile(rf"\s+(?:[a-z-]+\s+){{0,3}}?(?:{_ROLE_ALT})\s+(?=[A-Z])")  # (lower case only: "ACMA chairman ")
ROLE_OF_BEFORE = re.compile(rf"\b(?:{_ROLE_ALT})\s+of\s+(?:the\s+)?$", re.I)
DASH = r"(?:\s*[–—]\s*|\s+-\s+|\s*:\s*)"  # a dash or colon between a role and a name on a list line
# a role right before, then a comma, "of", "at" or an opening parenthesis: what follows holds the post
# (a post is one person's: no plural roles; after a comma only in apposition to a name, "NAME, Director, X",
# not "ORG President, NAME said")
_SINGULAR_ROLE = "|".join(sorted((re.escape(r) for r in lx.ROLE_HEADS if not r.endswith("s") or r == "boss"), key=len, reverse=True))
# the start of a list line, a role and "of": "- Secretary of " (what follows, then a colon, is its function)
_LIST_LINE_ROLE_OF = re.compile(r"\s*(?:[•·▪●*–—-]\s*)?(?:[\w.-]+\s+){0,3}?[\w.-]+\s+(?:of|for)\s+")
# ", Chairman " between a name and the organization of the post (South Asian English writes no "of")
_ROLE_WITHOUT_OF = re.compile(rf",\s*(?:{_SINGULAR_ROLE})\s+", re.I)
# after a quoted name: ', a two-year programme', ', an initiative' (what the name is)
_PROGRAMME_APPOSITION = re.compile(r"[\"”]?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:programme|program|initiative|scheme|"
                                   r"project|campaign)\b")
# what a minister holds, up to a mention: "Minister of Commerce, Industry and " (a list of portfolios)
# (items are joined by commas and "and": in "..., Senator NAME" the name is no portfolio)
_PORTFOLIO_BEFORE = re.compile(r"\b(?i:minister)\s+(?:of|for)\s+(?:(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*"
                               r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+))*$")
_DISTANCE_AFTER = re.compile(r",?\s+(?:about|some|around|nearly|roughly|over)?\s*\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+"
                             r"(?:from|of|north|south|east|west|outside|away)\b")
_ROLE_END = re.compile(rf"\b(?i:{_ROLE_ALT})\s+$")
_ROLE_OF_BEFORE = re.compile(rf"\b(?i:{_ROLE_ALT}|member)\s+of\s+(?:the\s+)?$")
_OWN_ROLE_COMMA = re.compile(rf"\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:[A-Za-z&-]+\s+){{0,3}}?(?i:{_ROLE_ALT})\s*,\s*$")
ROLE_THEN_ORG = re.compile(rf"(?:\b(?:{_SINGULAR_ROLE})\s+(?:of|at|with)|\b(?:{_SINGULAR_ROLE})\s+(?:of|for|in)\s+[\w&/-]+(?:\s+[\w&/-]+){{0,3}}?\s+at|"
                           rf",\s*(?:[\w&-]+\s+){{0,3}}(?:{_SINGULAR_ROLE})\s*,)\s*(?:the\s+)?$", re.I)  # (and "head of R&D at X")
ROLE_THEN_NAME = re.compile(rf"(?:^|\n|[•·▪●*]\s*)\s*(?:[A-Z][\w-]*\s+){{0,3}}(?:{_ROLE_ALT}){DASH}$|(?:{_ROLE_ALT})\s*[–—]\s*$", re.I)
NAME_THEN_ROLE = re.compile(rf"(?:{DASH}|\s*\(\s*)(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_ALT})\b", re.I)


_ACRONYM_PAIR = re.compile(r"[A-Z][A-Z0-9&-]{1,9} and [A-Z][A-Z0-9&-]{1,9}")


def _split_at_and(m: Mention) -> int | None:
    """Where " and " cuts a name in two (an offset in the article), if it does once."""
    cuts = [k.start() for k in re.finditer(r" and ", m.text)]
    return m.start + cuts[-1] if len(cuts) == 1 else None


def quoted_spans(text: str, base: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[\"“]([^\"“”]{2,200})[\"”]", text):
        out.append((base + m.start(1), base + m.end(1)))
    return out


def merge_list_names(ws: list[Word], chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join "Trade Fair for Apparel, Textiles and Textile Technologies": a comma list inside the
    "for/of" complement of an event or organization head."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(chunks):
        i, j = chunks[k]
        if out and (run := _list_run(ws, out[-1], chunks[k:])):
            # (a list of any length: "Ministry of Trade, Co-operatives, Micro, Small and Medium Enterprises")
            out[-1] = (out[-1][0], chunks[k + run - 1][1])
            k += run
            continue
        out.append((i, j))
        k += 1
    return out


def _list_run(ws: list[Word], head: tuple[int, int], rest: list[tuple[int, int]]) -> int:
    """How many of the chunks ``rest`` continue the comma list in the complement of the head chunk (0 if
    none): each follows a lone comma, has no head and is no name, and the last has the "and"."""
    pi, pj = head
    if head_class(ws[pi:pj]) is None or not any(w[0].lower() in {"for", "of"} for w in ws[pi:pj]):
        return 0
    end = pj
    for n, (i, j) in enumerate(rest, 1):
        if not (end < len(ws) and ws[end][0] == "," and i == end + 1) or head_class(ws[i:j]) is not None or looks_like_name(ws[i:j]):
            return 0
        if any(w[0].lower() == "and" for w in ws[i:j]):
            return n
        end = j
    return 0


# between two items of a list: ", ", "; ", " and ", ", and " (a gloss in parentheses may close the first)
def _in_parentheses(text: str, m: Mention) -> bool:
    """Whether a mention is inside an open parenthesis on its line ("NAME (ORG, Town)")."""
    line = text[text.rfind("\n", 0, m.start) + 1:m.start][-120:]
    return line.count("(") > line.count(")")


_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)")

# "the federation", "the ministry": a reference to an organization the article has named (kg.resolve)
_ORG_REFERENCE_WORDS = ("association|federation|ministry|council|chamber|agency|authority|bureau|commission|institute|"
                        "university|foundation|alliance|union|society|guild|confederation|cooperative|syndicate")
# (and with a capital, as a body's own statement writes it: "President of the Syndicate"; not where a name goes
# on, "the Council Chamber", "the Union's Women Workers' Committee")
# (not a compound the word qualifies: "laid the foundation stone", "in the council chambers")
ORG_REFERENCE = re.compile(rf"\b[Tt]he (?:({_ORG_REFERENCE_WORDS})\b(?!\s+(?:of|for)\b)(?!\s+(?:members?|leaders?|stones?|chambers|"
                           rf"budget|building|premises|hall|offices?|website)\b)"
                           rf"|({_ORG_REFERENCE_WORDS.title()})\b"
                           rf"(?!\s+(?:of|for)\b)(?!\s+[A-Z])(?!['’]s\s+[A-Z]))")


def organization_references(sent: Sentence) -> list[Mention]:
    return [Mention(sent.start + m.start(), sent.start + m.end(), m.group(0), "Organization", "Organization",
                    "organization-reference", sent.index, anaphor=True) for m in ORG_REFERENCE.finditer(sent.text)]


def resolve_overlaps(found: list[Mention]) -> list[Mention]:
    """Keep the longest mention where two overlap (a chunk beats a lower-case event phrase inside it)."""
    order = sorted(found, key=lambda m: (-(m.end - m.start), m.start))
    kept: list[Mention] = []
    for m in order:
        if any(m.start < k.end and k.start < m.end for k in kept):
            continue
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)
