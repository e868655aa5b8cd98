# Vienna Process Explorer: build and test entry points.  `make help` lists them.
#
#   make test                   every suite: lint, native, wasm (headless Chromium), e2e
#   make dist BASE=/vienna/     release build for a sub-path (into dist-sub/)
#   make serve PORT=8081        trunk dev server
#
# Tools come from scripts/setup.sh (idempotent; every target that needs a tool
# runs it first). wasm-opt is npm's binaryen 132 from node_modules/.bin, which
# is put first on PATH: Debian's binaryen breaks the app.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# The suites share target/ and must run in order.
.NOTPARALLEL:

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk must never reach for the network (its downloads fail here).
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver

# Public URL path the site is served under (GitHub Pages: /<repo>/).
BASE ?= /
# Port of `make serve` / `make preview`.
PORT ?= 8080
# Origin the site is published at (GitHub Pages: https://<owner>.github.io),
# for the absolute addresses of canonical links, link previews and the sitemap.
SITE ?= http://127.0.0.1:$(PORT)
# Output dir: dist for BASE=/, dist-sub for any sub-path (override with DIST=...).
DIST ?= $(if $(filter /,$(BASE)),dist,dist-sub)

# The two builds the end-to-end tests run against.
E2E_SUB_BASE := /vienna/
# Where the tests serve them (the builds are published there, so the embed
# code and absolute addresses they print work in the tests).
export E2E_PORT ?= 4310

# $(call build_site,BASE,DIR[,SITE]): the release site, published at SITE
# (default $(SITE)). Trunk builds the wasm app and
# index.html (the page shell); then `prerender`, a native build of the same
# components, writes every page into it as HTML, with 404.html, the preview
# images, sitemap.xml and robots.txt.
define build_site
	@echo "==> trunk build --release --public-url $(1) --dist $(2)"
	trunk build --release --offline --public-url $(1) --dist $(2)
	@test -f $(2)/index.html || { echo "error: $(2)/index.html was not built" >&2; exit 1; }
	@ls $(2)/*.wasm >/dev/null 2>&1 || { echo "error: no .wasm in $(2)/" >&2; exit 1; }
	@echo "==> prerender --base $(1) --site $(or $(3),$(SITE))"
	cargo run --quiet --offline --features ssr --bin prerender -- --dist $(2) --base $(1) --site $(or $(3),$(SITE))
	@test -f $(2)/.nojekyll || touch $(2)/.nojekyll
	@echo "==> $(2)/ ready (public URL $(or $(3),$(SITE))$(1)): $$(du -sh $(2) | cut -f1)"
endef

.PHONY: help setup serve dist preview lint test-native test-wasm test-e2e test clean

help: ## List the targets
	@echo "Vienna Process Explorer - make targets (variables: BASE=$(BASE) PORT=$(PORT) DIST=$(DIST))"
	@awk 'BEGIN { FS = ":.*## " } /^[a-z][a-z0-9-]*:.*## / { printf "  %-12s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

setup: ## Install/check every tool (idempotent; skips what is present)
	@bash scripts/setup.sh

serve: setup ## Dev server with the embedded dataset (trunk serve; PORT=8080, BASE=/)
	@echo "Serving at http://127.0.0.1:$(PORT)$(BASE)"
	trunk serve --offline --address 127.0.0.1 --port $(PORT) --public-url $(BASE)

dist: setup ## Release build: dist/ at BASE=/, dist-sub/ for a sub-path (make dist BASE=/vienna/)
	$(call build_site,$(BASE),$(DIST))

preview: dist ## Serve the release build like GitHub Pages (static-server.mjs)
	node scripts/static-server.mjs --root $(DIST) --prefix $(BASE) --port $(PORT)

lint: setup ## rustfmt --check, clippy (native, wasm32, --features schema), JS syntax
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --features ssr,schema --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features hydrate --all-targets -- -D warnings
	@for f in scripts/*.mjs scripts/bench-parts/*.mjs tests/e2e/*.mjs tests/fixtures/*.mjs; do if [ -f "$$f" ]; then node --check "$$f"; fi; done; echo "node --check: ok"

test-native: setup ## Native tests (validator, data, filters, URL state, pages, build-time rendering)
	cargo test --features ssr,schema

test-wasm: setup ## wasm-bindgen tests in headless Chromium (uses webdriver.json)
	cargo test --target wasm32-unknown-unknown --features hydrate

test-e2e: setup ## Build dist (/) and dist-sub (/vienna/), then the Playwright tests on both
	$(call build_site,/,dist,http://127.0.0.1:$(E2E_PORT))
	$(call build_site,$(E2E_SUB_BASE),dist-sub,http://127.0.0.1:$(shell echo $$(($(E2E_PORT)+1))))
	playwright test -c tests/e2e/playwright.config.mjs

test: setup lint test-native test-wasm test-e2e ## Every suite; fails if any fails
	@echo "make test: all suites passed"

clean: ## Remove build outputs (dist*, target/)
	rm -rf dist dist-sub target

.PHONY: bench
bench: dist ## Print size, start-up, 10,000-event, vis-timeline/TimelineJS and Lighthouse figures (target/bench/results.json)
	node scripts/gen-dataset.mjs target/bench/large.json
	node scripts/bench.mjs --dist $(DIST) --base $(BASE) --data target/bench/large.json --out target/bench/results.json
