# The two commands of the README: `make run` and `make test`. Both build .venv from nothing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install test-deps lint bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/warta extract samples/articles --format table

$(VENV)/.test-installed: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

test-deps: $(VENV)/.test-installed

test: test-deps
	$(BIN)/python -m pytest -q

lint: test-deps
	$(BIN)/ruff check warta tests bench scripts

bench: install
	$(BIN)/python bench/extract_speed.py

clean:
	rm -rf $(VENV) build *.egg-info
