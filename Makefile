# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
DB     ?= data/strukturwandel.duckdb
PORT   ?= 8501
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install install-dev system-deps run test test-far-days test-fast bench lint clean

$(VENV)/.runtime: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt -e .
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

# Debian packages the browser tests, chart images, file conversions and the shared store
# (PostgreSQL, started by the tests as a private cluster) need.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-calc-nogui"; \
	[ -e /usr/lib/libreoffice/program/libsdlo.so ] || missing="$$missing libreoffice-impress-nogui"; \
	fc-list 2>/dev/null | grep -qi dejavu || missing="$$missing fonts-dejavu-core"; \
	[ -x /usr/lib/postgresql/15/bin/initdb ] || missing="$$missing postgresql-15"; \
	command -v haproxy >/dev/null || missing="$$missing haproxy"; \
	if [ -n "$$missing" ]; then \
	  echo "Installiere:$$missing"; \
	  $(SUDO) apt-get update -q && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(DB): | $(VENV)/.runtime
	DASHBOARD_DB=$(DB) $(PY) -m dashboard init --demo

# Without [auth] in .streamlit/secrets.toml the app listens on 127.0.0.1 only (full rights for
# whoever reaches it); ADDRESS=... or DASHBOARD_ALLOW_REMOTE_WITHOUT_LOGIN=1 serve elsewhere.
# The web server applies X-Forwarded-For only from $$DASHBOARD_TRUSTED_PROXIES (default: none).
run: install $(DB)
	DASHBOARD_DB=$(DB) FORWARDED_ALLOW_IPS="$${FORWARDED_ALLOW_IPS-$${DASHBOARD_TRUSTED_PROXIES:-}}" \
	  $(VENV)/bin/streamlit run serve.py --server.port $(PORT) \
	  --server.address "$${ADDRESS:-$$($(PY) -m dashboard serve-address)}"

# The suite runs on its fixture's day (tests/conftest.py sets DASHBOARD_TODAY); then the tests
# marked far_day (pages, views and services that count from a day; tests/conftest.py lists them)
# run again on two far days, where the fixture's data are old. No other test can depend on the
# day: tests/unit/foundation/test_clock.py forbids every wall-clock read in the product.
FAR_DAY  := 2027-12-06
LAST_DAY := 2038-12-31
test: install-dev system-deps
	$(PY) -m pytest -q -n 2 --dist loadfile --durations=25
	$(MAKE) --no-print-directory test-far-days

test-far-days: install-dev system-deps
	DASHBOARD_TODAY=$(FAR_DAY) $(PY) -m pytest -q -n 2 --dist loadfile -m "far_day"
	DASHBOARD_TODAY=$(LAST_DAY) $(PY) -m pytest -q -n 2 --dist loadfile -m "far_day"

test-fast: install-dev
	$(PY) -m pytest -q -m "not e2e"

bench: install-dev system-deps
	$(PY) bench/run.py

# ruff, and the floors of the house (import-linter contracts in pyproject.toml, ARCHITECTURE.md)
lint: install-dev
	$(VENV)/bin/ruff check src app_pages app.py serve.py tests bench
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) test-artifacts .pytest_cache
