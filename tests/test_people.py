"""Personal names from general evidence (kg.extract.people), on invented names of many countries."""

from __future__ import annotations

import pytest

from kg.article import Article
from kg.extract import extract
from kg.extract.people import by_shape, given_names, parts


@pytest.mark.parametrize("name", [
    "Jane Doe",                    # a given name of the lexicon, then a family name
    "Rahul Verma",
    "Tanvir Hasan Mahmud",           # the given name need not come first
    "K. Ramanathan",               # initials beside a name word
    "S. V. Palaniswamy",
    "Meenakshi K. S.",             # initials after the name (South Indian order)
    "Anna van der Heide",          # particles only personal names have
    "Omar bin Khalid",
    "Ahmed al-Farsi",              # a hyphenated particle
    "Syed Imran Raza",             # a name prefix
    "William V. Okafor Jr.",       # a suffix
    "Zeynep Yıldırım",             # letters of any Latin alphabet
])
def test_names_of_many_countries(name):
    assert by_shape(name.split())


@pytest.mark.parametrize("words", [
    "East Africa Textile",         # words of the industry's names of things
    "Example Textile Council",     # a head noun of an organization
    "Groep B.V.",                  # a legal form is no pair of initials
    "Grace Summer",                # given names that are also English words: only with a slot
    "The Minister",
    "Monday Morning",
    "Cotton",
])
def test_names_of_things_are_not_people(words):
    assert not by_shape(words.split())


def test_a_slot_lets_common_words_be_a_name():
    assert by_shape(["Grace", "Summer"], slot=True)


def test_parts_of_a_name():
    assert parts("William V. Okafor Jr.".split()) == ["word", "initial", "word", "suffix"]
    assert parts("Anna van der Heide".split()) == ["word", "particle", "particle", "word"]
    assert parts("Example Association".split()) is None


def test_the_lexicon_has_names_of_many_countries_and_no_english_words():
    names = given_names()
    assert len(names) > 10_000
    for name in ("mehmet", "priya", "bambang", "chinedu", "kwame", "valeria", "wanjiru"):
        assert name in names
    for word in ("grace", "will", "summer"):
        assert word not in names


def people_in(text: str) -> set[str]:
    x = extract(Article(id="t", text=text))
    return {e.label for e in x.entities if e.kind == "Person"}


def test_names_inside_sentences():
    text = ("The Example Knitwear Summit 2025 was held in Example City. Anna van der Heide and Omar bin Khalid "
            "attended the summit. Speaking on the occasion, Dr. Tanvir Hasan Mahmud said exports would rise. "
            "Generation Z shoppers and the East Africa Cotton and Apparel Summit were discussed.")
    assert people_in(text) == {"Anna van der Heide", "Omar bin Khalid", "Tanvir Hasan Mahmud"}


def test_a_quoted_nickname_stays_inside_the_name():
    text = 'The Example Cotton Forum was held in Example City. William "Bill" V. Okafor Jr. attended the forum.'
    assert "William V. Okafor Jr." in people_in(text)


def test_a_nickname_is_no_part_of_the_label_but_a_name_it_goes_by():
    text = 'The Example Cotton Forum was held in Example City. William "Bill" V. Okafor Jr. attended the forum.'
    x = extract(Article(id="t", text=text))
    person = next(e for e in x.entities if e.kind == "Person")
    assert person.label == "William V. Okafor Jr."
    assert {"Bill Okafor", "William Okafor"} <= person.alt_labels
