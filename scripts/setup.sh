#!/usr/bin/env bash
# Installs the tools the Vienna Process Explorer needs to build and test, and
# skips each one that is already present at the right version. Idempotent:
# a second run only checks, and takes a few seconds.
#
#   bash scripts/setup.sh              everything (build + test tools)
#   SETUP_BROWSER=0 bash scripts/setup.sh
#                                      skip Chromium/ChromeDriver (a deploy-only
#                                      machine, e.g. the GitHub Pages workflow)
#
# Everything comes from a package registry (crates.io, npm, Debian): these
# machines reach nothing else, so no tool may download its own binaries.
# See /work/shared/guides/toolchain.md for why each pin is what it is.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
WASM_TARGET="wasm32-unknown-unknown"
SETUP_BROWSER="${SETUP_BROWSER:-1}"

# rustup's cargo bin dir may be missing from PATH in a non-login shell.
case ":$PATH:" in
  *":${CARGO_HOME:-$HOME/.cargo}/bin:"*) ;;
  *) export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" ;;
esac

now() { printf '%s' "${EPOCHREALTIME/,/.}"; }
T_ALL="$(now)"
T_ITEM=""
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }

# One line per item: "setup: <item> <padding> present|installed (<secs>)".
begin() { T_ITEM="$(now)"; }
report() { printf 'setup: %-34s %-9s (%s)\n' "$1" "$2" "$(elapsed "$T_ITEM")"; }
die() { echo "setup: ERROR: $*" >&2; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "'$1' is required but not on PATH ($2)"; }
need cargo "install Rust with rustup"
need rustup "install Rust with rustup"

# Another process (e.g. an earlier setup still running in the background) may
# be compiling the same crate: wait for it instead of starting a second build.
wait_for_cargo_install() {
  local crate="$1" waited=0
  while pgrep -f "cargo install ${crate}( |$)" >/dev/null 2>&1; do
    if [ "$waited" -eq 0 ]; then
      echo "setup: waiting for a running 'cargo install ${crate}' to finish..."
    fi
    waited=1
    sleep 10
  done
}

# --- sudo for apt when not root ----------------------------------------------
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="__no_sudo__"; fi
fi
apt_get() {
  [ "$SUDO" = "__no_sudo__" ] && die "apt-get needs root and sudo is not available"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -y -q \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"
}

# --- Node.js and npm (Debian) when the machine has none ----------------------
# Needed for wasm-opt (npm's binaryen), the CSP build hook and the browser tests.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  begin; report "node $(node --version) + npm" present
else
  begin
  apt_get update >/dev/null && apt_get install --no-install-recommends nodejs npm >/dev/null \
    || die "could not install nodejs and npm from Debian"
  report "node $(node --version) + npm (Debian)" installed
fi
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' \
  || die "Node.js 18 or newer is needed (found $(node --version))"

# --- Debian packages, started first in the background --------------------------
# Chromium + ChromeDriver (browser tests) and the Noto fonts (the preview images
# `prerender` draws). Network/disk bound, while the cargo installs below are
# CPU bound: overlap them.
APT_PID=""
APT_LOG=""
T_APT=""
APT_PKGS=()
FONT_FILE=/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf
if [ -f "$FONT_FILE" ] && [ -f /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf ]; then
  begin; report "fonts-noto-core" present
else
  APT_PKGS+=(fonts-noto-core)
fi
# Python's venv for the data package's validator (below), from Debian where missing.
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  APT_PKGS+=(python3 python3-venv)
fi
if [ "$SETUP_BROWSER" != "0" ]; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    begin; report "chromium + chromium-driver" present
  else
    APT_PKGS+=(chromium chromium-driver)
  fi
fi
if [ "${#APT_PKGS[@]}" -gt 0 ]; then
  T_APT="$(now)"
  APT_LOG="$(mktemp -t setup-apt.XXXXXX.log)"
  ( apt_get update && apt_get install --no-install-recommends "${APT_PKGS[@]}" ) \
    >"$APT_LOG" 2>&1 &
  APT_PID=$!
  echo "setup: ${APT_PKGS[*]}: installing in the background (log: $APT_LOG)"
fi

# --- rustup target and components -------------------------------------------
begin
if rustup target list --installed | grep -qx "$WASM_TARGET"; then
  report "rust target $WASM_TARGET" present
else
  rustup target add "$WASM_TARGET"
  report "rust target $WASM_TARGET" installed
fi

for comp in rustfmt clippy; do
  begin
  if rustup component list --installed | grep -q "^${comp}\(-\|$\)"; then
    report "rustup component $comp" present
  else
    rustup component add "$comp"
    report "rustup component $comp" installed
  fi
done

# --- trunk ------------------------------------------------------------------
begin
wait_for_cargo_install trunk
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  report "trunk $TRUNK_VERSION" present
else
  cargo install trunk --version "$TRUNK_VERSION" --locked
  [ "$(trunk --version)" = "trunk $TRUNK_VERSION" ] || die "trunk --version is not $TRUNK_VERSION after install"
  report "trunk $TRUNK_VERSION" installed
fi

# --- wasm-bindgen-cli: exactly the version Cargo.toml pins ---------------------
# Accepts `wasm-bindgen = "=0.2.130"` and `wasm-bindgen = { version = "=0.2.130", ... }`.
WBG_VERSION="$(sed -n -E 's/^[[:space:]]*wasm-bindgen[[:space:]]*=[[:space:]]*(\{[^}]*version[[:space:]]*=[[:space:]]*)?"=?([0-9]+\.[0-9]+\.[0-9]+)".*/\2/p' Cargo.toml | head -n 1)"
[ -n "$WBG_VERSION" ] || die "could not read the wasm-bindgen pin (wasm-bindgen = \"=X.Y.Z\") from Cargo.toml"
begin
wait_for_cargo_install wasm-bindgen-cli
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WBG_VERSION" ] &&
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" = "wasm-bindgen-test-runner $WBG_VERSION" ]; then
  report "wasm-bindgen-cli $WBG_VERSION" present
else
  # No --locked: with it, one locked dependency is missing from the registry.
  cargo install wasm-bindgen-cli --version "=$WBG_VERSION"
  [ "$(wasm-bindgen --version)" = "wasm-bindgen $WBG_VERSION" ] || die "wasm-bindgen --version is not $WBG_VERSION after install"
  report "wasm-bindgen-cli $WBG_VERSION" installed
fi

# Trunk picks wasm-bindgen by exact version ([tools] in Trunk.toml, else Cargo.lock);
# a mismatch makes it try to download, which fails here.
if [ -f Trunk.toml ]; then
  tv="$(sed -n -E 's/^[[:space:]]*wasm_bindgen[[:space:]]*=[[:space:]]*"([^"]*)".*/\1/p' Trunk.toml | head -n 1)"
  if [ -n "$tv" ] && [ "$tv" != "$WBG_VERSION" ]; then
    die "Trunk.toml [tools] wasm_bindgen = \"$tv\" but Cargo.toml pins wasm-bindgen =$WBG_VERSION"
  fi
fi

# --- npm dev dependencies (wasm-opt from binaryen, playwright-core, axe-core) --
# `npm ci` only when node_modules does not match package-lock.json (stamp).
begin
[ -f package-lock.json ] || die "package-lock.json is missing (run 'npm install' once and commit it)"
LOCK_HASH="$( (sha256sum package-lock.json; node --version) | sha256sum | cut -d' ' -f1)"
STAMP="node_modules/.setup-stamp"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$LOCK_HASH" ] && [ -x node_modules/.bin/wasm-opt ]; then
  report "npm packages (npm ci)" present
else
  npm ci --no-audit --no-fund --loglevel=error
  echo "$LOCK_HASH" > "$STAMP"
  report "npm packages (npm ci)" installed
fi
WASM_OPT_V="$(node_modules/.bin/wasm-opt --version 2>/dev/null || true)"
case "$WASM_OPT_V" in
  *"version 132"*) ;;
  *) die "node_modules/.bin/wasm-opt reports '$WASM_OPT_V', expected binaryen version 132" ;;
esac

# --- cargo fetch, so `trunk --offline` and offline cargo runs work -------------
begin
if [ -f Cargo.lock ] && cargo fetch --locked --offline --quiet >/dev/null 2>&1; then
  report "crates (cargo fetch)" present
else
  cargo fetch --quiet
  report "crates (cargo fetch)" installed
fi

# --- wait for the background apt install --------------------------------------
if [ -n "$APT_PID" ]; then
  T_ITEM="$T_APT"
  if ! wait "$APT_PID"; then
    tail -n 40 "$APT_LOG" >&2
    die "apt-get install ${APT_PKGS[*]} failed (log: $APT_LOG)"
  fi
  if [ "$SETUP_BROWSER" != "0" ]; then
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || die "chromium/chromedriver missing after apt-get install"
  fi
  [ -f "$FONT_FILE" ] || die "the Noto fonts are missing after apt-get install fonts-noto-core"
  report "${APT_PKGS[*]}" installed
  rm -f "$APT_LOG"
fi

# --- Frictionless (PyPI), to validate the data package in the tests -----------
# In its own virtual environment (.venv-frictionless/), pinned.
FRICTIONLESS_VERSION=5.21.0
FL_BIN=".venv-frictionless/bin/frictionless"
if [ -x "$FL_BIN" ] && "$FL_BIN" --version 2>/dev/null | grep -qx "$FRICTIONLESS_VERSION"; then
  begin; report "frictionless $FRICTIONLESS_VERSION" present
else
  begin
  python3 -m venv .venv-frictionless >/dev/null \
    || die "python3 -m venv failed (install python3-venv)"
  .venv-frictionless/bin/pip install --quiet --disable-pip-version-check "frictionless==$FRICTIONLESS_VERSION" \
    || die "pip could not install frictionless $FRICTIONLESS_VERSION"
  report "frictionless $FRICTIONLESS_VERSION" installed
fi

printf 'setup: done in %s\n' "$(elapsed "$T_ALL")"
