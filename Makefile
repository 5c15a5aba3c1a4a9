# Developer entry points. The quick start is `make run` and `make test` (see README.md).
# Linux and macOS; Windows too, from Git Bash with GNU make (`choco install make`): there the venv
# keeps its programs in Scripts\ with .exe names, and `python3` may be the Microsoft Store stub.
ifeq ($(OS),Windows_NT)
PYTHON ?= python
BIN    := Scripts
EXE    := .exe
else
PYTHON ?= python3
BIN    := bin
EXE    :=
endif
VENV   ?= .venv
PY     := $(VENV)/$(BIN)/python$(EXE)
STAMP  := $(VENV)/.installed

.PHONY: run test bench dist system-deps clean translations i18n review-sheets

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Qt Linguist catalogs: .ts sources are committed, .qm files are compiled here (not committed)
TS := $(wildcard resources/translations/workbench_*.ts)
QM := $(TS:.ts=.qm)

# Qt's tools from the venv: bin/pyside6-lrelease, or Scripts/pyside6-lrelease.exe on Windows
LRELEASE := $(VENV)/$(BIN)/pyside6-lrelease$(EXE)
LUPDATE  := $(VENV)/$(BIN)/pyside6-lupdate$(EXE)

translations: $(STAMP) $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(LRELEASE) -silent $< -qm $@

# refresh the catalogs from the sources (new strings arrive unfinished; tests list them)
i18n: $(STAMP)
	$(LUPDATE) -extensions py workbench -ts resources/translations/workbench_es.ts \
		-no-obsolete -locations none -source-language en -target-language es

# .ci/run-deps first: on Linux, can Qt's X11 plugin load (its xcb libraries) and is there a display?
run: translations
	@bash .ci/run-deps $(VENV)
	$(PY) -m workbench $(ARGS)

# the Debian packages the tests use; on Windows and macOS the same tools come from Chocolatey and
# Homebrew (docs/release.md lists them), so there is nothing to do here
system-deps:
ifeq ($(shell uname -s 2>/dev/null),Linux)
	@bash .ci/system-deps
else
	@echo "system-deps: not Linux; the tests' tools (poppler, qpdf, pdftk, PostgreSQL) are listed in docs/release.md"
endif

test: translations system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# docs/forms/<form>-<edition>-review.tsv: every field, what answers it, each golden client's value
review-sheets: $(STAMP)
	$(PY) -m tests.core.forms.review_sheets

bench: $(STAMP)
	@$(PY) -m benchmarks

dist: translations
	$(PY) -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(PY) -m PyInstaller --noconfirm build.spec

clean:
	rm -rf build dist .pytest_cache
