// The pages' one script (a module, loaded from /assets: no inline script, CSP `default-src 'self'`).
// Every page works without it. With it:
// - the screener filters as you type: it asks the query API (/api/securities?…) and, on a static
//   host without that API, runs the same query over /universe.json; rows are built with DOM APIs
//   and textContent from the cells the server renders too (screener.js), the URL kept in sync;
// - embed snippets get this site's address and a working Copy button.
/* global document, window, history, location */
import {
  COLUMNS,
  SORT_LABELS,
  ariaSort,
  pagerItems,
  parseQuery,
  queryString,
  rowCells,
  runQuery,
  sortHref,
  statusText,
} from './screener.js';

function partNode(part) {
  const node = document.createElement(part.href ? 'a' : 'span');
  if (part.href) node.setAttribute('href', part.href);
  if (part.className) node.className = part.className;
  if (part.text) node.append(document.createTextNode(part.text));
  for (const child of part.children ?? []) {
    node.append(child.className || child.href ? partNode(child) : document.createTextNode(child.text ?? ''));
  }
  return node;
}

function rowNode(row) {
  const tr = document.createElement('tr');
  for (const cell of rowCells(row)) {
    const td = document.createElement(cell.header ? 'th' : 'td');
    if (cell.header) td.setAttribute('scope', 'row');
    td.className = cell.className;
    for (const part of cell.parts)
      td.append(part.className || part.href ? partNode(part) : document.createTextNode(part.text ?? ''));
    tr.append(td);
  }
  return tr;
}

function pagerNode(result) {
  const ul = document.createElement('ul');
  for (const item of pagerItems(result)) {
    const li = document.createElement('li');
    if (item.gap) {
      li.className = 'gap';
      li.setAttribute('aria-hidden', 'true');
      li.textContent = item.text;
    } else if (item.disabled) {
      li.className = 'disabled';
      const span = document.createElement('span');
      span.textContent = item.text;
      li.append(span);
    } else if (item.current) {
      const span = document.createElement('span');
      span.className = 'current';
      span.setAttribute('aria-current', 'page');
      span.textContent = item.text;
      li.append(span);
    } else {
      const a = document.createElement('a');
      a.setAttribute('href', item.href);
      if (item.rel) a.setAttribute('rel', item.rel);
      else a.setAttribute('aria-label', `Page ${item.text}`);
      a.textContent = item.text;
      li.append(a);
    }
    ul.append(li);
  }
  return ul;
}

function screener(form) {
  const table = document.getElementById('screener');
  const tbody = table.tBodies[0];
  const status = document.getElementById('result-status');
  const caption = document.getElementById('screener-caption');
  const pager = document.querySelector('nav.pager');
  const apiUrl = document.querySelector('.api-url');
  let controller = null;
  let universe = null;
  let timer = 0;

  let api = true;

  async function fetchResult(query, signal) {
    if (api) {
      try {
        const response = await fetch(`/api/securities${queryString(query)}`, { signal, headers: { accept: 'application/json' } });
        const type = response.headers.get('content-type') ?? '';
        if (response.ok && type.includes('json')) return await response.json();
        if (response.status === 404 || !type.includes('json')) api = false;
      } catch (error) {
        if (signal.aborted) throw error;
      }
    }
    // A static host: no query API, the same query over the universe listing.
    universe ??= fetch('/universe.json', { signal }).then((r) => {
      if (!r.ok) throw new Error(`universe.json: HTTP ${r.status}`);
      return r.json();
    });
    try {
      return runQuery(await universe, query);
    } catch (error) {
      universe = null;
      throw error;
    }
  }

  function render(result) {
    const q = result.query;
    tbody.replaceChildren(...result.rows.map(rowNode));
    if (result.rows.length === 0) {
      const tr = document.createElement('tr');
      tr.className = 'empty';
      const td = document.createElement('td');
      td.colSpan = COLUMNS.length;
      td.textContent = 'No securities match these filters.';
      tr.append(td);
      tbody.append(tr);
    }
    status.textContent = statusText(result);
    caption.textContent = `Securities, sorted by ${SORT_LABELS[q.sort].toLowerCase()}, ${q.order === 'asc' ? 'ascending' : 'descending'}; page ${q.page} of ${result.pages}`;
    const heads = table.tHead.rows[0].cells;
    COLUMNS.forEach((column, i) => {
      const th = heads[i];
      const sort = ariaSort(q, column);
      if (sort) th.setAttribute('aria-sort', sort);
      else th.removeAttribute('aria-sort');
      for (const a of th.querySelectorAll('a[data-sort]')) a.setAttribute('href', sortHref(q, a.dataset.sort));
    });
    pager.replaceChildren(pagerNode(result));
    if (apiUrl) apiUrl.textContent = `/api/securities${queryString(q)}`;
    form.dataset.rendered = queryString(q);
    history.replaceState(null, '', `/${queryString(q)}`);
  }

  function setControls(query) {
    form.elements.q.value = query.q;
    form.elements.country.value = query.country ?? '';
    form.elements.sector.value = query.sector ?? '';
    form.elements.industry.value = query.industry ?? '';
    for (const box of form.querySelectorAll('input[name="signal"]')) box.checked = query.signals.includes(box.value);
    form.elements.sort.value = query.sort;
    form.elements.order.value = query.order;
    if ([...form.elements.size.options].some((o) => o.value === String(query.size)))
      form.elements.size.value = String(query.size);
  }

  async function update(query) {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    form.setAttribute('aria-busy', 'true');
    try {
      const result = await fetchResult(query, signal);
      if (!signal.aborted) render(result);
    } catch (error) {
      if (!signal.aborted) status.textContent = `The list could not be updated (${error.message}). Use Apply filters instead.`;
    } finally {
      if (!signal.aborted) form.removeAttribute('aria-busy');
    }
  }

  const fromForm = () => ({ ...parseQuery(new window.FormData(form)), page: 1 });

  form.addEventListener('input', (event) => {
    clearTimeout(timer);
    const delay = event.target.name === 'q' ? 180 : 0;
    timer = setTimeout(() => update(fromForm()), delay);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(fromForm());
  });
  // Sort headers and pages: the same query with another sort or page, without reloading.
  document.addEventListener('click', (event) => {
    const a = event.target.closest?.('thead a[data-sort], nav.pager a');
    if (!a || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const query = parseQuery(new URL(a.href).searchParams);
    setControls(query);
    update(query);
    if (a.closest('nav.pager')) table.scrollIntoView({ block: 'start' });
  });

  // A static host serves index.html for /?…: run the URL's query when it is not the one rendered.
  const asked = parseQuery(new URL(location.href).searchParams);
  if (queryString(asked) !== (form.dataset.rendered ?? '')) {
    setControls(asked);
    update(asked);
  }
}

function embeds() {
  for (const code of document.querySelectorAll('code[data-embed]')) {
    code.textContent = code.textContent.replaceAll('="/', `="${location.origin}/`);
  }
  for (const span of document.querySelectorAll('.embed .origin')) span.textContent = location.origin;
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const code = document.getElementById(button.dataset.copy);
    if (!code) continue;
    button.hidden = false;
    button.setAttribute('aria-label', `Copy the ${button.dataset.copy.replace(/^embed-/, '')} snippet`);
    button.addEventListener('click', async () => {
      let copied = false;
      try {
        await navigator.clipboard.writeText(code.textContent);
        copied = true;
      } catch {
        const range = document.createRange();
        range.selectNodeContents(code);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      }
      button.textContent = copied ? 'Copied' : 'Press Ctrl+C';
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
  }
}

const form = document.querySelector('form.filters');
if (form) screener(form);
embeds();
