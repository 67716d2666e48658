# Spoorwijzer — the two commands a newcomer needs:
#   make run    build and serve the app on http://127.0.0.1:8080
#   make test   run every test (native, in-browser, end-to-end, three browser engines)
# Both install what is missing first (scripts/setup.sh), at pinned versions.

SHELL := /bin/bash
# wasm-opt from npm binaryen@132 must come before Debian's older one.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: setup teksten build run test lint test-native test-browser test-e2e test-engines bench meet clean

setup:
	@scripts/setup.sh

build: setup
	trunk build --release --offline

# Every generated file (pwa/teksten*.txt, pwa/voorscherm/*.json: the first screens, rendered by the
# app's own components; pwa/ingangen.json),
# written from the Rust sources by the tests that fail when a committed copy is stale.
# The entries file first: the first screens' test reads it.
teksten: setup
	SPOORWIJZER_SCHRIJF=1 cargo test --lib -- ui::route::tests::the_entries_file
	SPOORWIJZER_SCHRIJF=1 cargo test --lib -- content::tekstbestanden content::voorscherm

# trunk serve builds (into dist/) and rebuilds on change; Trunk.toml turns live reload off.
# The generated files first, so it never serves stale ones.
run: setup teksten
	trunk serve --release --offline --address 127.0.0.1 --port 8080

test: setup lint test-native test-browser build test-e2e test-engines

# Formatting (rustfmt.toml) and Clippy first (fast when warm), for the host and for the wasm: no warning passes.
# Unit tests that need native-only crates (proptest, serde_json, syn) or the texts'
# words (the wasm holds only their keys) are marked
# `#[cfg(all(test, not(target_arch = "wasm32")))]`, so the wasm builds the rest.
lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --all-targets

# Storage adapter against the real localStorage, and the crash screen, in headless Chromium.
test-browser:
	cargo test --target wasm32-unknown-unknown --test opslag_in_browser --test foutscherm_in_browser

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

# The core journeys in Chromium, Firefox and WebKit through W3C WebDriver (tests/engines/).
# The suite starts its own Xvfb for WebKit (with -noreset, which xvfb-run lacks).
test-engines: build
	@scripts/setup-engines.sh
	node --test --test-concurrency=1 tests/engines/

# Size, speed and Lighthouse budgets on the release build, side by side with the SurveyJS peer (see README).
bench: build
	node scripts/bench.mjs

# On a phone (390 x 844, Chromium, Dutch): header height, page lengths in screens, main action in view (see README).
meet: build
	node scripts/meet.mjs

clean:
	rm -rf dist target
