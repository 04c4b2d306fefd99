# nbrun — the two set-up commands are `make run` and `make test`.
SWIFT ?= swift
NBRUN := .build/release/nbrun

.PHONY: all run build deps test unit check bench render clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product nbrun

## Build, render the XOR lesson, print where the report is.
run: build
	$(NBRUN) notebooks/xor.md
	@echo "report: $(CURDIR)/output/xor.html"

## Re-render every bundled lesson into output/ (the committed reports).
render: build
	$(NBRUN) notebooks/*.md

## Everything CI checks.
test: deps
	$(SWIFT) build -c release --product nbrun
	$(SWIFT) test
	@$(MAKE) --no-print-directory check

## Real-browser and validator checks of the committed reports.
check:
	@echo "check: (browser and validator checks are added with the reports)"

bench:
	@echo "bench: not yet available"

clean:
	rm -rf .build
