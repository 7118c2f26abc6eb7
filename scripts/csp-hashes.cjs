// Prints the CSP source expressions ('sha256-...') for every inline script of an HTML file:
// Trunk's module bootstrap is inline, and the Content-Security-Policy allows it by hash only.
// Usage: node scripts/csp-hashes.cjs dist/index.html
const fs = require('node:fs');
const crypto = require('node:crypto');

const html = fs.readFileSync(process.argv[2], 'utf8');
const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
console.log(inline.map((s) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`).join(' '));
