'use strict';

// Overview: GET /api/v1/status, redrawn every 15 s while the tab is visible.
(() => {
  const { h, badge, time, duration, table, section } = AR;

  const healthKind = { healthy: 'ok', degraded: 'warn', unhealthy: 'bad' };
  const integrationKind = { ok: 'ok', idle: 'muted', unconfigured: 'muted', dead_letters: 'warn', failing: 'bad', circuit_open: 'bad' };
  const integrationText = { ok: 'ok', idle: 'idle', unconfigured: 'unconfigured', dead_letters: 'dead letters', failing: 'failing', circuit_open: 'circuit open' };

  function card(label, value, kind, sub, href) {
    const body = [h('span', { class: 'card-label' }, label), h('span', { class: 'card-value' }, value), sub ? h('span', { class: 'card-sub' }, sub) : null];
    return href ? h('a', { class: 'card ' + kind, href }, body) : h('div', { class: 'card ' + kind }, body);
  }

  function cards(s) {
    const nextFlush = s.groups.nextFlushAt ? ['next flush ', time(s.groups.nextFlushAt)] : 'none pending';
    return h('ul', { class: 'cards' },
      [
        card('Firing alerts', s.alerts.firing, s.alerts.firing > 0 ? 'bad' : 'ok', `${s.alerts.resolved} resolved kept`, 'alerts?status=firing'),
        card('Suppressed', s.alerts.suppressed, s.alerts.suppressed > 0 ? 'warn' : 'ok', `${s.alerts.inhibited} inhibited · ${s.alerts.muted} muted`, 'alerts?status=firing'),
        card('Aggregation groups', s.groups.count, 'info', nextFlush, 'alerts#groups'),
        card('Queue depth', s.queue.depth, s.queue.depth > 0 ? 'warn' : 'ok',
          s.queue.depth > 0 ? `oldest ${duration(s.queue.oldestAgeSeconds)}` : 'nothing waiting', 'deliveries?state=pending'),
        card('Dead letters', s.queue.deadLetters, s.queue.deadLetters > 0 ? 'bad' : 'ok',
          s.queue.deadLetters > 0 ? 'replay them from Deliveries' : 'none', 'deliveries?state=dead'),
        card('Health', s.health.status, healthKind[s.health.status] || 'muted', `${s.health.issues.length} issue(s)`),
      ].map(c => h('li', {}, c)));
  }

  function receivers(s) {
    const rows = [];
    for (const r of s.receivers) {
      if (r.integrations.length === 0) {
        rows.push([h('strong', {}, r.name), h('span', { class: 'muted' }, 'no integrations'), '', '', '', '', '', '', '']);
      }
      r.integrations.forEach((i, n) => rows.push([
        n === 0 ? h('a', { href: 'receivers#receiver-' + encodeURIComponent(r.name) }, h('strong', {}, r.name)) : '',
        h('code', {}, i.name),
        badge(integrationText[i.health] || i.health, integrationKind[i.health]),
        badge(i.circuit, i.circuit === 'closed' ? 'ok' : 'bad'),
        String(i.queued),
        i.deadLetters > 0 ? h('a', { href: `deliveries?state=dead&receiver=${encodeURIComponent(r.name)}` }, badge(String(i.deadLetters), 'bad')) : '0',
        time(i.lastSuccess),
        time(i.lastFailure),
        i.lastError ? h('span', { class: 'error-text' }, i.lastError) : '',
      ]));
    }
    return table('Receivers', ['Receiver', 'Integration', 'Health', 'Circuit', 'Queued', 'Dead', 'Last success', 'Last failure', 'Last error'], rows,
      { empty: 'No receivers configured.' });
  }

  function config(s, redraw) {
    const c = s.config;
    const reload = c.lastReload;
    const reloadButton = h('button', { type: 'button', onclick: async () => {
      reloadButton.disabled = true;
      try {
        const result = await AR.mutate(AR.pageUrl('../-/reload'));
        if (result === null) {
          return;
        }
        if (result.ok) {
          AR.notify('ok', `Config reloaded (${result.data.changed ? 'changed' : 'unchanged'}), hash ${result.data.hash.slice(0, 12)}.`);
        } else {
          const errors = result.data && result.data.errors ? result.data.errors : [];
          AR.notify('error', `Reload failed (${result.status}): ${result.data && result.data.detail ? result.data.detail : ''}`,
            errors.length ? h('ul', {}, errors.map(e => h('li', {}, h('code', {}, e)))) : null);
        }
        await redraw();
      } finally {
        reloadButton.disabled = false;
      }
    } }, 'Reload config');

    return h('div', {},
      h('dl', { class: 'facts' },
        h('dt', {}, 'Config hash'), h('dd', {}, h('code', { title: c.hash }, c.hash.slice(0, 12))),
        h('dt', {}, 'Loaded'), h('dd', {}, time(c.loadedAt)),
        h('dt', {}, 'Last reload'), h('dd', {},
          reload.attemptAt ? [badge(reload.succeeded ? 'succeeded' : 'failed', reload.succeeded ? 'ok' : 'bad'), ' ', time(reload.attemptAt),
            reload.trigger ? h('span', { class: 'muted' }, ` (${reload.trigger})`) : ''] : h('span', { class: 'muted' }, 'none since start'),
          !reload.succeeded && reload.successAt ? h('div', { class: 'muted' }, 'serving the config of ', time(reload.successAt)) : ''),
        h('dt', {}, 'Contents'), h('dd', {}, `${c.routes} routes, ${c.receivers} receivers, ${c.inhibitRules} inhibit rules`),
        h('dt', {}, 'Files'), h('dd', {}, h('ul', { class: 'plain' }, c.sources.map(f => h('li', {}, h('code', {}, f)))))),
      reload.errors.length ? h('div', { class: 'notice error' }, 'The last reload failed; the previous config keeps serving:',
        h('ul', {}, reload.errors.map(e => h('li', {}, h('code', {}, e))))) : null,
      c.warnings.length ? h('div', { class: 'notice warn' }, 'Warnings:', h('ul', {}, c.warnings.map(w => h('li', {}, w)))) : null,
      h('p', {}, reloadButton, ' ', h('span', { class: 'muted' }, 'Reads the route files again (POST /-/reload).')));
  }

  AR.start(async content => {
    let stamp;
    const draw = async () => {
      const s = await AR.get('status');
      AR.replace(content,
        cards(s),
        s.health.issues.length ? h('div', { class: 'notice ' + (healthKind[s.health.status] === 'bad' ? 'error' : 'warn') },
          h('strong', {}, `Health: ${s.health.status}`), h('ul', {}, s.health.issues.map(i => h('li', {}, i)))) : null,
        section('Receivers', receivers(s),
          h('p', { class: 'muted small' }, 'Circuit state and last success/failure are this replica\'s; queue and dead letters come from the store.')),
        section('Configuration', config(s, draw)),
        h('p', { class: 'muted small footer' }, `AlertRouter ${s.version} · replica ${s.replica} · up ${duration(s.uptimeSeconds)}`));
      stamp();
    };
    stamp = AR.refresher(draw);
    await draw();
    setInterval(() => {
      if (document.visibilityState === 'visible' && !document.querySelector('dialog[open]')) {
        AR.run(draw);
      }
    }, 15000);
  });
})();
