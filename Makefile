# csp-partner-rules — `make demo` builds the package and serves the demo; `make test` runs every test.
# Both install what is missing first (tools/setup.sh).
PORT ?= 8080
WASM_TARGET := wasm32-unknown-unknown

.PHONY: setup setup-browsers build build-trap server test test-native test-wasm test-node test-trap test-types test-consumers test-e2e lint demo bench bless

setup:
	bash tools/setup.sh

setup-browsers:
	bash tools/setup.sh browsers

# The npm package in pkg/: release .wasm → wasm-bindgen (web target) → wasm-opt -Oz → pkg/index.js.
# Then the entry `csp-partner-rules/enrollment` (pkg/enrollment/): the same crate with only the
# enrolment exports (cargo feature `enrollment`), in its own target dir so neither build relinks the other.
build: setup
	cargo build --target $(WASM_TARGET) --release
	node tools/build-pkg.mjs
	cargo build --target $(WASM_TARGET) --release --no-default-features --features enrollment --target-dir target/enrollment
	node tools/build-pkg.mjs --entry enrollment

test: setup-browsers build test-native lint test-wasm test-node test-trap test-types test-consumers test-e2e
	@echo "make test: all layers passed"

# 1. Native: unit tests beside the code and the shared vectors.
test-native:
	cargo test
	cargo test --features extra-locales --lib --test messages --test csv_robust

# rustfmt, then clippy with the lints of [workspace.lints] in Cargo.toml (unwrap/expect/panic/indexing denied
# outside tests), natively, for wasm and for the server.
lint:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target $(WASM_TARGET) --lib --test wasm -- -D warnings
	cargo clippy --target $(WASM_TARGET) --lib --no-default-features --features enrollment --target-dir target/enrollment -- -D warnings
	cargo clippy -p csp-partner-rules-server --no-deps -- -D warnings

# 2. The same wasm-bindgen tests in Node, then in headless Chromium (chromedriver) and headless
# Firefox ESR (geckodriver); webdriver.json keeps both browsers off the network. Each run compares
# every shared vector with the recorded native output: one difference fails the run.
test-wasm:
	cargo test --target $(WASM_TARGET) --test wasm
	env -u GECKODRIVER -u SAFARIDRIVER WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=$$(command -v chromedriver) cargo test --target $(WASM_TARGET) --test wasm
	env -u CHROMEDRIVER -u SAFARIDRIVER WASM_BINDGEN_USE_BROWSER=1 GECKODRIVER=$$(command -v geckodriver) cargo test --target $(WASM_TARGET) --test wasm

# 3. Node against the built package, imported by name.
test-node:
	node --test tests/node/

# Trap recovery: a copy of the package built with the test-only cargo feature `test-trap` (exports
# that panic), in its own target dir so pkg/ and the release .wasm are never touched.
build-trap: setup
	cargo build --target $(WASM_TARGET) --release --features test-trap --target-dir target/trap
	node tools/build-pkg.mjs target/trap/$(WASM_TARGET)/release/csp_partner_rules.wasm target/pkg-trap

test-trap: build-trap
	node --expose-gc --test tests/trap/

# 4. TypeScript: strict consumer files against the shipped .d.ts; no `any` in public signatures.
test-types: build
	node tests/types/check.mjs

# 5. The packed tarball installed into fresh projects: Node ESM and CJS, Vite 7 and webpack 5 builds,
# a plain <script type="module"> page and a Web Worker, opened in headless Chromium.
test-consumers: setup-browsers build build-trap
	node tests/consumers/run.mjs


# The demo server (server/, a workspace member: axum + tokio never enter the library's build nor the .wasm),
# built with the `server` profile of Cargo.toml (no LTO, panics unwind).
SERVER := target/server/csp-demo-server
server: setup
	cargo build --profile server -p csp-partner-rules-server

demo: build server
	PORT=$(PORT) $(SERVER)

# 4. End to end: the server on a free port, the pages in headless Chromium (playwright-core), screenshots in tests/out/.
test-e2e: build server
	node tests/e2e/run.mjs

bench: build
	node --expose-gc tools/bench.mjs

# Rewrites tests/vectors/expected.json from the native outputs (review the diff).
bless:
	BLESS=1 cargo test --test parity
	BLESS=1 cargo test --features extra-locales --test messages
