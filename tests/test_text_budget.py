"""Text that once made the extractor loop forever: each must finish, and quickly enough that a
hang shows as a test failure (pytest-timeout is not used; the extraction runs in a thread with a
deadline)."""

from __future__ import annotations

import threading

import pytest

from kg.article import Article
from kg.extract import extract
from kg.extract.mentions import cap_chunks
from kg.extract.nlp import words


def finishes(text: str, seconds: float = 30.0):
    """Extract ``text`` in a thread; the extraction, or None when it is still running after ``seconds``."""
    box: list = []
    worker = threading.Thread(target=lambda: box.append(extract(Article(id="t", text=text))), daemon=True)
    worker.start()
    worker.join(seconds)
    return box[0] if box else None


# A capitalised connector ("De", "Du", "Des", "Y") before a lower-case word made cap_chunks return an
# empty chunk and start again at the same word, forever.
@pytest.mark.parametrize("text", [
    "Generation Y consumers crowded the Example Denim Fair in Example City.",
    "De la Example, a banknote printer, attended the forum.",
    "Du pont to pont, the route was long. Des moines were named.",
    "Y",
    "De",
])
def test_capitalised_connector_ends(text):
    x = finishes(text)
    assert x is not None, "extraction did not finish"


def test_cap_chunks_skips_a_lone_connector():
    text = "Generation Y consumers and De la Example"
    ws = words(text, 0, len(text))
    assert [" ".join(w[0] for w in ws[i:j]) for i, j in cap_chunks(ws)] == ["Generation", "Example"]
