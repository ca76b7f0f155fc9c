# Two entry points that work on a fresh machine with Python 3.11+ and make:
#   make run   - install into .venv and start the app
#   make test  - install into .venv and run the whole test suite headless
#   make lint  - ruff and mypy, held at zero findings (CI runs it first)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint demo bench translations bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,lint]'
	touch $(STAMP)

run: $(STAMP)
	@sh tools/check_qt_libs.sh
	$(BIN)/python -m ukpbj_desktop $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

demo: $(STAMP)
	$(BIN)/python -m ukpbj_desktop demo --db demo.sqlite3 --requests $(or $(N),1000)

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py $(if $(filter 1 yes true,$(QUICK)),--quick)

translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

bundle: $(STAMP)
	$(BIN)/pip install -q -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm build.spec

clean:
	rm -rf $(VENV) build dist *.egg-info
