"""Paging a listing: the competency questions are ordered on every column they select, so two rows
their order cannot tell apart are the same row, and a page cannot swap them with the next page's."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.term import Variable

from conftest import ROOT

QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))


def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- the competency questions

def order_keys(text: str) -> tuple[list[str], list[str] | None]:
    """(selected variables, ORDER BY variables) from rdflib's algebra of the query."""
    algebra = translateQuery(parseQuery(text)).algebra
    selected = [str(v) for v in algebra["PV"]]
    node = algebra["p"]
    while node.name in ("Slice", "Distinct", "Reduced", "Project"):
        node = node["p"]
    if node.name != "OrderBy":
        return selected, None
    keys = [c if isinstance(c, Variable) else c.expr for c in node["expr"]]
    return selected, [str(k) for k in keys]


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_each_competency_question_orders_every_column_it_selects(path: Path):
    """So two rows that tie on the order are the same row, and pages cannot swap them."""
    selected, keys = order_keys(text_of(path))
    assert keys is not None and set(selected) <= set(keys), (selected, keys)
