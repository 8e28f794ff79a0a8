'use strict';

// Deliveries: the delivery log (GET /api/v1/notifications) with its filters, each row's attempts and redacted errors,
// and a Retry button on dead letters (POST /api/v1/notifications/{id}/retry, admin token).
(() => {
  const { h, badge, time, table, section } = AR;

  const stateKind = { delivered: 'ok', pending: 'info', sending: 'info', failed: 'warn', dead: 'bad', cancelled: 'muted' };
  const final = new Set(['delivered', 'dead', 'cancelled']);

  function alertsCell(n) {
    const firing = n.alerts.filter(a => a.status === 'firing').length;
    const names = [...new Set(n.alerts.map(a => a.labels.alertname || a.fingerprint))];
    return h('div', {}, `${firing} firing, ${n.alerts.length - firing} resolved`,
      h('div', { class: 'small muted' }, names.slice(0, 3).join(', '), names.length > 3 ? ` and ${names.length - 3} more` : ''));
  }

  function attemptsCell(n) {
    if (n.attemptLog.length === 0) {
      return String(n.attempts);
    }
    return h('details', {}, h('summary', {}, `${n.attempts} attempt${n.attempts === 1 ? '' : 's'}`),
      h('table', { class: 'inner' },
        h('caption', { class: 'visually-hidden' }, `Attempts of notification ${n.id}`),
        h('thead', {}, h('tr', {}, ['#', 'Started', 'Duration', 'Outcome', 'HTTP', 'Reason', 'Error'].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, n.attemptLog.map(a => h('tr', {},
          h('td', {}, String(a.attempt)), h('td', {}, time(a.startedAt)), h('td', {}, `${a.durationMs} ms`),
          h('td', {}, badge(a.outcome, a.outcome === 'delivered' ? 'ok' : 'bad')), h('td', {}, a.statusCode ? String(a.statusCode) : '—'),
          h('td', {}, a.reason || ''), h('td', {}, a.error ? h('span', { class: 'error-text' }, a.error) : ''))))));
  }

  function errorCell(n) {
    if (!n.lastError) {
      return '';
    }
    return h('span', { class: n.state === 'delivered' ? 'muted' : 'error-text' }, n.lastStatus ? `HTTP ${n.lastStatus}: ` : '', n.lastError);
  }

  function filterForm(current, receivers, onApply) {
    const select = (id, label, options, value) => h('div', { class: 'field' }, h('label', { for: id }, label),
      h('select', { id, name: id }, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
    const integrations = [...new Set(receivers.flatMap(r => r.integrations.flatMap(i => [i.type, i.name])))].sort();
    const form = h('form', { class: 'filters', role: 'search', onsubmit: e => {
      e.preventDefault();
      onApply({ receiver: form.receiver.value, integration: form.integration.value, state: form.state.value, limit: form.limit.value });
    } },
      select('receiver', 'Receiver', [['', 'any']].concat(receivers.map(r => [r.name, r.name])), current.receiver),
      select('integration', 'Integration', [['', 'any']].concat(integrations.map(i => [i, i])), current.integration),
      select('state', 'State', [['', 'any'], ...['pending', 'sending', 'failed', 'delivered', 'dead', 'cancelled'].map(s => [s, s])], current.state),
      h('div', { class: 'field' }, h('label', { for: 'limit' }, 'Rows'), h('input', { id: 'limit', name: 'limit', type: 'number', min: 1, max: 10000, value: current.limit || '100' })),
      h('div', { class: 'field buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Filter'),
        h('button', { type: 'button', onclick: () => onApply({ receiver: '', integration: '', state: '', limit: '' }) }, 'Clear')));
    return form;
  }

  AR.start(async content => {
    const params = AR.params();
    let current = { receiver: params.get('receiver') || '', integration: params.get('integration') || '', state: params.get('state') || '', limit: params.get('limit') || '' };
    const results = h('div', {});
    let stamp;

    async function retry(n, button) {
      button.disabled = true;
      const result = await AR.mutate(AR.apiUrl(`notifications/${encodeURIComponent(n.id)}/retry`));
      if (result === null) {
        button.disabled = false;
        return;
      }
      if (!result.ok) {
        AR.notify('error', `Retry of ${n.id} refused (${result.status}): ${result.data && result.data.detail ? result.data.detail : ''}`);
        button.disabled = false;
        return;
      }
      AR.notify('info', `Notification ${n.id} to ${n.receiver}/${n.integration} queued for replay…`);
      await follow(n);
    }

    // Watch a replayed dead letter until it is delivered or dead again (the delivery worker picks it up at once).
    async function follow(n) {
      const query = new URLSearchParams({ receiver: n.receiver, integration: n.integration, limit: '500' });
      for (let i = 0; i < 60; i++) {
        await new Promise(resolve => setTimeout(resolve, 500));
        const row = (await AR.get('notifications?' + query)).find(r => r.id === n.id);
        await draw();
        if (!row || final.has(row.state)) {
          const text = row ? `Replayed notification ${n.id} to ${n.receiver}/${n.integration}: ${row.state}.` : `Notification ${n.id} is gone from the log.`;
          AR.notify(row && row.state === 'delivered' ? 'ok' : 'error', text, row && row.lastError && row.state !== 'delivered' ? ' ' + row.lastError : '');
          return;
        }
      }
      AR.notify('warn', `Notification ${n.id} is still ${n.state}; refresh later.`);
    }

    const draw = async () => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(current)) {
        if (value) {
          query.set(key, value);
        }
      }
      const rows = await AR.get('notifications?' + query);
      AR.replace(results, section(`Delivery log (${rows.length})`, table('Delivery log',
        ['State', 'Receiver', 'Integration', 'Reason', 'Alerts', 'Attempts', 'Created', 'Updated', 'Next attempt', 'Last error', ''],
        rows.map(n => [
          badge(n.state, stateKind[n.state]),
          h('strong', {}, n.receiver),
          h('code', {}, n.integration),
          n.reason,
          alertsCell(n),
          attemptsCell(n),
          time(n.createdAt),
          n.deliveredAt ? time(n.deliveredAt) : time(n.updatedAt),
          n.nextAttemptAt ? time(n.nextAttemptAt) : '',
          errorCell(n),
          n.state === 'dead' ? h('button', { type: 'button', class: 'danger', 'aria-label': `Retry notification ${n.id}`,
            onclick: e => { const button = e.currentTarget; AR.run(() => retry(n, button)); } }, 'Retry') : '',
        ]),
        { empty: 'No notifications match.', rowProps: i => ({ 'data-id': rows[i].id, 'data-state': rows[i].state }) })));
      stamp();
    };

    const receivers = await AR.get('receivers');
    const apply = async next => {
      current = next;
      AR.setParams(current);
      AR.replace(content, filterForm(current, receivers, apply), results);
      AR.replace(document.getElementById('notice'));
      await AR.run(draw);
    };
    AR.replace(content, filterForm(current, receivers, apply), results);
    stamp = AR.refresher(draw);
    await draw();
  });
})();
