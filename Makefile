# Two entry points for a fresh machine with Python 3.11+, pip and make:
#   make demo   install, build the bundled seed article, show what was built
#   make test   install (with test extras), Chromium and Virtuoso if missing, and run the whole test suite
PYTHON ?= python3
VENV := .venv
UV := $(VENV)/bin/uv
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: install install-test ensure-chromium ensure-virtuoso demo test clean

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv

# Bytecode is compiled at install: uv does not by default, and where PYTHONDONTWRITEBYTECODE is set
# every `kg` run would compile spaCy's sources again (importing it took 4.4 s instead of 1.8 s).
install: $(UV)
	$(UV) sync --frozen --quiet --inexact --compile-bytecode
	$(VENV)/bin/python -m compileall -q kg > /dev/null

install-test: $(UV)
	$(UV) sync --frozen --quiet --extra test --compile-bytecode
	$(VENV)/bin/python -m compileall -q kg > /dev/null

demo: install
	$(VENV)/bin/kg build seeds --out data/build
	$(VENV)/bin/kg validate data/build/dataset.trig
	@echo "--- the event and what the graph says about it (data/build/graph.ttl):"
	@grep -A12 'gk:Event ;' data/build/graph.ttl | head -40

# the browser tests (tests/test_browser.py) need Debian's chromium; installed here when root
ensure-chromium:
	bash scripts/ensure-chromium

# the push tests against a real triple store (tests/test_push_virtuoso.py) need Virtuoso's virtuoso-t;
# Debian's virtuoso-opensource-7-bin is installed here when root (about 10 s)
ensure-virtuoso:
	bash scripts/ensure-virtuoso

test: install-test ensure-chromium ensure-virtuoso
	$(VENV)/bin/python -m pytest

clean:
	rm -rf $(VENV) data/build
