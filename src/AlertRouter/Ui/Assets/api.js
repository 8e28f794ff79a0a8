'use strict';

// Calls to AlertRouter's JSON APIs (relative URLs, so a reverse proxy may add a path prefix), the admin token for
// mutating calls (kept in sessionStorage, asked for when needed and again after a 401), and page start-up.
Object.assign(AR, (() => {
  const { h, showError } = AR;
  const TOKEN_KEY = 'alertrouter.adminToken';
  const apiBase = new URL('../api/v1/', document.baseURI);
  const content = () => document.getElementById('content');
  let adminRequired = document.body.dataset.adminToken === 'required';

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
    // Cancel is a plain button, so Enter in the field submits with "Use token" (the form's only submit button).
    document.getElementById('token-cancel').onclick = () => dialog.close('cancel');
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

  return { apiUrl, pageUrl, get, mutate, askToken, refresher, run, start };
})());
