"""The spaCy pipeline: a blank English tokenizer with rule-based sentence splitting (no model download)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


# abbreviations that end in a full stop inside a name ("Linden & Co. Pte. Ltd.", "S.p.A.")
ABBREVIATIONS = {"co.", "ltd.", "pte.", "inc.", "corp.", "s.p.a.", "no.", "st.", "mr.", "ms.", "mrs.", "dr.",
                 "prof.", "md.", "jr.", "sr.", "bros.", "dept.", "gov.", "vs.", "e.g.", "i.e.", "s.r.l.", "pvt.", "s.a.s.", "s.a."}


# words that start a sentence but hardly a name, so a full stop before them ends a sentence even after
# an abbreviation
SENTENCE_STARTERS = {"the", "a", "an", "some", "it", "its", "he", "she", "they", "we", "this", "that", "these",
                     "those", "his", "her", "their", "there", "but", "and", "more", "most", "many", "according"}
# abbreviations with inner full stops, which the tokenizer splits ("S.p.A." -> "S.p", ".", "A.")
_DOTTED = re.compile("|".join(re.escape(a) for a in sorted((a for a in ABBREVIATIONS if "." in a[:-1]), key=len,
                                                            reverse=True)), re.I)


def sentence_fixes(doc: Doc) -> Doc:
    """After the sentencizer: paragraph and heading breaks end a sentence, and a full stop of an
    abbreviation inside a name does not."""
    for m in _DOTTED.finditer(doc.text):
        for token in doc.char_span(m.start(), m.end(), alignment_mode="expand") or ():
            if token.idx > m.start():
                token.is_sent_start = False
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt.is_sent_start = True
        elif token.text.endswith(".") and nxt.text.lower() in SENTENCE_STARTERS and nxt.text[:1].isupper():
            nxt.is_sent_start = True  # "... Vertice Ferias S.A.S. Some 620 companies ...": it ends the sentence too
        elif (token.text.lower() in ABBREVIATIONS
              or token.text == "." and i > 0 and not doc[i - 1].whitespace_
              and f"{doc[i - 1].text}.".lower() in ABBREVIATIONS
              or len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."):
            nxt.is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The pipeline, made on first use: importing spaCy takes seconds, which a rebuild of unchanged
    articles, a query or an export need not wait for."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("sentence_fixes"):
        Language.component("sentence_fixes", func=sentence_fixes)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sentence_fixes")
    return nlp


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, whitespace trimmed."""
    doc = pipeline()(text)
    spans = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        chunk = text[start:end]
        start += len(chunk) - len(chunk.lstrip())
        end -= len(chunk) - len(chunk.rstrip())
        if end > start:
            spans.append((start, end))
    return spans


def words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Tokens of ``text[start:end]`` as (text, start, end) in article offsets; hyphenated compounds
    such as ``Secretary-General`` and ``full-time`` stay one word."""
    doc = pipeline().tokenizer(text[start:end])
    # inside "S.p.A." (tokens "S.p", ".", "A.") every token after the first joins the word, and so does
    # the full stop the tokenizer splits from an abbreviation it does not know ("Pvt", ".")
    inside = {i for m in _DOTTED.finditer(doc.text) for i in range(m.start() + 1, m.end())}
    out: list[list] = []
    for tok in doc:
        if tok.is_space:
            continue
        s = start + tok.idx
        e = s + len(tok.text)
        if out and out[-1][2] == s and (tok.idx in inside or tok.text == "." and f"{out[-1][0]}.".lower() in ABBREVIATIONS):
            out[-1][0] += tok.text
            out[-1][2] = e
        elif out and (tok.text == "-" or out[-1][0].endswith("-")) and out[-1][2] == s and not tok.is_punct | (tok.text == "-"):
            out[-1][0] += tok.text
            out[-1][2] = e
        elif out and tok.text == "-" and out[-1][2] == s and e < start + len(text[start:end]) and not text[e].isspace():
            out[-1][0] += tok.text
            out[-1][2] = e
        else:
            out.append([tok.text, s, e])
    return [tuple(w) for w in out]
