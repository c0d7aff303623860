"""notebooks/explore.ipynb runs top to bottom (nbclient, the venv's ipykernel) and is stored without outputs."""

from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_notebook_is_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)


def test_notebook_runs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # run from notebooks/ as a person would; the notebook writes its build under the temp folder
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "built 1 article(s): 16 entities, 60 facts" in text
    assert "2024 China's garment industry Belt and Road docking exchange event | Urumqi | China National Garment Association" in text
    assert "Liao Bo | deputy director | Industry Department of China National Garment Association" in text
    assert "16 entities, 21 facts" in text and "Liao Bo <-presidedOverBy-" in text
    assert any("image/png" in o.get("data", {}) for o in outputs)
    assert any("<iframe srcdoc=" in o.get("data", {}).get("text/html", "") for o in outputs)
    assert not list(NOTEBOOK.parent.glob("*build*")) and not (ROOT / "notebooks" / "data").exists()
