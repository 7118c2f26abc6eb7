# Shared environment for LegCheck's scripts: where tools live, which Rust toolchain builds for
# wasm32, and small helpers. Sourced, never run.

set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=versions.env
. "$ROOT/scripts/versions.env"

# Tools are installed per version outside the repository, so fresh clones reuse them.
TOOLS=${LEGCHECK_TOOLS:-$HOME/.cache/legcheck/tools}
NODE_TOOLS="$TOOLS/node-$BINARYEN_VERSION-$PLAYWRIGHT_CORE_VERSION-$AXE_PLAYWRIGHT_VERSION-$AXE_CORE_VERSION-$TERSER_VERSION"
# Named after the committed lock file too, so a changed lock installs beside the old tree (which
# another checkout may be using) rather than over it.
FHIR_LOCK_ID=$(sha256sum "$ROOT/scripts/fhir-tools/package-lock.json" 2>/dev/null | cut -c1-12)
FHIR_TOOLS="$TOOLS/fhir-$LFORMS_VERSION-${FHIR_LOCK_ID:-nolock}"
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

# The release app is built with the standard library rebuilt for size: `-Zbuild-std` with std's
# `optimize_for_size` feature and the `immediate-abort` panic strategy, as Yew's own size CI
# does, and with no `Debug` output or panic locations (`-Zfmt-debug=none`,
# `-Zlocation-detail=none`; nothing the app shows or sends may depend on `Debug`, which
# scripts/test checks). It needs a rustc with the library's source, which Debian's rustc-web
# and rust-web-src (scripts/setup) give on every machine, and RUSTC_BOOTSTRAP for those
# unstable flags; see docs/ARCHITECTURE.md, "Build profile", for what it saves and what it
# costs. Without them the build falls back to the ordinary profile. Only the wasm app and its benchmarks are built this
# way; native tools and tests, and the wasm component tests, keep the ordinary toolchain.
size_toolchain() {
  [ -x /usr/bin/rustc ] && [ -x /usr/bin/cargo ] && [ -x /usr/bin/wasm-ld-19 ] \
    && [ -f /usr/lib/rustlib/src/rust/library/std/Cargo.toml ]
}
size_env() { # size_env COMMAND...: runs COMMAND with the size build's settings, when available
  if ! size_toolchain || ! mkdir -p "$TOOLS/debian-cargo" \
    || ! ln -sf /usr/bin/cargo "$TOOLS/debian-cargo/cargo"; then
    say "warning: Debian's rustc, its library source or wasm-ld-19 is missing (scripts/setup installs them): building with the ordinary profile, a larger wasm"
    "$@"
    return
  fi
  # The host's own settings, restored for the native tools Trunk's post-build hook runs
  # (scripts/trunk-post-build, `native`). The caller's RUSTFLAGS are for the host (a linker
  # such as mold would break wasm-ld): extra wasm flags go in LEGCHECK_WASM_RUSTFLAGS.
  LEGCHECK_HOST_PATH="$PATH" LEGCHECK_HOST_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}" \
    LEGCHECK_HOST_RUSTFLAGS="${RUSTFLAGS:-}" LEGCHECK_HOST_RUSTC="${RUSTC:-}" \
    PATH="$TOOLS/debian-cargo:$PATH" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    RUSTFLAGS="${LEGCHECK_WASM_RUSTFLAGS:+$LEGCHECK_WASM_RUSTFLAGS }-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/bin/wasm-ld-19 \
    CARGO_TARGET_DIR="$(size_target_dir)" "$@"
}
size_target_dir() { # where size_env builds (the ordinary target dir when it cannot)
  if size_toolchain; then echo "${CARGO_TARGET_DIR:-$ROOT/target}/size"; else echo "${CARGO_TARGET_DIR:-$ROOT/target}"; fi
}

# What a first visit's start page downloads, as nginx serves it to a browser that accepts
# brotli: the page, the JS glue, the wasm, the stylesheet and the tab icon (their brotli copies)
# and the service worker (gzipped as it is served). With `knowledge_bytes`, fetched just after
# the first paint, it is the first visit before the service worker's precache, whose budget of
# issues 12 and 13 (250,000 B) scripts/test checks and scripts/bench reports.
first_visit_bytes() { # first_visit_bytes DIST -> bytes
  local total=0 f
  for f in "$1"/index.html "$1"/legcheck-*.js "$1"/legcheck-*_bg.wasm "$1"/style-*.css \
    "$1"/icons/icon.svg; do
    [ -f "$f.br" ] || { echo "first_visit_bytes: $f has no brotli copy" >&2; return 1; }
    total=$((total + $(stat -c %s "$f.br")))
  done
  echo $((total + $(gzip -9 -c "$1/sw.js" | wc -c)))
}

# The knowledge base the app fetches just after the first paint (knowledge.<hash>.bin), as
# served with brotli: part of every first visit, though not of what the start page waits for.
knowledge_bytes() { # knowledge_bytes DIST -> bytes
  local f
  f=$(ls "$1"/knowledge.*.bin 2>/dev/null | head -n 1)
  [ -n "$f" ] && [ -f "$f.br" ] || { echo "knowledge_bytes: no knowledge.*.bin with a brotli copy in $1" >&2; return 1; }
  stat -c %s "$f.br"
}
