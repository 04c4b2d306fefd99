# nbrun — the two set-up commands are `make run` and `make test`.
SWIFT ?= swift
NBRUN := .build/release/nbrun

.PHONY: all run build deps test check fuzz docs record record-docs record-errors record-math render bench clean

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
	bash fuzz/run.sh $(FUZZ_SMOKE_SECONDS)
	bash fuzz/run-texmath.sh $(FUZZ_SMOKE_SECONDS)

## libFuzzer on every input reader (fuzz/README.md): FUZZ_SECONDS each (`make test` runs each for a few seconds).
FUZZ_SECONDS ?= 300
FUZZ_SMOKE_SECONDS ?= 3
fuzz: deps
	bash fuzz/run.sh $(FUZZ_SECONDS)
	bash fuzz/run-texmath.sh $(FUZZ_SECONDS)

## The committed reports pass the Nu HTML Checker and render in headless Chromium;
## the math corpus lays out as mathematics; fresh --lms renders lose nothing to Canvas's
## and Moodle's sanitizers and the course packages validate against their schemas; every
## report reads well at 390 and 1100 px, in print, in dark mode and to axe-core (check-layout.py).
check:
	bash scripts/check-reports.sh
	bash scripts/check-math-render.sh
	bash scripts/check-layout.sh
	bash scripts/check-lms.sh

## Re-render every bundled lesson into output/ (the committed reports).
render: build
	rm -rf output
	$(NBRUN) notebooks/*.md --quiet

## Regenerate the step reference in docs/notebook-format.md from the code.
docs: record-docs

## Re-record golden files on purpose, one kind at a time. The recording run itself
## fails (it never compares with what it just wrote); the plain run after it must pass.
## output/ is re-recorded by `make render`.
record: record-docs record-errors record-math

record-docs:
	-NBRUN_RECORD=docs $(SWIFT) test --filter DocumentationTests >/dev/null
	$(SWIFT) test --filter DocumentationTests

record-errors:
	-NBRUN_RECORD=errors $(SWIFT) test --filter ErrorMessageTests >/dev/null
	$(SWIFT) test --filter ErrorMessageTests

record-math:
	-NBRUN_RECORD=math $(SWIFT) test --filter CorpusTests >/dev/null
	$(SWIFT) test --filter CorpusTests

## Side-by-side benchmarks against numpy, PyTorch, Rust and Jupyter → benchmarks/RESULTS.md.
bench: deps
	$(SWIFT) build -c release
	python3 benchmarks/run.py --nbrun-bench .build/release/nbrun-bench --nbrun .build/release/nbrun

clean:
	rm -rf .build .venv-check .venv-layout fuzz/.build
