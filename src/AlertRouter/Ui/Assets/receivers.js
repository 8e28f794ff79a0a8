'use strict';

// Receivers: each receiver's integrations (GET /api/v1/receivers, targets redacted by the API) and a button that
// sends a test notification through all of them (POST /api/v1/receivers/{name}/test, admin token).
(() => {
  const { h, badge, time, table } = AR;

  const outcomeKind = { delivered: 'ok', unconfigured: 'muted', circuit_open: 'bad', failed_retryable: 'bad', failed_permanent: 'bad' };

  function integrations(receiver) {
    return table(`Integrations of ${receiver.name}`, ['Integration', 'Target', 'Configured', 'Send resolved', 'Circuit', 'Last success', 'Last failure', 'Last error'],
      receiver.integrations.map(i => [
        h('code', {}, i.name),
        i.target,
        i.configured ? badge('yes', 'ok') : [badge('no', 'muted'), ' ', h('small', { class: 'muted' }, 'unset: ', i.missingVariables.join(', '))],
        i.sendResolved ? 'yes' : 'no',
        badge(i.circuit, i.circuit === 'closed' ? 'ok' : 'bad'),
        time(i.lastSuccess),
        time(i.lastFailure),
        i.lastError ? h('span', { class: 'error-text' }, i.lastError) : '',
      ]), { empty: 'This receiver has no integrations: alerts routed to it are dropped.' });
  }

  function testResult(data) {
    return h('div', { class: 'test-result-body' },
      h('p', {}, data.delivered ? badge('delivered', 'ok') : badge('failed', 'bad'),
        data.delivered ? ' Every integration accepted the test notification.' : ' At least one integration did not accept the test notification.'),
      table(`Test of ${data.receiver}`, ['Integration', 'Outcome', 'HTTP', 'Duration', 'Attempts', 'Error'], data.integrations.map(i => [
        h('code', {}, i.integration),
        badge(i.outcome.replace('_', ' '), outcomeKind[i.outcome]),
        i.statusCode ? String(i.statusCode) : '—',
        `${Math.round(i.durationMs)} ms`,
        String(i.attempts),
        i.error ? h('span', { class: 'error-text' }, i.error) : '',
      ])));
  }

  function card(receiver, redraw) {
    const output = h('div', { class: 'test-result', role: 'status', 'aria-live': 'polite' });
    const button = h('button', { type: 'button', class: 'primary', disabled: receiver.integrations.length === 0,
      'aria-label': `Send test notification to ${receiver.name}` }, 'Send test notification');
    button.addEventListener('click', () => AR.run(async () => {
      button.disabled = true;
      AR.replace(output, h('p', { class: 'muted' }, 'Sending…'));
      try {
        const result = await AR.mutate(AR.apiUrl(`receivers/${encodeURIComponent(receiver.name)}/test`));
        if (result === null) {
          AR.replace(output, h('p', { class: 'muted' }, 'Cancelled: no admin token given.'));
        } else if (result.data && Array.isArray(result.data.integrations)) {
          AR.replace(output, testResult(result.data));
          await redraw(receiver.name, output);
        } else {
          AR.replace(output, h('p', { class: 'error-text' }, `Test refused (${result.status})`,
            result.data && result.data.detail ? ': ' + result.data.detail : ''));
        }
      } finally {
        button.disabled = receiver.integrations.length === 0;
      }
    }));
    return h('section', { class: 'panel receiver', id: 'receiver-' + encodeURIComponent(receiver.name), 'data-receiver': receiver.name, 'aria-label': receiver.name },
      h('div', { class: 'panel-head' }, h('h2', {}, receiver.name), button),
      h('div', { class: 'integrations' }, integrations(receiver)),
      output);
  }

  AR.start(async content => {
    let stamp;
    // After a test only that receiver's table is redrawn, so the result stays on screen.
    const refreshOne = async name => {
      const receiver = (await AR.get('receivers')).find(r => r.name === name);
      const panel = [...content.querySelectorAll('section.receiver')].find(s => s.dataset.receiver === name);
      if (receiver && panel) {
        AR.replace(panel.querySelector('.integrations'), integrations(receiver));
      }
    };
    const draw = async () => {
      const receivers = await AR.get('receivers');
      AR.replace(content,
        h('p', { class: 'muted' }, 'A test notification goes through the real notifier, template and retries at once, bypassing grouping, dedup and the queue.'),
        receivers.length ? receivers.map(r => card(r, refreshOne)) : h('p', {}, 'No receivers configured.'));
      stamp();
    };
    stamp = AR.refresher(draw);
    await draw();
    if (location.hash) {
      const target = document.getElementById(location.hash.slice(1));
      if (target) {
        target.scrollIntoView();
      }
    }
  });
})();
