# Weft: one entry point for building, testing and benchmarking.
#
#   make demo    build and run examples/tour.py (the newcomer's first command)
#   make test    install what is missing, then run every test
#   make bench   speed against CPython, measured in one run
#   make run FILE=prog.py [ARGS="..."]

CARGO ?= cargo
PYTHON ?= python3
WEFT := target/release/weft

.PHONY: demo run test setup build check-python lint wasm-check bench regen clean

demo: setup build
	$(WEFT) run examples/tour.py

run: setup build
	$(WEFT) run $(FILE) $(ARGS)

build:
	$(CARGO) build --release

# Idempotent: each step is skipped when its tool is already there.
setup: check-python
	@rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$$' \
		|| rustup target add wasm32-unknown-unknown
	@rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' \
		|| { echo "CPython 3.11 is needed as the reference (python3)"; exit 1; }

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings

# The core must build for the web: no threads, files or clocks in it.
wasm-check:
	$(CARGO) build --lib --target wasm32-unknown-unknown

test: setup lint wasm-check
	$(CARGO) test --release

bench: setup build
	$(PYTHON) bench/run.py

# Regenerate the expected outputs of tests/py with CPython 3.11.
regen: check-python
	$(PYTHON) tests/regen_expected.py

clean:
	$(CARGO) clean
