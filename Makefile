# osce-kg — build, demo, test, install and benchmark.
#
#   make demo       install the Debian packages that are missing (libraptor2-dev, libxml2-dev,
#                   raptor2-utils, rasqal-utils, pkg-config), build, export Examples/pages, print a
#                   summary; no Python
#   make test       the same packages and Debian's chromium + chromium-driver, plus the Python test tools
#                   (pySHACL, pyoxigraph, rdflib, Selenium, and the oxigraph server the push tests start)
#                   in the project's virtual environment .venv/, then every test
#   make venv       create .venv/ (with $(PYTHON) -m venv; installs Debian's python3-venv when that
#                   fails) and install the Python test tools into it; never into the system Python
#   make install    the release binary, its shell completions and its man page under PREFIX
#                   (default /usr/local; DESTDIR is honoured): make install PREFIX=$HOME/.local
#   make uninstall  remove what make install put there (same PREFIX and DESTDIR)
#   make man        the man page, .build/plugins/GenerateManual/outputs/osce-kg/osce-kg.1
#   make eval       precision and recall of page reading on Examples/pages, the made-up held-out pages (Tests/Fixtures/heldout*)
#                   and ../shared/pages-real when present
#   make bench      export benchmark against rapper (N synthetic pages, default 10000; REPEAT=runs, JOBS=--jobs;
#                   N=100000 REPEAT=1 after N=10000 also reports the peak-memory growth between the two)
#   make bench-pathological  one page of one MB-megabyte line per shape (default 50): time and peak memory
#   make bench-query  SPARQL benchmark against pyoxigraph and roqet
#   make bench-serve  SPARQL endpoint benchmark: osce-kg serve against oxigraph serve (wrk, 1/8/32 clients)
# `sudo` is used for apt-get when not root.

SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/osce-kg
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
N ?= 10000
# The interpreter that creates .venv; the tests and benchmarks use .venv/bin/python only.
PYTHON ?= python3
VENV = .venv
PY = $(VENV)/bin/python
PYTHON_TOOLS ?= pyshacl pyoxigraph rdflib selenium oxigraph
# PYTHON_TOOLS that install a command rather than a module (PyPI oxigraph: the `oxigraph serve` binary).
PYTHON_COMMANDS = oxigraph
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: deps deps-browser venv build demo test eval man install uninstall bench bench-pathological bench-query bench-serve wrk clean

# System packages: Raptor, libxml2 for HTML pages, rapper, roqet.
deps:
	@if ! pkg-config --exists raptor2 || ! pkg-config --exists libxml-2.0 || ! command -v rapper >/dev/null || ! command -v roqet >/dev/null; then \
	  echo "installing libraptor2-dev libxml2-dev raptor2-utils rasqal-utils"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libraptor2-dev libxml2-dev raptor2-utils rasqal-utils pkg-config >/dev/null; \
	fi

# Headless Chromium and its WebDriver for Tests/Browser (driven by Selenium from .venv/).
deps-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  echo "installing chromium chromium-driver"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

# Python test tools in .venv/ (PEP 668: Debian's and Ubuntu's system Python refuse pip installs).
venv:
	@set -e; \
	if ! $(PY) -c 'import importlib.util as u, sys; sys.exit(any(u.find_spec(m) is None for m in sys.argv[1:]))' $(filter-out $(PYTHON_COMMANDS),$(PYTHON_TOOLS)) 2>/dev/null \
	   || ! (for c in $(filter $(PYTHON_COMMANDS),$(PYTHON_TOOLS)); do test -x $(VENV)/bin/$$c || exit 1; done); then \
	  if ! $(PY) -m pip --version >/dev/null 2>&1; then \
	    rm -rf $(VENV); \
	    if ! $(PYTHON) -m venv $(VENV) >/dev/null 2>&1; then \
	      echo "installing python3-venv ($(PYTHON) -m venv failed)"; \
	      rm -rf $(VENV); \
	      $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv >/dev/null; \
	      $(PYTHON) -m venv $(VENV); \
	    fi; \
	  fi; \
	  echo "installing $(PYTHON_TOOLS) into $(VENV)"; \
	  $(PY) -m pip install -q --disable-pip-version-check $(PYTHON_TOOLS); \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

demo: build
	@mkdir -p Examples/output
	$(BIN) export Examples/pages --format turtle --output Examples/output/osce.ttl
	@echo "wrote Examples/output/osce.ttl; who said what on the seed page:"
	@$(BIN) query --data Examples/pages/000_0b91f1119559f398.txt --query Examples/queries/who-said-what.rq

# Page reading measured on annotated pages: per field precision, recall and counts. VERBOSE=1 lists every miss.
REAL_PAGES ?= ../shared/pages-real
eval: build
	@$(if $(wildcard $(REAL_PAGES)),,echo "make eval: $(REAL_PAGES) not found: only Examples/pages is measured (give REAL_PAGES=DIR for the real captures)")
	$(BIN) eval Examples/pages Tests/Fixtures/heldout Tests/Fixtures/heldout-b Tests/Fixtures/heldout-c Tests/Fixtures/heldout-d Tests/Fixtures/heldout-e Tests/Fixtures/heldout-f Tests/Fixtures/heldout-g Tests/Fixtures/heldout-h Tests/Fixtures/heldout-i Tests/Fixtures/heldout-j Tests/Fixtures/heldout-k Tests/Fixtures/heldout-l $(if $(wildcard $(REAL_PAGES)),$(REAL_PAGES)) $(if $(VERBOSE),--verbose)

bench: build venv
	$(PY) Benchmarks/bench_export.py --pages $(N) --bin $(BIN) $(if $(REPEAT),--repeat $(REPEAT)) $(if $(JOBS),--jobs $(JOBS))

# Pathological pages (issue 9): one page of one MB-megabyte line per shape (plain words, quotes,
# names, dates, State names, no spaces, one huge quote, the flattened page, and broken pages'
# shapes); wall and CPU time, peak RSS and the load average, against the goal (<= 2 s, <= 10x the size). Pages in Benchmarks/out/pathological (reused).
MB ?= 50
bench-pathological: build venv
	$(PY) Benchmarks/pathological/bench_pathological.py --bin $(BIN) --megabytes $(MB) $(if $(SHAPES),--shapes $(SHAPES)) \
		--report Benchmarks/out/bench-pathological.md

test: deps deps-browser venv
	$(SWIFT) test
	Tests/Setup/venv-setup-test.sh
	Tests/Setup/install-test.sh

# `make install` rebuilds the binary only when a source is newer, so after `make build man`
# a `sudo make install` just copies files. The man page comes from swift-argument-parser's
# GenerateManual plugin (dated by the last commit, so it is reproducible), the completions from the binary.
SOURCES = Package.swift $(shell find Sources -type f 2>/dev/null)
MANUAL = .build/plugins/GenerateManual/outputs/osce-kg/osce-kg.1
MAN_DATE ?= $(shell git log -1 --format=%cs 2>/dev/null)
$(BIN): $(SOURCES)
	$(MAKE) build
	@touch $@
# The plugin's EXIT STATUS section is mdoc's `.Ex -std` ("exits 0 on success, and >0 if an error
# occurs"); osce-kg's statuses are 0, 1 and 64 (usage), so that line is replaced with them.
$(MANUAL): $(BIN)
	$(SWIFT) package generate-manual --configuration $(CONFIG) $(if $(MAN_DATE),--date $(MAN_DATE)) >/dev/null
	sed -i 's/^\.Ex -std$$/The osce-kg utility exits 0 on success, 1 when the work failed (after one osce-kg: error: line per fault), and 64 on a usage error in the arguments (after an Error: line and the usage)./' $(MANUAL)
man: $(MANUAL)

install: $(BIN) $(MANUAL)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/osce-kg
	install -m 644 $(MANUAL) $(DESTDIR)$(PREFIX)/share/man/man1/osce-kg.1
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/osce-kg
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_osce-kg
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/osce-kg.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/osce-kg $(DESTDIR)$(PREFIX)/share/man/man1/osce-kg.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/osce-kg $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_osce-kg \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/osce-kg.fish

# SPARQL load, speed and memory against pyoxigraph (and roqet on the smallest graph), the five shapes of
# Benchmarks/query and the example queries of Examples/queries, at 100k, 1M and 10M triples, with the
# whole-process figure at 100k; report in Benchmarks/out/bench-query.md (graphs there too, reused).
# Overridable: SIZES=100k,1M,10M  REPEAT=3  REPEAT_10M=1  MIN_TIME=0.5  PROCESS_SIZE=100k|none  ROQET_SIZES=100k|none
bench-query: build venv
	$(PY) Benchmarks/query/bench_query.py --binary $(BIN) $(if $(SIZES),--sizes $(SIZES)) $(if $(REPEAT),--repeat $(REPEAT)) \
	  $(if $(REPEAT_10M),--repeat-10m $(REPEAT_10M)) $(if $(MIN_TIME),--min-time $(MIN_TIME)) \
	  $(if $(PROCESS_SIZE),--process-size $(PROCESS_SIZE)) $(if $(ROQET_SIZES),--roqet-sizes $(ROQET_SIZES))

# Requests/s and p50/p99 latency of `osce-kg serve` and `oxigraph serve` (PyPI oxigraph, in .venv)
# over the same generated graph, at 1, 8 and 32 concurrent clients, with wrk (Debian's, installed
# when missing); report in Benchmarks/out/bench-serve.md. Overridable: TRIPLES=100k DURATION=10 CLIENTS=1,8,32
wrk:
	@command -v wrk >/dev/null || { echo "installing wrk"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk >/dev/null; }

bench-serve: build venv wrk
	$(PY) Benchmarks/serve/bench_serve.py --binary $(BIN) $(if $(TRIPLES),--triples $(TRIPLES)) $(if $(DURATION),--duration $(DURATION)) $(if $(CLIENTS),--clients $(CLIENTS))

clean:
	rm -rf .build Examples/output Benchmarks/out
