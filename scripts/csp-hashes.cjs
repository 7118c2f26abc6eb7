// Prints the CSP source expressions ('sha256-...') for every inline script of an HTML file:
// Trunk's module bootstrap is inline, and the Content-Security-Policy allows it by hash only.
// Usage: node scripts/csp-hashes.cjs dist/index.html
const fs = require('node:fs');
const { scriptHashes } = require('../server/headers.cjs');

console.log(scriptHashes(fs.readFileSync(process.argv[2], 'utf8')));
