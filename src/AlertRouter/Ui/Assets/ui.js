'use strict';

// Shared helpers of the operator page: building elements and formatting. Everything is built with DOM calls and text
// nodes: label values, annotations and errors are user input, so no HTML string is ever parsed here (and the page's
// CSP forbids inline script). api.js adds the calls to AlertRouter, the admin token and page start-up.
const AR = (() => {
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

  return {
    h, append, replace, safeHref, notify, showError, time, duration, badge, labels, matchers, table, section, params, setParams, isZero,
  };
})();
