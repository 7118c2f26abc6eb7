// The demo host page (docs/EMBEDDING.md): embeds LegCheck from this origin (or, for the tests,
// `?app=<url>` on localhost or 127.0.0.1 only), names this page's origin as the allowed parent,
// passes on the clinic settings in its own URL (lang, primary, scale, fhir), and once LegCheck
// is ready configures the clinic's own next steps with a `legcheck:init` message. The links are
// fixed here, never taken from a URL: the demo is served from LegCheck's own site, and a link
// someone made must not put their button under LegCheck's advice. It sizes the frame
// from resize events, prints every event and the result, and offers its own way on when LegCheck
// cannot load. Messages from any other origin are ignored.
(function () {
  const params = new URLSearchParams(location.search);
  const asked = new URL(params.get('app') || '/', location.href);
  const local = ['localhost', '127.0.0.1'].includes(asked.hostname) && ['localhost', '127.0.0.1'].includes(location.hostname);
  const app = asked.origin === location.origin || local ? asked : new URL('/', location.href);
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
    // The number LegCheck's emergency cards show and call, for this (UK) clinic's patients.
    emergency_number: '999',
    links: {
      urgent: { url: booking, label: 'Ask our nurse for a same-day appointment' },
      routine: { url: booking, label: 'Book an ABI test at our clinic' },
      self_care: { url: booking, label: 'Read our leg-cramp leaflet' },
      emergency: { url: new URL('embed-demo.html#urgent-line', location.href).href, label: 'Call our urgent line' },
    },
  };
  if (params.get('init_primary')) init.primary = params.get('init_primary');

  window.addEventListener('message', (event) => {
    if (event.origin !== app.origin) return;
    const message = event.data;
    if (!message || typeof message.type !== 'string' || !message.type.startsWith('legcheck:')) return;
    const item = document.createElement('li');
    item.textContent = typeof message.reason === 'string' ? `${message.type} (${message.reason})` : message.type;
    document.getElementById('events').appendChild(item);
    if (message.type === 'legcheck:ready') send(init);
    // LegCheck could not load its questions (it says so itself, with an emergency number): the
    // clinic offers its own way on, in a live region, until LegCheck is ready after all.
    const ownWayOn = document.getElementById('unavailable');
    if (message.type === 'legcheck:unavailable' && !ownWayOn.hasChildNodes()) {
      const link = document.createElement('a');
      link.href = '#booking';
      link.textContent = 'book an appointment';
      ownWayOn.append('LegCheck cannot load its questions right now. To talk to us about your legs, ',
        link, '. In an emergency, call 999.');
    }
    if (message.type === 'legcheck:ready') ownWayOn.replaceChildren();
    if (message.type === 'legcheck:resize') frame.style.height = `${Math.ceil(message.height)}px`;
    if (message.type === 'legcheck:result') {
      document.getElementById('result').textContent = JSON.stringify(message, null, 2);
    }
  });

  // The host may also command LegCheck (only its own origin is accepted by the app).
  window.legcheckReset = () => send({ type: 'legcheck:reset' });
})();
