// claimtrack review page: selection (text <-> table), the claim panel swapped in place, offsets from a
// text selection, and the keyboard shortcuts. Everything it does has a plain-form fallback.
(function () {
  'use strict';
  const review = document.getElementById('review');
  const text = document.getElementById('article-text');
  if (!review || !text) return;
  const articleId = review.dataset.articleId;
  const panelBox = document.getElementById('claim-panel');
  const dialog = document.getElementById('shortcuts');
  let current = null;
  let lastRange = null; // the last selection inside the article text
  // u undoes the change the banner names (after a rejection: the rejected claim, not the one shown next)
  // until another claim is selected
  let bannerFirst = true;

  function rows() { return Array.from(document.querySelectorAll('#claims-table tbody tr[data-claim-id]')); }

  function mark(id) {
    document.querySelectorAll('#article-text .selected').forEach(function (e) { e.classList.remove('selected'); });
    document.querySelectorAll('#claims-table tr.selected').forEach(function (e) {
      e.classList.remove('selected'); e.removeAttribute('aria-selected');
    });
    if (!id) return;
    const spans = text.querySelectorAll('[data-claims~="' + id + '"]');
    spans.forEach(function (e) { e.classList.add('selected'); });
    const row = document.getElementById('claim-' + id);
    if (row) {
      row.classList.add('selected');
      row.setAttribute('aria-selected', 'true');
      row.scrollIntoView({ block: 'nearest' });
    }
    if (spans.length) spans[0].scrollIntoView({ block: 'nearest' });
  }

  function select(id, load) {
    id = String(id);
    current = id;
    mark(id);
    const url = new URL(window.location.href);
    url.searchParams.set('claim', id);
    url.searchParams.delete('done');
    url.hash = '';
    window.history.replaceState(null, '', url.toString());
    if (!load) return Promise.resolve();
    return fetch('/articles/' + articleId + '/panel/' + id, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        if (current !== id) return;
        panelBox.innerHTML = html; // our own server-rendered, escaped fragment
        panelBox.dataset.loaded = id;
        ['page-notice', 'page-error'].forEach(function (n) {
          const e = document.getElementById(n);
          // a banner with an Undo stays (it names its claim); u is for the claim now shown
          if (e && !e.querySelector('form')) e.remove();
        });
        bannerFirst = false;
      })
      .catch(function () { window.location.href = '/articles/' + articleId + '?claim=' + id; });
  }

  function step(delta) {
    const all = rows();
    if (!all.length) return;
    let i = all.findIndex(function (r) { return r.dataset.claimId === current; });
    i = i < 0 ? (delta > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, i + delta));
    select(all[i].dataset.claimId, true);
  }

  // code-point offset of a DOM position inside the article text (the text content is the raw text)
  function offset(node, off) {
    const r = document.createRange();
    r.setStart(text, 0);
    r.setEnd(node, off);
    return Array.from(r.toString()).length;
  }

  document.addEventListener('selectionchange', function () {
    const s = window.getSelection();
    if (s && s.rangeCount && text.contains(s.getRangeAt(0).commonAncestorContainer)) {
      lastRange = s.getRangeAt(0).cloneRange();
    }
  });

  text.addEventListener('click', function (ev) {
    const s = window.getSelection();
    if (s && !s.isCollapsed) return; // selecting words, not a claim
    const el = ev.target.closest('[data-claim-id]');
    if (el) select(el.dataset.claimId, true);
  });

  document.getElementById('claims-table') && document.getElementById('claims-table').addEventListener('click', function (ev) {
    const row = ev.target.closest('tr[data-claim-id]');
    if (!row) return;
    ev.preventDefault();
    select(row.dataset.claimId, true);
  });

  document.addEventListener('click', function (ev) {
    const b = ev.target.closest('button');
    if (!b) return;
    const form = b.form;
    if (b.classList.contains('use-selection') && form) {
      if (!lastRange) { alert('Select the words in the article text first.'); return; }
      form.elements[b.dataset.start].value = offset(lastRange.startContainer, lastRange.startOffset);
      form.elements[b.dataset.end].value = offset(lastRange.endContainer, lastRange.endOffset);
      if (b.dataset.mode && form.elements.source) form.elements.source.value = b.dataset.mode;
    } else if (b.classList.contains('use-caret') && form) {
      if (!lastRange) { alert('Click in the article text where the claim should be split.'); return; }
      form.elements[b.dataset.field].value = offset(lastRange.startContainer, lastRange.startOffset);
    } else if (b.classList.contains('clear-fields') && form) {
      b.dataset.fields.split(',').forEach(function (f) { form.elements[f].value = ''; });
    }
  });

  function submit(id) {
    const f = document.getElementById(id);
    if (f) f.requestSubmit ? f.requestSubmit() : f.submit();
  }

  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    const k = ev.key;
    if (k === '?' || (dialog && dialog.open)) return; // app.js opens and closes the shortcut list
    if (k === 'j') { ev.preventDefault(); step(1); }
    else if (k === 'k') { ev.preventDefault(); step(-1); }
    else if (k >= '1' && k <= '7') {
      const f = document.getElementById('verdict-form');
      if (!f) return;
      ev.preventDefault();
      const radios = f.querySelectorAll('input[name="rating"]');
      radios[Number(k) - 1].checked = true;
      submit('verdict-form');
    } else if (k === 'e') {
      const d = document.getElementById('edit-details');
      if (!d) return;
      ev.preventDefault();
      d.open = true;
      const kind = document.getElementById('edit-kind');
      if (kind) kind.focus();
      d.scrollIntoView({ block: 'nearest' });
    } else if (k === 'x') { ev.preventDefault(); submit('reject-form'); }
    else if (k === 'u') {
      ev.preventDefault();
      submit(bannerFirst && document.getElementById('banner-undo-form') ? 'banner-undo-form' : 'undo-form');
    }
  });

  const inner = panelBox && panelBox.querySelector('.panel-inner');
  if (inner) {
    current = inner.dataset.claimId;
    mark(current);
  }
})();
