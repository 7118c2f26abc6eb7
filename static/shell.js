// The start page before the wasm (issue 14). scripts/trunk-post-build puts this script,
// minified, at the end of index.html's body, after the start page drawn at build time in each
// language (`<template id="shell-<lang>">`, src/bin/prerender.rs). It runs while the page is
// parsed, so a first visit shows the start page at its first paint instead of after the wasm
// has arrived and started; the Content-Security-Policy allows it by its hash, like Trunk's
// loader. When the app draws its own first screen, this one is removed in the same task, before
// anything is painted: focus, a press of Start and a language chosen meanwhile carry over.
//
// It shows the start page only where the app itself would show it at once (src/boot.rs,
// `shows_before_knowledge`, and startup::first_lang for the language): the address names the
// start page, no page frames LegCheck, storage works and holds no answers. Anything else, or
// anything unexpected, shows nothing here, and the app decides as before. A mistake here can
// only show the start page for a moment; tests/e2e/shell.test.cjs checks each case against
// the app.
(() => {
  const KEY = 'legcheck.answers';
  const code = (c) => ({ en: 'en', es: 'es' })[String(c).slice(0, 2).toLowerCase()];
  let lang;
  try {
    // Route::parse: the start page is any address whose first part is empty.
    if (location.hash.replace(/^#/, '').replace(/^\/+/, '').split('/')[0] !== '') return;
    // A clinic's frame waits for the clinic (embed.rs); any frame is left to the app.
    if (window.self !== window.top) return;
    // persist::available: the journey needs session storage.
    sessionStorage.setItem('legcheck.probe', '1');
    sessionStorage.removeItem('legcheck.probe');
    // persist::peek: no answers in either store, only a language chosen before the journey.
    let stored;
    for (const store of ['sessionStorage', 'localStorage']) {
      let text = null;
      try { text = window[store].getItem(KEY); } catch (e) { continue; }
      if (text === null) continue;
      const saved = JSON.parse(text);
      const answers = saved && saved.answers;
      if (!answers || typeof answers !== 'object' || Array.isArray(answers) || Object.keys(answers).length) return;
      if (saved.lang != null && typeof saved.lang !== 'string') return;
      stored = stored || (saved.lang && code(saved.lang));
    }
    // ?lang= (embed::query_lang: the first one, two letters), then the stored language, then
    // the browser's, then English.
    const param = location.search.replace(/^\?/, '').split('&').find((p) => p.startsWith('lang='));
    let query;
    if (param) {
      const value = decodeURIComponent(param.slice(5));
      if (/^[a-z]{2}$/i.test(value)) query = code(value);
    }
    lang = query || stored || code(navigator.language || '') || 'en';
  } catch (e) {
    return;
  }
  const template = document.getElementById(`shell-${lang}`);
  if (!template) return;
  const root = document.getElementById('app');
  if (!root) return;
  // Beside the app's root, in an element like it, so that the layout is the same.
  const shell = document.createElement('div');
  shell.append(template.content.cloneNode(true));
  root.before(shell);
  document.documentElement.lang = lang;
  document.title = template.dataset.title;

  const FOCUSABLE = 'a[href], button, select, input, [tabindex]';
  const focusable = (el) => [...el.querySelectorAll(FOCUSABLE)];
  // What was pressed or chosen before the app took over: { index, value } among the focusable
  // elements (the app draws the same ones).
  let pending = null;
  const onclick = (e) => {
    const el = e.target.closest && e.target.closest('a, button');
    if (!el || !shell.contains(el)) return;
    if (el.matches('.skip-link')) {
      // As the app's skip link: to the heading, without changing the address.
      e.preventDefault();
      const h1 = shell.querySelector('main h1');
      if (h1) h1.focus();
    } else if (el.matches('button')) {
      pending = { index: focusable(shell).indexOf(el) };
    }
  };
  const onchange = (e) => {
    if (shell.contains(e.target) && e.target.matches('select')) {
      pending = { index: focusable(shell).indexOf(e.target), value: e.target.value };
    }
  };
  document.addEventListener('click', onclick, true);
  document.addEventListener('change', onchange, true);

  // The app mounts in #app (src/main.rs): when it has drawn its first screen, in the same task,
  // before anything is painted, this one goes.
  const observer = new MutationObserver(() => {
    if (!root.children.length) return;
    observer.disconnect();
    document.removeEventListener('click', onclick, true);
    document.removeEventListener('change', onchange, true);
    const before = focusable(shell);
    const focused = before.indexOf(document.activeElement);
    // The app drew the page the person has been reading: it keeps their scrolling and focus
    // (app::after_paint).
    if (shell.textContent === root.textContent) document.documentElement.setAttribute('data-shell-kept', '');
    shell.remove();
    const after = focusable(root);
    // The same element where the app drew the same page (same tag, same words).
    const same = (i) => i >= 0 && after[i] && after[i].nodeName === before[i].nodeName
      && after[i].textContent === before[i].textContent ? after[i] : null;
    const target = same(focused);
    if (target) target.focus();
    const el = pending && same(pending.index);
    if (el && pending.value === undefined) {
      el.click();
    } else if (el && el.value !== pending.value) {
      el.value = pending.value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
  observer.observe(root, { childList: true });
})();
