// Minifies wasm-bindgen's JavaScript glue (dist/legcheck-<hash>.js) with terser, then puts the
// minified file's Subresource Integrity hash into index.html in place of the one Trunk wrote.
// Trunk's own minifier fails on this file ("Failed to minify JS: RequiredTokenNotFound",
// trunk-rs/trunk#1044) and leaves it as generated: 48.6 KB, against 22 KB minified.
// Usage (scripts/trunk-post-build, release builds): node scripts/minify-glue.cjs STAGING_DIR
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { minify } = require('terser');

const sri = (text) => `sha384-${crypto.createHash('sha384').update(text).digest('base64')}`;

(async () => {
  const root = process.argv[2];
  const names = fs.readdirSync(root).filter((f) => /^legcheck-[0-9a-f]+\.js$/.test(f));
  if (names.length !== 1) throw new Error(`expected one legcheck-<hash>.js, found ${names.length}`);
  const file = path.join(root, names[0]);
  const source = fs.readFileSync(file, 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  const indexFile = path.join(root, 'index.html');
  const index = fs.readFileSync(indexFile, 'utf8');
  // The integrity Trunk wrote must be the hash of the file as generated, or this is not the
  // file index.html expects.
  const before = sri(source);
  if (index.split(before).length !== 2) {
    throw new Error(`index.html does not carry ${names[0]}'s integrity hash exactly once`);
  }
  fs.writeFileSync(file, code);
  fs.writeFileSync(indexFile, index.replace(before, sri(code)));
  console.log(`minify-glue: ${names[0]} ${source.length} -> ${code.length} bytes`);
})().catch((e) => { console.error(`minify-glue: ${e.message}`); process.exit(1); });
