# nbrun — the two set-up commands are `make run` and `make test`.
SWIFT ?= swift
NBRUN := .build/release/nbrun

.PHONY: all run build deps test check docs render bench clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product nbrun

## Build, render the XOR lesson, print where the report is.
run: build
	$(NBRUN) notebooks/xor.md
	@echo "report: $(CURDIR)/output/xor.html"

## Everything CI checks: unit and end-to-end tests, then the reports in a validator and a browser.
test: build
	$(SWIFT) test
	@$(MAKE) --no-print-directory check

## The committed reports pass the Nu HTML Checker and render in headless Chromium;
## the math corpus lays out as mathematics; every report reads well at 390 and 1100 px, in print,
## in dark mode and to axe-core (scripts/check-layout.py).
check:
	bash scripts/check-reports.sh
	bash scripts/check-math-render.sh
	bash scripts/check-layout.sh

## Re-render every bundled lesson into output/ (the committed reports).
render: build
	rm -rf output
	$(NBRUN) notebooks/*.md --quiet

## Regenerate the step reference in docs/notebook-format.md from the code.
docs: build
	NBRUN_RECORD=1 $(SWIFT) test --filter DocumentationTests >/dev/null || true
	$(SWIFT) test --filter DocumentationTests

## Side-by-side benchmarks against numpy, PyTorch, Rust and Jupyter → benchmarks/RESULTS.md.
bench: deps
	$(SWIFT) build -c release
	python3 benchmarks/run.py --nbrun-bench .build/release/nbrun-bench --nbrun .build/release/nbrun

clean:
	rm -rf .build .venv-check .venv-layout
