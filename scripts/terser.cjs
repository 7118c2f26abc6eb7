// terser (installed by scripts/setup) for what a release build serves minified: the wasm
// glue (minify-glue.cjs), the service worker and the start page's inline script
// (trunk-post-build, inline-shell.cjs). A build without it still works, served less small, and
// says so.
async function minify(code, options, what) {
  let terser;
  try {
    terser = require('terser');
  } catch {
    console.error(`warning: terser is missing (scripts/setup installs it); ${what} is served unminified`);
    return code;
  }
  return (await terser.minify(code, { compress: true, mangle: true, ...options })).code;
}

module.exports = { minify };
