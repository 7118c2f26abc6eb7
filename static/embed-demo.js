// The demo host page (docs/EMBEDDING.md): embeds LegCheck from `?app=<url>` (default: this
// origin), names this page's origin as the allowed parent, sizes the frame from resize events,
// and prints every event and the result. Messages from any other origin are ignored.
(function () {
  const params = new URLSearchParams(location.search);
  const app = new URL(params.get('app') || '/', location.href);
  const frame = document.getElementById('legcheck');
  // `?parent=` overrides the allowed parent (to show that a wrong one receives nothing).
  const query = new URLSearchParams({ embed: '1', parent: params.get('parent') || location.origin });
  if (params.get('lang')) query.set('lang', params.get('lang'));
  frame.src = `${app.origin}${app.pathname}?${query}`;

  window.addEventListener('message', (event) => {
    if (event.origin !== app.origin) return;
    const message = event.data;
    if (!message || typeof message.type !== 'string' || !message.type.startsWith('legcheck:')) return;
    const item = document.createElement('li');
    item.textContent = message.type;
    document.getElementById('events').appendChild(item);
    if (message.type === 'legcheck:resize') frame.style.height = `${Math.ceil(message.height)}px`;
    if (message.type === 'legcheck:result') {
      document.getElementById('result').textContent = JSON.stringify(message, null, 2);
    }
  });

  // The host may also command LegCheck (only its own origin is accepted by the app).
  window.legcheckReset = () => frame.contentWindow.postMessage({ type: 'legcheck:reset', version: 1 }, app.origin);
})();
