# Vigil: the two commands are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy

UV := $(shell command -v uv 2>/dev/null)
ifeq ($(UV),)
UV := $(PYTHON) -m uv
endif

# Debian packages the test suite drives for real (the `age` CLI for interoperability).
TEST_DEBS := age

.PHONY: run test lint env ensure-uv system-deps benchmark demo-reset clean

run: env
	$(UV) run --frozen vigil demo

demo-reset: env
	$(UV) run --frozen vigil demo --reset

test: env system-deps lint
	$(UV) run --frozen pytest

lint: env
	$(UV) run --frozen ruff check desktop server tests benchmarks
	$(UV) run --frozen mypy

benchmark: env
	$(UV) run --frozen python benchmarks/vault.py

env: ensure-uv
	$(UV) sync --frozen

# uv comes from PyPI through pip when it is missing; Debian's Python may need pip first.
ensure-uv:
	@$(UV) --version >/dev/null 2>&1 || { \
	  $(PYTHON) -m pip --version >/dev/null 2>&1 || { \
	    if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq python3-pip python3-venv; \
	    else echo "pip is missing: install python3-pip, or uv, first" >&2; exit 1; fi; }; \
	  $(PYTHON) -m pip install --quiet --user uv 2>/dev/null \
	    || $(PYTHON) -m pip install --quiet --user --break-system-packages uv \
	    || $(PYTHON) -m pip install --quiet uv; }
	@$(UV) --version

# As root, install what the tests need from Debian; as a user, say what is missing.
system-deps:
	@missing=""; for pkg in $(TEST_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "missing Debian packages:$$missing (run 'make test' as root, or install them)" >&2; exit 1; fi; \
	fi

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
