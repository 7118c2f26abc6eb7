// Names the app's JS glue and wasm after their content, and minifies the glue with terser
// first when it is installed (and starts it by opening both storages, below); index.html is
// pointed at the new names (the inline loader, the preload links) and the glue's Subresource
// Integrity hash follows its new bytes.
// Why: Trunk names both files after cargo's wasm, before wasm-bindgen, wasm-opt and this
// minification run, and the files are cached for a year (server/headers.cjs). So one name could
// carry different bytes (another wasm-opt setting, terser or not), and a returning browser would
// keep the old bytes and refuse them against the new index.html's integrity hash.
// Trunk's own minifier fails on the glue ("Failed to minify JS: RequiredTokenNotFound",
// trunk-rs/trunk#1044) and leaves it as generated: about 48 KB, against 22 KB minified.
// Usage (scripts/trunk-post-build, release builds): node scripts/minify-glue.cjs STAGING_DIR
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { minify } = require('./terser.cjs');

const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
const named = (bytes, suffix) =>
  `legcheck-${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${suffix}`;

// Run first when the glue is evaluated, while the wasm is still downloading: the first access
// to a storage loads it from the browser's storage process (about 3.6 ms on the bench machine,
// more on a phone), and the start page's first render reads both (`persist::peek`), so that wait
// leaves the path to the first heading (2 to 11 ms less from main() to the heading unthrottled,
// docs/ARCHITECTURE.md). Nothing is read or written, and a storage the browser refuses is left
// alone.
const WARM_STORAGE = 'try{sessionStorage.length;localStorage.length}catch(e){}';

function only(root, re, what) {
  const names = fs.readdirSync(root).filter((f) => re.test(f));
  if (names.length !== 1) throw new Error(`expected one ${what}, found ${names.length}`);
  return names[0];
}

(async () => {
  const root = process.argv[2];
  const indexFile = path.join(root, 'index.html');
  let index = fs.readFileSync(indexFile, 'utf8');
  const rename = (from, to, bytes) => {
    const uses = index.split(from).length - 1;
    if (uses < 2) throw new Error(`index.html names ${from} ${uses} time(s); expected the loader and the preload`);
    index = index.split(from).join(to);
    fs.writeFileSync(path.join(root, to), bytes);
    if (to !== from) fs.unlinkSync(path.join(root, from));
  };

  const glue = only(root, /^legcheck-[0-9a-f]+\.js$/, 'legcheck-<hash>.js');
  const source = fs.readFileSync(path.join(root, glue), 'utf8');
  const code = WARM_STORAGE + await minify(source, { module: true }, 'the glue');
  // The integrity Trunk wrote must be the hash of the glue as generated, or this is not the
  // file index.html expects.
  const before = sri(source);
  if (index.split(before).length !== 2) {
    throw new Error(`index.html does not carry ${glue}'s integrity hash exactly once`);
  }
  index = index.replace(before, sri(code));
  const newGlue = named(code, '.js');
  rename(glue, newGlue, code);

  const wasm = only(root, /^legcheck-[0-9a-f]+_bg\.wasm$/, 'legcheck-<hash>_bg.wasm');
  const bytes = fs.readFileSync(path.join(root, wasm));
  if (!index.includes(sri(bytes))) throw new Error(`index.html does not carry ${wasm}'s integrity hash`);
  const newWasm = named(bytes, '_bg.wasm');
  rename(wasm, newWasm, bytes);

  fs.writeFileSync(indexFile, index);
  console.log(`minify-glue: ${glue} (${source.length} B) -> ${newGlue} (${code.length} B); ${wasm} -> ${newWasm}`);
})().catch((e) => { console.error(`minify-glue: ${e.message}`); process.exit(1); });
