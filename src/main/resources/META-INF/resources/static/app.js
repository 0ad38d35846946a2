// claimtrack page script: served as a file because the CSP allows no inline script.
(function () {
  'use strict';
  // Writes to /api from a logged-in page carry the CSRF token of the page.
  const meta = document.querySelector('meta[name="csrf-token"]');
  window.claimtrack = window.claimtrack || {};
  window.claimtrack.csrf = meta ? meta.content : '';
  window.claimtrack.api = function (method, url, body) {
    const headers = { 'Accept': 'application/json', 'X-CSRF-Token': window.claimtrack.csrf };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(url, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin' });
  };

  // ? opens the shortcut list the footer advertises, on every page; / goes to the claim search.
  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    const dialog = document.getElementById('shortcuts');
    if (ev.key === '?' && dialog) {
      ev.preventDefault();
      if (dialog.open) dialog.close(); else dialog.showModal();
    } else if (ev.key === '/' && !(dialog && dialog.open)) {
      const search = document.querySelector('.topbar .search input');
      if (search) { ev.preventDefault(); search.focus(); }
    }
  });
})();
