# osce-kg — build, demo, test and benchmark.
#
#   make demo   install what is missing, build, export Examples/pages, print a summary
#   make test   install what is missing, run every test
#   make eval   precision and recall of page reading on Examples/pages (and ../shared/pages-real when present)
#   make bench  export benchmark against rapper (N synthetic pages, default 10000)
#   make bench-query  SPARQL benchmark against pyoxigraph and roqet

SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/osce-kg
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
N ?= 10000

.PHONY: deps build demo test eval bench bench-query clean

# System packages (Raptor, libxml2 for HTML pages, rapper, roqet) and Python tools (pySHACL, pyoxigraph).
deps:
	@if ! pkg-config --exists raptor2 || ! pkg-config --exists libxml-2.0 || ! command -v rapper >/dev/null || ! command -v roqet >/dev/null; then \
	  echo "installing libraptor2-dev libxml2-dev raptor2-utils rasqal-utils"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libraptor2-dev libxml2-dev raptor2-utils rasqal-utils pkg-config >/dev/null; \
	fi
	@python3 -c "import pyshacl, pyoxigraph, rdflib" 2>/dev/null || \
	  { echo "installing pyshacl pyoxigraph rdflib"; python3 -m pip install -q pyshacl pyoxigraph rdflib; }

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
	$(BIN) eval Examples/pages $(if $(wildcard $(REAL_PAGES)),$(REAL_PAGES)) $(if $(VERBOSE),--verbose)

bench: build
	python3 Benchmarks/bench_export.py --pages $(N) --bin $(BIN)

test: deps
	$(SWIFT) test

# SPARQL speed and memory against pyoxigraph (and roqet on the smallest graph); report in Benchmarks/out/bench-query.md.
# Overridable: SIZES=100k,1M  REPEAT=3  ROQET_SIZES=100k|none
bench-query: build
	python3 Benchmarks/query/bench_query.py --binary $(BIN) $(if $(SIZES),--sizes $(SIZES)) $(if $(REPEAT),--repeat $(REPEAT)) $(if $(ROQET_SIZES),--roqet-sizes $(ROQET_SIZES))

clean:
	rm -rf .build Examples/output Benchmarks/out
