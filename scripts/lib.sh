# Shared environment for LegCheck's scripts: where tools live, which Rust toolchain builds for
# wasm32, and small helpers. Sourced, never run.

set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=versions.env
. "$ROOT/scripts/versions.env"

# Tools are installed per version outside the repository, so fresh clones reuse them.
TOOLS=${LEGCHECK_TOOLS:-$HOME/.cache/legcheck/tools}
NODE_TOOLS="$TOOLS/node-$BINARYEN_VERSION-$PLAYWRIGHT_CORE_VERSION-$AXE_PLAYWRIGHT_VERSION-$AXE_CORE_VERSION-$TERSER_VERSION"
FHIR_TOOLS="$TOOLS/fhir-$LFORMS_VERSION-$FHIRPATH_VERSION-$AJV_VERSION-$FHIR_SCHEMA_PACKAGE_VERSION"
WASM32_LIB=/usr/lib/rustlib/wasm32-unknown-unknown/lib

# The wasm-bindgen version the app is built against, read from Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31merror: %s\033[0m\n' "$*" >&2; exit 1; }

# Which toolchain has a wasm32 standard library: rustup's own (on a connected machine), else
# Debian's rustc-web linked into rustup as "system" (see shared TOOLCHAIN notes).
toolchain_file="$TOOLS/toolchain"
if [ -f "$toolchain_file" ]; then
  export RUSTUP_TOOLCHAIN=$(cat "$toolchain_file")
fi

export PATH="$TOOLS/trunk-$TRUNK_VERSION/bin:$NODE_TOOLS/node_modules/.bin:$PATH"
if [ -f "$ROOT/Cargo.lock" ]; then
  export PATH="$TOOLS/wasm-bindgen-$(wasm_bindgen_version)/bin:$PATH"
fi
export NODE_PATH="$NODE_TOOLS/node_modules:$FHIR_TOOLS/node_modules"
# LHC-Forms' prebuilt files (webcomponent/, fhir/), served by tests/e2e/fhir.test.cjs.
export LFORMS_DIST="$FHIR_TOOLS/lforms/package/dist/lforms"
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120}
