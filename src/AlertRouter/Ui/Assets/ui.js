'use strict';

// Shared helpers of the operator page. Everything is built with DOM calls and text nodes: label values, annotations
// and errors are user input, so no HTML string is ever parsed here (and the page's CSP forbids inline script).
const AR = (() => {
  const TOKEN_KEY = 'alertrouter.adminToken';
  const apiBase = new URL('../api/v1/', document.baseURI);
  const content = () => document.getElementById('content');
  let adminRequired = document.body.dataset.adminToken === 'required';

  /** h('a', {href: x, class: 'y', onclick: f}, 'text', node, [more]): an element; strings become text nodes. */
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (key.startsWith('on')) {
        el.addEventListener(key.slice(2), value);
      } else if (key === 'class') {
        el.className = value;
      } else {
        el.setAttribute(key, value === true ? '' : String(value));
      }
    }
    append(el, children);
    return el;
  }

  /** Like el.replaceChildren, but flattening arrays and skipping null/false (replaceChildren would print "null"). */
  function replace(el, ...children) {
    el.replaceChildren();
    return append(el, children);
  }

  function append(el, children) {
    for (const child of children.flat(Infinity)) {
      if (child !== null && child !== undefined && child !== false) {
        el.append(child instanceof Node ? child : String(child));
      }
    }
    return el;
  }

  /** Only http(s) links from data (a generatorURL could be javascript:). */
  function safeHref(url) {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch {
      return null;
    }
  }

  const apiUrl = path => new URL(path, apiBase).href;
  const pageUrl = path => new URL(path, document.baseURI).href;

  class ApiError extends Error {
    constructor(url, status, data) {
      const detail = data && typeof data === 'object' ? (data.detail || data.title) : data;
      super(`${new URL(url).pathname} answered ${status}${detail ? ': ' + detail : ''}`);
      this.status = status;
      this.data = data;
    }
  }

  async function call(method, url, body, withToken) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (withToken && token) {
      headers.Authorization = 'Bearer ' + token;
    }
    const response = await fetch(url, { method, headers, cache: 'no-store', body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let data = null;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = text;
      }
    }
    return { status: response.status, ok: response.ok, data, url };
  }

  /** GET a JSON API under /api/v1/ (path relative to it); throws ApiError unless 2xx. */
  async function get(path) {
    const result = await call('GET', apiUrl(path));
    if (!result.ok) {
      throw new ApiError(result.url, result.status, result.data);
    }
    return result.data;
  }

  /**
   * A mutating call (POST) with the admin token: asks for the token first when one is required and none is kept,
   * and asks again after a 401. Resolves to {status, ok, data}, or null when the operator cancelled.
   */
  async function mutate(url, body) {
    let reason = null;
    for (;;) {
      if (adminRequired && !sessionStorage.getItem(TOKEN_KEY) && !(await askToken(reason))) {
        return null;
      }
      const result = await call('POST', url, body, true);
      if (result.status !== 401) {
        return result;
      }
      adminRequired = true;
      sessionStorage.removeItem(TOKEN_KEY);
      renderSession();
      reason = 'The admin token was refused (401 Unauthorized). Enter the current token.';
    }
  }

  function askToken(reason) {
    const dialog = document.getElementById('token-dialog');
    const input = document.getElementById('token-input');
    document.getElementById('token-reason').textContent = reason ||
      'This AlertRouter requires its admin token (AlertRouter:Api:AdminToken) for dead-letter retries, test notifications and config reloads.';
    document.getElementById('token-reason').className = reason ? 'error-text' : '';
    input.value = '';
    dialog.returnValue = '';
    return new Promise(resolve => {
      dialog.addEventListener('close', () => {
        const token = input.value.trim();
        input.value = '';
        if (dialog.returnValue === 'ok' && token) {
          sessionStorage.setItem(TOKEN_KEY, token);
          renderSession();
          resolve(true);
        } else {
          resolve(false);
        }
      }, { once: true });
      dialog.showModal();
      input.focus();
    });
  }

  function renderSession() {
    const session = document.getElementById('session');
    if (!adminRequired) {
      session.replaceChildren();
      return;
    }
    const kept = !!sessionStorage.getItem(TOKEN_KEY);
    session.replaceChildren(
      h('span', { class: 'session-state' }, kept ? 'Admin token set' : 'Admin token needed'),
      kept
        ? h('button', { type: 'button', class: 'link', onclick: () => { sessionStorage.removeItem(TOKEN_KEY); renderSession(); } }, 'Forget')
        : h('button', { type: 'button', class: 'link', onclick: () => askToken() }, 'Enter'));
    const banner = document.getElementById('token-banner');
    if (kept && banner) {
      banner.remove();
    } else if (!kept && !banner) {
      document.getElementById('notice').before(h('div', { id: 'token-banner', class: 'notice info' },
        'This AlertRouter requires an admin token for retries, test notifications and reloads. Viewing needs none. ',
        h('button', { type: 'button', onclick: () => askToken() }, 'Enter admin token')));
    }
  }

  /** A message above the content: kind is ok, info, warn or error. Replaces the previous message. */
  function notify(kind, ...message) {
    const notice = document.getElementById('notice');
    notice.replaceChildren(h('div', { class: 'notice ' + kind, role: kind === 'error' ? 'alert' : null }, ...message));
  }

  function showError(error) {
    notify('error', error instanceof Error ? error.message : String(error));
  }

  const pad = n => String(n).padStart(2, '0');
  const isZero = iso => !iso || iso.startsWith('0001-');

  function relative(date) {
    const seconds = Math.round((date.getTime() - Date.now()) / 1000);
    const abs = Math.abs(seconds);
    const text = abs < 60 ? `${abs} s` : abs < 3600 ? `${Math.round(abs / 60)} min` : abs < 172800 ? `${Math.round(abs / 3600)} h` : `${Math.round(abs / 86400)} d`;
    return abs < 2 ? 'now' : seconds < 0 ? `${text} ago` : `in ${text}`;
  }

  /** A <time> showing local date/time and how long ago (or until); "—" for none or Go's zero time. */
  function time(iso) {
    if (isZero(iso)) {
      return h('span', { class: 'muted' }, '—');
    }
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
      return h('span', {}, String(iso));
    }
    const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    const clock = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
    const today = new Date().toDateString() === date.toDateString();
    return h('time', { datetime: iso, title: `${day} ${clock} (${Intl.DateTimeFormat().resolvedOptions().timeZone})` },
      today ? clock : `${day} ${clock}`, ' ', h('small', { class: 'muted' }, relative(date)));
  }

  function duration(seconds) {
    if (seconds < 1) {
      return `${Math.round(seconds * 1000)} ms`;
    }
    return seconds < 120 ? `${Math.round(seconds)} s` : seconds < 7200 ? `${Math.round(seconds / 60)} min` : `${Math.round(seconds / 3600)} h`;
  }

  /** A coloured badge: kind is ok, warn, bad, info or muted; the text always says the state (not colour alone). */
  const badge = (text, kind) => h('span', { class: 'badge ' + (kind || 'muted') }, text);

  /** Labels as name="value" chips, alertname first. */
  function labels(set, { skip = [] } = {}) {
    const names = Object.keys(set || {}).filter(n => !skip.includes(n))
      .sort((a, b) => (a === 'alertname' ? -1 : b === 'alertname' ? 1 : a < b ? -1 : a > b ? 1 : 0));
    if (names.length === 0) {
      return h('span', { class: 'muted' }, '{}');
    }
    return h('ul', { class: 'labels' }, names.map(n => h('li', { class: 'label' },
      h('span', { class: 'k' }, n), '=', h('span', { class: 'v' }, set[n]))));
  }

  /** Matchers as chips (strings like team="db"). */
  const matchers = list => h('ul', { class: 'labels' }, list.map(m => h('li', { class: 'label matcher' }, m)));

  /** A table with a caption (visible when given as {caption, hidden: false}), header cells and rows of cells. */
  function table(caption, columns, rows, { empty = 'Nothing to show.', rowProps } = {}) {
    return h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.length === 0
        ? h('tr', {}, h('td', { colspan: columns.length, class: 'empty' }, empty))
        : rows.map((cells, i) => h('tr', rowProps ? rowProps(i) : {}, cells.map(c => h('td', {}, c)))))));
  }

  function section(title, ...children) {
    return h('section', { 'aria-label': title }, h('h2', {}, title), ...children);
  }

  /** Query string parameters of this page, and a way to replace them without reloading. */
  const params = () => new URLSearchParams(location.search);
  function setParams(values) {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) {
      if (value) {
        next.set(key, value);
      }
    }
    const query = next.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
  }

  /** A "Refresh" button and "updated at" stamp in the page header, calling draw(). */
  function refresher(draw) {
    const stamp = h('span', { class: 'muted', id: 'updated' });
    const button = h('button', { type: 'button', onclick: () => run(draw) }, 'Refresh');
    document.getElementById('page-tools').replaceChildren(stamp, button);
    return () => { stamp.textContent = 'Updated ' + new Date().toLocaleTimeString(); };
  }

  async function run(draw) {
    try {
      await draw();
    } catch (error) {
      showError(error);
    }
  }

  /** Starts the page: marks the nav link, shows the token state, runs the page's draw(content). */
  function start(draw) {
    const page = document.body.dataset.page;
    for (const link of document.querySelectorAll('nav a[data-page]')) {
      if (link.dataset.page === page) {
        link.setAttribute('aria-current', 'page');
      }
    }
    renderSession();
    return run(() => draw(content()));
  }

  return {
    h, append, replace, safeHref, apiUrl, pageUrl, get, mutate, askToken, notify, showError, time, duration, badge, labels,
    matchers, table, section, params, setParams, refresher, run, start, isZero,
  };
})();
