# Two commands: `make run` serves the site, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO ?= 1
export DEMO

.PHONY: run test install install-dev

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(PY) -m flask --app app db upgrade
	@if [ "$(DEMO)" = "1" ]; then $(PY) -m flask --app app seed-demo; fi
	SESSION_COOKIE_SECURE=$${SESSION_COOKIE_SECURE:-0} $(VENV)/bin/gunicorn --bind $(HOST):$(PORT) --workers 2 --access-logfile - 'app:create_app()'

test: install-dev
	$(PY) -m pytest -q $(PYTEST_ARGS)
