// The demo host page (docs/EMBEDDING.md): embeds LegCheck from `?app=<url>` (default: this
// origin), names this page's origin as the allowed parent, passes on the clinic settings in its
// own URL (lang, primary, scale, fhir), and once LegCheck is ready configures the clinic's own
// next steps with a `legcheck:init` message (links are never put in LegCheck's URL; this demo
// takes extra ones from its own `link_<level>` and `label_<level>` parameters). It sizes the frame
// from resize events and prints every event and the result. Messages from any other origin
// are ignored.
(function () {
  const params = new URLSearchParams(location.search);
  const app = new URL(params.get('app') || '/', location.href);
  const frame = document.getElementById('legcheck');
  // `?parent=` overrides the allowed parent (to show that a wrong one receives nothing).
  const query = new URLSearchParams({ embed: '1', parent: params.get('parent') || location.origin });
  for (const [key, value] of params) {
    if (/^(lang|primary|scale|fhir)$/.test(key)) query.set(key, value);
  }
  frame.src = `${app.origin}${app.pathname}?${query}`;

  const send = (command) => frame.contentWindow.postMessage({ version: 1, ...command }, app.origin);
  // The clinic's own next step per triage level (shown below LegCheck's advice, never instead).
  const booking = new URL('embed-demo.html#booking', location.href).href;
  const init = {
    type: 'legcheck:init',
    links: {
      urgent: { url: booking, label: 'Ask our nurse for a same-day appointment' },
      routine: { url: booking, label: 'Book an ABI test at our clinic' },
      self_care: { url: booking, label: 'Read our leg-cramp leaflet' },
    },
  };
  if (params.get('init_primary')) init.primary = params.get('init_primary');
  for (const level of ['emergency', 'urgent', 'routine', 'self_care']) {
    const [url, label] = [params.get(`link_${level}`), params.get(`label_${level}`)];
    if (url && label) init.links[level] = { url, label };
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== app.origin) return;
    const message = event.data;
    if (!message || typeof message.type !== 'string' || !message.type.startsWith('legcheck:')) return;
    const item = document.createElement('li');
    item.textContent = message.type;
    document.getElementById('events').appendChild(item);
    if (message.type === 'legcheck:ready') send(init);
    if (message.type === 'legcheck:resize') frame.style.height = `${Math.ceil(message.height)}px`;
    if (message.type === 'legcheck:result') {
      document.getElementById('result').textContent = JSON.stringify(message, null, 2);
    }
  });

  // The host may also command LegCheck (only its own origin is accepted by the app).
  window.legcheckReset = () => send({ type: 'legcheck:reset' });
})();
