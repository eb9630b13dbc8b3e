#!/usr/bin/env bash
# Installs, idempotently, what building and testing need on a Debian machine with Rust and Node:
# the wasm32 target and clippy, the wasm-bindgen CLI at the exact version of Cargo.lock, the npm dev
# dependencies (npm ci), and with `browsers`: Chromium + chromedriver and Firefox ESR from Debian,
# geckodriver built from crates.io (about 3 minutes, once).
# Nothing here downloads a prebuilt binary: crates.io, npm and Debian packages only.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
if ! cargo clippy --version >/dev/null 2>&1; then
  rustup component add clippy
fi

# The CLI and the test runner must be exactly the crate's version ("schema version" error otherwise).
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ -z "$wb_version" ]; then echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; fi
if ! { wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wb_version" && command -v wasm-bindgen-test-runner >/dev/null; }; then
  echo "setup: installing wasm-bindgen-cli $wb_version (about 3 minutes)"
  # --locked fails for some versions (a locked dependency is no longer on the registry): retry without.
  cargo install wasm-bindgen-cli --version "=$wb_version" --locked || cargo install wasm-bindgen-cli --version "=$wb_version"
fi

if [ "${1:-}" = browsers ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  fi
  if ! command -v firefox-esr >/dev/null; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends firefox-esr
  fi
  # No prebuilt geckodriver (GitHub is unreachable): crates.io source, pinned.
  if ! geckodriver --version 2>/dev/null | grep -q '^geckodriver 0\.37\.1'; then
    echo "setup: building geckodriver 0.37.1 from crates.io (about 3 minutes)"
    cargo install geckodriver --version 0.37.1 --locked
  fi
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
