"""HTML documentation of the ontology, made by pyLODE from the shipped Turtle."""

from __future__ import annotations

import logging

from .errors import OntologyError
from .resources import ontology_file


def ontology_html() -> str:
    """The ontology's documentation page: one self-contained HTML file (icons are data URIs; the
    only external addresses are links to the vocabularies it aligns with)."""
    from pylode import OntPub

    logging.getLogger().setLevel(logging.WARNING)  # importing pyLODE sets the root logger to DEBUG

    try:
        return OntPub(ontology=str(ontology_file("garment-kg.ttl"))).make_html()
    except Exception as error:  # pyLODE raises bare Exceptions for ontology problems
        raise OntologyError(f"pyLODE cannot document the ontology: {error}") from None
