# `make run` and `make test` do all set-up on a fresh Debian machine that has only Python:
# the Debian libraries Qt needs (tools/system-deps.sh), a .venv, and the project installed into it
# (again only when pyproject.toml changes).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SYSDEPS_STAMP := $(VENV)/.sysdeps-stamp
ARGS   ?=

.PHONY: run test lint qmllint qmltypes locale validate export bench clean sysdeps bytecode

run: $(STAMP) bytecode
	$(BIN)/python main.py $(ARGS)

test: $(STAMP) bytecode qmllint
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP) qmllint
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/mypy

# Every QML file, with the types the Python side registers (ui/types, written by `make qmltypes`): no warning passes.
QMLLINT = $(BIN)/pyside6-qmllint --max-warnings 0 -I ui/types -I ui/stage
qmllint: $(STAMP)
	$(BIN)/python tools/qmltypes.py --check
	$(QMLLINT) $$(find ui -name '*.qml' | sort)

qmltypes: $(STAMP)
	$(BIN)/python tools/qmltypes.py

# The program's words: extracted from content/words.py into the template, merged into every catalogue
# (new words arrive with an empty msgstr for the translator), then compiled to the .mo files the program reads.
# Then the same for the checks' messages (said/said_n in content/messages.py): checks.pot and checks.po, a
# catalogue of their own (English, the source, needs none).
LOCALE := huzhou_viewer/locale
locale: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k N_:1c,2 --no-default-keywords --no-location \
		--project=huzhou-viewer -o $(LOCALE)/huzhou_viewer.pot .
	$(BIN)/pybabel update -D huzhou_viewer -i $(LOCALE)/huzhou_viewer.pot -d $(LOCALE) -w 120 --no-fuzzy-matching
	$(BIN)/pybabel compile -D huzhou_viewer -d $(LOCALE) --statistics
	$(BIN)/pybabel extract -F babel.cfg -k said -k said_n:1,2 -k template --no-default-keywords --no-location \
		--add-comments=translators: --project=huzhou-viewer -o $(LOCALE)/checks.pot .
	for dir in $(LOCALE)/*/; do lang=$$(basename $$dir); [ $$lang = en ] || [ -f $$dir/LC_MESSAGES/checks.po ] || \
		$(BIN)/pybabel init -D checks -i $(LOCALE)/checks.pot -d $(LOCALE) -l $$lang -w 120; done
	$(BIN)/pybabel update -D checks -i $(LOCALE)/checks.pot -d $(LOCALE) -w 120 --no-fuzzy-matching --ignore-obsolete
	$(BIN)/pybabel compile -D checks -d $(LOCALE) --statistics

validate: $(STAMP)
	$(BIN)/python main.py validate resources/content/huzhou-2023

export: $(STAMP)
	$(BIN)/python main.py export --format png --size 1920x1080 --out out/png

bench: $(STAMP) bytecode
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/switch.py

sysdeps:
	@sh tools/system-deps.sh --test

# Start-up reads compiled modules; where PYTHONDONTWRITEBYTECODE is set nothing else would write them.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q huzhou_viewer

$(SYSDEPS_STAMP): tools/system-deps.sh
	@sh tools/system-deps.sh --test
	@mkdir -p $(VENV) && touch $@

$(BIN)/python: | $(SYSDEPS_STAMP)
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml $(SYSDEPS_STAMP) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
