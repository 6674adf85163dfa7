# Weft: one entry point for building, testing and benchmarking.
#
#   make playground  set up, build and serve the web playground on
#                http://127.0.0.1:8000 (the newcomer's first command; PORT=...)
#   make www     bundle the playground's page (www/dist) only
#   make demo    build and run examples/tour.py with the native CLI
#   make test    install what is missing, then run every test
#   make bench   speed against CPython, greenlet, asyncio, Stackless' figures,
#                and (bench-wasm) Pyodide, MicroPython and plain JavaScript
#   make run FILE=prog.py [ARGS="..."]
#   make wasm    build the npm package in pkg/ (WebAssembly + JS driver + CLI)
#   make sizes   the .wasm's raw/gzip/brotli sizes and what dominates (twiggy)
#   make frozen  precompile the prelude and src/builtins/modules/ after editing them
#   make soak    100,000 tasklets for 10 minutes, snapshot + restore every 10 s
#   make startup time from `node pkg/cli.js run hello.py` to its first line

CARGO ?= cargo
PYTHON ?= python3
NODE ?= node
NPM ?= npm
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
WEFT := $(TARGET_DIR)/release/weft
# Pinned tools (../shared/TOOLCHAIN.md): the wasm-bindgen CLI must be the
# version of the wasm-bindgen crate in Cargo.lock.
WASM_PACK_VERSION := 0.15.1
WASM_BINDGEN_VERSION := 0.2.130
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
WASM := $(TARGET_DIR)/wasm32-unknown-unknown/wasm/weft.wasm
RUNTIME_TARGET_DIR := $(TARGET_DIR)/runtime-only
WASM_RUNTIME := $(RUNTIME_TARGET_DIR)/wasm32-unknown-unknown/wasm-runtime/weft.wasm

PORT ?= 8000

.PHONY: playground www demo run test setup setup-rust setup-toolchain setup-wasm setup-js build check-python check-node lint wasm-check wasm js-test sizes startup bench bench-wasm soak frozen regen clean

# The web playground (www/): its npm packages (pinned in www/package.json,
# installed when missing or at other versions), the bundle in www/dist, the
# npm package in pkg/, then www/serve.mjs on 127.0.0.1:$(PORT).
playground: wasm www
	$(NODE) www/serve.mjs --port $(PORT)

www: check-node
	@$(NODE) -e "const d = require('./www/package.json').devDependencies; \
		process.exit(Object.keys(d).every((n) => require('./www/node_modules/' + n + '/package.json').version === d[n]) ? 0 : 1)" 2>/dev/null \
		|| $(NPM) ci --prefix www --no-audit --no-fund --ignore-scripts
	cd www && ./node_modules/.bin/esbuild src/main.js src/worker.js --bundle --format=esm --outdir=dist \
		--external:../../pkg/index.js --minify --sourcemap --log-level=warning

demo: setup-rust build
	$(WEFT) run examples/tour.py

run: setup-rust build
	$(WEFT) run $(FILE) $(ARGS)

build:
	$(CARGO) build --release

# Everything `make test` needs. Idempotent: each step is skipped when its
# tool is already there (at its pinned version).
setup: setup-rust setup-js

setup-rust: check-python setup-toolchain

# The Rust target and components, without the CPython check (the
# playground does not need CPython).
setup-toolchain:
	@rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$$' \
		|| rustup target add wasm32-unknown-unknown
	@rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt

# What building the npm package needs (setup-wasm) and testing it needs
# too (setup-js), each step skipped when its tool is already there at the
# pinned version. `cargo install` builds in its own temporary directory, not
# in CARGO_TARGET_DIR.
setup-wasm: setup-toolchain check-node
	@wasm-pack --version 2>/dev/null | grep -qx 'wasm-pack $(WASM_PACK_VERSION)' \
		|| env -u CARGO_TARGET_DIR $(CARGO) install --locked wasm-pack --version $(WASM_PACK_VERSION)
	@wasm-bindgen --version 2>/dev/null | grep -qx 'wasm-bindgen $(WASM_BINDGEN_VERSION)' \
		|| env -u CARGO_TARGET_DIR $(CARGO) install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@grep -A1 '^name = "wasm-bindgen"$$' Cargo.lock | grep -qx 'version = "$(WASM_BINDGEN_VERSION)"' \
		|| { echo "Cargo.lock's wasm-bindgen is not $(WASM_BINDGEN_VERSION): update WASM_BINDGEN_VERSION"; exit 1; }

setup-js: setup-wasm
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }
	@$(NODE) -e "const d = require('./tests/js/package.json').devDependencies; \
		process.exit(Object.keys(d).every((n) => require('./tests/js/node_modules/' + n + '/package.json').version === d[n]) ? 0 : 1)" 2>/dev/null \
		|| $(NPM) ci --prefix tests/js --no-audit --no-fund

check-node:
	@$(NODE) -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' 2>/dev/null \
		|| { echo "Node.js >= 20 (with npm) is needed for the WebAssembly package and its tests"; exit 1; }

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' \
		|| { echo "CPython 3.11 is needed as the reference (python3)"; exit 1; }

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --no-default-features -- -D warnings

# The core must build for the web: no threads, files or clocks in it.
wasm-check:
	$(CARGO) build --lib --target wasm32-unknown-unknown

# The npm package: wasm-pack's web build, the nodejs glue for require()
# from the same .wasm, the runtime-only build (no compiler; `weft/runtime`,
# in its own target directory so that neither build undoes the other), and
# pkg-template/ merged in.
wasm: setup-wasm
	wasm-pack build --mode no-install --profile wasm --target web --out-dir pkg -- --no-default-features --features compiler
	wasm-bindgen --target nodejs --out-dir $(TARGET_DIR)/wasm-node $(WASM)
	$(CARGO) rustc --lib --crate-type cdylib --profile wasm-runtime --target wasm32-unknown-unknown --no-default-features --target-dir $(RUNTIME_TARGET_DIR)
	wasm-bindgen --target web --out-dir $(TARGET_DIR)/wasm-runtime-web $(WASM_RUNTIME)
	wasm-bindgen --target nodejs --out-dir $(TARGET_DIR)/wasm-runtime-node $(WASM_RUNTIME)
	$(NODE) pkg-template/build.mjs pkg $(TARGET_DIR)/wasm-node $(TARGET_DIR)/wasm-runtime-web $(TARGET_DIR)/wasm-runtime-node

# node:test suites against pkg/; the CLI suite compares with the native
# binary that `cargo test` builds.
js-test: setup-js wasm www
	WEFT_NATIVE=$(TARGET_DIR)/release/weft $(NODE) --test tests/js/*.test.mjs

test: setup lint wasm-check
	$(CARGO) test --release --workspace
	$(CARGO) test --release -p unicode_names2 -p unicode-normalization \
		--features unicode_names2/lazy,unicode-normalization/lazy
	$(MAKE) js-test

sizes: wasm
	$(NODE) bench/wasm_size.mjs
	$(NODE) bench/wasm_size.mjs pkg/runtime/weft_bg.wasm
	@twiggy --version >/dev/null 2>&1 || env -u CARGO_TARGET_DIR $(CARGO) install twiggy
	twiggy top -n 25 $(WASM)
	twiggy top -n 25 $(WASM_RUNTIME)

startup: wasm build
	$(NODE) bench/wasm_startup.mjs --native $(WEFT)

bench: setup-rust build
	$(PYTHON) bench/run.py
	$(MAKE) bench-wasm

# The WebAssembly tables: Weft's package in Node against Pyodide, MicroPython
# and plain JavaScript, then common operations one at a time against
# Pyodide (bench/wasm/; its npm packages are pinned there).
bench-wasm: wasm
	@$(NODE) -e "const d = require('./bench/wasm/package.json').devDependencies; \
		process.exit(Object.keys(d).every((n) => require('./bench/wasm/node_modules/' + n + '/package.json').version === d[n]) ? 0 : 1)" 2>/dev/null \
		|| $(NPM) ci --prefix bench/wasm --no-audit --no-fund
	$(NODE) bench/wasm/run.mjs
	$(NODE) bench/wasm/micro.mjs

# The soak run: 100,000 tasklets exchanging messages for MINUTES (10) with
# a snapshot + restore every PERIOD (10) seconds; memory must stay flat
# and every message arrive exactly once (bench/soak.rs).
MINUTES ?= 10
PERIOD ?= 10
soak: setup-rust
	$(CARGO) run --release --example soak -- $(MINUTES) $(PERIOD)

# The runtime ships its Python code precompiled (src/builtins/frozen/):
# rewrite it from the sources (tests/frozen.rs says when it is stale).
frozen:
	WEFT_REGEN_FROZEN=1 $(CARGO) test --release --test frozen frozen_code_matches_its_source

# Regenerate the expected outputs of tests/py with CPython 3.11.
regen: check-python
	$(PYTHON) tests/regen_expected.py

clean:
	$(CARGO) clean
