// Renders the app icons (static/icons/*.png) from their SVG sources in headless Chromium.
// Run by hand after changing an SVG: node scripts/make-icons.cjs (with scripts/lib.sh's NODE_PATH).
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const dir = path.join(__dirname, '../static/icons');
const icons = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['maskable.svg', 'maskable-512.png', 512],
];

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
  for (const [svg, png, size] of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = fs.readFileSync(path.join(dir, svg), 'utf8');
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${markup}`);
    await page.screenshot({ path: path.join(dir, png), omitBackground: true });
    await page.close();
  }
  await browser.close();
})();
