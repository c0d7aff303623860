"""Extraction grows with the text: the faster ways of finding sentences, capitalised chunks and topics
give exactly what the straightforward ones gave.

The straightforward ones are kept below as the definitions: sentence starts set token by token (spaCy
scans the whole document at each), capitalised chunks grown one word at a time and begun again at
every word of a run of connectors, each topic phrase compared with every name and every kept phrase,
each offset's sentence looked for from the first. A sentence longer than any of prose is cut into
pieces (kg.extract.nlp.LONG_SENTENCE). Their speed on long articles is measured in
benchmarks/long_articles.py; here the counts of steps must grow with the text, not its square.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.article import read_article
from kg.extract import mentions, sentence_finder
from kg.extract import lexicon as lx
from kg.extract import people
from kg.extract.mentions import (COMMA_FORMS, DAY_OR_MONTH, LOWER_CASE_FORMS, QUOTES, STOP_STARTS, MONTHS, WEEKDAYS, Sentence, _name_start, _particle_run,
                                 _street_after, cap_chunks, is_cap, looks_like_name)
from kg.extract.nlp import ABBREVIATIONS, CLOSING_QUOTES, LONG_SENTENCE, OPENING_QUOTES, SENTENCE_STARTERS, pipeline, sentence_words, sentences, tokenizable, words
from kg.extract.topics import SpanIndex, TopicHit, longest_first
from kg.extract.facts import Topic

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


# --- the definitions ------------------------------------------------------------------------------

def sentence_starts_token_by_token(text: str) -> list[tuple[int, int]]:
    """kg.extract.nlp.sentences with the sentence fixes as they were: ``is_sent_start`` set per token."""
    nlp = pipeline()
    doc = nlp.tokenizer(tokenizable(text))
    doc = nlp.get_pipe("sentencizer")(doc)
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt.is_sent_start = True
        elif (nxt.text in OPENING_QUOTES and token.whitespace_ and not nxt.whitespace_ and i + 2 < len(doc)
              and token.text in {".", "!", "?"} and doc[i + 2].is_sent_start and nxt.is_sent_start is not True):
            nxt.is_sent_start = True
            doc[i + 2].is_sent_start = False
        elif (token.text in {"?", "!"} and nxt.text in CLOSING_QUOTES and i + 2 < len(doc)
              and (doc[i + 2].text in {",", ";", ":", ")"} or doc[i + 2].text[:1].islower())):
            j = i + 2
            while j < len(doc) - 1 and doc[j].text in {",", ";", ":", ")"}:
                j += 1
            doc[j].is_sent_start = False
        elif token.text.endswith(".") and nxt.text[:1].isupper() and nxt.text.lower() in SENTENCE_STARTERS:
            nxt.is_sent_start = True
        elif (token.text.lower() in ABBREVIATIONS or len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."
              or token.text == "." and i > 0 and not doc[i - 1].whitespace_ and f"{doc[i - 1].text}.".lower() in ABBREVIATIONS):
            nxt.is_sent_start = False
            if nxt.text in {"(", "[", ")", "]"} and i + 2 < len(doc):
                doc[i + 2].is_sent_start = False
    spans = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        chunk = text[start:end]
        start += len(chunk) - len(chunk.lstrip())
        end -= len(chunk) - len(chunk.rstrip())
        if end > start:
            spans.append((start, end))
    return spans


def _particles_searched_back(ws: list, i: int, j: int) -> int:
    particles = _particle_run(ws, j)
    if not particles:
        return 0
    q = _name_start(ws, i, j)
    titled = q > 0 and ws[q - 1][0].lower() in lx.HONORIFICS
    for k in range(j - 2, q - 1, -1):  # titles, roles, acronyms before the name (since 0df525a's parent)
        if ws[k][0].lower() in lx.HONORIFICS or ws[k][0].lower() in lx.ROLE_HEADS or ws[k][0].isupper() and len(ws[k][0]) > 1:
            titled, q = True, k + 1
            break
    name = ws[q:j + particles + 1]
    if looks_like_name(name) or (people.by_shape([w[0] for w in name], slot=True) and titled):
        return particles + 1
    if len(name) > 2 and name[0][0].lower() in lx.HONORIFICS and people.by_shape([w[0] for w in name[1:]], slot=True):
        return particles + 1  # "Mr Van der Merwe" (since b113b51)
    return 0


def word_by_word_chunks(ws: list, sentence_start: bool = True) -> list[tuple[int, int]]:
    """kg.extract.mentions.cap_chunks as it was: one word at a time, begun again at the next word when
    a chunk is all connectors, each particle's name searched back to the chunk's first word."""
    out, i, n = [], 0, len(ws)
    while i < n:
        t = ws[i][0]
        if not is_cap(t) or (t.lower() in STOP_STARTS and not (i + 1 < n and ws[i + 1][0] == "'s")
                             and not (t.lower() in lx.HONORIFICS and i + 1 < n and is_cap(ws[i + 1][0]))
                             and not looks_like_name(ws[i:i + 2]) and not looks_like_name(ws[i:i + 3])):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = ws[j][0]
            if is_cap(t):
                j += 1
            elif t in {"'s", "’s"} and j + 1 < n and is_cap(ws[j + 1][0]):
                j += 2
            elif skip := _particles_searched_back(ws, i, j):
                j += skip  # "Anna van der Berg", "Ali bin Omar"
            elif (t in QUOTES and j + 3 < n and ws[j + 2][0] in QUOTES and is_cap(ws[j + 1][0]) and is_cap(ws[j + 3][0])
                  and people.parts([ws[j - 1][0], ws[j + 1][0], ws[j + 3][0]]) and ws[j + 1][2] - ws[j + 1][1] <= 12):
                j += 3  # a quoted nickname inside a name: 'William "Bill" Smith'
            elif re.fullmatch(r"(?:19|20)\d\d", t) and ws[j - 1][0].lower() in lx.EVENT_HEADS | lx.DAY_HEADS:
                j += 1  # an edition year after the event's head: "... Loomwright Summit 2031" ("... Day 2025" since this session)
            elif re.fullmatch(r"\d{1,5}[A-Z]?", t) and ws[j - 1][0] == "Local":
                j += 1  # a union local's number (since 02036b4)
            elif (t in {"'", "’"} and ws[j - 1][0].endswith("s") and ws[j - 1][2] == ws[j][1] and j + 1 < n
                  and is_cap(ws[j + 1][0])):
                j += 2  # a plural possessive inside a name: "X Manufacturers' Association"
            elif t.lower() in LOWER_CASE_FORMS:
                j += 1
            elif t == "z" and j + 1 < n and ws[j + 1][0].lower() == "o.o." and ws[j - 1][0].lower() == "sp.":
                j += 2
            elif t.lower() == "on" and _street_after(ws, j + 1):
                break  # "X Convention Hall on Y Road": the venue's street is no part of its name
            elif t.lower() == "of" and ws[j - 1][0].lower() in lx.LEGAL_FORMS:
                break
            elif t == "in" and j + 1 < n and is_cap(ws[j + 1][0]):
                e = j + 1
                while e < n and is_cap(ws[e][0]):
                    e += 1
                if e - j <= 4 and ws[e - 1][0].lower() in lx.EVENT_HEADS:
                    j = e  # "the 11th Woven in X Conference" (since this session: b113b51)
                else:
                    break
            elif (t.lower() in lx.CONNECTORS or t in lx.ROMANCE_CONNECTORS) and t.lower() != "in":
                if ws[j - 1][0].lower() in DAY_OR_MONTH:
                    break  # "on Tuesday for the X Forum" (since c61c412)
                k = j + 1
                # (and "pour le", "sur la" since 2026-12-08: "Compagnie X pour le Développement des Textiles")
                if k < n and (ws[k][0].lower() == "the" or t in {"de", "di", "pour", "sur"} and ws[k][0] in lx.ROMANCE_ARTICLES):
                    k += 1
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
            elif t == "," and (k := mentions._industry_list(ws, i, j)):
                j = k  # "Federation of Textile, Clothing and Leather Workers" (since this session)
            else:
                break
        # do not end on a connector
        while j > i and ws[j - 1][0].lower() in lx.CONNECTORS | {"'s"}:
            j -= 1
        if j == i:  # a capitalised connector alone ("De la ...", "Generation Y consumers"): no chunk
            i += 1
            continue
        out.append((i, j))
        i = j
    return out


def kept_one_by_one(hits: list[TopicHit]) -> list[TopicHit]:
    """kg.extract.topics.longest_first as it was: each hit compared with every kept one."""
    hits = sorted(hits, key=lambda h: (-(h.end - h.start), h.start))
    kept: list[TopicHit] = []
    for h in hits:
        if not any(h.start < k.end and k.start < h.end for k in kept if k.rule == h.rule):
            kept.append(h)
    return sorted(kept, key=lambda h: (h.start, h.topic.label))


# --- the same answers -----------------------------------------------------------------------------

# invented sentences with what the fixes are about: line breaks, abbreviations inside names, a word
# that starts sentences after one, capitalised connectors and name particles
PIECES = ["Example Textile Co., Ltd.", "Example S.p.A.", "Example Pvt. Ltd.", "X Sdn. Bhd.", "Mr.", "Dr. Anna", "Pte.",
          "The", "Some", "It", "was held.", "said.", "\n", "\n\n", " ", ". ", "A.", "B.", "De", "De la", "Du", "Des", "Y",
          "de", "y", "van der", "bin", "Anna", "Garcia", "Berg", "Ali", "Omar", "the", "of", "and", "&", "Example",
          "Association", "Fair", "Ministry", "Zhang Wei", "'s", "(", ")", "\"", "?", "!", "2025", "Summit", ",", "on", "Road",
          "Co.", "Ltd", "Generation"]
prose = st.lists(st.sampled_from(PIECES), min_size=1, max_size=60).map(" ".join)
settings_ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def gold_texts() -> list[str]:
    return [read_article(p).text for p in GOLD]


@settings_
@given(prose)
def test_sentence_starts_are_those_set_token_by_token(text):
    assert sentences(text) == sentence_starts_token_by_token(text)


def test_sentence_starts_of_the_gold_articles_are_those_set_token_by_token():
    for text in gold_texts():
        assert sentences(text) == sentence_starts_token_by_token(text)


# (and what cuts a sentence inside a piece of text without spaces: a quote after a full stop, a slash, a hyphen)
glued = st.lists(st.sampled_from(PIECES + ['."', '."We', "fair.\"The", "A/S", "s/o", "full-", "-time", "Co.-", "x" * 300]),
                 min_size=1, max_size=60).map(lambda ps: "".join(p if k % 3 else " " + p for k, p in enumerate(ps)))


@settings_
@given(st.one_of(prose, glued))
def test_the_words_of_each_sentence_are_those_of_the_sentence_tokenized_alone(text):
    assert sentence_words(text) == [(s, e, words(text, s, e)) for s, e in sentences(text)]


def test_the_words_of_the_gold_sentences_are_those_of_each_sentence_tokenized_alone():
    for text in gold_texts():
        assert sentence_words(text) == [(s, e, words(text, s, e)) for s, e in sentences(text)]


@settings_
@given(prose)
def test_cap_chunks_are_those_grown_word_by_word(text):
    ws = words(text, 0, len(text))
    assert cap_chunks(ws) == word_by_word_chunks(ws)


@pytest.mark.parametrize("unit", ["De ", "Y ", "De the ", "Y of ", "De y ", "Anna van der Berg ", "De la Rue and ",
                                  "Du Des ", "Ali bin "])
def test_cap_chunks_of_repeated_particles_are_those_grown_word_by_word(unit):
    text = unit * 150 + "attended the Example Fair."
    ws = words(text, 0, len(text))
    assert cap_chunks(ws) == word_by_word_chunks(ws)


def test_cap_chunks_of_the_gold_articles_are_those_grown_word_by_word():
    for text in gold_texts():
        for start, end in sentences(text):
            ws = words(text, start, end)
            assert cap_chunks(ws) == word_by_word_chunks(ws), text[start:end]


def test_cap_chunks_steps_grow_with_the_words(monkeypatch):
    """The steps of a walk (one look at the particles of a word each) for a run of connectors twice
    as long: about twice as many, where walking from each word again made four times as many."""
    calls = [0]

    def counted(ws, j):
        calls[0] += 1
        return _particle_run(ws, j)

    monkeypatch.setattr(mentions, "_particle_run", counted)
    steps = []
    for n in (400, 800):
        for unit in ("De the ", "De y ", "Y of "):
            text = unit * n + "attended."
            calls[0] = 0
            cap_chunks(words(text, 0, len(text)))
            steps.append(calls[0])
    for small, large in zip(steps[:3], steps[3:]):
        assert large <= 2.2 * small, steps


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


@settings_
@given(spans, st.integers(0, 70), st.integers(1, 12))
def test_span_index_overlaps_as_every_span_compared(skip, start, length):
    end = start + length
    assert SpanIndex(skip).overlaps(start, end) == any(a < end and start < b for a, b in skip)


hits = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12), st.sampled_from(["topic-label", "heading-focus"]),
                          st.sampled_from(["digitalization", "supply chain", "brand"])),
                max_size=40).map(lambda xs: [TopicHit(Topic(label, ""), a, a + n, rule) for a, n, rule, label in xs])


@settings_
@given(hits)
def test_the_longest_topic_phrases_are_kept_as_every_kept_one_compared(found):
    assert longest_first(found) == kept_one_by_one(found)


@settings_
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 8)), max_size=12), st.integers(0, 90))
def test_the_sentence_at_an_offset_is_the_first_that_holds_it(gaps, offset):
    sents, pos = [], 0
    for k, (gap, length) in enumerate(gaps):
        sents.append(Sentence(k, pos + gap, pos + gap + length, "", []))
        pos += gap + length
    expected = next((s for s in sents if s.start <= offset < s.end), None)
    assert sentence_finder(sents)(offset) is expected
    shuffled = sents[::-1]  # out of order: each is tried in turn
    assert sentence_finder(shuffled)(offset) is next((s for s in shuffled if s.start <= offset < s.end), None)


# --- overlong sentences ---------------------------------------------------------------------------

def test_an_overlong_sentence_is_cut_at_spaces_and_loses_only_whitespace():
    # an invented feed that lost its full stops: 12,000 characters in one sentence
    text = " ".join(f"Example Textile Association {k} attended the Example Fair" for k in range(200))
    spans = sentences(text)
    assert len(spans) > 1
    assert all(end - start <= LONG_SENTENCE for start, end in spans)
    assert all(text[end].isspace() for _, end in spans[:-1])  # each cut at a space
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")


def test_a_run_without_spaces_is_cut_at_the_limit():
    text = "x" * (2 * LONG_SENTENCE + 10)
    assert sentences(text) == [(0, LONG_SENTENCE), (LONG_SENTENCE, 2 * LONG_SENTENCE),
                               (2 * LONG_SENTENCE, 2 * LONG_SENTENCE + 10)]


def test_a_sentence_within_the_limit_is_whole():
    text = "The Example Garment Fair was held in Example City, " + "with Example Weaving Co., " * 70 + "and others."
    assert len(text) < LONG_SENTENCE
    assert sentences(text) == [(0, len(text))]
