'use strict';

// Alerts and groups: GET /api/v1/alerts?filter=&status= and GET /api/v1/groups. Each alert lists the groups holding
// it and what suppresses it (the inhibiting alerts, the muting time intervals).
(() => {
  const { h, badge, time, labels, table, section } = AR;

  function describe(alert) {
    const name = alert.labels.alertname || '(no alertname)';
    const extra = Object.keys(alert.labels).filter(k => k !== 'alertname').sort().slice(0, 3).map(k => `${k}=${alert.labels[k]}`);
    return extra.length ? `${name} {${extra.join(', ')}}` : name;
  }

  function state(alert) {
    if (alert.status === 'resolved') {
      return badge('resolved', 'ok');
    }
    if (alert.inhibitedBy.length) {
      return badge('inhibited', 'warn');
    }
    return alert.mutedBy.length ? badge('muted', 'warn') : badge('firing', 'bad');
  }

  function suppression(alert, byFingerprint) {
    const parts = [];
    if (alert.inhibitedBy.length) {
      parts.push(h('div', {}, h('strong', {}, 'Inhibited by '), alert.inhibitedBy.map((fp, i) => {
        const source = byFingerprint.get(fp);
        const text = source ? describe(source) : fp;
        return [i > 0 ? ', ' : '', source ? h('a', { href: '#alert-' + fp }, text) : h('code', {}, text)];
      })));
    }
    if (alert.mutedBy.length) {
      parts.push(h('div', {}, h('strong', {}, 'Muted: '), alert.mutedBy.map((m, i) => [i > 0 ? ', ' : '',
        m.startsWith('inactive:') ? ['outside active time interval ', h('code', {}, m.slice(9))] : ['time interval ', h('code', {}, m)]])));
    }
    if (parts.length) {
      parts.push(h('a', { class: 'small', href: 'routing?labels=' + encodeURIComponent(JSON.stringify(alert.labels)) }, 'Explain in a dry run'));
      return parts;
    }
    return alert.status === 'resolved' ? '' : h('span', { class: 'muted' }, 'not suppressed');
  }

  function alertRows(alerts, groupsOf, byFingerprint) {
    return alerts.map(a => [
      state(a),
      h('div', { id: 'alert-' + a.fingerprint },
        labels(a.labels),
        a.annotations.summary ? h('div', { class: 'summary' }, a.annotations.summary) : null,
        AR.safeHref(a.generatorURL) ? h('a', { class: 'small', href: AR.safeHref(a.generatorURL), rel: 'noreferrer' }, 'source') : null),
      time(a.startsAt),
      a.status === 'resolved' ? time(a.endsAt) : time(a.lastSeenAt),
      (groupsOf.get(a.fingerprint) || []).map(g => h('div', { class: 'group-ref' },
        h('a', { href: '#group-' + g.id }, badge(g.receiver, 'info')), ' ', h('code', {}, groupLabelText(g.groupLabels)))),
      suppression(a, byFingerprint),
    ]);
  }

  const groupLabelText = set => '{' + Object.keys(set).sort().map(k => `${k}="${set[k]}"`).join(', ') + '}';

  function groupRows(groups) {
    return groups.map(g => {
      const firing = g.alerts.filter(a => a.status === 'firing').length;
      const notified = Object.entries(g.lastNotification);
      return [
        h('span', { id: 'group-' + g.id }, badge(g.receiver, 'info')),
        labels(g.groupLabels),
        h('div', {}, `${firing} firing, ${g.alerts.length - firing} resolved`,
          h('ul', { class: 'plain small' }, g.alerts.slice(0, 5).map(a => h('li', {}, h('a', { href: '#alert-' + a.fingerprint }, a.labels.alertname || a.fingerprint),
            a.inhibitedBy.length ? [' ', badge('inhibited', 'warn')] : a.mutedBy.length ? [' ', badge('muted', 'warn')] : null)),
          g.alerts.length > 5 ? h('li', { class: 'muted' }, `and ${g.alerts.length - 5} more`) : null)),
        time(g.nextFlushAt),
        time(g.lastFlushAt),
        notified.length ? h('ul', { class: 'plain small' }, notified.map(([integration, n]) => h('li', {}, h('code', {}, integration), ' ', time(n.sentAt),
          ` (${n.firing} firing, ${n.resolved} resolved)`))) : h('span', { class: 'muted' }, 'not yet'),
        h('code', { class: 'small' }, g.groupKey),
      ];
    });
  }

  function filterForm(current, onApply) {
    const input = h('input', { id: 'filter', name: 'filter', type: 'text', value: current.filter, size: 48, spellcheck: 'false',
      placeholder: 'severity="critical", team=~"db.*"', 'aria-describedby': 'filter-help' });
    const status = h('select', { id: 'status', name: 'status' },
      [['', 'any'], ['firing', 'firing'], ['resolved', 'resolved']].map(([value, text]) => h('option', { value, selected: value === current.status }, text)));
    return h('form', { class: 'filters', role: 'search', onsubmit: e => { e.preventDefault(); onApply({ filter: input.value.trim(), status: status.value }); } },
      h('div', { class: 'field grow' }, h('label', { for: 'filter' }, 'Label matchers'), input,
        h('small', { id: 'filter-help', class: 'muted' }, 'Alertmanager matchers, comma-separated, all must match.')),
      h('div', { class: 'field' }, h('label', { for: 'status' }, 'Status'), status),
      h('div', { class: 'field buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Filter'),
        h('button', { type: 'button', onclick: () => onApply({ filter: '', status: '' }) }, 'Clear')));
  }

  AR.start(async content => {
    const params = AR.params();
    let current = { filter: params.get('filter') || '', status: params.get('status') || '' };
    const results = h('div', {});
    let stamp;
    const draw = async () => {
      const query = new URLSearchParams();
      if (current.filter) {
        query.set('filter', current.filter);
      }
      if (current.status) {
        query.set('status', current.status);
      }
      const [alerts, groups, firing] = await Promise.all([AR.get('alerts?' + query), AR.get('groups'), AR.get('alerts?status=firing')]);
      const byFingerprint = new Map(firing.concat(alerts).map(a => [a.fingerprint, a]));
      const shown = new Set(alerts.map(a => a.fingerprint));
      const groupsOf = new Map();
      for (const g of groups) {
        for (const a of g.alerts) {
          groupsOf.set(a.fingerprint, (groupsOf.get(a.fingerprint) || []).concat([g]));
        }
      }
      const visibleGroups = current.filter || current.status ? groups.filter(g => g.alerts.some(a => shown.has(a.fingerprint))) : groups;
      AR.replace(results,
        section(`Alerts (${alerts.length})`,
          table('Alerts', ['State', 'Labels', 'Started', 'Last seen / ended', 'Groups', 'Suppression'], alertRows(alerts, groupsOf, byFingerprint),
            { empty: current.filter || current.status ? 'No alert matches the filter.' : 'No alerts.' })),
        h('section', { id: 'groups', 'aria-label': 'Aggregation groups' }, h('h2', {}, `Aggregation groups (${visibleGroups.length})`),
          table('Aggregation groups', ['Receiver', 'Group labels', 'Alerts', 'Next flush', 'Last flush', 'Last notification', 'Group key'],
            groupRows(visibleGroups), { empty: 'No aggregation groups.' })));
      stamp();
    };
    const apply = async next => {
      current = next;
      AR.setParams(current);
      content.querySelector('#filter').value = current.filter;
      content.querySelector('#status').value = current.status;
      AR.replace(document.getElementById('notice'));
      await AR.run(draw);
    };
    AR.replace(content, filterForm(current, apply), results);
    stamp = AR.refresher(draw);
    await draw();
  });
})();
