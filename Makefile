# echoppe: `make run` sets up and runs the skill locally; `make test` sets up and runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8080
ECHOPPE_DB ?= var/echoppe.sqlite3
export ECHOPPE_DB

.PHONY: setup lock run serve-prod browser test lint typecheck format bench fuzz explore models clean \
	build-SkillFunction build-WebFunction build-DailyFunction

setup: $(VENV)/.installed

# Installs exactly the lock (every package pinned, every file's hash checked); a requirements
# file edited without `make lock` stops here with a message (tools/check_lock.py).
$(VENV)/.installed: requirements-dev.lock requirements.txt requirements-lambda.txt \
		requirements-web.txt requirements-dev.txt pyproject.toml
	$(PYTHON) tools/check_lock.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

# Regenerate the hashed locks after editing requirements*.txt. Pins already locked are kept;
# `make lock UPGRADE=--upgrade` moves every unpinned (indirect) package to its newest release.
# The runtime and Lambda locks are resolved within the dev lock, so tests run what ships.
UV_PIN := $(shell grep -i '^uv==' requirements-dev.txt)
LOCK := $(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock" $(UPGRADE)
lock:
	test -x $(BIN)/uv || { $(PYTHON) -m venv $(VENV) && $(BIN)/pip install --quiet '$(UV_PIN)'; }
	$(LOCK) --output-file requirements-dev.lock requirements-dev.txt
	$(LOCK) --constraint requirements-dev.lock --output-file requirements.lock requirements.txt
	$(LOCK) --constraint requirements-dev.lock --output-file requirements-lambda.lock \
		requirements-lambda.txt
	$(PYTHON) tools/check_lock.py

run: setup
	$(BIN)/echoppe content check
	$(BIN)/echoppe models check
	$(BIN)/echoppe seed
	$(BIN)/echoppe serve --dev --host 127.0.0.1 --port $(PORT)

# Self-hosting: gunicorn over skill.wsgi:app (verification always on; SKILL_ID required), bound
# to loopback behind an HTTPS reverse proxy. WORKERS and PORT may be overridden.
WORKERS ?= 2
serve-prod: setup
	$(BIN)/echoppe content check
	$(BIN)/gunicorn --config gunicorn.conf.py --workers $(WORKERS) \
		--bind 127.0.0.1:$(PORT) 'skill.wsgi:app'

models: setup
	$(BIN)/echoppe models build

lint: setup typecheck
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

# mypy over the packages (settings in pyproject.toml, [tool.mypy]).
typecheck: setup
	$(BIN)/mypy

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The browser tests (tests/web) drive Debian's Chromium through Playwright (no browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
		else echo "The browser tests need Chromium: sudo apt-get install -y chromium"; exit 1; fi; }

test: setup lint browser
	$(BIN)/echoppe content check
	$(BIN)/echoppe models check
	$(BIN)/python tools/dynamodb_local.py run -- $(BIN)/pytest

bench: setup
	$(BIN)/python -m bench

# The envelope fuzz at length (`make test` runs 250 envelopes): FUZZ_EXAMPLES=100000 make fuzz.
FUZZ_EXAMPLES ?= 20000
fuzz: setup
	ECHOPPE_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest tests/skill/test_envelope_fuzz.py -q

# The dialog explorer deeper than in `make test` (depth 3): EXPLORE_DEPTH=5 make explore.
EXPLORE_DEPTH ?= 4
explore: setup
	ECHOPPE_EXPLORE_DEPTH=$(EXPLORE_DEPTH) $(BIN)/pytest tests/skill/test_dialog_explorer.py -q -s

clean:
	rm -rf $(VENV) var build *.egg-info

# Called by `sam build` (template.yaml, BuildMethod: makefile) with ARTIFACTS_DIR set. Only the
# skill path's locked dependencies (requirements-lambda.lock: no Flask, no cryptography, no
# gunicorn) and packages; of interaction_models/, only the intent templates the skill reads.
# The wheels are for the functions' runtime (template.yaml's Runtime), and the artifact ships its
# bytecode when the build Python is that version (`sam build --use-container`): Lambda's code
# folder is read-only, so a module without it is compiled from source on every cold start.
LAMBDA_PYTHON := $(shell sed -n 's/^ *Runtime: python//p' template.yaml | sort -u)
LAMBDA_PACKAGES := lambda skill payments content catalog store accounts marketing reports \
	interaction_models
build-SkillFunction:
	$(PYTHON) -m pip install --quiet --target "$(ARTIFACTS_DIR)" --no-deps --require-hashes \
		-r requirements-lambda.lock \
		--platform manylinux2014_x86_64 --platform manylinux_2_28_x86_64 \
		--platform manylinux_2_34_x86_64 --implementation cp --python-version $(LAMBDA_PYTHON) \
		--only-binary=:all:
	# Imported catalogs ship compiled (catalog/<locale>.index, mapped at cold start): compile
	# them again in case products.yaml changed since `echoppe catalog import`.
	if ls content/*/catalog/*.tsv >/dev/null 2>&1; then $(MAKE) setup && for dir in \
		content/*/; do [ ! -d "$$dir/catalog" ] || $(BIN)/echoppe catalog index --content "$$dir" \
		|| exit 1; done; fi
	cp -R $(LAMBDA_PACKAGES) "$(ARTIFACTS_DIR)/"
	$(PYTHON) tools/compile_artifact.py "$(ARTIFACTS_DIR)" $(LAMBDA_PYTHON)
	# Babel ships CLDR data for ~1000 locales (33 MB); the skill speaks the languages of
	# content.loader.SUPPORTED_LOCALES: keep those (and root, which they inherit from).
	find "$(ARTIFACTS_DIR)/babel/locale-data" -name '*.dat' ! -name root.dat \
		! -name 'fr.dat' ! -name 'fr_*.dat' ! -name 'en.dat' ! -name 'en_*.dat' -delete

# The daily run's function (template.yaml DailyFunction) is the skill's package.
build-DailyFunction: build-SkillFunction

# The shopper pages' and the merchant console's function (template.yaml WebFunction): the whole
# runtime lock (Flask, Authlib, apig-wsgi...) and the packages the pages run on; the skill's
# function never gets them.
WEB_PACKAGES := web accounts merchants reports skill payments content catalog store \
	interaction_models
build-WebFunction:
	$(PYTHON) -m pip install --quiet --target "$(ARTIFACTS_DIR)" --no-deps --require-hashes \
		-r requirements.lock \
		--platform manylinux2014_x86_64 --platform manylinux_2_28_x86_64 \
		--platform manylinux_2_34_x86_64 --implementation cp --python-version $(LAMBDA_PYTHON) \
		--only-binary=:all:
	cp -R $(WEB_PACKAGES) "$(ARTIFACTS_DIR)/"
	$(PYTHON) tools/compile_artifact.py "$(ARTIFACTS_DIR)" $(LAMBDA_PYTHON)
