"""notebooks/explore.ipynb runs top to bottom on a corpus (nbclient, the venv's ipykernel) and is
stored with its outputs, which must be what it prints today.

After a change that alters what it prints (the page's template, the extraction), store the new
outputs with ``KG_UPDATE_NOTEBOOK=1 .venv/bin/python -m pytest tests/test_notebook.py``.
"""

from __future__ import annotations

import copy
import os

import nbformat
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def streams(nb) -> list[str]:
    return ["".join(o.get("text", "") for o in c.outputs if o.output_type == "stream") for c in nb.cells if c.cell_type == "code"]


def html_outputs(nb) -> list[str]:
    return [o.data["text/html"] for c in nb.cells if c.cell_type == "code" for o in c.outputs if "text/html" in o.get("data", {})]


def test_notebook_runs_on_the_corpus_and_its_saved_outputs_are_current():
    stored = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in stored.cells if c.cell_type == "code"]
    assert all(c.outputs for c in code[:-1]) and all(c.execution_count for c in code)  # saved, cleanup cell aside
    nb = copy.deepcopy(stored)
    for c in nb.cells:
        if c.cell_type == "code":
            c.outputs, c.execution_count = [], None
    # run from notebooks/ as a person would; the notebook writes its build under the temp folder
    NotebookClient(nb, timeout=600, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(streams(nb))
    assert "built 4 article(s): 66 entities, 209 facts" in text  # the seed and the three dev articles
    assert "2024 China's garment industry Belt and Road docking exchange event | Urumqi | China National Garment Association" in text
    assert "Liao Bo | deputy director | Industry Department of China National Garment Association" in text
    assert "Zhu Beina | president | China Cotton Textile Association" in text
    assert "63 entities, 91 facts" in text and "Liao Bo <-presidedOverBy-" in text
    # PageRank along the facts puts a province (a sink) first; reversed and undirected, the events lead
    table = text.split("entity (top 10 by PageRank along facts)")[1].splitlines()
    assert table[1].startswith("Jiangxi Province") and " Region " in table[1]
    assert "top 3 by PageRank reversed: opening ceremony (Event); Sixth Member Congress (Event)" in text
    assert "top 3 by PageRank undirected: 2024 China's garment industry Belt and Road docking exchange event (Event)" in text
    prose = " ".join("".join(c.source) for c in nb.cells if c.cell_type == "markdown")
    assert "sinks" in prose and "PageRank reversed" in prose and "PageRank undirected" in prose
    assert any("image/png" in o.get("data", {}) for o in outputs)
    assert len(html_outputs(nb)) == 1 and html_outputs(nb)[0].startswith("<iframe srcdoc=")
    assert not list(NOTEBOOK.parent.glob("*build*")) and not (ROOT / "notebooks" / "data").exists()
    if os.environ.get("KG_UPDATE_NOTEBOOK") == "1":
        nbformat.write(nb, NOTEBOOK)
        return
    # the saved outputs are today's: same text, same page (the chart's pixels may differ by matplotlib version)
    assert streams(stored) == streams(nb), "saved outputs are stale: rerun with KG_UPDATE_NOTEBOOK=1"
    assert html_outputs(stored) == html_outputs(nb)
