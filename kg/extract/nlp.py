"""The spaCy pipeline: a blank English tokenizer with rule-based sentence splitting (no model download)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import lexicon as lx

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


# abbreviations that end in a full stop inside a name ("X & Co. Pte. Ltd.", "S.p.A.")
ABBREVIATIONS = {"co.", "ltd.", "pte.", "inc.", "corp.", "s.p.a.", "no.", "st.", "mr.", "ms.", "mrs.", "dr.",
                 "prof.", "md.", "jr.", "sr.", "bros.", "dept.", "gov.", "vs.", "e.g.", "i.e.", "s.r.l.", "pvt.", "s.a.s.", "s.a.",
                 # titles before a name: "Smt. Pooja ...", "Engr. Ali ...", "H.E. Ms ..."
                 "smt.", "shri.", "engr.", "hon.", "rev.", "sen.", "rep.", "h.e.", "mohd.", "mx.", "dott.", "ing.",
                 "gen.", "col.", "capt.",
                 # academic and engineering titles of Europe, often in lower case: "assoc. prof. dr. X", "ir. X",
                 # "dr hab. inż. X", "Mgr. X", "Doc. X", "Dipl.-Ing. X"
                 "assoc.", "ir.", "drs.", "hab.", "inż.", "mgr.", "doc.", "dipl.", "mag.",
                 # company and association forms: "X Sdn. Bhd.", "X Ltda.", "X A.Ş.", "X e.V."
                 # (and "X Ltd. Şti.", a Turkish limited company)
                 "sdn.", "bhd.", "ltda.", "tbk.", "a.ş.", "şti.", "e.v.", "c.v.", "s.a.c.",
                 # and in Central Europe and the Balkans: "X s.r.o.", "X a.s.", "X Kft.", "X d.o.o.", "X Sp. z o.o."
                 "s.r.o.", "a.s.", "kft.", "d.o.o.", "sp.", "o.o.",
                 # a title in brackets after another: "Brig. Gen. (Ret.) X", "Col. (Retd.) Y"
                 "ret.", "retd.",
                 # degrees after a name, as Indonesian, Philippine and American English write them: "NAME, M.T.,
                 # head of X", "NAME, S.Sn., M.Ds., a lecturer", "NAME, Ph.D., director"
                 "ph.d.", "m.sc.", "m.eng.", "m.t.", "m.si.", "m.ds.", "m.m.", "m.h.", "m.pd.", "m.kom.", "m.a.", "m.b.a.",
                 "s.t.", "s.sn.", "s.si.", "s.e.", "s.h.", "s.pd.", "s.kom.", "s.ip."}
# and every title of address the lexicon writes with a full stop ("Licda. Ana Ruiz" is one sentence)
ABBREVIATIONS |= {h for h in lx.HONORIFICS if h.endswith(".")}


# words that start a sentence but hardly a name, so a full stop before them ends a sentence even after
# an abbreviation
SENTENCE_STARTERS = {"the", "a", "an", "some", "it", "its", "he", "she", "they", "we", "this", "that", "these",
                     "those", "his", "her", "their", "there", "but", "and", "more", "most", "many", "according"}


def _spellings(abbreviation: str) -> set[str]:
    """The ways an abbreviation with inner full stops is written: "S.p.A.", "S.P.A.", "s.p.a." ..."""
    letters = [i for i, c in enumerate(abbreviation) if c.isalpha()]
    out = set()
    for mask in range(1 << len(letters)):
        chars = list(abbreviation)
        for bit, i in enumerate(letters):
            if mask >> bit & 1:
                chars[i] = chars[i].upper()
        out.add("".join(chars))
    return out


# one token each, as spaCy's tokenizer exceptions: it would split "S.p.A." into "S.p", ".", "A." and
# "Pvt." into "Pvt", "." (and end a sentence there)
TOKENS = sorted({w for a in ABBREVIATIONS if "." in a[:-1] for w in _spellings(a)} | {"Pvt.", "PVT.", "pvt."})


OPENING_QUOTES = {'"', "“", "'", "‘"}
CLOSING_QUOTES = {'"', "”", "'", "’"}


def sentence_fixes(doc: Doc) -> Doc:
    """After the sentencizer: paragraph and heading breaks end a sentence, and a full stop of an
    abbreviation inside a name does not, unless a word that starts sentences follows.

    The starts are read and written as one array: setting ``Token.is_sent_start`` makes spaCy check
    the whole document for a parse each time (``Doc.has_annotation``), so a 1,000,000-character
    article with a sentence start every line took half a minute here."""
    texts = [token.text for token in doc]
    starts = doc.to_array("SENT_START").astype("int64")  # 1 starts a sentence, -1 does not, 0 unknown
    changed = False
    for i, value in sentence_changes(texts, [token.whitespace_ for token in doc], list(starts)):
        starts[i + 1] = value
        changed = True
    if changed:
        doc.from_array(["SENT_START"], starts.astype("uint64"))
    return doc


def sentence_changes(texts: list[str], spaces: list[str], starts: list[int] | None = None) -> list[tuple[int, int]]:
    """(i, start) for each token ``i`` whose next token must start a sentence (1) or must not (-1);
    ``starts`` are the sentencizer's (1, -1 or 0 per token), where given."""
    out = []
    for i in range(len(texts) - 1):
        text, nxt = texts[i], texts[i + 1]
        if "\n" in text or "\n" in spaces[i]:
            out.append((i, 1))
        elif (starts is not None and nxt in OPENING_QUOTES and spaces[i] and not spaces[i + 1] and i + 2 < len(texts)
              and text in {".", "!", "?"} and starts[i + 2] == 1 and starts[i + 1] != 1):
            # 'The fair opened. "We are ready," she said.': the sentencizer gives the opening quote
            # to the sentence before; a quote with a space before and none after opens the next one
            out.append((i, 1))
            out.append((i + 1, -1))
        elif (text in {"?", "!"} and nxt in CLOSING_QUOTES and i + 2 < len(texts)
              and (texts[i + 2] in {",", ";", ":", ")"} or texts[i + 2][:1].islower())):
            # 'a panel titled "Who Pays?", chaired by ...', '"Why now?" asked the chair': the quoted
            # question ends no sentence
            j = i + 2
            while j < len(texts) - 1 and texts[j] in {",", ";", ":", ")"}:
                j += 1  # (the sentencizer starts the next sentence after the punctuation that follows)
            out.append((j - 1, -1))
        elif text.endswith(".") and nxt[:1].isupper() and nxt.lower() in SENTENCE_STARTERS:
            out.append((i, 1))  # "... X S.A.S. Some 600 companies ...": it ends the sentence too
        elif (text.lower() in ABBREVIATIONS or len(text) == 2 and text[0].isupper() and text[1] == "."
              or text == "." and i > 0 and not spaces[i - 1] and f"{texts[i - 1]}.".lower() in ABBREVIATIONS):
            out.append((i, -1))  # ("Pte" "." is how the tokenizer splits an abbreviation it does not know)
            if nxt in {"(", "[", ")", "]"} and i + 2 < len(texts):
                # "Prof. (Dr.) X", "Col. (Ret.) Y": nor does the word in brackets after it, or the name after them
                out.append((i + 1, -1))
    return out


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The pipeline, made on first use: importing spaCy takes seconds, which a rebuild of unchanged
    articles, a query or an export need not wait for."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("sentence_fixes"):
        Language.component("sentence_fixes", func=sentence_fixes)
    nlp = spacy.blank("en")
    for token in TOKENS:
        nlp.tokenizer.add_special_case(token, [{"ORTH": token}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sentence_fixes")
    return nlp


# spaCy's tokenizer splits the prefixes and suffixes of one whitespace-free run again and again: a run
# of 10,000 brackets takes over 10 s, a megabyte of them hours. A run that long is no word of prose, so
# it is cut by spaces (the same length: every offset stays) before spaCy sees it.
LONG_RUN = re.compile(r"\S{256,}")
RUN_PIECE = 128


def tokenizable(text: str) -> str:
    """``text`` with whitespace-free runs of 256 characters or more cut by spaces, offsets unchanged."""
    def cut(m: re.Match) -> str:
        chars = list(m.group(0))
        for k in range(RUN_PIECE - 1, len(chars), RUN_PIECE):
            chars[k] = " "
        return "".join(chars)
    return LONG_RUN.sub(cut, text)


# The rules read a sentence as a whole (the names before a verb, the list after it), and some of that
# work grows faster than the sentence: a feed that lost its full stops and line breaks is one
# "sentence" of a megabyte, which took minutes. Prose sentences are far shorter (the longest of the
# gold articles has 612 characters), so a longer one is cut into pieces of at most this many
# characters, each at the last space of its second half where there is one.
LONG_SENTENCE = 2000


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, whitespace trimmed."""
    return _sentence_spans(text, pipeline()(tokenizable(text)))


def _sentence_spans(text: str, doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for sent in doc.sents:
        for start, end in pieces(text, sent.start_char, sent.end_char):
            chunk = text[start:end]
            start += len(chunk) - len(chunk.lstrip())
            end -= len(chunk) - len(chunk.rstrip())
            if end > start:
                spans.append((start, end))
    return spans


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into spans of at most LONG_SENTENCE characters: at the last whitespace
    of each one's second half, else (a run without spaces) at the limit."""
    out = []
    while end - start > LONG_SENTENCE:
        cut = start + LONG_SENTENCE
        k = cut
        while k > start + LONG_SENTENCE // 2 and not text[k - 1].isspace():
            k -= 1
        cut = k if text[k - 1].isspace() else cut
        out.append((start, cut))
        start = cut  # cut > start: each piece has at least half the limit
    out.append((start, end))
    return out


def words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Tokens of ``text[start:end]`` as (text, start, end) in article offsets; hyphenated compounds
    such as ``Secretary-General`` and ``full-time`` stay one word."""
    doc = pipeline().tokenizer(tokenizable(text[start:end]))
    return _joined(text, start, end, [(tok.text, start + tok.idx, tok.is_space, tok.is_punct) for tok in doc])


_LAST_DOC: list = [None, None]  # (text, doc): the article the stages of one extraction share


def article_doc(text: str) -> Doc:
    """The article tokenized and split into sentences, once for all the stages that read it (the sentences,
    then the topic phrases of the same text); a new text replaces the one kept."""
    if not (_LAST_DOC[0] is text or _LAST_DOC[0] == text):
        _LAST_DOC[:] = [text, pipeline()(tokenizable(text))]
    return _LAST_DOC[1]


def sentence_words(text: str) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
    """The sentences of ``text`` (as ``sentences``) each with its words (as ``words``), the article
    tokenized once.

    spaCy's tokenizer cuts text at whitespace first and reads each piece alone, so the tokens of a
    sentence that starts and ends at whitespace are the article's tokens between its ends; tokenizing
    each sentence again had been a tenth of all extraction time. A sentence cut inside a piece
    ("...fair."We" with no space) is tokenized alone, as before."""
    doc = article_doc(text)
    tokens = [(tok.text, tok.idx, tok.is_space, tok.is_punct) for tok in doc]
    starts = [t[1] for t in tokens]
    out = []
    for start, end in _sentence_spans(text, doc):
        if (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace()):
            ws = _joined(text, start, end, tokens[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)])
        else:
            ws = words(text, start, end)
        out.append((start, end, ws))
    return out


def _joined(text: str, start: int, end: int, tokens: list[tuple[str, int, bool, bool]]) -> list[tuple[str, int, int]]:
    """Words from spaCy's tokens (text, start in the article, is space, is punctuation) of ``text[start:end]``."""
    out: list[list] = []
    for tok_text, s, is_space, is_punct in tokens:
        if is_space:
            continue
        e = s + len(tok_text)
        if out and out[-1][2] == s and tok_text == "." and f"{out[-1][0]}.".lower() in ABBREVIATIONS:
            out[-1][0] += tok_text  # "Pte" "." is one word
            out[-1][2] = e
        elif out and (tok_text == "-" or out[-1][0].endswith("-")) and out[-1][2] == s and not is_punct | (tok_text == "-"):
            out[-1][0] += tok_text
            out[-1][2] = e
        elif out and tok_text == "-" and out[-1][2] == s and e < start + len(text[start:end]) and not text[e].isspace():
            out[-1][0] += tok_text
            out[-1][2] = e
        elif (len(out) >= 2 and out[-1][0] == "–" and out[-1][2] == s and out[-2][2] == out[-1][1]
              and tok_text[:1].isupper() and tok_text.isalpha() and out[-2][0][:1].isupper() and out[-2][0].replace("-", "").isalpha()):
            out[-2][0] += "–" + tok_text  # two names joined by an en dash are one word: "Kenya–Uganda Textile Forum"
            out[-2][2] = e
            out.pop()
        elif (len(out) >= 2 and out[-1][0] == "/" and out[-1][2] == s and out[-2][2] == out[-1][1]
              and tok_text.rstrip(".").isalpha() and len(tok_text.rstrip(".")) <= 2 and out[-2][0].isalpha() and len(out[-2][0]) <= 2):
            out[-2][0] += "/" + tok_text  # a legal form or particle with a slash is one word: "A/S", "a/l"
            out[-2][2] = e
            out.pop()
        else:
            out.append([tok_text, s, e])
    return [tuple(w) for w in out]
