const { chromium } = require('playwright');
(async () => {
  const browser = await chromium.launch();
  for (const lang of ['en', 'es']) {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true, locale: lang === 'es' ? 'es-ES' : 'en-GB' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto('http://127.0.0.1:8181/' + (lang === 'es' ? '?lang=es' : ''));
    await page.locator('main h1').waitFor();
    const h = async () => (await page.locator('main h1').innerText()).trim();
    const log = [];
    const step = async (name) => {
      await page.waitForTimeout(150);
      log.push(`${name}: ${await h()} | ${page.url().split('/').slice(3).join('/')}`);
      await page.screenshot({ path: `/tmp/usage/${lang}-${name}.png`, fullPage: false });
    };
    await step('01-start');
    // keyboard only: Tab until the start button is focused, then Enter
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const cls = await page.evaluate(() => document.activeElement?.className ?? '');
      if (String(cls).includes('button--start')) break;
    }
    await page.keyboard.press('Enter');
    await page.locator('#age-number').waitFor();
    await step('02-age');
    await page.keyboard.press('Tab');
    await page.keyboard.type('67');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('#age-number'));
    await step('03-redflags');
    await page.reload(); await page.locator('main h1').waitFor();
    await step('04-redflags-reloaded');
    await page.goBack(); await page.locator('main h1').waitFor();
    await step('05-back');
    const age = await page.locator('#age-number').inputValue().catch(() => 'n/a');
    log.push(`age kept after reload+Back: ${age}`);
    await page.goForward(); await page.locator('main h1').waitFor();
    // answer the red flags "No" by keyboard: focus first radio of each group, arrow to "No"
    const groups = await page.locator('main fieldset').count();
    for (let g = 0; g < groups; g++) {
      const no = page.locator('main fieldset').nth(g).locator('input[type=radio]').nth(1);
      await no.focus(); await page.keyboard.press('Space');
    }
    await step('06-redflags-answered');
    await page.getByRole('button', { name: lang === 'es' ? 'Continuar' : 'Continue' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await step('07-next');
    await page.reload(); await page.locator('main h1').waitFor();
    await step('08-next-reloaded');
    await page.goBack(); await page.locator('main h1').waitFor();
    await step('09-back');
    log.push(`errors: ${JSON.stringify(errors)}`);
    console.log(lang, '\n  ' + log.join('\n  '));
    await context.close();
  }
  await browser.close();
})();
