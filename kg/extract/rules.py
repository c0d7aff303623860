"""Relation, post and attribute rules over sentences whose mentions are masked as ``⟨i⟩``.

Each rule is a regular expression over the genre's constructions ("guided by A, hosted by B and C",
"NAME, TITLE of ORG", "more than N people from A, B ... participated"); a match yields facts, and
the matched text is the fact's evidence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date

from . import lexicon as lx
from .facts import Evidence, Fact, Post
from .mentions import DASH, FIRM_KINDS, PROGRAMME_SLOT, Mention, Sentence  # (DASH: between a role and a name, "Chair: NAME", "NAME – Secretary")
from .resolve import Entity, Resolver, generic_event, normalise

M = r"⟨(\d+)⟩"  # a masked mention
PAREN = r"(?:\s*\([^)]*\))?"
# between the items of a list: "A, B and C", "A & B", "A, along with B, as well as C"
_ALONG = r"(?:along|together)\s+with\s+"
SEP = rf"(?:\s*,\s*(?:and\s+|as well as\s+|{_ALONG})?|\s+and\s+|\s+as well as\s+|\s+{_ALONG}|\s*;\s*(?:and\s+)?|\s*&\s*)"
SEP_IN_SENTENCE = rf"(?:\s*,\s*(?:and\s+|as well as\s+|{_ALONG})?|\s+and\s+|\s+as well as\s+|\s+{_ALONG}|\s*&\s*)"  # SEP without ";"
# ", a global organiser of ⟨4⟩ events," between two items; not ", the ⟨5⟩", an item with "the"
_APPOS_BODY = r"\s*,\s*(?:an?|the)\s+[^,;⟨⟩]{1,80}?(?:⟨\d+⟩[^,;⟨⟩]{0,30}?)?"
# ", Vice Minister of Industry and Commerce," between two people of a list: a title in capitals (with its
# organization at the end at most: ", Ambassador and Head of the ⟨3⟩,")
_APPOS_TITLE = (r"\s*,\s*(?-i:[A-Z][\w.'’-]*)(?:\s+(?:(?-i:[A-Z][\w.'’-]*)|of|and|for|the|&|in)){0,10}?"
                r"(?:\s+(?:of|at|for)\s+(?:the\s+)?⟨\d+⟩)?")
APPOS = rf"(?:(?:{_APPOS_BODY}|{_APPOS_TITLE})(?=\s*,))?"
# "by Mr. NAME", "by the ABC (Acme ...)": an honorific before, an acronym or gloss in parentheses after
# titles of address before a name, as the lexicon lists them, up to two in a row ("Hon. Dr. X", "Licda. Y")
_TITLES = sorted({h.rstrip(".").lower() for h in lx.HONORIFICS | lx.TITLE_BEFORE_NAME if len(h.rstrip(".")) > 1})


def _trie(words: list[str]) -> str:
    """One regex for many words, branching on their letters ("dr|drs|dott" is "d(?:r(?:s)?|ott)"): a plain
    alternation of ninety titles is tried word by word at every place a pattern may start."""
    if not words:
        return ""
    heads: dict[str, list[str]] = {}
    end = False
    for w in words:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
        else:
            end = True
    if not heads:
        return ""
    alts = [re.escape(c) + _trie(rest) for c, rest in sorted(heads.items())]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if end else body


# an Indian or Pakistani civil service written after a name ("NAME, IAS, Collector"): no part of the post
# (and the letters of a fellowship or a profession after a name: "NAME, FIE, Member, ORG", "NAME, FCA")
_POST_NOMINALS = r"FIE|MIE|FNAE|FTI|CText|FCA|ACA|FCMA|FRSA"
_DEGREES = lx.DEGREES  # ("NAME, M.T., head of X")
# (and an alumnus's class year after the name, as American colleges write it: "NAME '81, president of ORG")
SERVICE = rf"(?:\s+['’]\d\d(?![\w⟨]))?(?:,\s*(?-i:IAS|IPS|IFS|IRS|IRTS|IFoS|PCS|HCS|RAS|PAS|CSP|{_POST_NOMINALS}|{_DEGREES})(?![\w⟨]))*"
# (and a title in brackets after them: "Prof. (Dr.) X", "Lt. Col. (Ret.) Y")
HONORIFIC = (r"(?:(?<![\w.'])(?i:" + _trie(_TITLES) + r")\.?\s+){0,2}"
             r"(?:(?<=\.\s)\((?i:" + _trie(_TITLES + ["ret", "retd"]) + r")\.?\)\s+)?")
# (a list that follows its trigger takes an honorific on its first item too: see AFTER)
_PAREN_IN_LIST = rf"(?:{PAREN}(?={SEP}(?:(?:by|from)\s+)?(?:the\s+)?{HONORIFIC}⟨))?"  # only where the list goes on
BASED = r"(?:[\w-]+-based\s+)?"  # "City-based ORG"
# "run by the college's ⟨Division of X⟩", "by ⟨the university⟩'s ⟨School of Y⟩": whose unit it is (a mention
# there is passed over by the agent rules: see _possessors)
_OWNER = r"(?:(?:(?-i:[a-z]+)|⟨\d+⟩)['’]s\s+)?"
# and what a list item after an agent trigger is: "with the non-governmental organisation ORG", "by the
# Vandish recycler ORG" (only after a trigger: at the head of a pattern tried at every word it cost a
# third of all extraction time)
DESCRIBED = rf"{BASED}(?:(?=(?:[\w'’-]+\s+){{1,3}}⟨)(?:[\w'’-]+\s+){{0,2}}?(?:{FIRM_KINDS})\s+)?"
LIST = rf"(?:the\s+)?{_OWNER}{BASED}{M}{_PAREN_IN_LIST}{APPOS}(?:{SEP}(?:(?:by|from)\s+)?(?:the\s+)?{HONORIFIC}{BASED}{M}{_PAREN_IN_LIST}{APPOS})*"
AGENT_LIST = rf"(?:the\s+)?{_OWNER}{DESCRIBED}{M}{_PAREN_IN_LIST}{APPOS}(?:{SEP}(?:(?:by|from)\s+)?(?:the\s+)?{HONORIFIC}{DESCRIBED}{M}{_PAREN_IN_LIST}{APPOS})*"
AFTER = rf"\s+{HONORIFIC}"  # between a trigger and its list: "presided over by Mr. ⟨3⟩"

# (as tries: a role is tried at every word of a sentence, and an alternation of ninety heads word by word was
# a tenth of all extraction time; words matching at one place are prefixes of each other, so the trie tries
# them longest first, as the alternation sorted by length did)
_mods = _trie(sorted({w.lower() for w in lx.ROLE_MODIFIERS | lx.FUNCTION_MODIFIERS}))
_heads = _trie(sorted({w.lower() for w in lx.ROLE_HEADS}))
ROLE = rf"(?:(?:{_mods})[\s-]+){{0,3}}(?:{_heads})(?:\s+(?:{_heads}))?(?:\s+general\b)?"  # ("Secretary General")
ROLES = rf"{ROLE}(?:\s*(?:,|and|&)\s*{ROLE})*"
# what a head is head of: "head of fibre sourcing at ORG", "director of the apparel category at ORG"
_FN_WORD = r"(?!(?:and|or|at|in|for|with|of|the|an?)\b)[a-z][a-z-]*"
# what the article says the organization is, before its name: "of Kenyan spinner ORG", "at fashion retailer ORG"
# (and "of the employers' association ORG"; and a town before them: "of the ⟨Tallinn⟩ knitwear maker ORG")
DESCRIPTOR = rf"(?:⟨\d+⟩\s+(?=[a-z]))?(?:{_FN_WORD}['’]?\s+){{0,3}}?"
# "lecturer in textile engineering at ORG", "senior vice president for global sourcing at ORG", "head of
# sourcing for South Asia at ORG"
# (or capitalised words right after the role, without "of": "General Manager Exports at ORG")
FUNCTION = (rf"(?:(?:\s+(?:of|in|for)\s+(?:the\s+)?{_FN_WORD}(?:\s+{_FN_WORD}){{0,2}}){{1,2}}"
            rf"|(?:\s+(?-i:[A-Z][a-z]+)){{1,2}}(?=\s+(?:at|of|for|with)\s))")

# the region a role is for, before it: "NAME, Eastern Region Organiser of ORG" (a place's mention; the role
# is "organiser")
_WHERE = r"(?:⟨\d+⟩\s+(?=[A-Z]))?"

AGENT_RULES = [
    ("guidedBy", r"(?:guided|directed|instructed|supervised)\s+by|under\s+the\s+(?:guidance|direction|auspices)\s+of|guiding\s+units?\s+(?:was|were|is|are|included)"),
    ("hostedBy", r"(?:co-)?(?:hosted|sponsored|convened)\s+(?:jointly\s+)?by|(?:host|sponsor)s?\s+(?:was|were|is|are|included)"),
    ("organizedBy", r"(?:co-)?organi[sz]ed\s+(?:jointly\s+)?by|co-organi[sz]ed\s+with|organi[sz]ed\s+(?:(?:together|jointly)\s+)?with(?!\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:support|help|assistance|funding|backing|participation|contributions?)\b)|promoted\s+(?:jointly\s+)?by|in\s+(?:partnership|cooperation|collaboration|association|conjunction)\s+with|undertaken\s+(?:jointly\s+)?by|(?:jointly\s+)?(?:carried\s+out|launched|initiated|staged|run|held|implemented|coordinated|managed|administered|delivered|conducted|facilitated|spearheaded)\s+(?:jointly\s+)?by|organi[sz]ers?\s+(?:was|were|is|are|included)"),
    ("supportedBy", r"(?:supported|backed|assisted|co-sponsored|funded|co-funded|financed|co-financed|endorsed)\s+(?:jointly\s+)?by|(?:with|had|has|have|received|receives|enjoyed|thanks\s+to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:support|funding|backing|sponsorship|patronage)\s+(?:from|of)|under\s+the\s+patronage\s+of"),
]
# (compiled once; a trigger starts a word: "supported by" is not in "unsupported by", nor "led by" in "recycled by";
# the boundary also spares the alternation at every letter, half the time of these patterns)
_AGENT_RX = [(pred, re.compile(rf"\b(?:{trigger}){AFTER}(?P<list>{AGENT_LIST})", re.I)) for pred, trigger in AGENT_RULES]
AGENT_ALSO = {"sponso": "supportedBy", "conven": "organizedBy"}  # by the first letters of the trigger
ACTIVE_AGENT = [
    # (and what an agent will do: "ORG will host the welcome reception", "ORG will organise the fair")
    ("hostedBy", r"(?:jointly\s+)?(?:hosted|sponsored|co-hosted|co-sponsored|hosts|co-hosts|(?:will|would|to)\s+(?:co-)?(?:host|sponsor))"),
    ("organizedBy", r"(?:jointly\s+)?(?:organi[sz]ed|co-organi[sz]ed|staged|launched|organi[sz]es|stages|presented|presents|(?:will|would|to)\s+(?:co-)?(?:organi[sz]e|stage))"),
    ("guidedBy", r"guided"),
    ("supportedBy", r"supported"),
]
# (a list comes first in these, so each was tried at every word of every sentence; the verb is looked for
# first, in the one sentence in eight that has one)
# (and in a relative clause after the agent: "The ⟨ORG⟩ (⟨ACR⟩), which organizes the show in partnership with ...")
# (and the unit it acts through, and when: "The ⟨Ministry⟩ (⟨M⟩), through its ⟨Directorate⟩ (⟨D⟩), today launched the ⟨X⟩")
_THROUGH_ITS = rf"(?:{PAREN}\s*,\s*(?:acting\s+)?through\s+its\s+(?:[a-z]+\s+)?(?P<via>⟨\d+⟩){PAREN}\s*,)?"
_WHEN = r"(?:\s+(?:today|yesterday|officially|formally|jointly|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?"
_ACTIVE_RX = [(pred, re.compile(verb), re.compile(rf"(?P<list>{LIST}){_THROUGH_ITS}(?:{PAREN}\s*,\s*(?:which|who)(?:\s+also)?)?{_WHEN}\s+(?:have\s+|has\s+|had\s+)?{verb}\s+(?:the|this|a|an)?\s*(?:[a-z]+-[a-z-]+\s+|(?:opening|closing|annual|official|final)\s+)?{M}"))
              for pred, verb in ACTIVE_AGENT]
# the event first, its agent in a relative clause after it: "the ⟨Forum⟩, which ⟨ORG⟩ organised with ⟨ORG2⟩",
# "the ⟨Fair⟩ that ⟨A⟩ and ⟨B⟩ have staged since 2009" (whoever it was done "with" did it too)
_RELATIVE_AGENT_RX = [(pred, re.compile(verb), re.compile(
    rf"{M}{PAREN}\s*,?\s*(?:which|that)\s+(?P<list>{LIST})(?:\s+(?:jointly|also|again|first))?\s+(?:have\s+|has\s+|had\s+)?"
    rf"{verb}(?:\s+(?:together\s+|jointly\s+)?with\s+(?P<with>{LIST}))?"))
    for pred, verb in ACTIVE_AGENT if pred != "guidedBy"]
OWN_EVENT_VERB = (r"(?:held|holds|is\s+holding|has\s+held|convened|convenes|concluded|concludes|opened|opens|organi[sz]ed|presented|presents|"
                  r"organi[sz]es|staged|stages|launched|launches|hosted|hosts)")
# the part an agent "acted as" or "served as", and the relation each names (first stem found wins)
AGENT_NOUN = (r"(?P<noun>guiding\s+units?|guidance\s+units?|organi[sz]ing\s+units?|(?:co-)?organi[sz]ers?|host\s+units?"
              r"|hosts?|(?:co-)?sponsors?|supporting\s+units?|supporters?)\b")
# (patterns that begin with a list are tried at every word; each is compiled once and run only where a word it
# needs is in the sentence: the verb or the noun)
# (and what a sponsor does again or anew: "ORG returns as title sponsor", "ORG joins as a gold sponsor")
_ACTED_AS = re.compile(r"(?:acted|acts|act|served|serves|serve|returns|returned|return|joins|joined|join)\s+as\s", re.I)
_AGENT_ACTED_AS = re.compile(rf"(?P<list>{LIST})\s+(?:(?:acted|acts|act|served|serves|serve)\s+as\s+(?:the\s+|an?\s+)?"
                             rf"|(?:returns|returned|return|joins|joined|join)\s+(?:this\s+year\s+)?as\s+(?:the\s+|an?\s+|its\s+)?"
                             rf"(?:(?-i:[a-z-]+)\s+){{0,2}}?){AGENT_NOUN}", re.I)
# "ORG was the main partner", "The platinum sponsor was ORG"
_COPULA_ROLES = r"(?P<noun>(?:co-)?sponsors?|partners?|(?:co-)?organi[sz]ers?|(?:co-)?hosts?)"
_COPULA_NOUN = re.compile(r"sponsor|partner|organi[sz]er|host")
_COPULA_AGENT = [
    # (what the article calls the agent may come first: "The Swedish outdoor brand ⟨1⟩ and the British retailer ⟨2⟩
    # were sponsors"; tried only in sentences with such a noun, see _COPULA_NOUN)
    # (not a verb after "to": "the agency was keen to host the talks")
    re.compile(rf"(?P<list>{AGENT_LIST})\s+(?:was|were|is|are)\s+(?:the\s+|its\s+|an?\s+)?(?:(?!to\b)[a-z-]+\s+){{0,2}}?{_COPULA_ROLES}\b"),
    re.compile(rf"\b(?:[Tt]he\s+|[Ii]ts\s+)(?:[a-z-]+\s+){{0,2}}?{_COPULA_ROLES}\s+(?:was|were|is|are)\s+(?:the\s+)?(?P<list>{LIST})")]
# the part an agent had, named after it: "with ⟨A⟩ and ⟨B⟩ as (the) sponsors", "with ⟨C⟩ as its knowledge partner"
_AS_PART = re.compile(rf"\s+as\s+(?:the\s+|its\s+|an?\s+)?(?:[a-z-]+\s+){{0,2}}?{_COPULA_ROLES}\b")
_WITH_AS = re.compile(rf"\bwith\s+(?P<list>{AGENT_LIST})\s+as\s+(?:the\s+|its\s+|an?\s+)?(?:[a-z-]+\s+){{0,2}}?{_COPULA_ROLES}\b")
_OWNERS_EVENT = re.compile(r"\b[Tt]he\s+(company|firm|group|association|federation|confederation|council|chamber|union|"
                           r"society|institute|alliance|foundation|cooperative|organi[sz]ation)['’]s\s+(?:[\w-]+\s+){0,2}?⟨(\d+)⟩")
_ITS = re.compile(r"\s(?:its|their|an?)\s")
# (and "the Committee held a formal meeting in X": a gathering the article has named only so, held by the body)
_OWN_EVENT = re.compile(rf"(?P<list>{LIST}){PAREN}(?:{_APPOS_BODY}(?:\s*\(⟨\d+⟩\))?\s*,)?\s+(?:today\s+|on\s+\w+\s+|also\s+)?{OWN_EVENT_VERB}\s+(?:its|their|an?)\s+(?:[\w-]+\s+){{0,2}}?{M}")
# a heading that introduces a list of officers, whoever they serve
OFFICERS = re.compile(r"\b(?:officers|office[- ]bearers|directors|board\s+members|new\s+board|executive\s+committee|"
                      r"committee\s+members|council\s+members|(?:executive|supervisory|management|governing)\s+board|"
                      r"board\s+of\s+directors|governing\s+(?:council|body)|presidium|leadership\s+team)\b", re.I)
AGENT_NOUN_PREDICATES = [("guidedBy", "guid"), ("organizedBy", "organi"), ("supportedBy", "support"),
                         ("hostedBy", "host"), ("hostedBy", "sponsor")]
PART_OF = r"(?:included\s+in|(?:is|was|as|forms?|formed)\s+(?:an?\s+|one\s+)?(?:important\s+|key\s+)?part\s+of|as\s+part\s+of|part\s+of|under\s+the\s+framework\s+of|a\s+(?:sub-)?event\s+of|one\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:activities|events|sessions|forums|sub-forums|side\s+events)\s+of)"
# a minister's title and portfolio: "Deputy Minister of Fisheries", "Minister for Energy and Water Supply"
MINISTER = r"(?:(?:[Dd]eputy|[Vv]ice|[Ss]tate|[Aa]ssistant|[Jj]unior|[Cc]abinet|[Pp]rovincial)[\s-]+)?[Mm]inister"
# (a list of portfolios too: "Minister of Trade, Co-operatives and Small Enterprises")
PORTFOLIO = r"[A-Z][\w'’-]*(?:\s+(?:and|&|of|the)\s+[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*|\s*,\s*(?:and\s+)?[A-Z][\w'’-]*)*"
# what may stand before a dateline's date: capitalised words, numbers, a mention, "No.", dashes, commas
# (each item ends in a separator, so no word can be cut into items: the match is linear)
_DATELINE_HEAD = re.compile(r"(?:(?:[A-Z][\w.'’-]*|⟨\d+⟩|\d+|\([^()]{1,40}\))[\s,:–—-]+){1,8}")
# a sentence about a session it does not name: "The talk will be moderated by ..."
_SESSION_SUBJECT = re.compile(r"\s*(?:The|This|That|Each)\s+(talk|session|panel|debate|presentation|workshop|"
                              r"roundtable)s?\b")
# a sentence that lists the speakers of what it does not name: "Among the speakers: ...", "Speakers included ..."
SPEAKER_LIST = re.compile(r"\b(?:among\s+the\s+speakers|speakers\s+(?:were|included|include|are)|panell?ists\s+"
                          r"(?:were|included|are)|the\s+panel\s+(?:featured|included|brought\s+together))\b", re.I)
# a body's own gathering, named by its number, year or kind: "the 31st annual general meeting of ORG" (not "a
# session of ORG", which may be anyone's meeting)
_MEETING_OF = re.compile(r"\d|\b(?:annual|general|agm|congress|assembly|conference|convention)\b", re.I)
# a sentence about a later edition of the event
FUTURE_EDITION = re.compile(r"\bnext\s+(?:edition|year|meeting|session|fair|show|conference|congress|forum|summit|expo)\b|"
                            r"\b(?:will|shall|is\s+set\s+to|is\s+scheduled\s+to)\s+(?:again\s+)?(?:take\s+place|be\s+held|"
                            r"be\s+staged|return|run)\b", re.I)
COUNT_NOUNS = r"(?:people|persons|participants|guests|representatives|delegates|attendees|visitors|experts|leaders|members|officials|entrepreneurs|industry\s+insiders)"
_ROLE_ORG_NAME = re.compile(rf"\b(?P<roles>{ROLES})\s+{M}\s+{HONORIFIC}{M}(?!\s*(?:'s|’s))", re.I)
_AT_PREMISES = re.compile(r"\bat\s+(?:the\s+)?⟨\d+⟩(?:\s*\(⟨\d+⟩\))?")
# (the triggers below start a word: "part of" is not in "counterpart of", "presentation" not in "representation")
_PART_OF = re.compile(rf"\b{PART_OF}\s+(?:the\s+)?(?:[\"“])?{M}", re.I)
_PRESIDED_BY = re.compile(rf"\b{lx.PRESIDE_BY}\s+(?:(?:our|its|their)\s+(?:[\w&-]+\s+){{0,2}}?{ROLE}\s*,\s*)?(?:the\s+(?=[a-z][\w'’-]*\s))?(?:(?!(?:and|or|with|the)\b)[a-z][\w'’-]*\s+){{0,3}}{HONORIFIC}(?P<list>{LIST})", re.I)
_PRESIDE_VERB = re.compile(lx.PRESIDE_ACTIVE)
_PRESIDED_ACTIVE = re.compile(rf"(?P<list>{LIST})(?:,[^,]*?,|,(?=\s+who\b))?\s+(?:who\s+)?{lx.PRESIDE_ACTIVE}\s+(?:over\s+)?(?:the\s+)?{M}")
_PRESIDED_IT = re.compile(rf"(?P<list>{LIST})\s+{lx.PRESIDE_ACTIVE}\s+(?:over\s+)?it\b")
_PRESIDED_ACTED_AS = re.compile(rf"{HONORIFIC}(?P<list>{LIST})(?:\s+of\s+(?:the\s+)?{M})?(?:,[^,]*?,)?\s+(?:acted|served)\s+as\s+(?:the\s+|its\s+)?(?:moderator|chair|chairperson|host|emcee|master\s+of\s+ceremonies)\b", re.I)
_SPEECH = re.compile(rf"\b{lx.SPEECH}", re.I)
_EXHIBITORS = re.compile(r"\b(?:exhibitors|exhibiting\s+(?:companies|firms|mills))\s*,?\s+(?:this\s+year\s+)?(?:include|included|"
                         r"includes|including|are|were|such\s+as|among\s+them)\s", re.I)
# "... was attended by about 250 people. Among them were A, ROLE; B; and C": the people the sentence before counted
_AMONG_THEM = re.compile(r"^\s*(?:Among\s+them|They\s+included|These\s+included|Those\s+present\s+included)\b")
_SIDELINES = re.compile(rf"\bon\s+the\s+sidelines(?:\s+of\s+(?:the\s+|this\s+)?(?:[a-z]+\s+)?{M})?")
_ATTEND = re.compile(rf"\b{lx.ATTEND}", re.I)
_SENT_FROM = re.compile(rf"\b(?:{COUNT_NOUNS}|officials|leaders|representatives|delegations?)\s+(?:from|of)\s+(?P<list>{LIST})", re.I)
_ATTEND_OR_CAME = re.compile(rf"\b{lx.ATTEND}|\bjoined\b|\bwere\s+present\b|\bcame\b", re.I)
_GATHERED = re.compile(rf"\b{lx.ATTEND}|\bjoined\b|\bcame\b|\bgathered\b|\bdrew\b|\battracted\b|\bbrought\s+together\b|"
                       r"\b(?:filled|packed|crowded)\s+(?:the\s+)?⟨", re.I)  # ("Some 90 engineers filled ⟨Hall⟩ for ...")
_COUNT = re.compile(rf"(?:(?:more\s+than|over|nearly|almost|about|around|some|close\s+to|approximately|up\s+to)\s+)?(\d[\d,]*)\s+(?:[\w-]+,?\s+(?:and\s+)?){{0,4}}{COUNT_NOUNS}", re.I)
# a theme, motto or slogan and the quoted words it names: 'under the motto "X"', 'The theme of this
# year's meet was "X"', 'themed "X"', 'titled "X"', '"X" was chosen as its theme'
_OPEN_QUOTE = r"(?:[\"“]|(?<=\s)['‘])"
_QUOTED = r"(?P<{}>[^\"”’]{{3,160}})[\"”’']"
THEME = re.compile(
    rf"(?:\b(?:with|under|on)\s+(?:the|a|its)\s+(?:main\s+|central\s+)?)?\b(?:theme|motto|slogan|tagline|banner)\b(?:[^\"“”‘.;⟨⟩]|⟨\d+⟩){{0,50}}?{_OPEN_QUOTE}{_QUOTED.format('a')}"
    rf"|\b(?:themed|titled|entitled)\s+{_OPEN_QUOTE}{_QUOTED.format('b')}"
    rf"|(?:\btook\s+)?{_OPEN_QUOTE}{_QUOTED.format('c')}(?=\s+(?:was\s+(?:chosen|adopted|selected)\s+)?as\s+(?:its|the|their|this\s+year's)\s+(?:main\s+|central\s+)?(?:theme|motto|slogan))"
    # unquoted, as the whole rest of a sentence: "The theme of the conference was Looms of Tomorrow: X."
    rf"|\bthe\s+(?:main\s+|central\s+)?theme\s+(?:of\s+(?:the\s+|this\s+(?:year's\s+)?)?(?:⟨\d+⟩|[\w-]+(?:\s+[\w-]+){{0,5}}?)\s+)?(?:was|is)\s+"
    rf"(?P<d>(?-i:[A-Z]|⟨)[^\"“”;]{{3,160}}?)(?=\.\s*$)",
    re.I)
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Sept\.?|Oct\.?|Nov\.?|Dec\.?)"
MONTH_NUM = {m[:3].lower(): i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


_LINE_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")  # "2." of a numbered line, a sentence of its own
# the lines under a programme's item: who chairs it ("Chair: NAME", "Moderator: NAME, ROLE, ORG") ...
_SLOT_CHAIR = re.compile(r"\s*(?:[•·▪●*–—-]\s*)?(?:Chairs?|Chairperson|Chaired\s+by|Moderators?|Moderated\s+by|Facilitators?|"
                         r"Facilitated\s+by|Hosts?|Emcee|Master\s+of\s+ceremonies)\s*:", re.I)
# a heading line of its own, without a colon: a few capitalised words ("OFFICE BEARERS", "Board of Directors")
# (each word taken whole, "*+": "ExampleExample..." split at its capitals every way into seven words was tried
# for minutes, found by tests/test_fuzz.py)
_OFFICERS_HEADING = re.compile(r"\s*(?:[A-Z][\w'’&-]*+\s*(?:[–—-]\s*)?(?:(?:of|and|the|for)\s+)?){1,7}")
LIST_LINE = re.compile(rf"\s*(?:[•·▪●*–—-]\s*)?(?:[\w.'’-]+\s+){{0,4}}?[\w.'’-]+{DASH}")  # (and "Women's Affairs:")
# a line of a bulleted, dashed or numbered list: "• A (X);", "– A, ROLE, ORG", "2) A"
# (and the arrows and pictographs a social-media post lists with: "👉 A ...", "✅ B ...")
BULLET = re.compile(r"\s*(?:[•·▪●◦■*–—►▶➤➡✔✓-]|[\u2705\u2714\U0001F300-\U0001FAFF]\ufe0f?|\d{1,2}[.)])\s+")
# what the sentence before a list (ending in a colon) says its lines are, and the relation each line's
# names then have with the event: "Plenary lectures were given by:", "The panel consisted of:",
# "Speakers included:", "Moderators:", "Participants included representatives of:", "Sponsors:"
_HEAD_VERB = r"(?:\s+(?:were|was|are|is|included|include|includes|consisted\s+of|comprised|featured|came\s+from|from|of|by|such\s+as|as\s+follows|the\s+following|representatives\s+of|members\s+of|:)|,?\s+(?:among(?:st)?\s+others|inter\s+alia),?)*\s*:\s*$"
_TAKING_PART = re.compile(rf"^\s*(?:[Tt]aking\s+part|[Pp]articipating|[Oo]n\s+the\s+(?:podium|dais|stage)){_HEAD_VERB}")
_SESSION_WORD = re.compile(r"\b(?:panel|session|discussion|round\s*table|workshop|debate|dialogue)\b", re.I)
# the chair of a meeting, as minutes record it: "⟨A⟩ called the ⟨meeting⟩ to order", "⟨B⟩ opened the ⟨hearing⟩ at
# 6:21 p.m.", "⟨C⟩ adjourned the ⟨session⟩"
_CALLED_TO_ORDER = re.compile(rf"{M}{PAREN},?\s+(?:called|brought)\s+(?:the\s+)?{M}\s+to\s+order\b"
                              rf"|{M}{PAREN},?\s+(?:opened|closed|adjourned|reconvened)\s+the\s+(?:{M}|(?P<noun>(?:[a-z]+\s+)?"
                              rf"(?:hearing|meeting|session|sitting|debate)))\s+at\s+\d{{1,2}}[:.]\d\d")
# a bullet and a time before an item of a programme: "• 09:30 – ", "- 14:00–18:00 – "
_ITEM_LEAD = r"(?:[•·▪●*–—◦-]\s*)?(?:\d{1,2}[:.]\d\d(?:\s*[–—-]\s*\d{1,2}[:.]\d\d)?\s*(?:[–—-]\s*)?)?"
# a heading and its list on one line: "Sponsors: A, B and C", "PRESENT: Mayor X; Council Members Y and Z"
_INLINE_HEADING = re.compile(r"\s*(?:[•·▪●*–—-]\s*)?(?P<label>[A-Za-z][A-Za-z’' -]{1,40}?)\s*:\s+(?=\S)")
# who the minutes of a meeting record as there ("PRESENT:", "Also present:", "In attendance:"; not "ABSENT:")
_PRESENT_HEADING = re.compile(r"^(?:also\s+)?(?:present|in\s+attendance|attending)\s*:$", re.I)
LIST_HEADINGS = [
    ("presidedOverBy", re.compile(rf"\b(?:moderators?|chairs?|chairpersons?|facilitators?|(?:moderated|chaired|facilitated)\s+by){_HEAD_VERB}", re.I)),
    # "The following spoke at the session:", "The following addressed the meeting:"
    ("addressedBy", re.compile(r"\bthe\s+following\s+(?:spoke|addressed|presented|took\s+the\s+floor|made\s+presentations)\b[^:]{0,80}:\s*$", re.I)),
    ("addressedBy", re.compile(rf"\b(?:speakers?|panell?ists|presenters|lecturers|keynote\s+speakers|the\s+panel|panel\s+members|"
                               rf"(?:given|delivered|presented|made|addressed)\s+by){_HEAD_VERB}", re.I)),
    # (and "The dignitaries present on the dais included:")
    ("attendedBy", re.compile(rf"\b(?:(?:participants|attendees|delegates|guests|dignitaries|invitees)(?:\s+(?:present|seated))?"
                              rf"(?:\s+(?:on|at)\s+the\s+(?:dais|stage|occasion|event|meeting))?|(?:attended|joined)\s+by|delegations?|"
                              # "Committee members attending in X:", "Analysts on the call included:"
                              rf"(?:members|analysts|representatives|officials|investors|buyers)\s+(?:attending|present|"
                              rf"in\s+attendance|on\s+the\s+call)\b[^:]{{0,40}}?|"
                              # "X headed the delegation. Other members included:"
                              rf"other\s+(?:delegation\s+)?members|members\s+of\s+the\s+(?:delegation|mission)|"
                              # "Among the exhibitors were:" (a firm that shows at a fair attends it)
                              rf"exhibitors|exhibiting\s+(?:companies|firms|mills)){_HEAD_VERB}", re.I)),
    # "The team leaders then showed their results:", "Three mill owners spoke on the day:": each
    # line's person spoke (a heading of many speakers, so none of them named in it: see list_lines)
    ("addressedBy", re.compile(r"^[A-Z][^:⟨⟩]{0,80}?\s(?:presented|spoke|reported|briefed|outlined|took\s+the\s+floor|"
                               r"gave\s+(?:talks|presentations|updates))\b[^:]{0,100}:\s*$")),
    # "The debate, moderated by NAME, with:" and its panellists a line each
    # (and "The panel will be moderated by NAME, ROLE, and will include:")
    ("addressedBy", re.compile(r"\b(?:moderated|chaired|facilitated|hosted)\s+by\b[^:]{0,160}?(?:,?\s+with|,?\s+and\s+(?:will\s+)?"
                               r"(?:include|included|includes|feature|featured|features))\s*:\s*$", re.I)),
    ("organizedBy", re.compile(rf"\b(?:organi[sz]ers|co-organi[sz]ers|organi[sz]ed\s+by|convened\s+by){_HEAD_VERB}", re.I)),
    ("supportedBy", re.compile(rf"\b(?:sponsors|supporters|partners|funders|(?:sponsored|supported|funded)\s+by){_HEAD_VERB}", re.I)),
]


SAID = lx.SAID
# the apposition between a name and its verb, of one to four comma-separated parts, each of words and
# mentions, the fewest that reach the verb: "NAME, IAS, Principal Secretary, ⟨DEPT⟩, said", "NAME, Deputy
# Minister for X of ⟨GOV⟩, told"
APPOSITION = r",(?:[^,⟨⟩;]{0,120}(?:⟨\d+⟩[^,⟨⟩;]{0,60}){0,3},){1,4}?"
# "NAME said", "NAME (X) said", "NAME, ROLE of ORG, said", "NAME of ORG said", "NAME, informed", "said NAME"
# a relative clause between the name and its verb: "NAME, who travelled from X, said", "NAME (ROLE), who said"
_WHO = r"(?:,?\s+who(?P<who>\s+[^,;\"“”]{1,120}?,)?)?"
SPEAKER = re.compile(rf"{M}(?:{PAREN}|,|{APPOSITION}|(?:\s+(?:of|from|in|at)\s+(?:the\s+)?{M}{PAREN}){{1,3}})?{_WHO}\s+(?:also\s+|further\s+)?{SAID}|{SAID}\s+{M}"
                     rf"|\b[Aa]ccording\s+to\s+{HONORIFIC}{M}"  # ("According to Ms NAME, head of X, the fund ...")
                     # a speech verb after another verb of the same subject: "NAME (X) followed the day online and presented ..."
                     # (the subject opening the sentence: not "the board elected ⟨1⟩ as director and declared a dividend")
                     rf"|^{HONORIFIC}{M}{PAREN}\s+(?-i:[a-z]{{2,}}ed|[a-z]{{3,}}s)\s+[^⟨⟩.;:\"“”]{{0,80}}?\s+and\s+(?:also\s+|then\s+)?{SAID}")
# "Speaking to this reporter, ...", "told this newspaper", "told our correspondent": words to the writer
_TO_THE_WRITER = (r"(?:(?:speaking|talking|spoke)\s+to|told)\s+(?:this|our|the)\s+(?:reporter|newspaper|paper|correspondent|"
                  r"writer)\b")
# words that went to the press, not to the event's audience
PRESS = re.compile(r"\b(?:told\s+(?:reporters|journalists|the\s+press|media|newsmen|"
                   # (a named outlet, "told Reuters"; not the body that heard it: "told Council that")
                   r"(?!(?:council|court|tribunal|commission|board|congress|parliament|senate|committee)\b)(?-i:[A-Z])\w+)|reporters|journalists|"
                   r"(?:in|during)\s+an?\s+(?:interview|statement|press\s+release|email|phone)|on\s+the\s+sidelines|"
                   rf"{_TO_THE_WRITER}|"
                   r"said\s+in\s+a\s+statement|according\s+to\s+a\s+statement)", re.I)


# a person introduced with a post: "The Minister of Trade, Mr. ⟨1⟩", "the Wali of ⟨2⟩, Mrs. ⟨3⟩", "Minister ⟨4⟩" ...
_ROLE_THEN_PERSON = re.compile(rf"(?:^|(?<=[\s,(]))(?:[Tt]he\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){{0,2}}?(?P<head>(?-i:[A-Z])[\w-]+)"
                               rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:⟨\d+⟩(?:\s*\(⟨\d+⟩\))?|[A-Z][^,⟨⟩]{{0,60}}?))?\s*,?\s+{HONORIFIC}$")
# ... and "⟨5⟩, Ambassador of ⟨6⟩", "⟨7⟩, the Governor,"
_PERSON_THEN_ROLE = re.compile(r"\s*,\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}?(?P<head>(?-i:[A-Z])[\w-]+)\b(?=\s+(?:of|for|at)\b|\s*,)")
# a reference back to such a person: "the Minister stressed", "by the Wali" (not "the Minister of Trade", a post
# named anew, nor "the Minister, Mr. X": the name follows)
_ROLE_REFERENCE = re.compile(r"\b[Tt]he\s+(?P<head>(?-i:[A-Z])[a-z]+)\b(?!\s+(?:of|for)\b|\s*,?\s+(?:Mr|Mrs|Ms|Dr|Prof)\b|[\w'’-])")


def is_role(word: str) -> bool:
    return word.lower() in lx.ROLE_HEADS


@dataclass
class Masked:
    """A sentence with its top-level mentions replaced by ``⟨i⟩`` and a map back to article offsets."""

    sent: Sentence
    text: str
    offsets: list[int]  # article offset of each masked character (and one past the end)
    mentions: list[Mention]

    @classmethod
    def of(cls, sent: Sentence) -> "Masked":
        out, offs, pos = [], [], sent.start
        for i, m in enumerate(sent.mentions):
            chunk = sent.text[pos - sent.start:m.start - sent.start]
            out.append(chunk)
            offs.extend(range(pos, m.start))
            token = f"⟨{i}⟩"
            out.append(token)
            offs.extend([m.start] + [m.end - 1] * (len(token) - 1))
            pos = m.end
        out.append(sent.text[pos - sent.start:])
        offs.extend(range(pos, sent.end))
        offs.append(sent.end)
        return cls(sent, "".join(out), offs, sent.mentions)

    def original(self, a: int, b: int) -> str:
        """The article text behind the masked ``text[a:b]``: a theme that names a mention ("From ⟨2⟩ to
        Market") is written with the name, never with its mask."""
        start, end = self.span(a, b)
        return self.sent.text[start - self.sent.start:end - self.sent.start]

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.offsets[a], self.offsets[b - 1] + 1 if b > a else self.offsets[a]

    def ids(self, text: str) -> list[int]:
        return [int(x) for x in re.findall(M, text)]


# an event that no mention names, between a verb and a place: "first met them at a trade show in ⟨Town⟩"
_OTHER_EVENT = re.compile(r"(?<!\bas\s)(?<!\bwas\s)(?<!\bis\s)\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(
    sorted((re.escape(h) for h in lx.EVENT_HEADS), key=len, reverse=True)) + r")\b(?![⟨\w-])")
# "The Chairman ⟨ORG⟩, Mr. ⟨NAME⟩": the organization, a comma, who holds the role written before it
_ORG_COMMA_NAME = re.compile(rf"{M}{PAREN},\s+{HONORIFIC}{M}(?!\s*(?:,\s*)?(?:and|&)\s)")
_ROLE_RIGHT_BEFORE = re.compile(rf"(?:(?<=\s)|^)(?:the\s+|its\s+)?(?P<roles>{ROLES})\s+$", re.I)
# a session introduced as held: "the federation held a round table", "ORG also organised a panel"
_HELD_A = re.compile(r"\b(?:held|hosted|organi[sz]ed|staged|convened|arranged|ran)\s+(?:(?:an?|its|their)\s+)?(?:[\w-]+\s+){0,4}[\"“]?$")
# a later edition written right before its verb: "the next dialogue, which is expected to take place in",
# "next year's fair will be held in", "the following edition is set to open at" (its place is not this one's)
# where a body or a person is, not where an event was: "⟨ORG⟩, based at the ⟨X Centre⟩", "who studied at the ⟨Y⟩"
_WHERE_A_BODY_IS = re.compile(r"\b(?:based|headquartered|located|housed|offices?|office|works|factory|plant|studied|"
                              r"graduated|trained|employed|working|works|teaches|taught|lives|lived|stays|stayed|"
                              r"exhibits|displayed|on\s+display|collection)\s+(?:\w+\s+)?$", re.I)
# another edition or day than the one reported, before a venue: "The following edition is set to open at ⟨V⟩"
_NEXT_ONE = re.compile(r"\b(?:[Tt]he\s+next|[Nn]ext\s+year['’]s|[Tt]he\s+following)\s+(?:[a-z-]+\s+){0,3}?(?:[a-z-]+|⟨\d+⟩)[^⟨⟩]*$")
_NEXT_EDITION = re.compile(r"\b(?:[Tt]he\s+next|[Nn]ext\s+year['’]s|[Tt]he\s+following)\s+(?:[a-z-]+\s+){0,3}?(?:[\w-]+|⟨\d+⟩)\s*,?"
                           r"(?:\s+(?:which|that))?(?:\s+(?:is|are|will|would|was|should|shall|expected|scheduled|due|set|planned|to|be))*\s*$")


class Rules:
    """Applies every rule to every sentence and collects the facts."""

    def __init__(self, sentences: list[Sentence], resolver: Resolver, text: str = ""):
        self.sentences = sentences
        self.text = text  # the article's text, for where its paragraphs begin
        self.r = resolver
        self.facts: dict[tuple, Fact] = {}
        # the people each sentence's kept facts say presided, for the speech rule: collecting them from
        # every fact so far, sentence by sentence, grew with the square of a long article
        self.presiders: dict[int, set[int]] = {}
        self.heading: Entity | None = None  # the organization a list's heading names ("The officers of ORG are:")
        self.dated: dict[int, bool] = {}  # events given dates so far, and whether by a range
        self.previous_session: Entity | None = None  # the session the sentence before named, if one
        self.session_age = 0  # sentences since it was named
        # the side event the report is telling of: named in a sentence before ("The opening ceremony took place
        # at ..."), it is where a speech reported after it was given, until a heading or the main event comes
        self.focus: Entity | None = None
        self.focus_section = False  # named right under a heading: the focus holds to the next heading
        self.after_heading = False
        self.list_head: tuple[str, Entity] | None = None  # what the lines of a list under a heading are (list_lines)
        self.slot: Entity | None = None  # the item of a programme whose lines follow ("10:45 Panel 1: X"; slot_lines)
        self.role_holders: dict[str, dict[int, Entity]] = {}  # a post's head word -> who was introduced with it
        # side events and sessions among the entities, found once: asking an entity's mentions in each
        # sentence took the square of an article that names one event a thousand times
        self.sides = {id(e) for e in resolver.entities if any(m.rule == "side-event" for m in e.mentions)}
        self.sessions = {id(e) for e in resolver.entities if any(m.rule == "side-event" and m.head for m in e.mentions)}

    # -- helpers --
    def ent(self, m: Mention) -> Entity | None:
        return self.r.entity(m)

    def add(self, subj, pred: str, obj, ms: Masked, a: int, b: int, rule: str) -> None:
        if subj is None or obj is None or subj is obj:
            return
        start, end = ms.span(a, b)
        fact = Fact(subj, pred, obj, Evidence(ms.sent.index, start, end, rule))
        if fact.key in self.facts:
            return  # the first evidence of a fact is kept
        self.facts[fact.key] = fact
        if pred == "gk:presidedOverBy":
            self.presiders.setdefault(fact.evidence.sentence, set()).add(id(obj))
        main = self.r.main_event
        if (pred in {"gk:addressedBy", "gk:attendedBy", "gk:presidedOverBy"} and isinstance(subj, Entity)
                and main is not None and subj is not main and normalise(subj.label) in lx.OPENING_EVENTS):
            self.add(main, pred, obj, ms, a, b, f"{rule}-at-opening")  # (main is no opening: this recurses once)

    def kinds(self, ms: Masked, ids: list[int], kinds: set[str]) -> list[Entity]:
        out = []
        for i in ids:
            e = self.ent(ms.mentions[i])
            if e is not None and e.kind in kinds and e not in out:
                out.append(e)
        return out

    def event_before(self, ms: Masked, pos: int, kinds=("Event", "Programme")) -> Entity | None:
        """The event or programme a clause is about: the nearest one written before ``pos``, else the
        nearest after it ("Organised by A, the fair ..."), else the article's main event."""
        best = None
        for m in re.finditer(M, ms.text[:pos]):
            e = self.ent(ms.mentions[int(m.group(1))])
            if e is not None and e.kind in kinds:
                best = e
        if best is None:
            for m in re.finditer(M, ms.text[pos:]):
                e = self.ent(ms.mentions[int(m.group(1))])
                if e is not None and e.kind in kinds:
                    return e
        return best or self.r.main_event

    def clause_event(self, ms: Masked, pos: int) -> Entity | None:
        """:meth:`event_before`, but a phrase set off after "X was held as part of Y," ("with support
        from Z") is about X, not Y; a participle there ("Y, launched by Z") is about Y."""
        if not re.match(r"(?:with|under|in\s+(?:partnership|cooperation|collaboration))\b", ms.text[pos:], re.I):
            return self.event_before(ms, pos)
        for m in _PART_OF.finditer(ms.text[:pos]):
            if re.fullmatch(r"[”\"]?\s*,\s*", ms.text[m.end():pos]):  # without the comma, "Y launched by Z" is about Y
                return self.event_before(ms, m.start())
        return self.event_before(ms, pos)

    def sentence_event(self, ms: Masked) -> Entity | None:
        """A side event named in the sentence ("the press conference"), else any event, else the main one."""
        side = [self.ent(m) for m in ms.mentions if m.kind == "Event" and self.ent(m) is not None
                and id(self.ent(m)) in self.sides]
        if side:
            return side[0]
        if self.focus is not None and not any(m.kind == "Event" for m in ms.mentions):
            return self.focus  # (the side event the paragraph is telling of: see follow)
        return self.event_before(ms, len(ms.text), kinds=("Event",))

    # -- rules --
    def run(self) -> list[Fact]:
        for k, sent in enumerate(self.sentences):
            if sent.headline:
                continue
            if (self.focus is not None and not self.focus_section and k and "\n" in self.text[self.sentences[k - 1].end:sent.start]
                    and not self._sub_item(k)):
                self.focus = None  # a new paragraph: the side event the last one told of is over
            ms = self.with_role_references(sent)
            self.heading = self._heading(sent)
            if not self.slot_lines(ms):
                self.list_lines(ms)
            if not ms.mentions:  # (a role reference is a mention: see with_role_references)
                self.attributes(ms)  # "Nearly 300 people attended." speaks of the main event
                self.said(ms)  # "In his address, he said ..."
                if not re.search(r"[.!?:;\"”)]\s*$", sent.text):
                    self.focus = None  # (a heading with no name, "On the show floor", ends a side event's section too)
                continue
            self.agents(ms)
            self.agents_as(ms)
            self.held_in(ms)
            self.part_of(ms)
            self.presided(ms)
            self.addressed(ms)
            self.attended(ms)
            self.posts(ms)
            self.minister_posts(ms)
            self.structure(ms)
            self.attributes(ms)
            # the session a sentence names, for a list of its speakers in the next: "The talk was moderated
            # by ⟨1⟩. Among the speakers: ⟨2⟩ (⟨3⟩) and ⟨4⟩."
            # (kept over one sentence that names no other event: 'the panel "X" ... . The talk was moderated by
            # ⟨1⟩. Among the speakers: ...')
            named = [e for e in map(self.ent, sent.mentions) if e is not None and id(e) in self.sessions]
            others = [m for m in sent.mentions if m.kind == "Event" and not m.anaphor]
            if named:
                self.previous_session, self.session_age = named[-1], 0
            elif others or self.session_age >= 1:
                self.previous_session = None
            else:
                self.session_age += 1
            self.follow(sent)
        self.dateline()
        self.sessions_part_of()
        return list(self.facts.values())

    def with_role_references(self, sent: Sentence) -> "Masked":
        """The sentence masked, with "the Minister", "the Wali" as mentions of the one person the article
        introduced with that post ("The Minister of Trade, Mr. NAME, ...", "the Wali of X, Mrs. NAME"), so
        that every rule reads them as it reads the name: "In his speech, the Minister stressed ...". A
        post two people were introduced with refers to neither; the posts are learnt in text order."""
        ms = Masked.of(sent)
        for i, m in enumerate(ms.mentions):
            e = self.ent(m)
            if e is None or e.kind != "Person" or m.rule == "role-reference":
                continue
            a = ms.text.index(f"⟨{i}⟩")
            # (the post is written just before the name: a bounded window, not the whole sentence, is searched for
            # each of a long sentence's names)
            head = _ROLE_THEN_PERSON.search(ms.text[ms.text.rfind(" ", 0, a - 160) + 1 if a > 160 else 0:a])
            head = head or _PERSON_THEN_ROLE.match(ms.text, a + len(f"⟨{i}⟩"))
            if head is not None and is_role(head.group("head")):
                self.role_holders.setdefault(head.group("head").lower(), {})[id(e)] = e
        refs = []
        for r in _ROLE_REFERENCE.finditer(sent.text):
            holders = self.role_holders.get(r.group("head").lower(), {})
            a, b = sent.start + r.start(), sent.start + r.end()
            if len(holders) != 1 or any(x.start < b and a < x.end for x in sent.mentions):
                continue
            ref = Mention(a, b, r.group(0), "Person", "Person", "role-reference", sent.index, anaphor=True)
            self.r.entity_of[id(ref)] = next(iter(holders.values()))
            refs.append(ref)
        if not refs:
            return ms
        return Masked.of(replace(sent, mentions=sorted(sent.mentions + refs, key=lambda x: x.start)))

    def follow(self, sent: Sentence) -> None:
        """Update :attr:`focus` after a sentence: a side event it opens with becomes the focus; the main
        event named, or a heading, ends it (a new paragraph ends it too, see :meth:`run`)."""
        main = self.r.main_event
        # (the side event the sentence is about, named first: "The official opening ceremony took place ...",
        # not one it names later: "A and B addressed the opening ceremony."; or by its title: 'A panel, "X", was ...')
        # (and another event named at the head of its paragraph: "On 25 September, the X Cotton Forum gathered ...")
        sides = [e for m in sent.mentions[:1] if m.kind == "Event" and (e := self.ent(m)) is not None and e is not main
                 and ((id(e) in self.sides or generic_event(e.label))
                      and re.fullmatch(rf"{_ITEM_LEAD}(?:(?:the|an?|its|this|[a-z]+),?\s+){{0,2}}[\"“]?", sent.text[:m.start - sent.start], re.I)
                      # (or an item of a bulleted programme: "• 09:30 – Orlan Business Forum at the X Hall")
                      or re.fullmatch(rf"\s*[•·▪●*]\s*{_ITEM_LEAD}(?:the\s+)?", sent.text[:m.start - sent.start])
                      or not generic_event(e.label) and self._opens_paragraph(sent) and re.fullmatch(
                          r"(?:(?:On|In|At|During)\s+[^,⟨⟩]{1,30},\s+)?(?:the\s+)?", sent.text[:m.start - sent.start]))]
        # (or a session the sentence says was held: "As part of the congress, the federation held a round table on X")
        sides = sides or [e for m in sent.mentions if m.kind == "Event" and (e := self.ent(m)) is not None and e is not main
                          and id(e) in self.sides and _HELD_A.search(sent.text[:m.start - sent.start])]
        heading = not re.search(r"[.!?:;\"”)]\s*$", sent.text)
        if sides:
            # (a heading that names the side event, "PUBLIC HEARING – X", holds it over its whole section)
            self.focus, self.focus_section = sides[-1], self.after_heading or heading
        elif heading or main is not None and any(m.kind == "Event" and self.ent(m) is main for m in sent.mentions):
            self.focus = None
        self.after_heading = heading

    def _sub_item(self, k: int) -> bool:
        """Whether sentence ``k`` is a dashed line under a bulleted item ("• 09:30 – Forum at X" / "– Opening
        remarks: A; B"), which goes on telling of the item's event."""
        return k > 0 and re.match(r"\s*[–—◦-]\s", self.sentences[k].text) is not None and re.match(
            r"\s*(?:[•·▪●*–—◦-]\s)", self.sentences[k - 1].text) is not None

    def _opens_paragraph(self, sent: Sentence) -> bool:
        """Whether a sentence begins a paragraph (a line after a blank line or a heading line)."""
        if sent.index == 0:
            return True
        prev = self.sentences[sent.index - 1]
        gap = self.text[prev.end:sent.start]
        return "\n\n" in gap or "\n" in gap and not re.search(r"[.!?:;\"”)]\s*$", prev.text)

    def sessions_part_of(self) -> None:
        """A side event (a press conference, an opening ceremony, a session named by title or subject: 'a
        panel titled "X"', "a workshop on Y") with no whole stated for it is part of the article's main
        event; the evidence is where it is first named."""
        main = self.r.main_event
        wholes = {id(f.subject) for f in self.facts.values() if f.predicate == "gk:partOf"}
        done: set[int] = set()
        for sent in self.sentences:
            for i, m in enumerate(sent.mentions):
                e = self.ent(m)
                if (m.rule != "side-event" or e is None or e is main or main is None
                        or id(e) in wholes or id(e) in done):
                    continue
                done.add(id(e))
                ms = Masked.of(sent)
                a = ms.text.index(f"⟨{i}⟩")
                self.add(e, "gk:partOf", main, ms, a, a + len(f"⟨{i}⟩"), "session-part-of")

    def dateline(self) -> None:
        """A report filed from a town ("TOWN: The association held ...") tells where its main event was,
        when no sentence says another town, region or country."""
        event = self.r.main_event
        place = next((m for s in self.sentences[:4] for m in s.mentions if m.rule == "dateline"), None)
        if event is not None and (place is None or self.ent(place) is None):
            self.dateline_year_alone(event)
        if event is None or place is None or self.ent(place) is None:
            return
        self.dateline_year(event, self.sentences[place.sent])
        town = normalise(self.ent(place).label)
        # (a part of the dateline's town is no other town: "YANGON - ... at the X Hotel in Yangon's Y Township")
        if any(f.subject is event and f.predicate == "gk:heldIn" and getattr(f.object, "cls", "") != "Venue"
               and not re.search(rf"\b{re.escape(town)}\b", normalise(f.object.label)) for f in self.facts.values()):
            return
        sent = self.sentences[place.sent]
        ms = Masked.of(sent)
        i = sent.mentions.index(place)
        a = ms.text.index(f"⟨{i}⟩")
        self.add(event, "gk:heldIn", self.ent(place), ms, a, a + len(f"⟨{i}⟩"), "dateline")

    def dateline_year_alone(self, event: Entity) -> None:
        """A dateline whose town is no known place still dates the report: "KELVARAPUR, Dec 7, 2025 (ONA) -",
        "Press Note No. 88 – Orlan, 2 March 2026" (capitalised words and numbers, then the date)."""
        if any(f.subject is event and f.predicate == "gk:year" for f in self.facts.values()):
            return
        for sent in self.sentences[:5]:
            ms = Masked.of(sent)
            for start, end, first, _ in sorted(find_dates(ms.text[:120]))[:1]:
                if first and _DATELINE_HEAD.fullmatch(ms.text[:start]):
                    self.add(event, "gk:year", first[:4], ms, start, end, "dateline-year")
                    return

    def dateline_year(self, event: Entity, sent: Sentence) -> None:
        """The year of the dateline ("Town, 12 August 2025 - ...") is the main event's, when nothing in
        the article gives the event a year: a report is filed in the year of what it reports."""
        if any(f.subject is event and f.predicate == "gk:year" for f in self.facts.values()):
            return
        ms = Masked.of(sent)
        head = re.match(r"[^⟨⟩]{0,3}⟨\d+⟩[^⟨⟩]{0,40}?", ms.text)
        for start, end, first, _ in sorted(find_dates(ms.text[:120]))[:1]:
            if head and first and start <= head.end() + 40:
                self.add(event, "gk:year", first[:4], ms, start, end, "dateline-year")

    def _heading(self, sent: Sentence) -> Entity | None:
        """The organization of the list a sentence sits in: named by the sentence before a run of
        list lines, when that sentence ends in a colon and names exactly one organization (or is a
        heading line of officers, "OFFICE BEARERS"). The number of a numbered line ("1.", split off
        as a sentence of its own) is passed over."""
        prev = self.sentences[sent.index - 1] if sent.index > 0 else None
        while prev is not None and prev.index > 0 and _LINE_NUMBER.fullmatch(prev.text):
            prev = self.sentences[prev.index - 1]
        if prev is not None and _OFFICERS_HEADING.fullmatch(prev.text) and OFFICERS.search(prev.text) \
                and not any(m.kind == "Organization" for m in prev.mentions):
            # (of the article's body first: a notice of results names the commission that ran the poll)
            return self._lead_org() or self._main_organizer()
        if prev is not None and prev.text.rstrip().endswith(":"):
            # "Members elected new officers to lead the council. The newly elected officers are:"
            for named in (prev, self.sentences[prev.index - 1] if prev.index > 0 else None):
                # (not the firm of a post: "NAME, CEO of Acme Ltd, was elected chairman. The new board is:")
                held = {id(f.object) for f in self.facts.values() if f.predicate == "org:postIn"
                        and named is not prev and f.evidence.sentence == getattr(named, "index", -1)}
                orgs = {id(e): e for e in map(self.ent, named.mentions if named else [])
                        if e is not None and e.kind == "Organization" and id(e) not in held}
                if len(orgs) == 1:
                    return next(iter(orgs.values()))
                if orgs and not OFFICERS.search(prev.text):
                    return None
                if orgs:
                    break  # "The Union calls on the Ministry ... . Issued by the Executive Board:": the body's board
            if OFFICERS.search(prev.text):
                # "Members elected the following officers:" of the body whose meeting the article
                # reports, else of the article's body (whose members' firms, "(Acme Ltd)" on each line,
                # may be named more often)
                return self._main_organizer() or self._lead_org()
            return None
        if prev is not None and self.heading is not None and LIST_LINE.match(prev.text):
            return self.heading  # the list goes on
        return None

    def slot_lines(self, ms: Masked) -> bool:
        """The lines of a conference programme under a timed item ("11:15 Panel 2: Short runs"): a person
        on a "Chair:" or "Moderator:" line presided over the item; the first person of a bulleted or dashed
        line, or of a line that begins with the name ("Dr. NAME, ROLE, ORG" under "10:00 Keynote address"),
        spoke at it. Prose, or a heading of a day, ends the item. Whether the line was one of the item's."""
        text = ms.sent.text
        if PROGRAMME_SLOT.match(text):
            slot = next((e for m in ms.mentions if m.rule == "side-event" and (e := self.ent(m)) is not None), None)
            self.slot = slot
            return False  # (its own words are read as any sentence's: "20:00 Dinner, hosted by X")
        if self.slot is None:
            return False
        people = [i for i, m in enumerate(ms.mentions) if m.kind == "Person" and self.ent(m) is not None]
        chair = _SLOT_CHAIR.match(text)
        lead = re.match(rf"\s*(?:{BULLET.pattern}|{HONORIFIC})?⟨(\d+)⟩", ms.text)
        if people and (chair or BULLET.match(text) or lead and int(lead.group(1)) == people[0]):
            pred = "gk:presidedOverBy" if chair else "gk:addressedBy"
            for i in (people if chair else people[:1]):
                a = ms.text.index(f"⟨{i}⟩")
                self.add(self.slot, pred, self.ent(ms.mentions[i]), ms, a, a + len(f"⟨{i}⟩"), "programme-line")
            return True
        if re.search(r"[.!?]\s*$", text) and len(text.split()) >= 8 or not re.search(r"[a-z]", text):
            self.slot = None  # prose about the whole programme, or a day's heading ("FRIDAY, 15 MAY")
        return False

    def list_lines(self, ms: Masked) -> None:
        """The names on the lines of a list take the relation its heading gives them with the event the
        heading is about: 'The panel consisted of:' / '– ⟨1⟩, ROLE, ⟨2⟩' / '– ⟨3⟩ (⟨4⟩)' are speakers
        of the panel (its first person a line); 'Participants included representatives of:' / '• brands,
        among them ⟨5⟩ and ⟨6⟩;' attended (each organization, or the line's person); 'Sponsors:' supported."""
        text = ms.sent.text
        if _LINE_NUMBER.fullmatch(text):
            return  # "2." split off as a sentence of its own: its line comes next, the list goes on
        numbered = ms.sent.index > 0 and _LINE_NUMBER.fullmatch(self.sentences[ms.sent.index - 1].text)
        # (and a line with no bullet that is a name and what it holds: "Ann Tarvik (Orlan East) (Convener)")
        plain = (re.match(rf"\s*{HONORIFIC}⟨0⟩", ms.text) is not None and ms.mentions and ms.mentions[0].kind == "Person"
                 and not re.search(r"[.!?]\s*$", text) and "\n" in self.text[max(0, ms.sent.start - 2):ms.sent.start + 1])
        if (BULLET.match(text) or numbered or plain) and self.list_head is not None:
            pred, ev = self.list_head
            people = [i for i, m in enumerate(ms.mentions) if m.kind == "Person" and self.ent(m) is not None]
            if pred in {"addressedBy", "presidedOverBy"} or pred == "attendedBy" and people:
                targets = people[:1]
            else:
                agents = {id(f.object) for f in self.facts.values() if f.subject is ev
                          and f.predicate in {"gk:organizedBy", "gk:hostedBy", "gk:supportedBy"}}
                targets = [i for i, m in enumerate(ms.mentions) if m.kind == "Organization"
                           and self.ent(m) is not None and (pred != "attendedBy" or id(self.ent(m)) not in agents)]
            for i in targets:
                a = ms.text.index(f"⟨{i}⟩")
                self.add(ev, f"gk:{pred}", self.ent(ms.mentions[i]), ms, a, a + len(f"⟨{i}⟩"), "list-under-heading")
            return  # (the list goes on)
        if self.list_head is not None and not ms.mentions and not re.search(r"[.!?:]\s*$", text) and len(text) < 120:
            return  # a line of the list whose name was not found: the list goes on
        self.list_head = None
        if self.inline_list(ms):
            return
        if not text.rstrip().endswith(":") or len(text) > 200:
            return
        for pred, heading in LIST_HEADINGS:
            if heading.search(text):
                ev = self.sentence_event(ms)
                if not any(m.kind == "Event" and not (m.anaphor and _SESSION_WORD.search(m.text)) for m in ms.mentions):
                    # "The second session was moderated by X. The panel consisted of:": the event named before
                    before = self.sentences[ms.sent.index - 1].mentions if ms.sent.index else []
                    named = [e for e in map(self.ent, before) if e is not None and e.kind == "Event"
                             and e is not self.r.main_event]
                    named = [e for e in named if id(e) in self.sides] or named  # (a side event before "X Expo", an org)
                    ev = named[-1] if named else self.previous_session or ev
                if ev is not None:
                    self.list_head = (pred, ev)
                return
        # "Taking part were:" after a press conference or a panel names its speakers; after the main event,
        # who attended
        if _TAKING_PART.search(text):
            before = self.sentences[ms.sent.index - 1].mentions if ms.sent.index else []
            sides = [e for e in map(self.ent, before) if e is not None and id(e) in self.sides]
            ev = sides[-1] if sides else self.sentence_event(ms)
            if ev is not None:
                self.list_head = ("addressedBy" if sides else "attendedBy", ev)

    def inline_list(self, ms: Masked) -> bool:
        """A heading and its list on one line: "Sponsors: ⟨A⟩, ⟨B⟩ and ⟨C⟩", "PRESENT: Mayor ⟨D⟩; Council
        Members ⟨E⟩ and ⟨F⟩", "Moderator: ⟨G⟩ (⟨H⟩)": each name takes the relation the heading gives (people
        for speakers, chairs and who attended; organizations for organizers and sponsors)."""
        # (the label read unmasked: a word in capitals, "PRESENT", may have been taken for a name)
        line = _INLINE_HEADING.match(ms.sent.text)
        if line is None or "\n" in ms.sent.text.strip() or ":" not in ms.text:
            return False
        label = line.group("label") + ":"
        pred = next((p for p, heading in LIST_HEADINGS + [("attendedBy", _PRESENT_HEADING)] if heading.search(label)), None)
        if pred == "presidedOverBy" and not re.search(r"moderat|facilitat|\bby\b|in the chair", label, re.I):
            return False  # ("Chair: ⟨A⟩" in a list of a board's officers is a post, see posts)
        ev = self.sentence_event(ms) if pred else None
        if ev is None:
            return False
        rest = ms.text[ms.text.index(":") + 1:]
        kinds = {"Person"} if pred in {"addressedBy", "presidedOverBy", "attendedBy"} else {"Organization"}
        if pred == "attendedBy" and not any(self.ent(ms.mentions[i]) is not None and self.ent(ms.mentions[i]).kind == "Person"
                                            for i in ms.ids(rest)):
            kinds = {"Organization"}  # "Participants: ⟨A Ltd⟩, ⟨B Mills⟩": bodies that attended
        for i in ms.ids(rest):
            e = self.ent(ms.mentions[i])
            if e is not None and e.kind in kinds and e is not ev:
                a = ms.text.index(f"⟨{i}⟩")
                self.add(ev, f"gk:{pred}", e, ms, a, a + len(f"⟨{i}⟩"), "list-on-heading-line")
        return True

    def co_organizers(self, ms: Masked, m: re.Match, subj: Entity | None) -> None:
        """'organised by ⟨A⟩ with ⟨B⟩', 'organised by ⟨A⟩ (⟨A'⟩), the association of X, together with the
        ⟨B⟩ and ⟨C⟩': who it is organised with organizes too (not 'with the support of', a supporter)."""
        after = re.match(rf"(?:\s*\([^)]*\))?(?:\s*,[^,⟨⟩;]{{0,80}}?,)?\s*,?\s*(?:together\s+|jointly\s+|along\s+)?with\s+"
                         rf"(?!(?:the\s+)?(?:[\w-]+\s+)?(?:support|help|assistance|funding|backing|participation)\b)"
                         rf"(?P<list>{AGENT_LIST})", ms.text[m.end():])
        if after is None or _AS_PART.match(ms.text, m.end() + after.end()):
            return  # ("with ⟨B⟩ and ⟨C⟩ as sponsors": the part they had is named, see agents_as)
        for e in self.kinds(ms, ms.ids(_strip_appositions(after.group("list"))), {"Organization"}):
            self.add(subj, "gk:organizedBy", e, ms, m.start(), m.end() + after.end(), "organizedBy-with")

    def agents_as(self, ms: Masked) -> None:
        """'with ⟨A⟩ and ⟨B⟩ as sponsors', 'with ⟨C⟩ as knowledge partner', 'with ⟨D⟩ as co-organiser': the
        part each agent of the list had in the event of the clause (a sponsor or partner supports)."""
        for m in _WITH_AS.finditer(ms.text) if " as " in ms.text else ():
            noun = m.group("noun").lower()
            pred = "organizedBy" if "organi" in noun else "hostedBy" if "host" in noun else "supportedBy"
            subj = self.event_before(ms, m.start(), kinds=("Event",))
            for e in self.kinds(ms, ms.ids(_strip_appositions(m.group("list"))), {"Organization"}):
                self.add(subj, f"gk:{pred}", e, ms, m.start(), m.end(), f"{pred}-with-as")

    def _main_organizer(self) -> Entity | None:
        """The one organization the facts so far say organized or held the main event, if one."""
        main = self.r.main_event
        facts = [f for f in self.facts.values() if f.subject is main
                 and f.predicate in {"gk:organizedBy", "gk:hostedBy"} and isinstance(f.object, Entity)]
        for chosen in ([f for f in facts if f.evidence.rule == "organizedBy-own-event"], facts):
            orgs = {id(f.object): f.object for f in chosen}  # ("ORG held its annual meeting" first)
            if len(orgs) == 1:
                return next(iter(orgs.values()))
        return None

    def _lead_org(self) -> Entity | None:
        """The organization an article is about: named in more sentences than any other, and in three
        at least (an association's annual meeting report names itself throughout)."""
        counts: dict[int, int] = {}
        ents: dict[int, Entity] = {}
        for sent in self.sentences:
            for e in {id(e): e for e in map(self.ent, sent.mentions) if e is not None and e.kind == "Organization"}.values():
                counts[id(e)] = counts.get(id(e), 0) + 1
                ents[id(e)] = e
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3:
            return None
        tied = [ents[k] for k, n in ranked if n == ranked[0][1]]
        if len(tied) > 1:  # named as often as another: the one whose meeting the article reports, if so
            main = self.r.main_event
            agents = [e for e in tied if any(f.subject is main and f.object is e and f.predicate in
                                             {"gk:organizedBy", "gk:hostedBy"} for f in self.facts.values())]
            return agents[0] if len(agents) == 1 else None
        return tied[0]

    def agents(self, ms: Masked) -> None:
        for pred, pattern in _AGENT_RX:
            for m in pattern.finditer(ms.text):
                subj = self.clause_event(ms, m.start())
                # a sponsor (in the English of most countries) also supports, and who convenes organizes
                stem = re.sub(r"^co-", "", m.group(0).lower())[:6]
                also = AGENT_ALSO.get(stem)
                orgs = False
                for e in self.kinds(ms, _possessors_out(ms.ids(_strip_appositions(m.group("list"))), m.group("list")),
                                    {"Organization", "Person"}):
                    p = "presidedOverBy" if e.kind == "Person" and pred == "hostedBy" else pred
                    if e.kind == "Person" and p != "presidedOverBy":
                        continue
                    self.add(subj, f"gk:{p}", e, ms, m.start(), m.end(), f"{pred}-passive")
                    orgs = orgs or e.kind == "Organization"
                    if also and p == "hostedBy":
                        self.add(subj, f"gk:{also}", e, ms, m.start(), m.end(), f"{also}-{stem}")
                if pred == "organizedBy" and orgs:
                    self.co_organizers(ms, m, subj)
        # "The Department of ... acted as the guiding unit": the agent names its part in the event
        for m in _AGENT_ACTED_AS.finditer(ms.text) if _ACTED_AS.search(ms.text) else ():
            noun = m.group("noun").lower()
            pred = next(p for p, stem in AGENT_NOUN_PREDICATES if stem in noun)
            subj = self.event_before(ms, m.start())
            for e in self.kinds(ms, ms.ids(_strip_appositions(m.group("list"))), {"Organization"}):
                self.add(subj, f"gk:{pred}", e, ms, m.start(), m.end(), f"{pred}-acted-as")
                if "sponsor" in noun:  # (a sponsor supports, as one "sponsored by" does)
                    self.add(subj, "gk:supportedBy", e, ms, m.start(), m.end(), "supportedBy-acted-as")
        # "ORG was the main partner", "The platinum sponsor was ORG", "A and B were co-organizers": the part an
        # agent had, named by a copula (a sponsor or partner supports, as in "sponsored by")
        for m in itertools.chain(*(p.finditer(ms.text) for p in _COPULA_AGENT)) if _COPULA_NOUN.search(ms.text) else ():
            noun = m.group("noun").lower()
            pred = "organizedBy" if "organi" in noun else "hostedBy" if "host" in noun else "supportedBy"
            subj = self.event_before(ms, m.start(), kinds=("Event",))
            for e in self.kinds(ms, ms.ids(_strip_appositions(m.group("list"))), {"Organization"}):
                self.add(subj, f"gk:{pred}", e, ms, m.start(), m.end(), f"{pred}-copula")
        # "ORG held its 17th Annual General Meeting", "ORG today concluded its 2031 Annual Meeting": its own event
        for m in _OWN_EVENT.finditer(ms.text) if _ITS.search(ms.text) else ():
            target = self.ent(ms.mentions[int(m.group(m.lastindex))])
            if target is not None and target.kind in {"Event", "Programme"}:
                for e in self.kinds(ms, ms.ids(m.group("list")), {"Organization"}):
                    self.add(target, "gk:organizedBy", e, ms, m.start(), m.end(), "organizedBy-own-event")
        # "the annual meeting of ⟨ORG⟩": the organization's own event; "the opening ceremony of ⟨EVENT⟩": a part
        for m in re.finditer(rf"{M}\s+of\s+(?:the\s+)?{M}", ms.text):
            ev, owner = (self.ent(ms.mentions[int(m.group(k))]) for k in (1, 2))
            first = ms.mentions[int(m.group(1))]
            if ev is None or owner is None or ev.kind != "Event" or not generic_event(ev.label) or first.anaphor:
                continue  # (only a gathering named without a name of its own: not "Congress of X", a name)
            if owner.kind == "Organization" and _MEETING_OF.search(ev.label):
                self.add(ev, "gk:organizedBy", owner, ms, m.start(), m.end(), "event-of-organization")
            elif owner.kind == "Event" and owner is not ev:
                self.add(ev, "gk:partOf", owner, ms, m.start(), m.end(), "event-of-event")
        for pred, verb, pattern in _ACTIVE_RX:
            for m in pattern.finditer(ms.text) if verb.search(ms.text) else ():
                target = self.ent(ms.mentions[int(m.group(m.lastindex))])
                if target is None or target.kind not in {"Event", "Programme"}:
                    continue
                for e in self.kinds(ms, ms.ids(m.group("list")) + ms.ids(m.group("via") or ""), {"Organization"}):
                    self.add(target, f"gk:{pred}", e, ms, m.start(), m.end(), f"{pred}-active")
                    if "sponsor" in m.group(0).lower():  # (who sponsored it supports it, as in "sponsored by")
                        self.add(target, "gk:supportedBy", e, ms, m.start(), m.end(), "supportedBy-active-sponsor")
        for pred, verb, pattern in _RELATIVE_AGENT_RX:
            for m in pattern.finditer(ms.text) if verb.search(ms.text) else ():
                target = self.ent(ms.mentions[int(m.group(1))])
                if target is None or target.kind not in {"Event", "Programme"}:
                    continue
                agents = ms.ids(m.group("list")) + (ms.ids(m.group("with")) if m.group("with") else [])
                for e in self.kinds(ms, agents, {"Organization"}):
                    self.add(target, f"gk:{pred}", e, ms, m.start(), m.end(), f"{pred}-relative")

        self.owner_event(ms)

    def owner_event(self, ms: Masked) -> None:
        """"the company's 2031 Annual Meeting", "the association's spring conference": the event of the body the
        common noun refers back to (the last organization of its kind named before, in the sentence or
        the article's lead organization)."""
        for m in _OWNERS_EVENT.finditer(ms.text) if "'s" in ms.text or "’s" in ms.text else ():
            ev = self.ent(ms.mentions[int(m.group(2))])
            if ev is None or ev.kind != "Event":
                continue
            company = m.group(1).lower() in {"company", "firm", "group"}
            fits = [e for e in self.kinds(ms, ms.ids(ms.text[:m.start()]), {"Organization"})
                    if (e.cls == "Company") == company]
            lead = self._lead_org()
            if company and (lead is None or lead.cls != "Company"):
                # (a company's release names itself first: "Orlan Mills, Inc. (Nasdaq: ORM), a maker of ..., said")
                lead = next((e for s in self.sentences[:6] if not s.headline for e in map(self.ent, s.mentions)
                             if e is not None and e.kind == "Organization" and e.cls == "Company"), None)
            owner = fits[-1] if fits else lead if lead is not None and (lead.cls == "Company") == company else None
            self.add(ev, "gk:organizedBy", owner, ms, m.start(), m.end(), "organizedBy-owner")
        # "at ⟨the federation⟩'s ⟨annual general meeting⟩ in ⟨Town⟩": a body's own gathering, named by its kind
        # (see kg.extract.mentions, "owned-event"), organized by the body, and held where it says
        for m in re.finditer(rf"{M}['’]s\s+{M}(?:\s+(?:in|at)\s+(?:the\s+)?{M})?", ms.text):
            org, ev = (self.ent(ms.mentions[int(m.group(k))]) for k in (1, 2))
            if (org is None or ev is None or org.kind != "Organization" or ev.kind != "Event"
                    or ms.mentions[int(m.group(2))].rule != "owned-event"):
                continue
            self.add(ev, "gk:organizedBy", org, ms, m.start(), m.end(2) + 1, "organizedBy-owner")
            place = self.ent(ms.mentions[int(m.group(3))]) if m.group(3) else None
            if place is not None and place.kind == "Place" and place.cls in {"City", "Venue"}:
                self.add(ev, "gk:heldIn", place, ms, m.start(), m.end(), "held-in-owned-event")

    def held_in(self, ms: Masked) -> None:
        verb = (r"\b(?:held|opened|opens|open|staged|convened|convenes|took\s+place|takes\s+place|take\s+place|"
                r"commenced|commences|began|begins|"
                r"run|runs|ran|kicked\s+off|kicks\s+off|kick\s+off|launched|inaugurated|was\s+hosted|got\s+under\s+way|"
                # how a report says where it ended or who came: "wrapped up at X", "closed on 10 May at X",
                # "more than 400 growers gathered at X for the conference", "drew 300 people to X"
                r"closed|closes|concluded|concludes|ended|ends|wrapped\s+up|wraps\s+up|gathered|gather|met|"
                r"(?:came|comes|drew|draws)\s+to\s+a\s+close|"
                r"assembled|drew|draws|attracted|attracts|brought\s+together|brings\s+together|brought|brings|presented\s+its|"
                # "320 designers attended the conference at the X Hotel": a venue only
                r"attended)\b")
        for v in re.finditer(verb, ms.text, re.I):
            if _NEXT_EDITION.search(ms.text, max(0, v.start() - 80), v.start()):
                continue  # "before the next dialogue, which is to take place in ⟨Town⟩": another edition's place
            tail = ms.text[v.end():]
            # "drew 300 people to the X Hall", "brought together 600 weavers at the Y Hotel": a venue only
            # (not "attracted the participation of enterprises in China")
            crowd = re.match(r"dr|att|br", v.group(0), re.I) is not None  # (and "attended")
            to = r"|to" if crowd else ""
            for p in re.finditer(rf"\b(?:in|at{to})\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?{M}", tail):  # (and "in the hotel's ⟨1⟩")
                gap = tail[:p.start()]
                # (an organization whose premises held it is no owner of the place after it: "took place at
                # ⟨Acme Bank⟩ (⟨AB⟩) in ⟨City⟩"; but "launched by ⟨ORG⟩ in ⟨City⟩" says where the organizer is)
                if any(self.ent(ms.mentions[i]) is not None and self.ent(ms.mentions[i]).kind not in {"Event", "Place"}
                       for i in ms.ids(_AT_PREMISES.sub("", gap))) or len(gap) > 120 or _OTHER_EVENT.search(gap):
                    break  # (and "met the founders at a trade show in ⟨Town⟩": another event, named by no mention)
                place = self.ent(ms.mentions[int(p.group(1))])
                if place is None or place.kind != "Place" or crowd and place.cls != "Venue":
                    continue
                subj = self.event_before(ms, v.start() + len(gap) + 1, kinds=("Event",))
                if subj is not None and subj.kind == "Event":
                    self.add(subj, "gk:heldIn", place, ms, v.start(), v.end() + p.end(), "held-in")
                    self.venue_town(ms, subj, place, v.start(), v.end() + p.end())
                    self.more_towns(ms, subj, place, v.start(), v.end() + p.end())
                break
        self.at_venue(ms)
        # "the ballroom of the ⟨VENUE⟩ was a swirl of saris", "walked onto the stage of the ⟨VENUE⟩": a part of a
        # venue is where the event of the sentence (else the article's) took place
        for p in re.finditer(rf"\bthe\s+(?:main\s+|grand\s+)?(?:ballroom|stage|halls?|rooms|lobby|grounds|premises|foyer|"
                             rf"courtyard|atrium|lawns?|auditorium)\s+of\s+(?:the\s+)?{M}", ms.text, re.I):
            place = self.ent(ms.mentions[int(p.group(1))])
            subj = self.event_before(ms, p.start(), kinds=("Event",))
            if place is not None and place.kind == "Place" and place.cls == "Venue" and subj is not None and subj.kind == "Event":
                self.add(subj, "gk:heldIn", place, ms, p.start(), p.end(), "held-in-part-of-venue")
        # "The workshop was organised by ⟨ORG⟩ in cooperation with ⟨ORG⟩ at ⟨VENUE⟩ in ⟨TOWN⟩": a venue after
        # the organizers (a place that is no venue may be where an organizer is: "by ⟨ORG⟩ in ⟨CITY⟩")
        for v in re.finditer(r"\b(?:organi[sz]ed|hosted|convened|jointly\s+organi[sz]ed)\s+by\b", ms.text, re.I):
            tail = ms.text[v.end():v.end() + 200]
            p = re.search(rf"\bat\s+(?:the\s+)?{M}", tail)
            place = self.ent(ms.mentions[int(p.group(1))]) if p else None
            if (place is None or place.kind != "Place" or place.cls != "Venue" or any(
                    (e := self.ent(ms.mentions[i])) is not None and e.kind != "Organization" for i in ms.ids(tail[:p.start()]))):
                continue
            subj = self.event_before(ms, v.start(), kinds=("Event",))
            if subj is not None and subj.kind == "Event":
                self.add(subj, "gk:heldIn", place, ms, v.start(), v.end() + p.end(), "held-in-after-organizers")
        # "in X County, Y Province": the second place contains the first
        for m in re.finditer(rf"{M},\s+{M}", ms.text):
            a, b = (self.ent(ms.mentions[int(m.group(k))]) for k in (1, 2))
            if a is not None and b is not None and a.kind == b.kind == "Place" and a is not b:
                self.add(a, "gk:locatedIn", b, ms, m.start(), m.end(), "place-apposition")
            elif a is not None and b is not None and a.kind == "Organization" and b.kind == "Place":
                self.add(a, "gk:locatedIn", b, ms, m.start(), m.end(), "organization-place-apposition")

    def more_towns(self, ms: Masked, subj: Entity, place: Entity, a: int, b: int) -> None:
        """ "will take place in ⟨Town A⟩ and ⟨Town B⟩", "in ⟨A⟩, ⟨B⟩ and ⟨C⟩": each town of the list (not "in
        ⟨Town⟩, ⟨Country⟩": a place apposition, see held_in; towns only, after a town)."""
        if place.cls == "Venue" or place.cls not in {"City", "Place"}:
            return
        end = b
        while (more := re.match(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){M}", ms.text[end:])) is not None:
            town = self.ent(ms.mentions[int(more.group(1))])
            if town is None or town.kind != "Place" or town.cls != place.cls or town is place:
                return
            end += more.end()
            self.add(subj, "gk:heldIn", town, ms, a, end, "held-in")

    def venue_town(self, ms: Masked, subj: Entity, place: Entity, a: int, b: int) -> None:
        """"held at VENUE in CITY" / "at VENUE, CITY": the event is in the city too, and so is the venue
        (the evidence starts at ``a``; the venue's mention ends at ``b``)."""
        if place.cls != "Venue":
            return
        # (past the words that said it is a venue: "at the ⟨X⟩ cultural centre in ⟨Town⟩")
        # (and past another name of it after a dash: "at ⟨X Expo⟩ – ⟨X International Fair⟩, in ⟨Town⟩")
        town = re.match(rf"(?:\s+[a-z]+\s+(?:centre|center|halls?|complex|park|grounds?|hotel))?{PAREN}"
                        rf"(?:\s*[–—]\s*⟨\d+⟩)?(?:\s+on\s+[^,⟨⟩]{{1,40}})?(?:\s*,\s*(?:in\s+)?|\s+in\s+)(?:the\s+)?{M}",
                        ms.text[b:])
        where = self.ent(ms.mentions[int(town.group(1))]) if town else None
        if where is None or where.kind != "Place" or where.cls == "Venue":
            return
        end = b + town.end()
        self.add(subj, "gk:heldIn", where, ms, a, end, "held-in-venue-town")
        self.add(place, "gk:locatedIn", where, ms, ms.text.rindex("⟨", 0, b), end, "venue-in-town")
        # "at the X Hotel, Suburbia, Townville": the town the district is in
        more = re.match(rf"\s*,\s*{M}", ms.text[end:])
        city = self.ent(ms.mentions[int(more.group(1))]) if more else None
        if city is not None and city.kind == "Place" and city.cls != "Venue" and city is not where:
            self.add(subj, "gk:heldIn", city, ms, a, end + more.end(), "held-in-venue-town")
            self.add(where, "gk:locatedIn", city, ms, end, end + more.end(), "place-apposition")

    def at_venue(self, ms: Masked) -> None:
        """A venue written "at the ⟨VENUE⟩" with no verb of holding before it is where the sentence's event
        took place: "on show last week at the ⟨Forum⟩, which ⟨ORG⟩ organised at the ⟨X Hall⟩ in ⟨Town⟩";
        "500 growers packed the ⟨Y Center⟩ for the ⟨Forum⟩". Not where a body is: "⟨ORG⟩, based at the ⟨Z⟩"."""
        done = {id(f.object) for f in self.facts.values()
                if f.predicate == "gk:heldIn" and f.evidence.sentence == ms.sent.index}
        for p in re.finditer(rf"\b(?:at|packed|filled|packing|filling)\s+(?:the\s+)?{M}", ms.text):
            place = self.ent(ms.mentions[int(p.group(1))])
            if place is None or place.kind != "Place" or place.cls != "Venue" or id(place) in done:
                continue
            if _WHERE_A_BODY_IS.search(ms.text[max(0, p.start() - 40):p.start()]) or _NEXT_ONE.search(ms.text, 0, p.start()):
                continue  # (and "The following edition is set to open at the ⟨V⟩": another edition's place)
            before = ms.text[:p.start()].rsplit("⟩", 1)[-1]
            if any(w.lower() in lx.EVENT_HEADS for w in re.findall(r"[A-Za-z]+", before)):
                continue  # "Opening ceremony at ⟨V⟩", "a dinner at ⟨V⟩": an event that no mention names was there
            subj = self.event_before(ms, p.start(), kinds=("Event",))
            if subj is not None and subj.kind == "Event":
                self.add(subj, "gk:heldIn", place, ms, p.start(), p.end(), "held-at-venue")
                self.venue_town(ms, subj, place, p.start(), p.end())

    def part_of(self, ms: Masked) -> None:
        for m in _PART_OF.finditer(ms.text):
            whole = self.ent(ms.mentions[int(m.group(1))])
            if whole is None or whole.kind not in {"Event", "Programme"}:
                continue
            part = self.event_before(ms, m.start(), kinds=("Event",))
            if part is not None and part is not whole:
                self.add(part, "gk:partOf", whole, ms, m.start(), m.end(), "part-of")

    def presided(self, ms: Masked) -> None:
        # (with what the person is before the name: "hosted by broadcaster ⟨1⟩", "moderated by trade lawyer ⟨2⟩")
        for m in _PRESIDED_BY.finditer(ms.text):
            # (not the event of a clause between commas: 'The ⟨Buyers' Roundtable⟩, held on the second day as part
            # of ⟨the fair⟩, was moderated by ⟨1⟩')
            clause = re.search(r",[^,⟨⟩]*(?:⟨\d+⟩[^,⟨⟩]*)*,\s*(?:was|were|is|are|will\s+be)\s*$", ms.text[:m.start()])
            subj = self.event_before(ms, clause.start() if clause else m.start(), kinds=("Event",))
            if not any(x.kind == "Event" for x in ms.mentions):
                if self.previous_session is not None:
                    subj = self.previous_session  # 'the panel "X" ... . The talk was moderated by ⟨1⟩.'
                elif (session := _SESSION_SUBJECT.match(ms.text)) and not (
                        self.r.main_event is not None and session.group(1).lower() in normalise(self.r.main_event.label)):
                    continue  # "The talk will be moderated by ⟨1⟩": a session the article has not named (but "The
                    # roundtable was moderated by ⟨2⟩" at a roundtable is the main event's)

            for e in self.kinds(ms, ms.ids(m.group("list")), {"Person"}):
                self.add(subj, "gk:presidedOverBy", e, ms, m.start(), m.end(), "presided-passive")
        # (and "⟨1⟩, who chaired the hearing, said")
        active = _PRESIDE_VERB.search(ms.text)
        for m in _PRESIDED_ACTIVE.finditer(ms.text) if active else ():
            ev = self.ent(ms.mentions[int(m.group(m.lastindex))])
            if ev is None or ev.kind != "Event":
                continue
            for e in self.kinds(ms, ms.ids(m.group("list")), {"Person"}):
                self.add(ev, "gk:presidedOverBy", e, ms, m.start(), m.end(), "presided-active")
        # "⟨1⟩ attended the workshop as chief guest, while ORG Vice President ⟨2⟩ chaired it": "it" is the
        # event the sentence names
        for m in _PRESIDED_IT.finditer(ms.text) if active else ():
            ev = self.sentence_event(ms)
            for e in self.kinds(ms, ms.ids(m.group("list")), {"Person"}):
                self.add(ev, "gk:presidedOverBy", e, ms, m.start(), m.end(), "presided-it")
        # "Presiding over the seminar, ORG Chairman ⟨1⟩ said ...": the subject of the sentence presided
        if (m := re.search(rf"\b(?:[Pp]residing\s+over|[Cc]hairing|[Mm]oderating)\s+(?:the\s+)?{M}\s*,", ms.text)) is not None:
            ev = self.ent(ms.mentions[int(m.group(1))])
            who = [int(p.group(1)) for p in re.finditer(M, ms.text[m.end():])]
            people = [i for i in who if (e := self.ent(ms.mentions[i])) is not None and e.kind == "Person"]
            if ev is not None and ev.kind == "Event" and people:
                self.add(ev, "gk:presidedOverBy", self.ent(ms.mentions[people[0]]), ms, m.start(), m.end(), "presided-participle")
        # "The chamber's president ⟨1⟩, who presided, said ...", "⟨2⟩, who chaired the session, noted": the event of the sentence
        for m in re.finditer(rf"{M}{PAREN},\s+who\s+(?:presided|chaired|moderated)\s*(?:over\s+(?:it|the\s+(?:meeting|event|proceedings|function))\s*)?,", ms.text):
            e = self.ent(ms.mentions[int(m.group(1))])
            if e is not None and e.kind == "Person":
                self.add(self.sentence_event(ms), "gk:presidedOverBy", e, ms, m.start(), m.end(), "presided-who")
        # "Mayor ⟨1⟩ called the ⟨meeting⟩ to order", "⟨2⟩ opened the ⟨public hearing⟩ at 6:21 p.m." (minutes: the
        # chair opens and closes what it presides; a time says it is the minutes' own record)
        for m in _CALLED_TO_ORDER.finditer(ms.text):
            ids = [g for g in m.groups() if g is not None and g.isdigit()]
            e = self.ent(ms.mentions[int(ids[0])])
            # ("opened the public hearing": the one the sentence is in, see sentence_event)
            ev = self.sentence_event(ms) if m.group("noun") else self.ent(ms.mentions[int(ids[1])])
            if e is not None and ev is not None and e.kind == "Person" and ev.kind == "Event":
                self.add(ev, "gk:presidedOverBy", e, ms, m.start(), m.end(), "presided-called-to-order")
        # "Professor X of the Y acted as moderator": the event is the one the sentence is about
        for m in _PRESIDED_ACTED_AS.finditer(ms.text) if _ACTED_AS.search(ms.text) else ():
            for e in self.kinds(ms, ms.ids(m.group("list")), {"Person"}):
                self.add(self.sentence_event(ms), "gk:presidedOverBy", e, ms, m.start(), m.end(), "presided-acted-as")

    def addressed(self, ms: Masked) -> None:
        self.session_speakers(ms)
        trig = _SPEECH.search(ms.text)
        if trig and (_SIDELINES.search(ms.text) or re.search(_TO_THE_WRITER, ms.text, re.I)):
            trig = None  # "Talking on the sidelines, NAME said": words to the press, not to the event (see attended)
        if not trig or not any(m.kind == "Person" for m in ms.mentions):
            self.said(ms)  # (also "In his address, he said ...": the speaker is in the sentence before)
            return
        ev = self.speech_event(ms, trig.start())
        # "⟨A⟩ addressed a ⟨gathering⟩ of 150 workers": the event the verb names
        named = re.match(rf"\s+(?:an?\s+|the\s+)?{M}", ms.text[trig.end():]) if trig.group(0).endswith("addressed") else None
        if named is not None and (it := self.ent(ms.mentions[int(named.group(1))])) is not None and it.kind == "Event":
            ev = it
        presiders = self.presiders.get(ms.sent.index, set())
        # "A, B and C listen to the welcome speech by Mayor D": the speech's own speaker after "by"; who listened
        # to it attended
        listened = re.search(rf"\b(?:listen|listens|listened|listening)\s+to\s+(?:the|a|an)\s+(?:[\w-]+\s+)?{lx.SPEECH}\s+by\s", ms.text, re.I)
        if listened is not None:
            for i in ms.ids(ms.text[:listened.start()]):
                if (e := self.ent(ms.mentions[i])) is not None and e.kind == "Person":
                    self.add(ev, "gk:attendedBy", e, ms, ms.text.index(f"⟨{i}⟩"), listened.end(), "attendance-listened")
            trig = listened
        # "A inaugurated the fair in the presence of B, C and D": those named after it were there, silent
        silent = re.search(r"\bin\s+the\s+presence\s+of\b", ms.text, re.I)
        for i, m in enumerate(ms.mentions):
            e = self.ent(m)
            if e is not None and e.kind == "Person" and id(e) not in presiders:
                a = ms.text.index(f"⟨{i}⟩")
                if silent and silent.start() < a and not silent.start() < trig.start() or listened and a < listened.end():
                    continue
                lo, hi = min(a, trig.start()), max(a + len(f"⟨{i}⟩"), trig.end())
                self.add(ev, "gk:addressedBy", e, ms, lo, hi, "speech")

    def session_speakers(self, ms: Masked) -> None:
        """The people a session "featured" (or "brought together", "with panellists ...") spoke at it:
        'A panel on X, moderated by ⟨1⟩, featured ⟨2⟩, ROLE of ⟨3⟩; ⟨4⟩ and ⟨5⟩' (its moderator presided)."""
        # (and who it "included", or who it had ", with" after its name: "moderated the panel, with ⟨2⟩ and ⟨3⟩")
        trig = re.search(r"\b(?:featured|featuring|brought\s+together|with\s+panell?ists|panell?ists\s+(?:were|included)|"
                         r"included|includes|"
                         r"heard\s+from|with\s+(?:presentations|talks|contributions|speeches|interventions|inputs|keynotes)\s+"
                         r"(?:by|from))\b|(?<=⟩),\s+with(?=\s+⟨)", ms.text, re.I)  # ("The panel heard from A, ROLE of X, and B")
        if not trig:
            return
        ev = self.sentence_event(ms)
        if ev is None or id(ev) not in self.sessions:
            return
        presiders = self.presiders.get(ms.sent.index, set())
        for i in ms.ids(ms.text[trig.end():]):
            e = self.ent(ms.mentions[i])
            if e is not None and e.kind == "Person" and id(e) not in presiders:
                a = ms.text.index(f"⟨{i}⟩")
                self.add(ev, "gk:addressedBy", e, ms, trig.start(), a + len(f"⟨{i}⟩"), "session-speakers")

    def said(self, ms: Masked) -> None:
        """In a report of an event, a person who "said", "stressed" or "urged" something spoke at it,
        unless the sentence says the words went to the press ("told reporters", "in an interview",
        "in a statement"): "NAME said", "NAME, ROLE of ORG, said", "said NAME", a quote then "NAME added"."""
        if self.r.main_event is None or PRESS.search(ms.text):
            return
        pronoun = re.match(rf"(?:[^⟨⟩]{{0,60}},\s*)?(?:he|she)\s+(?:also\s+)?{SAID}", ms.text, re.I)
        if pronoun and not any(m.kind == "Person" for m in ms.mentions):
            # "In his address, he said ...": the person of the sentence before
            speaker = self.last_person(ms.sent.index - 1)
            if speaker is not None:
                self.add(self.speech_event(ms, pronoun.end()), "gk:addressedBy", speaker, ms, pronoun.start(),
                         pronoun.end(), "speech-pronoun")
            return
        # "⟨NAME⟩ (ROLE, ⟨ORG⟩) told the session that ...": words told to a gathering are a speech at it
        for m in re.finditer(rf"{M}(?:{PAREN}|{APPOSITION})?\s+(?:also\s+)?told\s+(?:the\s+)?{M}\s+(?:that|how|about)\b", ms.text):
            person, ev = self.ent(ms.mentions[int(m.group(1))]), self.ent(ms.mentions[int(m.group(m.lastindex))])
            if person is not None and ev is not None and person.kind == "Person" and ev.kind == "Event":
                self.add(ev, "gk:addressedBy", person, ms, m.start(), m.end(), "speech-told")
        # tried at every mention, not only after the last match: in "the ⟨ORG⟩, ⟨NAME⟩, informed" the
        # organization's match would hide the name's
        pos = who_end = 0
        while (m := SPEAKER.search(ms.text, pos)) is not None:
            i = int(next(g for g in m.groups() if g is not None))
            e = self.ent(ms.mentions[i])
            head = m.group(0)[len(f"⟨{i}⟩"):(m.start("who") - m.start()) if m.group("who") else None]
            # "chaired by ⟨A⟩, head of ⟨X⟩, ⟨B⟩, CEO of ⟨Y⟩, explained": the one who spoke is the last
            # person before the verb, whose own match comes next
            # (not one after "in", "at", "of": "⟨A⟩, counselor at the ⟨X⟩ in ⟨Y⟩, said", were Y taken for a name)
            between = [self.ent(ms.mentions[int(k.group(1))])
                       for k in re.finditer(rf"(?<!\bin\s)(?<!\bat\s)(?<!\bof\s){M}", head)]
            if any(b is not None and b.kind == "Person" for b in between) and m.group(0).startswith(f"⟨{i}⟩"):
                pos = m.start() + 1
                continue
            # a remark in passing, not a speech: a chair's ("chaired by ⟨A⟩, who said"; but "⟨A⟩, who chaired the
            # hearing, said in his opening statement" is one) or a visitor's to the writer ("Among the visitors
            # was ⟨A⟩, who said he had placed orders")
            relative = re.search(r"\bwho\s", m.group(0)) is not None
            remark = relative and (m.group("who") is None and id(e) in self.presiders.get(ms.sent.index, ())
                                   or re.search(r"\b(?:visitors|buyers|guests|audience|attendees)\b", ms.text[:m.start()], re.I)
                                   is not None)
            if e is not None and e.kind == "Person" and m.start() >= who_end and not remark:
                self.add(self.speech_event(ms, m.start()), "gk:addressedBy", e, ms, m.start(), m.end(), "speech-said")
                if m.group("who"):
                    # "⟨A⟩, who introduced ⟨B⟩, said": A spoke; a name inside the clause is no speaker
                    who_end = m.end("who")
            pos = m.start() + 1  # (always advances)

    def speech_event(self, ms: Masked, pos: int) -> Entity | None:
        """Where a speech was given: a side event of the sentence, else an event named before the
        speech ("Speaking at the X, ..."), else the main event; not an event the speech is about
        ("said the agency would lead a delegation to the Y")."""
        side = self.sentence_event(ms)
        if side is not None and id(side) in self.sides:
            return side
        if (self.previous_session is not None and SPEAKER_LIST.search(ms.text)
                and not any(m.kind == "Event" for m in ms.mentions)):
            return self.previous_session  # a list of speakers right after the sentence that named the session
        best = None
        for m in re.finditer(M, ms.text[:pos]):
            e = self.ent(ms.mentions[int(m.group(1))])
            if e is not None and e.kind == "Event":
                best = e
        # "A and B spoke at the seminar": the event right after the speech
        at = re.match(rf"[^⟨⟩]{{0,40}}?\b(?:at|to|during|before)\s+(?:the\s+|this\s+)?{M}", ms.text[pos:])
        after = self.ent(ms.mentions[int(at.group(1))]) if at else None
        return (best or (after if after is not None and after.kind == "Event" else None) or self.focus
                or self.r.main_event)

    def last_person(self, index: int) -> Entity | None:
        """The last person named in sentence ``index``, if one is."""
        if index < 0:
            return None
        people = [e for e in map(self.ent, self.sentences[index].mentions) if e is not None and e.kind == "Person"]
        return people[-1] if people else None

    def attended(self, ms: Masked) -> None:
        trig = _ATTEND.search(ms.text)
        if trig:
            ev = self.sentence_event(ms)
            for i, m in enumerate(ms.mentions):
                e = self.ent(m)
                # (and firms listed by what they are: "manufacturers such as A and B took part")
                if e is not None and (e.kind == "Person" or m.rule == "firm-in-list"):
                    a = ms.text.index(f"⟨{i}⟩")
                    lo, hi = min(a, trig.start()), max(a + len(f"⟨{i}⟩"), trig.end())
                    self.add(ev, "gk:attendedBy", e, ms, lo, hi, "attendance")
        # "First-time exhibitors include A, B and C", "Among the new exhibitors are D from X and E": a firm
        # that shows at a fair attends it
        # (every firm named after the words: "include A of Town, the Korean maker B, and C from Y")
        for m in _EXHIBITORS.finditer(ms.text):
            ev = self.sentence_event(ms)
            for e in self.kinds(ms, ms.ids(_strip_parentheses(ms.text[m.end():])), {"Organization"}):
                self.add(ev, "gk:attendedBy", e, ms, m.start(), len(ms.text), "exhibitors")
        if _AMONG_THEM.match(ms.text) and ms.sent.index > 0 and (
                _GATHERED.search(Masked.of(self.sentences[ms.sent.index - 1]).text)):
            ev = self.sentence_event(ms)
            for i, mention in enumerate(ms.mentions):
                e = self.ent(mention)
                if e is not None and e.kind == "Person":
                    a = ms.text.index(f"⟨{i}⟩")
                    self.add(ev, "gk:attendedBy", e, ms, a, a + len(f"⟨{i}⟩"), "attendance-among-them")
        # "Talking to reporters on the sidelines of the ⟨Conclave⟩, ⟨NAME⟩ said": there, not on its stage
        side = _SIDELINES.search(ms.text)
        if side:
            ev = self.ent(ms.mentions[int(side.group(1))]) if side.group(1) else None
            ev = ev if ev is not None and ev.kind == "Event" else self.sentence_event(ms)
            for i, mention in enumerate(ms.mentions):
                e, a = self.ent(mention), ms.text.index(f"⟨{i}⟩")
                if e is not None and e.kind == "Person" and (m := SPEAKER.match(ms.text, a)) is not None:
                    self.add(ev, "gk:attendedBy", e, ms, min(side.start(), a), max(side.end(), m.end()),
                             "attendance-sidelines")
        # "more than 120 people from A, B and C ... participated": organizations that sent people
        for m in _SENT_FROM.finditer(ms.text):
            if not _ATTEND_OR_CAME.search(ms.text):
                continue
            ev = self.sentence_event(ms)
            for e in self.kinds(ms, ms.ids(_strip_parentheses(m.group("list"))), {"Organization"}):
                self.add(ev, "gk:attendedBy", e, ms, m.start(), m.end(), "attendance-from")

    def posts(self, ms: Masked) -> None:
        t = ms.text
        people = {i for i, m in enumerate(ms.mentions) if m.kind == "Person"}
        orgs = {i for i, m in enumerate(ms.mentions) if m.kind == "Organization"}
        head = re.match(r"[^:⟨⟩]{0,160}:", t)  # "The office bearers appointed are: ..." (see below)
        officers = head is not None and OFFICERS.search(head.group(0)) is not None
        if not people or not (orgs or self.heading or officers):
            return  # every pattern below needs a person and an organization: spare the regexes

        posted: set[tuple[int, int]] = set()  # (person, organization) mention pairs given a post in this sentence

        def post(pi: int, roles: str, oi: int | Entity, a: int, b: int, rule: str, function: str = "") -> None:
            """``oi``: the organization's mention index in the sentence, or the entity itself."""
            if pi not in people or not isinstance(oi, Entity) and oi not in orgs:
                return
            if not isinstance(oi, Entity):
                posted.add((pi, oi))
            split = split_roles(roles)
            if split and function:  # "head of fibre sourcing": the function belongs to the last role
                split[-1] += " " + re.sub(r"\s+", " ", function.strip().lower())
            for role in split:
                person = self.ent(ms.mentions[pi])
                org = oi if isinstance(oi, Entity) else self.ent(ms.mentions[oi])
                if person is None or org is None:
                    continue
                p = Post(person, role, org)
                self.add(p, "org:heldBy", person, ms, a, b, rule)
                self.add(p, "org:postIn", org, ms, a, b, rule)
                self.add(p, "org:role", role, ms, a, b, rule)

        # NAME, (a|the) ROLES of ORG [and (concurrently) ROLES of ORG]...; NAME, who is ROLE of ORG as well as ...
        for m in re.finditer(rf"{M}{SERVICE},?\s+(?:who\s+(?:is|was|serves\s+as)\s+(?:an?\s+|the\s+)?|an?\s+|the\s+|also\s+)?(?P<chain>(?:(?:\s*(?:,|;)?\s*(?:and\s+|as\s+well\s+as\s+)?(?:concurrently\s+|also\s+)?)?(?:the\s+)?{_WHERE}{ROLES}(?:{FUNCTION})?\s+(?:of|at|for|with|in)\s+(?:the\s+)?{DESCRIPTOR}{M}(?:'s?)?)+)", t, re.I):
            pi = int(m.group(1))
            for part in re.finditer(rf"{_WHERE}(?P<roles>{ROLES})(?P<fn>{FUNCTION})?\s+(?:of|at|for|with|in)\s+(?:the\s+)?{DESCRIPTOR}{M}", m.group("chain"), re.I):
                where = re.match(r"⟨(\d+)⟩", part.group(0))
                if where and ms.mentions[int(where.group(1))].kind != "Place":
                    continue
                post(pi, part.group("roles"), int(part.group(part.lastindex)), m.start(), m.end(), "post-apposition",
                     part.group("fn") or "")
        # NAME, ROLES, ORG (no "of"): "A. Name, Managing Director, Example Mills Ltd"
        # (and "NAME, Head of Agribusiness, Example Bank": a head of what, then the organization)
        # (not "director of the Yarn, Dye and Finishing Office": a name the comma cuts)
        # (an Indian civil service after the name: "NAME, IAS, Principal Secretary, X Department")
        # (and a qualifier in brackets after the role: "NAME, Regional Director (Northern Region), ORG")
        for m in re.finditer(rf"{M}{SERVICE}(?:,\s+|,\s*(?-i:{_POST_NOMINALS})\s+)(?P<roles>{ROLES})(?P<fn>\s+(?:of|in)\s+{_FN_WORD}(?:\s+{_FN_WORD}){{0,2}})?(?:\s*\([^()]{{1,40}}\))?,\s+(?:the\s+)?{DESCRIPTOR}{M}", t, re.I):
            post(int(m.group(1)), m.group("roles"), int(m.group(m.lastindex)), m.start(), m.end(), "post-comma-organization",
                 m.group("fn") or "")
        # "NAME, ORG Country Representative for Central Asia, presented", "NAME, the ORG's country director for
        # ⟨PLACE⟩, said": the organization, then the role, in apposition to the name
        for m in re.finditer(rf"{M},\s+(?:the\s+)?{M}(?:'s|’s)?\s+(?P<roles>{ROLES})(?P<fn>{FUNCTION})?(?:\s+(?:for|in)\s+{M})?"
                             rf"(?=\s*(?:[,;.)]|$))", t, re.I):
            post(int(m.group(1)), m.group("roles"), int(m.group(2)), m.start(), m.end(), "post-apposition-org-role",
                 m.group("fn") or "")
        # a list line "ORG – NAME, ROLE": the organization first ("Orlan Mills Ltd – Jon Vessel, Managing Director")
        line = re.fullmatch(rf"\s*(?:[•·▪●*–—-]\s*|\d{{1,2}}[.)]\s*)?{M}{DASH}{HONORIFIC}{M},\s+(?P<roles>{ROLES})\s*[;,.]?\s*", t, re.I)
        if line:
            post(int(line.group(2)), line.group("roles"), int(line.group(1)), line.start(), line.end(), "post-org-dash-name-role")
        # "NAME, Chairman ORG Eastern Zone, said": the role and its organization without "of"
        for m in re.finditer(rf"{M},\s+(?P<roles>{ROLES})\s+{M}(?=\s*[,;.)])", t, re.I):
            post(int(m.group(1)), m.group("roles"), int(m.group(m.lastindex)), m.start(), m.end(), "post-role-org")
        # NAME - ROLES, ORG and NAME (ROLES, ORG): list lines and panels
        # (with what the head is head of: "NAME (Head of Sourcing Africa, ORG, UK)")
        for m in re.finditer(rf"{M}(?:{DASH}|\s*\(\s*)(?P<roles>{ROLES})(?P<fn>{FUNCTION})?(?:\s*,\s*|\s+(?:of|at)\s+)(?:the\s+)?{DESCRIPTOR}{M}", t, re.I):
            post(int(m.group(1)), m.group("roles"), int(m.group(m.lastindex)), m.start(), m.end(), "post-dash-or-parenthesis",
                 m.group("fn") or "")
        # "The office bearers appointed are: Deputy Chairperson: A, Treasurer: B, and Immediate Past Chairman: C":
        # the pairs of one sentence, of the body whose meeting the article reports
        if officers and (body := self._main_organizer() or self._lead_org()) is not None:
            for m in re.finditer(rf"(?:^\s*|[,;]\s*(?:and\s+)?)(?P<roles>{ROLES}){DASH}{HONORIFIC}{M}", t[head.end():], re.I):
                post(int(m.group(m.lastindex)), m.group("roles"), body, head.end() + m.start(), head.end() + m.end(),
                     "post-officers-inline")
        # "Chair: NAME" under a heading that names the organization ("The officers of ORG are:")
        if self.heading is not None:
            # (and "Director: ⟨ORG⟩; Representative: NAME", a company's seat held through its representative)
            # (and "Secretary of Women's Affairs: NAME", a post with its function)
            line = re.match(rf"\s*(?:[•·▪●*–—-]\s*)?(?P<roles>{ROLES})(?P<fn>\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){{0,4}})?"
                            rf"{DASH}(?:⟨\d+⟩\s*[;,]\s*(?:its\s+)?representative{DASH})?"
                            rf"(?:{HONORIFIC}){M}", t, re.I)
            # (or the name first: "NAME – Treasurer", "NAME – Secretary for Women's Affairs", the post alone after it)
            named_first = None if line else re.fullmatch(
                rf"\s*(?:[•·▪●*–—-]\s*)?{HONORIFIC}{M}{DASH}(?P<roles>{ROLES})(?P<fn>\s+(?:of|for)\s+[A-Z][\w'’-]*"
                rf"(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){{0,4}})?\s*[.;,]?\s*", t, re.I)
            if named_first:
                post(int(named_first.group(1)), named_first.group("roles"), self.heading, 0, len(t),
                     "post-list-heading-name-first", named_first.group("fn") or "")
            if line:
                post(int(line.group(line.lastindex)), line.group("roles"), self.heading, line.start(), line.end(),
                     "post-list-heading", line.group("fn") or "")
                # "Vice Presidents: NAME (ORG) and NAME (ORG)", "Members: NAME (ORG), NAME (ORG), NAME": each one
                rest = line.end()
                while (more := re.match(rf"(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+){HONORIFIC}{M}", t[rest:])) is not None:
                    post(int(more.group(more.lastindex)), line.group("roles"), self.heading, line.start(),
                         rest + more.end(), "post-list-heading")
                    rest += more.end()  # (never empty: it advances)
        # NAME, who heads the ORG
        for m in re.finditer(rf"{M},?\s+who\s+(?:heads|chairs|leads|directs)\s+(?:the\s+)?{M}(?!['’]s)", t, re.I):
            verb = re.search(r"who\s+(\w+)", m.group(0)).group(1).lower()
            role = {"heads": "head", "chairs": "chairman", "leads": "head", "directs": "director"}[verb]
            post(int(m.group(1)), role, int(m.group(2)), m.start(), m.end(), "post-who-heads")
        # ORG('s) ROLES NAME: "ABC President Wang Ming", "X Group's chairman Li Hua"
        # (a dash may stand between the role and the name: "X Bank Chief Operating Officer - NAME")
        # (with what the role is of before it: "AMIC Market Analyst NAME", "X Country Director NAME")
        for m in re.finditer(rf"{M}{PAREN}(?:'s|’s)?\s+(?P<roles>(?:{_FN_WORD}\s+)?{ROLES})(?:\s+|{DASH}|,\s+){HONORIFIC}{M}", t, re.I):
            post(int(m.group(m.lastindex)), m.group("roles"), int(m.group(1)), m.start(), m.end(), "post-prefix")
            if not ((prev := re.search(rf"{M}{PAREN}{SEP_IN_SENTENCE}$", t[:m.start()])) and int(prev.group(1)) in people):
                # (not in a list of guests each with a title of their own: "..., MP A, ORG chairman B and Mayor C")
                self._role_chain(ms, t, m.end(), int(m.group(1)), post)
        # ROLES of ORG NAME: "Chairman of the X Council Li Hua"; ROLES NAME of ORG
        for m in re.finditer(rf"(?P<roles>{ROLES})\s+of\s+(?:the\s+)?{M}{PAREN},?\s+{HONORIFIC}{M}", t, re.I):
            post(int(m.group(m.lastindex)), m.group("roles"), int(m.group(2)), m.start(), m.end(), "post-role-of-org-name")
            self._role_chain(ms, t, m.end(), int(m.group(2)), post)
        # ROLES ORG NAME, as South Asian English writes a post: "Group Leader ⟨APTMA⟩ ⟨NAME⟩", "Central Chairman
        # ⟨ORG⟩ ⟨NAME⟩" (post() takes only an organization, then a person)
        for m in _ROLE_ORG_NAME.finditer(t):
            post(int(m.group(m.lastindex)), m.group("roles"), int(m.group(2)), m.start(), m.end(), "post-role-org-name")
        for m in re.finditer(rf"(?P<roles>{ROLES})\s+{M}\s+(?:of|at)\s+(?:the\s+)?{M}", t, re.I):
            post(int(m.group(2)), m.group("roles"), int(m.group(3)), m.start(), m.end(), "post-role-name-of-org")
        # "The Chairman ⟨ORG⟩, Mr. ⟨NAME⟩ thanked ...": the role and whose it is, then who holds it after a comma
        # (with "of", post-role-of-org-name above)
        # (found from the mentions, the role looked for in the words right before: a role tried at every word
        # of every sentence cost a tenth of the post rules)
        for m in _ORG_COMMA_NAME.finditer(t):
            role = _ROLE_RIGHT_BEFORE.search(t, max(0, m.start() - 80), m.start())
            if role and (role.start() == 0 or re.search(r"(?:^|[,;:]\s*|\b(?:and|by|with)\s+)$", t[:role.start()])):
                post(int(m.group(m.lastindex)), role.group("roles"), int(m.group(1)), role.start(), m.end(), "post-role-org-comma-name")
        # "⟨NAME⟩ is chairman and CEO of ⟨ORG⟩", "⟨NAME⟩, who is also the treasurer of ⟨ORG⟩" (the second in
        # post-apposition above): a post said of a person with "is"
        for m in re.finditer(rf"{M}\s+(?:is|was|has\s+been|remains|serves\s+as|served\s+as)\s+(?:also\s+|currently\s+|now\s+)?"
                             rf"(?:the\s+|an?\s+)?(?P<roles>{ROLES})(?P<fn>{FUNCTION})?\s+(?:of|at)\s+(?:the\s+)?{DESCRIPTOR}{M}", t, re.I):
            post(int(m.group(1)), m.group("roles"), int(m.group(m.lastindex)), m.start(), m.end(), "post-copula",
                 m.group("fn") or "")
        # "⟨NAME⟩ has assumed the charge of the office of the Chairman ⟨ORG⟩", "⟨NAME⟩ took over as President of ⟨ORG⟩"
        for m in re.finditer(rf"{M}\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:assumed|assumes|took|takes|taken)\s+(?:over\s+)?"
                             rf"(?:(?:the\s+)?(?:charge|office)\s+(?:of\s+the\s+office\s+)?(?:of|as)|as)\s+(?:the\s+)?(?P<roles>{ROLES})\s+(?:of\s+)?(?:the\s+)?{M}", t, re.I):
            post(int(m.group(1)), m.group("roles"), int(m.group(3)), m.start(), m.end(), "post-took-charge")
        # NAME has been elected (the new) ROLE of ORG / will serve as ORG's ROLE
        # (and an apposition between: "⟨NAME⟩, managing director of ⟨X⟩, was elected chair of ⟨ORG⟩")
        for m in re.finditer(rf"{M}(?:{PAREN}|{APPOSITION})?\s+(?:has\s+been|have\s+been|was|were|had\s+been|is|will\s+be)\s+(?:re-?)?(?:elected|appointed|named|chosen\s+as|promoted\s+to)\s+(?:as\s+)?(?:the\s+)?(?P<roles>{ROLES})\s+(?:of|at)\s+(?:the\s+)?{M}", t, re.I):
            post(int(m.group(1)), m.group("roles"), int(m.group(m.lastindex)), m.start(), m.end(), "post-elected")
        # "⟨ORG⟩ has appointed ⟨NAME⟩ chief executive officer from 1 April", "⟨ORG⟩ named ⟨NAME⟩ as its new ROLE"
        for m in re.finditer(rf"{M}{PAREN}\s+(?:has\s+|have\s+|had\s+)?(?:appointed|named|elected|promoted)\s+{M}\s+(?:as\s+)?"
                             rf"(?:(?:its|their|the)\s+)?(?:new\s+)?(?P<roles>{ROLES})\b(?!\s+(?:of|at|for)\s)", t, re.I):
            post(int(m.group(2)), m.group("roles"), int(m.group(1)), m.start(), m.end(), "post-appointed-by")
        for m in re.finditer(rf"{M}\s+(?:will\s+|would\s+)?(?:also\s+)?(?:serve|serves|served|act|acts)\s+as\s+(?:the\s+)?{M}(?:'s|’s)\s+(?P<roles>{ROLES})", t, re.I):
            post(int(m.group(1)), m.group("roles"), int(m.group(2)), m.start(), m.end(), "post-serve-as")
        # ROLES NAME, NAME and NAME with the organization named earlier in the sentence
        # (not across a semicolon: "Vice President A; B, director of ..." lists guests, each with a title of their own)
        for m in re.finditer(rf"\b(?P<roles>{ROLES})\s+(?P<list>{M}(?:{SEP_IN_SENTENCE}{M})*)(?!\s*,?\s*(?:of|at)\b)", t, re.I):
            before = [i for i in ms.ids(t[:m.start()]) if i in orgs]
            if not before or re.search(rf"(?:of|at)\s+(?:the\s+)?{M}\s*$", t[:m.start()]):
                continue
            if (prev := re.search(rf"{M}{SEP_IN_SENTENCE}$", t[:m.start()])) and int(prev.group(1)) in people:
                continue  # "..., ORG chairman A and Deputy Mayor B": B's title is no post in A's organization
            if m.group("roles").strip().lower() in lx.TITLE_BEFORE_NAME:
                continue  # "..., Chief ⟨3⟩": a title of address, not a post
            for pi in ms.ids(m.group("list")):
                if pi in people and (pi, before[-1]) not in posted:  # ("ORG Market Analyst NAME" gave the post)
                    post(pi, m.group("roles"), before[-1], m.start(), m.end(), "post-role-list")

    def minister_posts(self, ms: Masked) -> None:
        """ "Deputy Minister of Fisheries NAME", "NAME, Kelvara's Minister of Energy, said": a post in the
        ministry of that portfolio, when the article names it ("the Ministry of Fisheries of ..."), even
        where the sentence names no organization."""
        t = ms.text
        found = [(int(m.group(m.lastindex)), m) for m in re.finditer(
            rf"(?P<roles>{MINISTER})\s+(?:of|for)\s+(?P<dom>{PORTFOLIO}?)\s*,?\s+{HONORIFIC}{M}", t)]  # (the shortest
        # portfolio: in "Minister of Trade, Senator NAME" the title is not one)
        found += [(int(m.group(1)), m) for m in re.finditer(
            rf"{M},\s+(?:the\s+|an?\s+)?(?:(?:{M}|[\w-]+)(?:['’]s)?\s+)?(?P<roles>{MINISTER})\s+(?:of|for)\s+"
            rf"(?P<dom>{PORTFOLIO})(?=\s*[,;.]|\s+(?:said|told|and)\b)", t)]
        for pi, m in found:
            person, ministry = self.ent(ms.mentions[pi]), self._ministry(m.group("dom"))
            if person is None or person.kind != "Person" or ministry is None:
                continue
            p = Post(person, re.sub(r"[\s-]+", " ", m.group("roles").lower()), ministry)
            self.add(p, "org:heldBy", person, ms, m.start(), m.end(), "post-minister-of")
            self.add(p, "org:postIn", ministry, ms, m.start(), m.end(), "post-minister-of")
            self.add(p, "org:role", p.role, ms, m.start(), m.end(), "post-minister-of")

    def _ministry(self, portfolio: str) -> Entity | None:
        """The organization of the article named "Ministry of PORTFOLIO ..." (or "... Ministry of
        PORTFOLIO"), when exactly one is."""
        # "Minister for Trade" heads the "Ministry of Trade" as often as the "Ministry for Trade"
        wants = ["ministry of " + normalise(portfolio), "ministry for " + normalise(portfolio)]
        found = [e for e in self.r.entities if e.kind == "Organization"
                 and any(n == want or n.startswith(want + " ") or n.endswith(" " + want) or f" {want} " in n
                         for n in map(normalise, {e.label, *e.alt_labels}) for want in wants)]
        exact = [e for e in found if set(wants) & set(map(normalise, {e.label, *e.alt_labels}))]
        return found[0] if len(found) == 1 else exact[0] if len(exact) == 1 else None  # (the one named so exactly)

    @staticmethod
    def _role_chain(ms: Masked, t: str, pos: int, org: int, post) -> None:
        """A list that goes on after "president of ORG NAME" with more "ROLE NAME" items holds posts in
        the same organization: "..., vice president NAME2, secretary NAME3 and treasurer NAME4"."""
        while (m := re.match(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<roles>{ROLES})(?:\s+|{DASH}){HONORIFIC}{M}",
                             t[pos:], re.I)) is not None:
            post(int(m.group(m.lastindex)), m.group("roles"), org, pos + m.start(), pos + m.end(), "post-role-chain")
            pos += m.end()  # (the match is never empty: it advances)

    def structure(self, ms: Masked) -> None:
        """Sub-units from the shape of names ("Department of X of ORG", "ABC Finance
        Department") and appositions ("X, an agency under the Ministry of ...")."""
        for i, m in enumerate(ms.mentions):
            a = ms.text.index(f"⟨{i}⟩")
            b = a + len(f"⟨{i}⟩")
            node = m
            while node is not None:
                unit, parent = self.ent(node), self.ent(node.parent) if node.parent else None
                if unit is not None and parent is not None and unit.kind == parent.kind == "Organization":
                    self.add(unit, "org:subOrganizationOf", parent, ms, a, b, "unit-of-organization")
                if node.qualifier is not None and unit is not None and unit.kind == "Organization":
                    place = self.ent(node.qualifier)
                    if place is not None and place.kind == "Place":
                        self.add(unit, "gk:locatedIn", place, ms, a, b, "place-qualifier")
                if node.parent is not None and unit is not None and unit.kind in {"Event", "Programme"} and parent is not None and parent.kind == "Organization":
                    self.add(unit, "gk:organizedBy", parent, ms, a, b, "event-of-organization")
                node = node.parent
        for m in re.finditer(rf"{M}{PAREN},\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}(?:agency|department|unit|subsidiary|branch|body|bureau|division|arm|office|affiliate|member\s+organi[sz]ation)(?:\s+(?:association|body|organi[sz]ation|company))?\s+(?:under|of|affiliated\s+(?:to|with))\s+(?:the\s+)?{M}", ms.text, re.I):
            unit, parent = (self.ent(ms.mentions[int(m.group(k))]) for k in (1, 2))
            if unit is not None and parent is not None and unit.kind == parent.kind == "Organization":
                self.add(unit, "org:subOrganizationOf", parent, ms, m.start(), m.end(), "unit-apposition")
        # "the OSB's Export Credit Scheme", "its new X Grant Programme" is whose programme
        for m in re.finditer(rf"{M}{PAREN}(?:'s|’s)\s+(?:new|own|flagship|proposed|planned|\d{{4}}|[\w-]+-(?:funded|backed|led))?\s*{M}", ms.text):
            org, prog = (self.ent(ms.mentions[int(m.group(k))]) for k in (1, m.lastindex))
            if org is not None and prog is not None and org.kind == "Organization" and prog.kind == "Programme":
                self.add(prog, "gk:organizedBy", org, ms, m.start(), m.end(), "programme-of-organization")
        # "the OKEA Skill Bridge programme": a programme named with the acronym of its organization
        for i, m in enumerate(ms.mentions):
            prog = self.ent(m)
            first = m.text.split()[0] if m.text.split() else ""
            if prog is None or prog.kind != "Programme" or not first.isupper() or len(first) < 2 or len(m.text.split()) < 2:
                continue
            owners = {id(e): e for e in self.r.entities if e.kind == "Organization" and first in e.alt_labels | {e.label}}
            if len(owners) == 1:
                a = ms.text.index(f"⟨{i}⟩")
                self.add(prog, "gk:organizedBy", next(iter(owners.values())), ms, a, a + len(f"⟨{i}⟩"), "programme-acronym")
        # "Ministry of Textiles, Government of India", "Department of Handlooms, Government of X State": a ministry
        # or department, then the government it is part of (as South Asian releases write posts)
        for m in re.finditer(rf"{M}{PAREN},\s+(?:the\s+)?{M}", ms.text):
            unit, parent = (self.ent(ms.mentions[int(m.group(k))]) for k in (1, 2))
            if (unit is not None and parent is not None and unit is not parent and unit.kind == parent.kind == "Organization"
                    and unit.label.split()[0].lower() in {"ministry", "department", "directorate", "office", "commission",
                                                          "secretariat", "directorate-general", "division", "bureau"}
                    and re.match(r"(?:the\s+)?(?:government|state\s+government|govt\.?)\s+of\s", parent.label, re.I)):
                self.add(unit, "org:subOrganizationOf", parent, ms, m.start(), m.end(), "unit-comma-government")
        # "the Department of Fibre Science at X University": a unit named head first, at its organization
        for m in re.finditer(rf"{M}{PAREN}\s+at\s+(?:the\s+)?{M}", ms.text):
            unit, parent = (self.ent(ms.mentions[int(m.group(k))]) for k in (1, 2))
            if (unit is not None and parent is not None and unit is not parent
                    and unit.kind == parent.kind == "Organization"
                    and unit.label.split()[0].lower() in lx.UNIT_HEADS | lx.ACADEMIC_UNITS):
                self.add(unit, "org:subOrganizationOf", parent, ms, m.start(), m.end(), "unit-at-organization")

    def attributes(self, ms: Masked) -> None:
        t = ms.text
        for m in THEME.finditer(t):
            ev = self.event_before(ms, m.start(), kinds=("Event",))
            if re.match(r"\s*(?:Its|Their)\s+(?:[a-z]+\s+)?theme\b", t) and not re.search(M, t[:m.start()]):
                ev = self.focus or self.r.main_event  # "Its theme, "X," ran through both days and the poster hall"
            group = next(g for g in ("a", "b", "c", "d") if m.group(g))
            value = re.sub(r"\s+", " ", ms.original(m.start(group), m.end(group))).strip(" ,.")
            self.add(ev, "gk:theme", value, ms, m.start(), m.end(), "theme")
        if _GATHERED.search(t):
            for m in _COUNT.finditer(t):
                n = int(m.group(1).replace(",", ""))
                if 1 < n < 10_000_000 and not re.match(r"(?:19|20)\d\d$", m.group(1)):
                    self.add(self.sentence_event(ms), "gk:participantCount", n, ms, m.start(), m.end(), "participant-count")
            # "More than 250 exporters, mill owners, academics and students attended": whoever the number
            # counts, they are the people who came
            for m in re.finditer(r"\b(?:(?:more\s+than|over|nearly|almost|about|around|some|close\s+to|approximately)\s+)?"
                                 r"(\d[\d,]*)\s+(?:[a-z][\w-]*s,?\s+(?:and\s+|or\s+)?|[a-z][\w-]*\s+(?=[a-z][\w-]*s\b)){1,8}?"
                                 r"(?:(?:from|of)\s+[^.;⟨⟩]{0,60}?\s+|⟨\d+⟩\s+)?(?:attended|took\s+part|participated|gathered|joined|filled|packed)\b"
                                 # (and after the verb: "was attended by some 250 farmers, traders and dyers")
                                 r"|\b(?:attended|joined)\s+by\s+(?:(?:more\s+than|over|nearly|almost|about|around|some|close\s+to|"
                                 r"approximately)\s+)?(\d[\d,]*)\s+(?-i:[a-z])", t):
                n = int((m.group(1) or m.group(2)).replace(",", ""))
                if 1 < n < 10_000_000 and not re.match(r"(?:19|20)\d\d$", m.group(1) or m.group(2)):
                    self.add(self.sentence_event(ms), "gk:participantCount", n, ms, m.start(), m.end(), "participant-count-who")
        for date in find_dates(t):
            start, end, first, last = date
            ev = self.event_before(ms, start, kinds=("Event",))
            if ev is None or not re.search(r"\b(?:held|opened|open|opens|run|runs|took\s+place|convened|staged|kick|launched|inaugurated|from|on)\b", t, re.I):
                continue
            if not first or id(ev) in self.dated and FUTURE_EDITION.search(t):
                continue  # "The next edition will take place from 9 to 12 March 2027": not this one's dates
            if not self._first_dates(ev, bool(last and last != first)):
                continue
            self.add(ev, "gk:startDate", first, ms, start, end, "date")
            self.add(ev, "gk:year", first[:4], ms, start, end, "date-year")
            if last and last != first:
                self.add(ev, "gk:endDate", last, ms, start, end, "date")
        for i, m in enumerate(ms.mentions):
            e = self.ent(m)
            y = re.search(r"(?:^|\s)((?:19|20)\d\d)(?:\s|$)", m.text)
            if e is not None and e.kind in {"Event", "Programme"} and y:
                a = t.index(f"⟨{i}⟩")
                self.add(e, "gk:year", y.group(1), ms, a, a + len(f"⟨{i}⟩"), "year-in-name")

    def _first_dates(self, ev: Entity, is_range: bool) -> bool:
        """Whether a date phrase may give ``ev`` its dates: an event has one start and one end, from the
        first range the article gives it ("from 11 to 13 September"), else from its first single date;
        a range after a single date (the dateline's "25 September" before "11-13 September") replaces it.
        (Several would break the shapes: a start after an end.)"""
        had = self.dated.get(id(ev))
        if had is not None and (had or not is_range):
            return False
        if had is not None:  # a single date before: its facts give way to the range
            for key in [k for k, f in self.facts.items() if f.subject is ev
                        and f.predicate in {"gk:startDate", "gk:endDate"} | ({"gk:year"} if f.evidence.rule == "date-year" else set())
                        and f.evidence.rule in {"date", "date-year"}]:
                del self.facts[key]
        self.dated[id(ev)] = is_range
        return True


def _possessors_out(ids: list[int], text: str) -> list[int]:
    """The mentions of a list but those that own the next one ("⟨the university⟩'s ⟨School⟩": the school)."""
    return [i for i in ids if not re.search(rf"⟨{i}⟩['’]s\s+⟨", text)]


def _strip_appositions(text: str) -> str:
    """A list's items without their appositions (", a global organiser of ...") and parentheses."""
    return re.sub(rf"(?:{_APPOS_BODY}|{_APPOS_TITLE})(?=\s*,|$)", "", _strip_parentheses(text))


def _strip_parentheses(text: str) -> str:
    """Without "(MIIT)": an acronym after a unit may name its parent, not another item of the list."""
    return re.sub(r"\s*\([^)]*\)", "", text)


def split_roles(text: str) -> list[str]:
    """"Party Secretary and Secretary-General" -> ["party secretary", "secretary-general"]."""
    out = []
    for part in re.split(r"\s*(?:,|\band\b|&)\s*", text):
        role = re.sub(r"\s+", " ", part.strip().lower())
        role = re.sub(r"^(?:the|new|newly\s+elected|concurrently|also)\s+", "", role)
        if not role or role.startswith("former"):
            continue
        for plural, single in (("presidents", "president"), ("chairmen", "chairman"), ("directors", "director"),
                               ("secretaries", "secretary"), ("members", "member"), ("deputies", "deputy"),
                               ("secretary-generals", "secretary-general")):
            role = re.sub(rf"\b{plural}$", single, role)
        words = role.split()
        if words[-1] in lx.ROLE_HEADS or len(words) > 1 and words[-1] == "general" and words[-2] in lx.ROLE_HEADS:
            out.append(role)
    return out


_YEAR = re.compile(r"\d{4}")
_DATE_PATTERNS = [re.compile(p) for p in [
    rf"from\s+(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})?\s*to\s+(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH}),?\s+(?P<y>\d{{4}})",
    rf"from\s+(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})\s+to\s+(?:(?P<m2>{MONTH})\s+)?(?P<d2>\d{{1,2}}),?\s+(?P<y>\d{{4}})",
    # "September 11 – September 13, 2019", "28 February - 2 March 2026": two full days and a year
    rf"(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})\s*(?:-|–|—|\bto\b|\buntil\b|\bthrough\b)\s*(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y>\d{{4}})",
    rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})\s*(?:-|–|—|\bto\b|\buntil\b)\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH}),?\s+(?P<y>\d{{4}})",
    # "12-14 June 2025", "12 and 13 June 2025", "June 12-14, 2025"
    rf"(?P<d1>\d{{1,2}})\s*(?:-|–|—|\s(?:to|and)\s)\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH}),?\s+(?P<y>\d{{4}})",
    rf"(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})\s*(?:-|–|—|\s(?:to|and)\s)\s*(?P<d2>\d{{1,2}}),?\s+(?P<y>\d{{4}})",
    rf"(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,\s+(?P<y>\d{{4}})",
    rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH}),?\s+(?P<y>\d{{4}})",
]]


def find_dates(text: str) -> list[tuple[int, int, str, str]]:
    """Dates and ranges: "December 12, 2021", "24 May 2024", "from 28 February to 1 March 2024",
    "from September 12 to 13, 2024", "12-14 June 2025", "June 12-14, 2025", "September 11 – September 13,
    2019"; as ISO strings (start, end)."""
    if not _YEAR.search(text):
        return []  # (every form below ends in a year: a sentence without one spares eight patterns)
    out = []
    taken: list[tuple[int, int]] = []
    for pat in _DATE_PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            g = m.groupdict()
            y = int(g["y"])
            m1 = MONTH_NUM[(g.get("m1") or g.get("m2"))[:3].lower()]
            m2 = MONTH_NUM[(g.get("m2") or g.get("m1"))[:3].lower()]
            try:
                first = date(y, m1, int(g["d1"])).isoformat()
                last = date(y, m2, int(g["d2"])).isoformat() if g.get("d2") else first
            except (TypeError, ValueError):  # no such day
                continue
            if last < first:
                continue
            taken.append((m.start(), m.end()))
            out.append((m.start(), m.end(), first, last))
    return sorted(out)
