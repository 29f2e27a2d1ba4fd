# The two commands of the README: `make run` and `make test`. Both build .venv from nothing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install test-deps postgres chromium lint bench bench-web screenshots clean

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

install: $(VENV)/.installed

# Rich fits its tables to the terminal; without one (a pipe, a CI log) it would fold them into 80 columns.
WIDE_WITHOUT_TTY := [ -t 1 ] || export COLUMNS=200;

run: install
	$(WIDE_WITHOUT_TTY) $(BIN)/warta ingest samples/articles --db warta.db --quiet
	$(WIDE_WITHOUT_TTY) $(BIN)/warta events --db warta.db

$(VENV)/.test-installed: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

test-deps: $(VENV)/.test-installed

# The store's tests also run on a real PostgreSQL server, which tests/store/conftest.py starts on a free port;
# install Debian's package when it is missing (without it those cases are skipped, saying why).
postgres:
	@command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } || \
	  echo "PostgreSQL could not be installed: its test cases will be skipped"

# The dashboard's browser tests drive Debian's Chromium with Playwright (never `playwright install`, which
# downloads a browser build); install the package when it is missing (without it those tests are skipped).
chromium:
	@test -x /usr/bin/chromium || command -v chromium >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  echo "Chromium could not be installed: the browser tests will be skipped"

test: test-deps postgres chromium
	$(BIN)/python -m pytest -q

lint: test-deps
	$(BIN)/ruff check warta tests bench scripts

bench: install
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/merge_speed.py
	$(BIN)/python bench/merge_quality.py

# Page-load times of the dashboard over 10,000 synthetic events (server and headless Chromium).
bench-web: test-deps chromium
	$(BIN)/python bench/web_load.py

# The dashboard's screenshots in docs/web/, taken by headless Chromium over a store of the samples.
screenshots: test-deps chromium
	$(BIN)/python bench/web_screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info
