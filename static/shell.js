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
  // Lang::from_code: a language LegCheck speaks (a start page was drawn for it), from the first
  // two letters of a code.
  const code = (c) => {
    const l = String(c).slice(0, 2).toLowerCase();
    return /^[a-z]{2}$/.test(l) && document.getElementById(`shell-${l}`) ? l : undefined;
  };
  // What persist::peek reads as saved data without answers (interop's `Saved`, whose fields
  // it refuses anything beyond); anything else is answers or unreadable, which the app checks.
  const FIELDS = ['format', 'kb_version', 'saved_at', 'expires_at', 'lang', 'answers'];
  const empty = (s) => s !== null && typeof s === 'object' && !Array.isArray(s)
    && Object.keys(s).every((k) => FIELDS.includes(k))
    && Number.isInteger(s.format) && s.format >= 0 && s.format <= 0xffffffff
    && typeof s.kb_version === 'string' && typeof s.saved_at === 'number'
    && (s.expires_at == null || typeof s.expires_at === 'number')
    && (s.lang == null || typeof s.lang === 'string')
    && s.answers !== null && typeof s.answers === 'object' && !Array.isArray(s.answers)
    && Object.keys(s.answers).length === 0;
  let lang;
  try {
    // Route::parse: the start page is any address whose first part is empty.
    if (location.hash.replace(/^#+/, '').replace(/^\/+/, '').split('/')[0] !== '') return;
    // A clinic's frame waits for the clinic (embed.rs); any frame is left to the app.
    if (window.self !== window.top) return;
    // A returning visit served by the service worker has the wasm at once: drawing the page
    // first would only make the app later (docs/ARCHITECTURE.md).
    if (navigator.serviceWorker && navigator.serviceWorker.controller) return;
    // persist::available: the journey needs session storage.
    sessionStorage.setItem('legcheck.probe', '1');
    sessionStorage.removeItem('legcheck.probe');
    // persist::peek: nothing saved but a language chosen before the journey, this tab's first.
    let stored;
    for (const store of ['sessionStorage', 'localStorage']) {
      let text = null;
      try { text = window[store].getItem(KEY); } catch (e) { continue; }
      if (text === null) continue;
      const saved = JSON.parse(text);
      if (!empty(saved)) return;
      stored = stored || (saved.lang != null && code(saved.lang)) || undefined;
    }
    // ?lang= (embed::query_lang: the first one, percent-decoded, two letters), then the stored
    // language, then the browser's, then English.
    const param = location.search.replace(/^\?+/, '').split('&').find((p) => p.startsWith('lang='));
    let query;
    try {
      const value = param && decodeURIComponent(param.slice(5));
      if (/^[a-z]{2}$/i.test(value)) query = code(value);
    } catch (e) { /* malformed: as if absent */ }
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
  // What was chosen and pressed before the app took over, as places among the focusable
  // elements (the app draws the same ones): a language { index, value }, then a button.
  let chosen = null;
  let pressed = -1;
  const onclick = (e) => {
    const el = e.target.closest && e.target.closest('a, button');
    if (!el || !shell.contains(el)) return;
    if (el.matches('.skip-link')) {
      // As the app's skip link: to the heading, without changing the address.
      e.preventDefault();
      const h1 = shell.querySelector('main h1');
      if (h1) h1.focus();
    } else if (el.matches('button')) {
      pressed = focusable(shell).indexOf(el);
      // Seen to be on its way (an ellipsis, style.css), its words unchanged for the handover
      // below; not once the page has said the app could not start.
      if (!failed) el.setAttribute('data-starting', '');
      slow = slow || setTimeout(() => say(template.dataset.slow), SLOW_MS);
    }
  };
  const onchange = (e) => {
    if (shell.contains(e.target) && e.target.matches('select')) {
      chosen = { index: focusable(shell).indexOf(e.target), value: e.target.value };
    }
  };
  document.addEventListener('click', onclick, true);
  document.addEventListener('change', onchange, true);
  // If the app does not start (a browser without what its wasm needs, a download cut short, a
  // server whose Content-Security-Policy is not this build's), the page says so rather than
  // offer a Start that does nothing: at once when one of this site's scripts fails before the
  // app has drawn anything (an error from a script of this origin, a script file that cannot be
  // loaded, a script the policy refuses), and after a while when Start was pressed and the app
  // is still not here. Errors from elsewhere (an extension) say nothing. Words only
  // (textContent).
  const SLOW_MS = 8000;
  let slow = 0;
  let failed = false;
  const say = (text) => {
    if (!shell.isConnected || !text || shell.querySelector('.shell-status')) return;
    const p = document.createElement('p');
    p.className = 'notice shell-status';
    p.setAttribute('role', 'alert');
    p.textContent = text;
    const start = shell.querySelector('.button--start');
    if (start) start.before(p);
  };
  // index.html's own scripts (Trunk's loader and this one), parsed before this runs.
  const scripts = [...document.scripts];
  const ours = (url) => typeof url === 'string' && (url === location.origin || url.startsWith(`${location.origin}/`));
  const onerror = (e) => {
    const fatal = e.type === 'securitypolicyviolation'
      ? /^script-src/.test(e.effectiveDirective)
        && (scripts.includes(e.target) || e.blockedURI === 'wasm-eval' || ours(e.blockedURI))
      : e.target && e.target.nodeName === 'SCRIPT' ? ours(e.target.src || location.href) : ours(e.filename);
    if (fatal) {
      failed = true;
      for (const b of shell.querySelectorAll('[data-starting]')) b.removeAttribute('data-starting');
      say(template.dataset.failed);
    }
  };
  // In the capture phase: a script file that cannot be loaded fires at its element only.
  window.addEventListener('error', onerror, true);
  document.addEventListener('securitypolicyviolation', onerror);

  // The app mounts in #app (src/main.rs): when it has drawn its first screen, in the same task,
  // before anything is painted, this one goes.
  const observer = new MutationObserver(() => {
    if (!root.children.length) return;
    observer.disconnect();
    document.removeEventListener('click', onclick, true);
    document.removeEventListener('change', onchange, true);
    window.removeEventListener('error', onerror, true);
    document.removeEventListener('securitypolicyviolation', onerror);
    clearTimeout(slow);
    const before = focusable(shell);
    const focused = before.indexOf(document.activeElement);
    // The app drew the page the person has been reading: it keeps their scrolling and focus
    // (app::after_paint).
    const status = shell.querySelector('.shell-status');
    if (status) status.remove();
    if (shell.textContent === root.textContent) document.documentElement.setAttribute('data-shell-kept', '');
    shell.remove();
    const after = focusable(root);
    // The same element where the app drew the same page (same tag, same words).
    const same = (i) => i >= 0 && after[i] && after[i].nodeName === before[i].nodeName
      && after[i].textContent === before[i].textContent ? after[i] : null;
    const target = same(focused);
    if (target) target.focus();
    // Both looked up before either acts: the language first, then the press (which Yew's
    // new render keeps in the same element).
    const picker = chosen && same(chosen.index);
    const button = same(pressed);
    if (picker && picker.value !== chosen.value) {
      picker.value = chosen.value;
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    }
    if (button) button.click();
  });
  observer.observe(root, { childList: true });
})();
