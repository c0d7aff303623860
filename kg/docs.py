"""HTML documentation of the ontology, made by pyLODE from the shipped Turtle."""

from __future__ import annotations

import logging
from contextlib import contextmanager

from .errors import OntologyError
from .resources import ontology_file


@contextmanager
def _sorted_class_sets():
    """pyLODE lists the members of an ``owl:unionOf`` from a Python set, so "Event or Programme"
    came out in either order from run to run; while this is active they are sorted (by their HTML)."""
    from pylode import utils

    original = utils.intersperse

    def intersperse(items, sep):
        return original(sorted(items, key=str) if isinstance(items, (set, frozenset)) else items, sep)

    utils.intersperse = intersperse
    try:
        yield
    finally:
        utils.intersperse = original


def ontology_html() -> str:
    """The ontology's documentation page: one self-contained HTML file (icons are data URIs; the
    only external addresses are links to the vocabularies it aligns with). The same ontology
    gives the same bytes."""
    from pylode import OntPub

    logging.getLogger().setLevel(logging.WARNING)  # importing pyLODE sets the root logger to DEBUG

    try:
        with _sorted_class_sets():
            return OntPub(ontology=str(ontology_file("garment-kg.ttl"))).make_html()
    except Exception as error:  # pyLODE raises bare Exceptions for ontology problems
        raise OntologyError(f"pyLODE cannot document the ontology: {error}") from None
