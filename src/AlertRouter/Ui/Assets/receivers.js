'use strict';

// Receivers: each receiver's integrations (GET /api/v1/receivers, targets redacted by the API), a button that
// sends a test notification through all of them (POST /api/v1/receivers/{name}/test, admin token), and a Preview of
// the message each integration would send for each of the receiver's current groups (POST /api/v1/templates/render,
// admin token; rendered values are shown as text, email html included).
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

  function previewFields(result) {
    return table(`${result.integration} preview`, ['Field', 'Rendered'], result.fields.map(f => [
      h('code', {}, f.field), f.error
        ? h('span', { class: 'error-text' }, f.error)
        : h('pre', { class: 'rendered' + (f.html ? ' html' : '') }, f.value === '' ? '(empty)' : f.value),
    ]), { empty: 'This integration renders no template field.', rowProps: i => ({ 'data-field': result.fields[i].field }) });
  }

  async function preview(receiver, output) {
    const groups = (await AR.get('groups')).filter(g => g.receiver === receiver.name);
    if (groups.length === 0) {
      AR.replace(output, h('p', { class: 'muted' }, `No current group is routed to ${receiver.name}.`));
      return;
    }
    const parts = [];
    for (const group of groups) {
      const integrations = [];
      for (const integration of receiver.integrations) {
        const result = await AR.mutate(AR.apiUrl('templates/render'), { receiver: receiver.name, integration: integration.name, groupKey: group.groupKey });
        if (result === null) {
          AR.replace(output, h('p', { class: 'muted' }, 'Cancelled: no admin token given.'));
          return;
        }
        integrations.push(h('div', { class: 'preview-integration', 'data-integration': integration.name },
          h('h4', {}, integration.name),
          result.ok ? previewFields(result.data) : h('p', { class: 'error-text' }, `Preview refused (${result.status})`,
            result.data && result.data.detail ? ': ' + result.data.detail : '')));
      }
      parts.push(h('section', { class: 'preview-group', 'data-group-key': group.groupKey, 'aria-label': `Preview of group ${group.groupKey}` },
        h('h3', {}, 'Group ', AR.labels(group.groupLabels), ` (${group.alerts.length} alert${group.alerts.length === 1 ? '' : 's'})`),
        integrations));
    }
    AR.replace(output, h('p', { class: 'muted' }, 'Rendered now with the loaded templates; nothing was sent.'), parts);
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
    const previewOutput = h('div', { class: 'preview-result', role: 'status', 'aria-live': 'polite' });
    const previewButton = h('button', { type: 'button', disabled: receiver.integrations.length === 0,
      'aria-label': `Preview the messages of ${receiver.name}` }, 'Preview');
    previewButton.addEventListener('click', () => AR.run(async () => {
      previewButton.disabled = true;
      AR.replace(previewOutput, h('p', { class: 'muted' }, 'Rendering…'));
      try {
        await preview(receiver, previewOutput);
      } finally {
        previewButton.disabled = receiver.integrations.length === 0;
      }
    }));
    return h('section', { class: 'panel receiver', id: 'receiver-' + encodeURIComponent(receiver.name), 'data-receiver': receiver.name, 'aria-label': receiver.name },
      h('div', { class: 'panel-head' }, h('h2', {}, receiver.name), h('div', { class: 'actions' }, previewButton, button)),
      h('div', { class: 'integrations' }, integrations(receiver)),
      output, previewOutput);
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
