// Puts the start page drawn at build time (src/bin/prerender.rs, read from stdin: one
// <template id="shell-<lang>"> per language) and static/shell.js, which shows the right one
// while the page is parsed, at the end of index.html's body (issue 14: the first heading
// without waiting for the wasm). The script is inline, minified in a release build; the
// Content-Security-Policy allows it by its hash (server/headers.cjs reads every inline script).
// Usage (scripts/trunk-post-build): legcheck's prerender | node scripts/inline-shell.cjs DIR [release]
const fs = require('node:fs');
const path = require('node:path');
const { minify } = require('./terser.cjs');

(async () => {
  const [root, profile] = process.argv.slice(2);
  const templates = fs.readFileSync(0, 'utf8');
  const languages = [...templates.matchAll(/<template id="shell-([a-z]{2})"/g)].map((m) => m[1]);
  // One per language the app speaks (src/bin/prerender.rs draws `Lang::ALL`), English first.
  if (languages[0] !== 'en' || new Set(languages).size !== languages.length) {
    throw new Error(`expected the start page in English first, then each other language once, found: ${languages.join(', ') || 'none'}`);
  }
  const source = fs.readFileSync(path.join(__dirname, '../static/shell.js'), 'utf8');
  const script = profile === 'release' ? await minify(source, {}, 'the start page script') : source;
  if (script.includes('</script')) throw new Error('static/shell.js must not contain "</script"');
  const file = path.join(root, 'index.html');
  const index = fs.readFileSync(file, 'utf8');
  const at = index.lastIndexOf('</body>');
  const insert = `${templates}<script>${script}</script>`;
  fs.writeFileSync(file, at < 0 ? index + insert : index.slice(0, at) + insert + index.slice(at));
})().catch((e) => {
  console.error(`inline-shell: ${e.message}`);
  process.exit(1);
});
