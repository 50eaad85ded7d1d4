# Målbild. Quick start on a fresh machine: `make run`, `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8050
WORKERS ?= 2
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# axe-core, the accessibility engine the browser tests load into each page (MPL-2.0), from the npm registry
AXE_VERSION := 4.14.1
AXE_DIR := .tmp/axe-core-$(AXE_VERSION)
export MALBILD_AXE_JS := $(CURDIR)/$(AXE_DIR)/package/axe.min.js

.PHONY: run dev test test-unit test-browser lint format browser postgres nginx cluster-test oidc-provider axe plotly-js audit loadtest bench bench-genders bench-browser screenshots clean

## run: install what the app needs and serve the default data on http://$(HOST):$(PORT)
run: $(VENV)/.runtime-installed plotly-js
	$(BIN)/gunicorn dashboard.wsgi:server --bind $(HOST):$(PORT) --workers $(WORKERS) \
		--preload --no-control-socket --access-logfile -

## dev: Dash's development server with debug tools (never in production)
dev: $(VENV)/.runtime-installed
	MALBILD_DEBUG=1 DASH_DISABLE_VERSION_CHECK=true $(BIN)/python -m dashboard

## test: install test dependencies and Debian's chromium when missing, check style and layers, run every test
test: lint browser postgres oidc-provider axe plotly-js
	@mkdir -p .tmp && tmp=$$(mktemp -d "$(CURDIR)/.tmp/pytest.XXXXXX") && \
		TMPDIR=$$tmp MALBILD_REQUIRE_POSTGRES=1 $(BIN)/python -m pytest $(PYTEST_ARGS); status=$$?; rm -rf "$$tmp"; exit $$status

## lint: one style (ruff check, ruff format --check) and the layers' import rules (import-linter)
lint: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

## format: write the code in the checked style
format: $(VENV)/.test-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test-unit: $(VENV)/.test-installed
	$(BIN)/python -m pytest tests/unit $(PYTEST_ARGS)

test-browser: $(VENV)/.test-installed browser axe plotly-js
	$(BIN)/python -m pytest tests/browser $(PYTEST_ARGS)

## audit: known vulnerabilities in the pinned requirements (skipped with a message when offline)
audit: $(VENV)/.test-installed
	$(BIN)/python .ci/audit.py

## loadtest: 50 clients for 60 s (SOAK=600 for ten minutes) with a worker kill and data faults
loadtest: $(VENV)/.test-installed
	$(BIN)/python -m bench.loadtest $(if $(SOAK),--seconds $(SOAK))

## bench: the benchmark of issues 7 and 16 on synthetic data: national scale, SCALE=kolada for 29 M rows (QUICK=1: a small run)
bench: $(VENV)/.test-installed
	$(BIN)/python -m bench.run $(if $(QUICK),--quick) $(if $(SCALE),--scale $(SCALE))

## bench-genders: what reading women's or men's figures costs against the total (synthetic data, issue 19)
bench-genders: $(VENV)/.test-installed
	@mkdir -p .tmp && $(BIN)/python -m bench.genders --out .tmp/bench-genders.json

## bench-browser: issue 15's first-screen benchmark in headless Chromium against the naive app (bench/browser.json)
bench-browser: $(VENV)/.test-installed browser plotly-js
	$(BIN)/python -m bench.browser $(if $(RUNS),--runs $(RUNS))

## screenshots: every view at 1920×1080, 1280×800, 1024×768 and 390×844 into docs/screenshots/
screenshots: $(VENV)/.test-installed browser plotly-js
	$(BIN)/python -m docs.make_screenshots

## browser: Debian chromium and chromium-driver (the tests drive /usr/bin/chromium)
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y chromium chromium-driver; \
	fi

## postgres: Debian's PostgreSQL server packages; the tests start a server of their own (tests/postgres.py)
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y postgresql; \
	fi

## plotly-js: plotly.js's basic build (scatter, bar) from the npm registry (sha512 pinned), served in place of the full build;
## without it (no network) the app serves the full build, so a failure here only warns
plotly-js: $(BIN)/python
	-@$(BIN)/python -m dashboard.cli.plotly_bundle

## cluster-test: two instances (gunicorn, 2 workers each) behind nginx with one PostgreSQL (tests/cluster/run.py)
cluster-test: $(VENV)/.test-installed postgres nginx
	$(BIN)/python -m tests.cluster.run

## nginx: Debian's nginx-light for the cluster test
nginx:
	@if [ ! -x /usr/sbin/nginx ]; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y nginx-light; \
	fi

## oidc-provider: the OpenID Connect provider the sign-in tests start (panva/oidc-provider, locked in tests/oidc)
oidc-provider: tests/oidc/node_modules/oidc-provider/package.json

tests/oidc/node_modules/oidc-provider/package.json: tests/oidc/package-lock.json
	@if ! command -v npm >/dev/null; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y npm; \
	fi
	cd tests/oidc && npm ci --no-audit --no-fund --silent
	@touch $@

## axe: axe-core $(AXE_VERSION) from the npm registry (npm pack checks its integrity), once; npm from Debian if missing
axe: $(AXE_DIR)/package/axe.min.js

$(AXE_DIR)/package/axe.min.js:
	@if ! command -v npm >/dev/null; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y npm; \
	fi
	@mkdir -p $(AXE_DIR)
	cd $(AXE_DIR) && npm pack --silent axe-core@$(AXE_VERSION) && tar -xzf axe-core-$(AXE_VERSION).tgz
	@test -s $@

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime-installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements.txt
	@touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements-test.txt
	@touch $@ $(VENV)/.runtime-installed

clean:
	rm -rf $(VENV) .tmp .pytest_cache
