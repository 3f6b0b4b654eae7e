# echoppe: `make run` sets up and runs the skill locally; `make test` sets up and runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8080
ECHOPPE_DB ?= var/echoppe.sqlite3
export ECHOPPE_DB

.PHONY: setup run test lint format bench models clean build-SkillFunction

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

run: setup
	$(BIN)/echoppe content check
	$(BIN)/echoppe models check
	$(BIN)/echoppe seed
	$(BIN)/echoppe serve --dev --host 127.0.0.1 --port $(PORT)

models: setup
	$(BIN)/echoppe models build

lint: setup
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: setup lint
	$(BIN)/echoppe content check
	$(BIN)/echoppe models check
	$(BIN)/python tools/dynamodb_local.py run -- $(BIN)/pytest

bench: setup
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var build *.egg-info

# Called by `sam build` (template.yaml, BuildMethod: makefile) with ARTIFACTS_DIR set.
LAMBDA_PACKAGES := lambda skill payments content catalog store interaction_models
build-SkillFunction:
	$(PYTHON) -m pip install --quiet --target "$(ARTIFACTS_DIR)" -r requirements.txt \
		--platform manylinux2014_x86_64 --platform manylinux_2_28_x86_64 \
		--platform manylinux_2_34_x86_64 --implementation cp --python-version 3.12 \
		--only-binary=:all:
	cp -R $(LAMBDA_PACKAGES) "$(ARTIFACTS_DIR)/"
	find "$(ARTIFACTS_DIR)" -name __pycache__ -prune -exec rm -rf {} +
