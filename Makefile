# Developer entry points. The quick start is `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench dist system-deps clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m workbench $(ARGS)

system-deps:
	@bash .ci/system-deps

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	@$(PY) -m benchmarks

dist: $(STAMP)
	$(PY) -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(PY) -m PyInstaller --noconfirm build.spec

clean:
	rm -rf build dist .pytest_cache
