# The two commands a newcomer needs: `make run` and `make test`. Nothing but Python 3.11+ required.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install lint format demo worker beat bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## run: install, migrate, ingest the demo articles through the real pipeline, serve on 127.0.0.1:8000
run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver 127.0.0.1:8000

## test: the whole suite (SQLite and in-process Celery unless DATABASE_URL / CELERY_BROKER_URL are set)
test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

worker: $(STAMP)
	$(VENV)/bin/celery -A config worker --loglevel=info

beat: $(STAMP)
	$(VENV)/bin/celery -A config beat --loglevel=info

bench: $(STAMP)
	$(PY) benchmarks/bench_extraction.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache .hypothesis
