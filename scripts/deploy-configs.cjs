// Writes the server configurations for a built dist/ folder, all from server/headers.cjs, so
// the CSP's script hash always matches this build's index.html (run by scripts/trunk-post-build):
//   dist/_headers                 Netlify and Cloudflare Pages
//   dist/.deploy/Caddyfile        Caddy 2
//   dist/.deploy/apache.conf      Apache 2.4
//   dist/.deploy/nginx-headers.conf  nginx (the include server/nginx.conf's locations use)
// Usage: node scripts/deploy-configs.cjs DIST [FRAME_ANCESTORS]; FRAME_ANCESTORS (default
// 'self') lists who may frame LegCheck, e.g. "'self' https://clinic.example". See docs/DEPLOY.md.
const fs = require('node:fs');
const path = require('node:path');
const h = require('../server/headers.cjs');

const dist = process.argv[2];
if (!dist) throw new Error('usage: deploy-configs.cjs DIST [FRAME_ANCESTORS]');
const options = {
  scriptHashes: h.scriptHashes(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')),
  frameAncestors: process.argv[3] || process.env.FRAME_ANCESTORS || "'self'",
};
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
const files = walk(dist).map((f) => path.relative(dist, f).split(path.sep).join('/')).sort();
fs.mkdirSync(path.join(dist, '.deploy'), { recursive: true });
fs.writeFileSync(path.join(dist, '_headers'), h.staticHeaders(options, files));
fs.writeFileSync(path.join(dist, '.deploy', 'Caddyfile'), h.caddyfile(options));
fs.writeFileSync(path.join(dist, '.deploy', 'apache.conf'), h.apacheConf(options));
fs.writeFileSync(path.join(dist, '.deploy', 'nginx-headers.conf'), h.nginxInclude(options));
