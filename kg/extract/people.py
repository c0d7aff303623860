"""Personal names from general evidence, for names of any country.

A run of capitalised words is a personal name when its shape allows one (initials, particles such as
"van der" or "bin", a suffix such as "Jr.", no head noun of an organization, event or place) and one
piece of evidence says so: a given name from the curated lexicon of many countries
(``ontology/lexicon/given-names.txt``), initials beside a word that is not a word of the language
("K. Ramanathan", "Arun K. S."), a particle that only personal names have ("Ali bin Omar",
"Anna van der Berg") or a name prefix ("Syed ...", "Md. ..."). The slot a name fills (an honorific, a
role, a speech verb) is evidence too; that is read where the slot is (kg.extract.mentions.MentionFinder.contextual).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import lexicon as lx
from ..resources import ontology_file

# "K.", "S.V.", "V": an initial; "K" alone only between other name words
INITIAL = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")
QUOTES = {'"', "“", "”", "‘", "’", "'"}
# the end of a name: "Smith Jr.", "John Doe III"
SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
# lower-case words inside a personal name; "de", "da", "di", "la", "le" name organizations as well
# ("Universidad de X"), so only the others are evidence by themselves
PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "le", "la", "los", "las", "bin",
             "binti", "bint", "ibn", "ul", "ur", "ud", "al", "el", "ter", "ten", "e", "y", "zu", "af", "bte", "a/l", "a/p",
             # Catalan "i" between two family names ("Vessan i Marrin"), "dels" ("Maria dels Àngels")
             "i", "dels",
             # a married woman's birth name after hers, as French and West African English write it ("Awa ORLANI née KETTLA")
             "née", "nee"}
# the first word of a family name of more than one word, as a later mention gives it alone: "Ms Ní Dhuinn"
# (Irish Ó, Ní, Nic, Mac, Mc, Ua), "Mr van der Berg", "Dr De la Cruz", "Mr Al Mansouri"
FAMILY_PARTICLES = PARTICLES | {"ó", "ní", "nic", "mac", "mc", "ua", "uí", "ap", "ben", "abu"}
PERSON_PARTICLES = {"van", "von", "der", "den", "bin", "binti", "bint", "ibn", "ul", "ur", "ud", "bte", "zu", "dos"}
# words that open a personal name in South Asian and Middle Eastern usage and are part of it
NAME_PREFIXES = {"syed", "sayed", "sayyid", "mian", "chaudhry", "chaudhary", "khawaja", "khwaja", "sheikh", "shaikh",
                 "md.", "mohd.", "mohd", "haji", "hajji", "makhdoom", "pir", "sardar"}
# "Ahmed al-Rashid", "Omar el-Sayed": a hyphenated particle starts a family name in lower case
PARTICLE_PREFIX = re.compile(r"(?:al|el|ul|ud|ur|bin|ibn|ben|abu|da|de|di|van|von|d|l)[-'’][A-ZÀ-Þ]\w+")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names that are not also words of the language (see the lexicon's README)."""
    return _read("lexicon/given-names.txt")


@lru_cache(maxsize=1 << 14)
def is_given(word: str) -> bool:
    """Whether a word is a given name of the lexicon, as written or without its diacritics: the lexicon
    spells "Oscar" and "Jose", an article "Òscar" and "José" (and a given name of any other letters so)."""
    low = word.lower()
    if low in given_names():
        return True
    folded = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    return folded != low and folded in given_names()


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Given names that are also English words or names of things ("Grace", "Hope", "Summer"):
    evidence only with a slot that says person."""
    return _read("lexicon/given-names-common.txt")


def _read(name: str) -> frozenset[str]:
    text = ontology_file(name).read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _place(word: str) -> bool:
    from .gazetteer import gazetteer

    entry = gazetteer().lookup(word)
    return entry is not None and entry.kind == "place"


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a personal name: letters of any script, with inner
    hyphens or apostrophes ("O'Rourke", "Lee-Wright", "Yıldız"), or a lower-case particle prefix
    ("al-Rashid")."""
    core = word.replace("-", "").replace("'", "").replace("’", "")
    if PARTICLE_PREFIX.fullmatch(word):
        return True
    return bool(core) and core.isalpha() and word[0].isupper() and not (word.isupper() and len(word) > 2)


def _blocked(word: str) -> bool:
    # (a month's short form is a name as well: "Jan Novák", "Daw Thida Mar Oo")
    low = word.lower()
    return (low in lx.ROLE_HEADS or low in lx.ORG_HEADS or low in lx.EVENT_HEADS or low in lx.PLACE_HEADS
            or low in lx.PROGRAMME_HEADS or low in lx.MONTHS and low not in lx.SHORT_MONTHS or low in lx.WEEKDAYS or low in lx.NOT_NAMES
            or low in lx.HEAD_FIRST_ORGS or low in lx.HEAD_FIRST_VENUES or low in lx.VENUE_HEADS
            or low in lx.STREET_WORDS and low not in {"way", "lane", "drive"})  # (surnames: "Way", "Lane")


def parts(texts: list[str]) -> list[str] | None:
    """The kind of each word of a would-be name ("initial", "word", "particle", "suffix", "prefix"),
    or None when the words cannot be a personal name at all."""
    kinds = _parts(tuple(texts))
    return None if kinds is None else list(kinds)


@lru_cache(maxsize=1 << 15)  # the chunk rules ask about the same words several times
def _parts(texts: tuple[str, ...]) -> tuple[str, ...] | None:
    if not texts or len(texts) > 7:
        return None
    kinds: list[str] = []
    for k, t in enumerate(texts):
        low = t.lower()
        if _blocked(t):
            return None  # "Groep B.V.": a legal form, not initials
        if t in QUOTES and 0 < k < len(texts) - 1:
            kinds.append("quote")  # around a nickname: 'William "Bill" Adeyemi'
            continue
        if k == 0 and low in NAME_PREFIXES and len(texts) > 1:
            kinds.append("prefix")
        elif INITIAL.fullmatch(t) and (t.endswith(".") or 0 < k < len(texts) - 1 or len(texts) > 2):
            kinds.append("initial")
        elif k == 0 and re.fullmatch(r"[A-Z]{2,3}", t) and low not in lx.ROLE_HEADS | lx.ROLE_ABBREVIATIONS and len(texts) >= 3 and any(
                is_given(w) for w in texts[1:]):
            kinds.append("initial")  # "SM Kamal Hossain", "AKM Jahid Hasan": initials without stops, then a given name
        elif k == len(texts) - 1 and k >= 2 and low in SUFFIXES:
            kinds.append("suffix")
        elif 0 < k < len(texts) - 1 and low in PARTICLES:
            kinds.append("particle")
        elif is_name_word(t):
            kinds.append("word")
        else:
            return None
    return tuple(kinds)


def by_shape(texts: list[str], slot: bool = False) -> bool:
    """Whether capitalised words are a personal name on general evidence. ``slot``: the context
    already says person (an honorific or a role next to it), so a given name that is also an English
    word counts, and two plain name words are enough."""
    return _by_shape(tuple(texts), slot)


@lru_cache(maxsize=1 << 15)
def _by_shape(texts: tuple[str, ...], slot: bool) -> bool:
    kinds = _parts(texts)
    if kinds is None:
        return False
    words = [t for t, k in zip(texts, kinds) if k == "word"]
    if kinds.count("quote") not in (0, 2):
        return False
    if not words or (len(texts) < 2 and not slot):
        return False
    if slot:
        return True
    # a given name anywhere but last ("Tanvir Hasan Mahmud"), unless it names a place ("West Africa ...")
    # (among the first two words: "Harbour Affairs Pieter Vonk" is a portfolio, then a name)
    if (len(words) >= 2 or "initial" in kinds) and any(
            is_given(w) and not _place(w) for w in (words[:-1] if len(words) >= 2 else words)[:2]):
        return True
    if "initial" in kinds and any(len(w) >= 3 and w.lower() not in common_words() for w in words):
        return True  # "K. Ramanathan", "Arun K. S."
    if any(t.lower() in PERSON_PARTICLES for t, k in zip(texts, kinds) if k == "particle") and len(words) >= 2:
        return True  # "Ali bin Omar", "Anna van der Berg"
    if kinds[0] == "prefix" and len(words) >= 1:
        return True  # "Syed Ali Raza", "Md. Hatem"
    if kinds.count("quote") == 2 and len(words) >= 3 and not any(
            w.lower() in lx.ORG_HEADS or w.lower() in lx.ROLE_HEADS or w.lower() in lx.EVENT_HEADS for w in words):
        return True  # 'Wade "Hoss" Kettle': a nickname in quotes between name words is a person's
    return any(PARTICLE_PREFIX.fullmatch(w) for w in words[1:])  # "Ahmed al-Rashid"


def first_family_name(words: list[str]) -> str:
    """The first of two family names, which Spanish, Catalan and Portuguese usage writes alone: "Kettle" of
    "Jordi Kettle Tarvik", "Vessan" of "Àlex Vessan i Marrin"; "" when the name is not a given name and two
    family names ("Maria Elena Lopez": a second given name; "K. L. Rao": initials)."""
    core = [w for w in words if w.lower() not in {"i", "y", "e"}]
    if (len(core) != 3 or len(words) - len(core) > 1 or not is_given(core[0]) or is_given(core[1])
            or not all(len(w) > 2 and w.replace("-", "").replace("'", "").isalpha() for w in core)):
        return ""
    return core[1]


_NICKNAME = re.compile(r"\s+[\"“‘']([^\"”’']{1,20})[\"”’']\s+")


def name_forms(text: str) -> tuple[str, set[str]]:
    """The label of a personal name as written, and the shorter forms it also goes by:
    'William "Bill" V. Adeyemi Jr.' is "William V. Adeyemi Jr.", also "Bill Adeyemi" and "William Adeyemi"."""
    nickname = _NICKNAME.search(text)
    label = _NICKNAME.sub(" ", text).strip() if nickname else text
    texts = label.split()
    kinds = parts(texts) or []
    words = [t for t, k in zip(texts, kinds) if k == "word"]
    forms = set()
    if len(words) >= 2 and len(words) < len(texts) and kinds[0] == "word":
        forms.add(f"{words[0]} {words[-1]}")  # without initials or a suffix
    if nickname and words:
        forms.add(f"{nickname.group(1)} {words[-1]}")
    if nickname:
        forms.add(text)  # as written, 'William "Bill" Adeyemi', which is how the article names the person
    return label, forms - {label}
