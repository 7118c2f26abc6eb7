// Minifies wasm-bindgen's JavaScript glue (dist/legcheck-<hash>.js) with terser, renames it after
// its new content, and points index.html at it: the import in the inline loader, the
// modulepreload link and its Subresource Integrity hash.
// Trunk's own minifier fails on this file ("Failed to minify JS: RequiredTokenNotFound",
// trunk-rs/trunk#1044) and leaves it as generated: about 48 KB, against 22 KB minified.
// The new name matters: Trunk names the glue after the wasm, before wasm-bindgen runs, and the
// file is cached for a year (server/headers.cjs). Minified or not, or minified by another terser,
// the same wasm would give different bytes under one name, and a returning browser would keep
// the old bytes and refuse them against the new index.html's integrity hash.
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
  const [name] = names;
  const source = fs.readFileSync(path.join(root, name), 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  const renamed = `legcheck-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  const indexFile = path.join(root, 'index.html');
  let index = fs.readFileSync(indexFile, 'utf8');
  // The integrity Trunk wrote must be the hash of the file as generated, or this is not the
  // file index.html expects; the name must appear in the loader and in the preload link.
  const before = sri(source);
  if (index.split(before).length !== 2) {
    throw new Error(`index.html does not carry ${name}'s integrity hash exactly once`);
  }
  const uses = index.split(name).length - 1;
  if (uses < 2) throw new Error(`index.html names ${name} ${uses} time(s); expected the loader and the preload`);
  index = index.replace(before, sri(code)).split(name).join(renamed);
  fs.writeFileSync(path.join(root, renamed), code);
  if (renamed !== name) fs.unlinkSync(path.join(root, name));
  fs.writeFileSync(indexFile, index);
  console.log(`minify-glue: ${name} (${source.length} B) -> ${renamed} (${code.length} B)`);
})().catch((e) => { console.error(`minify-glue: ${e.message}`); process.exit(1); });
