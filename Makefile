# Vigil: the two commands are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy

# `uv run` names its own binary in UV, so a make started under it (the make-run test, whose
# HOME is private and whose python3 is the project's environment, without pip) uses that one.
ifeq ($(origin UV),environment)
else
UV := $(shell command -v uv 2>/dev/null)
endif
ifeq ($(UV),)
UV := $(PYTHON) -m uv
endif

# Debian packages the test suite drives for real: the `age` CLI for interoperability, and
# Xvfb with the X libraries Qt's xcb plugin needs for real windows and screenshots.
X_DEBS := xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-shape0 libxcb-xkb1 libxcb-render-util0 libxcb-image0 fonts-dejavu-core
# Packaging and its tests: PyInstaller's binutils, icons from the SVG, the desktop entry and
# AppStream validators, systemd-analyze for the server unit, xwininfo to see the app's window.
PACKAGE_DEBS := binutils librsvg2-bin desktop-file-utils appstream systemd x11-utils git
# The accessibility-tree test: the AT-SPI bus and registry, and the client library a screen
# reader uses (read by Debian's own python3, outside the app's environment).
A11Y_DEBS := at-spi2-core python3-gi gir1.2-atspi-2.0
# Noto Sans CJK for Chinese letters: from the system, not bundled (about 19 MB per weight;
# docs/appeals.md), so the tests of Chinese PDFs need it.
TEST_DEBS := age postgresql gnome-keyring dbus libsecret-tools poppler-utils nginx fonts-noto-cjk \
	$(X_DEBS) $(A11Y_DEBS) $(PACKAGE_DEBS)
# What the app itself needs from Debian to open a window (Qt 6.5+ needs libxcb-cursor0).
RUN_DEBS := libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-xkb1 libxcb-render-util0 libxcb-image0
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test interop test-fast mutate lint env ensure-uv system-deps run-deps translations screenshots benchmark \
	demo-reset clean package

run: env run-deps
	$(UV) run --frozen vigil demo

demo-reset: env
	$(UV) run --frozen vigil demo --reset

# The suite runs on both cores (pytest-xdist); PYTEST_ARGS adds options (CI: --junitxml=...).
PYTEST_WORKERS ?= 2
PYTEST_ARGS ?=

# Where PYTHONDONTWRITEBYTECODE is set (container images often set it), every Python process
# the suite starts (each worker, each server, each command run in a process of its own)
# compiled the project and its libraries from source again, and pytest rewrote every test
# module again in each worker: about a third of the suite's CPU. The test targets keep the
# bytecode they compile in build/pycache, not beside the sources, whatever that variable says;
# Python checks each file against its source, so an edit is never run stale.
PYCACHE := $(CURDIR)/build/pycache
TEST_ENV := env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=$(PYCACHE)

test: env system-deps lint
	$(TEST_ENV) $(UV) run --frozen pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# typage (npm age-encryption, pinned by tests/interop/package-lock.json) against Vigil's age
# files, both ways. It needs Node 20.19 or newer, which a fresh Debian 12 or Ubuntu 24.04 lacks,
# so it is its own target: `make test` stays two commands on a fresh machine; CI runs both.
interop: env
	@node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' \
	  || { echo "make interop needs Node 20.19 or newer (found: $$(node --version 2>/dev/null || echo none))" >&2; exit 1; }
	npm ci --prefix tests/interop --ignore-scripts --no-audit --no-fund
	$(TEST_ENV) $(UV) run --frozen pytest -m interop tests/interop $(PYTEST_ARGS)

# What a developer runs often: everything except the packaging and slow tests (docs/testing.md).
test-fast: env
	$(TEST_ENV) VIGIL_FAST_SUITE=1 $(UV) run --frozen pytest -n $(PYTEST_WORKERS) -m "not packaging and not slow and not interop" $(PYTEST_ARGS)

# Mutation testing of the security-critical modules (tools/mutate.py); not part of make test.
# MUTATE_ARGS picks modules and the time box, e.g. MUTATE_ARGS="--minutes 10 crypto/kdf".
MUTATE_ARGS ?=
mutate: env
	$(UV) run --frozen python tools/mutate.py $(MUTATE_ARGS)

lint: env
	$(UV) run --frozen ruff check desktop server tests benchmarks
	$(UV) run --frozen mypy

benchmark: env
	$(UV) run --frozen python benchmarks/vault.py
	$(UV) run --frozen python benchmarks/ui.py
	$(UV) run --frozen python benchmarks/attachments.py
	$(UV) run --frozen python benchmarks/envelopes.py
	$(UV) run --frozen python benchmarks/appeals.py
	$(UV) run --frozen python benchmarks/pull_cost.py
	$(UV) run --frozen python benchmarks/restore.py
	$(UV) run --frozen python benchmarks/evidence.py
	$(UV) run --frozen python benchmarks/enrol_code_size.py --check

# The libraries' bytecode is compiled once here, for the app and the CLI as installed.
env: ensure-uv
	$(UV) sync --frozen --compile-bytecode
	@$(MAKE) --no-print-directory translations

# Compiled translations are build products, made from the .ts sources.
translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts
	$(UV) run --frozen pyside6-lrelease -silent $< -qm $@

# Real windows under Xvfb, in English, Russian, Kazakh and the right-to-left pseudo-locale.
screenshots: env system-deps
	xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \
	  $(UV) run --frozen python tools/screenshots.py --out build/screenshots
	@echo "screenshots in build/screenshots"

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

# With a display, the app needs Qt's X libraries; as root they are installed, otherwise named.
run-deps:
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then missing=""; for pkg in $(RUN_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "The app needs these Debian packages:$$missing (sudo apt-get install$$missing)" >&2; exit 1; fi; \
	fi; fi

# The Linux one-folder app in dist/vigil (packaging/pyinstaller/vigil.spec), then an AppDir in
# build/appimage (and the AppImage when appimagetool is given: packaging/README.md).
package: env
	$(UV) run --frozen pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/vigil.spec
	packaging/linux/appimage/build-appimage.sh dist/vigil build/appimage
	@echo "the app: dist/vigil/vigil"

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
