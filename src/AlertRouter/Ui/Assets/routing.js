'use strict';

// Routing: the route tree (GET /api/v1/routes) drawn as a tree, the inhibit rules, and a dry run
// (POST /api/v1/routes/test) that marks the matched routes in the tree.
(() => {
  const { h, badge, table, section } = AR;

  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

  function settings(node, parent) {
    const tags = [];
    if (node.continue) {
      tags.push(badge('continue', 'info'));
    }
    if (!parent || node.groupByAll !== parent.groupByAll || !same(node.groupBy, parent.groupBy)) {
      tags.push(h('span', { class: 'setting' }, 'group_by: ', h('code', {}, node.groupByAll ? '[...]' : `[${node.groupBy.join(', ')}]`)));
    }
    for (const [key, name] of [['groupWait', 'group_wait'], ['groupInterval', 'group_interval'], ['repeatInterval', 'repeat_interval']]) {
      if (!parent || node[key] !== parent[key]) {
        tags.push(h('span', { class: 'setting' }, `${name}: `, h('code', {}, node[key])));
      }
    }
    if (node.muteTimeIntervals.length) {
      tags.push(h('span', { class: 'setting' }, 'mute: ', h('code', {}, node.muteTimeIntervals.join(', '))));
    }
    if (node.activeTimeIntervals.length) {
      tags.push(h('span', { class: 'setting' }, 'active: ', h('code', {}, node.activeTimeIntervals.join(', '))));
    }
    return tags;
  }

  function tree(node, parent) {
    const head = h('div', { class: 'node', 'data-route-id': node.id },
      h('div', { class: 'node-main' },
        parent ? (node.matchers.length ? AR.matchers(node.matchers) : h('span', { class: 'muted' }, 'matches everything')) : h('strong', {}, 'root route'),
        h('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'),
        h('span', { class: 'visually-hidden' }, 'receiver'),
        badge(node.receiver, 'info'),
        h('span', { class: 'match-flag' }, 'matched')),
      h('div', { class: 'node-settings' }, settings(node, parent), node.source ? h('small', { class: 'muted' }, node.source) : null));
    return h('li', { class: 'route' }, head, node.children.length ? h('ul', { class: 'branch' }, node.children.map(c => tree(c, node))) : null);
  }

  function parseLabels(text) {
    const result = {};
    const trimmed = text.trim();
    if (trimmed.startsWith('{')) {
      // Alertmanager's {a="b", c="d"} form.
      for (const m of trimmed.matchAll(/([^\s{},=]+)\s*=\s*"((?:[^"\\]|\\.)*)"/g)) {
        result[m[1]] = m[2].replace(/\\(.)/g, '$1');
      }
      return result;
    }
    for (const line of text.split(/\r?\n/)) {
      const at = line.indexOf('=');
      if (line.trim() === '') {
        continue;
      }
      if (at <= 0) {
        throw new Error(`"${line.trim()}" is not name=value`);
      }
      let value = line.slice(at + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.slice(1, -1);
      }
      result[line.slice(0, at).trim()] = value;
    }
    return result;
  }

  function result(answer, treeView) {
    const matched = new Set(answer.routes.map(r => r.id));
    for (const node of treeView.querySelectorAll('.node')) {
      node.classList.toggle('matched', matched.has(node.dataset.routeId));
    }
    const inhibition = answer.inhibitedBy;
    return h('div', { class: 'dry-result' },
      h('h3', {}, 'Receivers'),
      h('p', { class: 'receivers' }, answer.receivers.length ? answer.receivers.map(r => [badge(r, 'info'), ' ']) : h('span', { class: 'muted' }, 'none')),
      h('h3', {}, 'Matched routes'),
      table('Matched routes', ['Route', 'Receiver', 'Group key', 'Timers', 'Muting', 'Defined at'], answer.routes.map(r => [
        h('code', {}, r.key),
        badge(r.receiver, 'info'),
        h('code', { class: 'small' }, r.groupKey),
        h('span', { class: 'small' }, `wait ${r.groupWait} · interval ${r.groupInterval} · repeat ${r.repeatInterval}`),
        r.muted ? [badge('muted', 'warn'), ' by ', h('code', {}, r.mutedBy.join(', '))]
          : !r.active ? [badge('inactive', 'warn'), ' outside ', h('code', {}, r.activeTimeIntervals.join(', '))]
            : badge('notifies', 'ok'),
        r.source ? h('small', { class: 'muted' }, r.source) : '',
      ])),
      h('h3', {}, 'Inhibition'),
      inhibition
        ? h('div', { class: 'notice warn' }, badge('inhibited', 'warn'), ' by rule ', h('code', {}, inhibition.rule),
          inhibition.source ? h('small', { class: 'muted' }, ` (${inhibition.source})`) : '',
          h('div', {}, 'Firing source alerts: ', inhibition.sourceFingerprints.map((fp, i) => [i ? ', ' : '', h('a', { href: 'alerts#alert-' + fp }, h('code', {}, fp))])))
        : h('p', {}, badge('not inhibited', 'ok'), ' No firing alert inhibits these labels at this time.'),
      h('p', { class: 'muted small' }, `Evaluated at ${answer.at} against config ${answer.configHash.slice(0, 12)}.`));
  }

  function dryRunForm(treeView, output) {
    const preset = AR.params().get('labels');
    let initial = '';
    if (preset) {
      try {
        initial = Object.entries(JSON.parse(preset)).map(([k, v]) => `${k}=${v}`).join('\n');
      } catch {
        initial = '';
      }
    }
    const labels = h('textarea', { id: 'dry-labels', name: 'labels', rows: 5, cols: 40, spellcheck: 'false', required: true,
      placeholder: 'alertname=DiskFull\nseverity=critical\nteam=database', 'aria-describedby': 'dry-labels-help' });
    labels.value = initial;
    const at = h('input', { id: 'dry-at', name: 'at', type: 'datetime-local', step: 1, 'aria-describedby': 'dry-at-help' });
    const form = h('form', { class: 'dry-run', onsubmit: e => {
      e.preventDefault();
      AR.run(async () => {
        const body = { labels: parseLabels(labels.value) };
        if (at.value) {
          body.at = new Date(at.value).toISOString();
        }
        const response = await fetch(AR.apiUrl('routes/test'), { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
        const answer = await response.json();
        if (!response.ok) {
          throw new Error(`dry run refused (${response.status}): ${answer.detail || answer.title}`);
        }
        AR.replace(document.getElementById('notice'));
        AR.replace(output, result(answer, treeView));
      });
    } },
      h('div', { class: 'field grow' }, h('label', { for: 'dry-labels' }, 'Labels'), labels,
        h('small', { id: 'dry-labels-help', class: 'muted' }, 'One name=value per line, or {name="value", …}.')),
      h('div', { class: 'field' }, h('label', { for: 'dry-at' }, 'At (optional)'), at,
        h('small', { id: 'dry-at-help', class: 'muted' }, `Your time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}); empty means now.`)),
      h('div', { class: 'field buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Run dry run')));
    return { form, autorun: initial !== '' };
  }

  AR.start(async content => {
    const routes = await AR.get('routes');
    const treeView = h('ul', { class: 'tree', 'aria-label': 'Route tree' }, tree(routes.root, null));
    const output = h('div', { id: 'dry-result', 'aria-live': 'polite' });
    const { form, autorun } = dryRunForm(treeView, output);
    AR.replace(content,
      h('section', { 'aria-label': 'Dry run', class: 'panel' }, h('h2', {}, 'Dry run'),
        h('p', { class: 'muted' }, 'Which routes and receivers an alert with these labels reaches, whether a time interval mutes it and which firing alerts inhibit it.'),
        form, output),
      section('Route tree', h('p', { class: 'muted small' }, 'Each node shows its matchers and receiver, and the settings it changes from its parent. Matched routes of the last dry run are highlighted.'), treeView),
      section('Inhibit rules', table('Inhibit rules', ['Rule', 'Source matchers', 'Target matchers', 'Equal labels', 'Defined at'],
        routes.inhibitRules.map(r => [h('code', {}, r.name), AR.matchers(r.sourceMatchers), AR.matchers(r.targetMatchers),
          r.equal.length ? h('code', {}, r.equal.join(', ')) : h('span', { class: 'muted' }, 'none'), r.source ? h('small', { class: 'muted' }, r.source) : '']),
        { empty: 'No inhibit rules.' })),
      section('Time intervals', routes.timeIntervals.length ? h('ul', { class: 'plain' }, routes.timeIntervals.map(t => h('li', {}, h('code', {}, t))))
        : h('p', { class: 'muted' }, 'No time intervals.')));
    if (autorun) {
      form.requestSubmit();
    }
  });
})();
