# Claimdesk: the verbs a newcomer types. `make run` opens the app, `make test` runs every test.
# Both install what is missing first (system packages, npm packages, tauri-driver).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

SHARED ?= $(abspath ../shared)
APP_RELEASE := target/release/claimdesk-app
APP_DEBUG := target/debug/claimdesk-app
CLI_RELEASE := target/release/claimdesk

.PHONY: help deps deps-system deps-ui deps-driver ui app run test lint test-rust test-ui e2e eval polnear bench bench-scale train screenshot clean package package-test

help:
	@echo "make run    build and open Claimdesk (installs what is missing)"
	@echo "make test   lint + every test, end-to-end window tests included"
	@echo "make e2e    only the end-to-end tests of the real window"
	@echo "make eval   extraction quality on the dev articles ($(SHARED)/eval/dev)"
	@echo "make bench  extraction and export speed"
	@echo "make train  retrain the check-worthiness model and print its scores"
	@echo "make package       build the Debian package (window + CLI) and print its path"
	@echo "make package-test  install that package, open the installed window, run its CLI, remove it"

deps: deps-system deps-ui deps-driver

# System libraries for the WebKit window, plus Xvfb and WebKitWebDriver for headless tests.
deps-system:
	@bash .ci/install-system-deps.sh

deps-ui:
	@if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then \
	  echo "Installing UI packages (npm ci)…"; cd ui && npm ci --no-audit --no-fund; fi

deps-driver:
	@command -v tauri-driver >/dev/null || [ -x "$$HOME/.cargo/bin/tauri-driver" ] || { \
	  echo "Installing tauri-driver…"; cargo install tauri-driver --version '^2' --locked; }

ui: deps-ui
	cd ui && npm run build

# A standalone binary with ui/dist embedded (a plain `cargo build` would load the dev server).
app: deps-system ui
	cargo build --locked --release -p claimdesk-app --features custom-protocol
	cargo build --locked --release -p claimdesk-cli

run: app
	@if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "make run: no display found. Run it in a desktop session, or headless: xvfb-run -a make run"; exit 1; fi
	./$(APP_RELEASE)

test: deps lint test-rust test-ui e2e

lint:
	cargo fmt --all --check
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cd ui && npm run check

test-rust:
	cargo test --locked --workspace

test-ui: deps-ui
	cd ui && npm test

# Rebuilt right before the run: `cargo test` of the app crate leaves a dev-mode binary behind.
e2e: deps ui
	cargo build --locked -p claimdesk-app --features custom-protocol
	cargo build --locked -p claimdesk-cli
	APP=$(abspath $(APP_DEBUG)) xvfb-run -a -s "-screen 0 1400x900x24" \
	  node --test --test-concurrency=1 ui/e2e/*.test.mjs

eval:
	cargo build --locked --release -p claimdesk-cli
	python3 $(SHARED)/eval/score.py --cmd '$(abspath $(CLI_RELEASE)) extract --format json {file}' $(SHARED)/eval/dev

polnear:
	cargo build --locked --release -p claimdesk-cli
	python3 $(SHARED)/eval/polnear_quotes.py --cmd '$(abspath $(CLI_RELEASE)) extract --format json {file}' --split dev

bench:
	cargo bench --locked -p claimdesk-extract
	cargo run --locked --release -q -p claimdesk-extract --example throughput -- 20
	cargo bench --locked -p claimdesk-core --bench export
	cargo build --locked --release -p claimdesk-cli
	@bash .ci/cli-peak-memory.sh $(CLI_RELEASE) $(SHARED)/eval/dev

# The desk at scale, one table: SCALE articles (default 100000) made from the PolNeAR texts,
# imported with the release CLI, then the window's queries timed. Prints; never fails on speed.
SCALE ?= 100000
bench-scale:
	@bash .ci/bench-scale.sh $(SHARED) $(SCALE)

# Retrains the check-worthiness model into src-tauri/crates/extract/model/ (about 7 minutes),
# printing its 4-fold cross-validated F1 on ClaimBuster, then the shipped model's MAP on CLEF 2019
# and its cost per sentence, both from the Rust inference.
train:
	python3 -m venv .venv-train
	.venv-train/bin/pip install -q -r src-tauri/crates/extract/train/requirements.txt
	.venv-train/bin/python src-tauri/crates/extract/train/train.py
	cargo run --locked --release -p claimdesk-extract --example checkworthy_eval -- clef
	cargo run --locked --release -p claimdesk-extract --example checkworthy_eval -- speed

# The README's screenshots: the real window under Xvfb, and the HTML report in headless Chromium.
screenshot: app
	bash .ci/screenshot.sh $(APP_RELEASE) ui/screenshots/window.png
	bash .ci/report-screenshot.sh ui/screenshots/report.png

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules

# A Debian package of the release builds: /usr/bin/claimdesk-app (the window), /usr/bin/claimdesk
# (the CLI), a desktop entry and icons. Tauri's bundler from ui/node_modules; no download.
package: app
	@bash .ci/package.sh

# Installs the package with dpkg, opens the installed window under Xvfb on a temporary data
# folder, imports an article with the installed CLI, then removes the package (root or sudo).
package-test: package
	@bash .ci/package-test.sh "$$(ls target/release/bundle/deb/*.deb)"
