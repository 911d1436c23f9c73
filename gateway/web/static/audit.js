import { api, clear, el, explainError, getKey, keyForm, kv } from './common.js';
import { checkReceipt } from './proof.js';

const $ = (id) => document.getElementById(id);
let after = null; // the current page's after=, null for the first page
let nextAfter = null;
let entriesSeq = 0; // only the latest search's answer is shown

function fail(e) {
  const p = $('err');
  p.textContent = explainError(e);
  p.hidden = false;
}

keyForm($('keyform'), () => loadAll());

function loadAll() {
  $('err').hidden = true;
  if (!getKey()) return;
  loadCheckpoint();
  loadEntries(null);
  loadReports();
  loadReview();
}

async function loadCheckpoint() {
  try { $('checkpoint').textContent = await api('/v1/audit/checkpoint'); } catch (e) { $('checkpoint').textContent = explainError(e); }
}
$('cpreload').addEventListener('click', loadCheckpoint);

function utc(v) { return v ? new Date(v + 'Z').toISOString() : ''; }

async function loadEntries(from) {
  const q = new URLSearchParams({ limit: $('limit').value });
  if ($('since').value) q.set('since', utc($('since').value));
  if ($('until').value) q.set('until', utc($('until').value));
  if (from !== null) q.set('after', from);
  const seq = ++entriesSeq;
  let page;
  try { page = await api('/v1/audit/entries?' + q); } catch (e) { if (seq === entriesSeq) fail(e); return; }
  if (seq !== entriesSeq) return;
  after = from;
  nextAfter = page.has_more ? page.next_after : null;
  const route = $('route').value.trim().toLowerCase(), outcome = $('outcome').value.trim().toLowerCase();
  const rows = page.data.filter((e) => (!route || e.route.toLowerCase().includes(route)) && (!outcome || (e.outcome || '').toLowerCase() === outcome));
  const tb = clear($('entries').tBodies[0]);
  for (const e of rows) {
    const btn = el('button', { type: 'button', class: 'secondary', 'data-index': e.index, 'aria-label': 'Check the inclusion proof of entry ' + e.index }, 'Check');
    const tr = el('tr', { 'data-entry': e.index },
      el('td', {}, String(e.index)), el('td', {}, e.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z')), el('td', {}, el('code', {}, e.route)),
      el('td', {}, e.outcome), el('td', {}, e.decision || ''),
      el('td', {}, e.prompt || (e.prompt_commitment ? el('span', { class: 'hint', title: 'HMAC commitment; the prompt is not stored' }, 'commitment ' + e.prompt_commitment.slice(0, 12) + '…') : '')),
      el('td', {}, btn));
    btn.addEventListener('click', () => proveRow(e.index, tr, btn));
    tb.append(tr);
  }
  $('pageinfo').textContent = rows.length + ' entries shown' + (rows.length !== page.data.length ? ' (' + page.data.length + ' on this page before the route and outcome filters)' : '') +
    (after !== null ? ', after index ' + after : ', from the first') + (page.has_more ? '; more follow.' : '.');
  $('next').disabled = nextAfter === null;
  $('first').disabled = after === null;
}
$('filters').addEventListener('submit', (ev) => { ev.preventDefault(); loadEntries(null); });
$('next').addEventListener('click', () => loadEntries(nextAfter));
$('first').addEventListener('click', () => loadEntries(null));

// proveRow fetches the entry's receipt, hashes the entry's exact bytes into
// its leaf hash, and checks the inclusion proof and checkpoint signature here.
async function proveRow(index, tr, btn) {
  btn.disabled = true;
  const old = tr.nextSibling && tr.nextSibling.dataset && tr.nextSibling.dataset.proofOf === String(index) ? tr.nextSibling : null;
  if (old) old.remove();
  const cell = el('td', { colspan: 7 }, 'Checking…');
  tr.after(el('tr', { 'data-proof-of': index }, cell));
  try {
    const resp = await api('/v1/audit/receipt?index=' + index, { raw: true });
    const res = await checkReceipt(await resp.text());
    const ok = res.ok;
    clear(cell).append(el('span', { class: 'badge ' + (ok ? 'ok' : 'bad'), 'data-proof': ok ? 'ok' : 'failed' }, ok ? 'Inclusion proof checked in this page' : 'Inclusion proof failed'),
      el('ul', {}, res.steps.map((s) => el('li', {}, s.ok === false ? '✗ ' : s.ok ? '✓ ' : '– ', s.text))));
  } catch (e) {
    clear(cell).append(el('span', { class: 'badge bad' }, 'Not checked'), ' ', explainError(e));
  } finally {
    btn.disabled = false;
  }
}

async function loadReports() {
  const ul = clear($('reports'));
  let list;
  try { list = await api('/v1/bias/reports'); } catch (e) { ul.append(el('li', {}, explainError(e))); return; }
  if (!list.data.length) { ul.append(el('li', {}, 'No bias reports yet (candor bias run, or POST /v1/bias/runs).')); return; }
  for (const r of list.data) {
    const prompts = [...new Set((r.groups || []).map((g) => g.prompt))].join(', ');
    const b = el('button', { type: 'button', class: 'secondary', 'data-report': r.id }, 'Open');
    b.addEventListener('click', () => showReport(r));
    ul.append(el('li', {}, (r.created || '').replace('T', ' ').replace(/\.\d+Z$/, 'Z') + ': ' + prompts + ' ', b));
  }
}

const SVGNS = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, text) {
  const n = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

// chart draws one attribute of one group: a bar per class for its
// proportion, the 95% interval as a whisker, the reference as a dashed mark.
function chart(title, a) {
  const order = a.order && a.order.length ? a.order : Object.keys(a.classes);
  const row = 24, left = 84, width = 200, top = 24;
  const h = top + order.length * row + 24;
  const s = svg('svg', { class: 'chart', viewBox: '0 0 ' + (left + width + 64) + ' ' + h, width: '100%', role: 'img', 'aria-label': title });
  s.append(svg('title', {}, title), svg('text', { x: 0, y: 14, 'font-weight': 700 }, title));
  const x = (p) => left + p * width;
  s.append(svg('line', { class: 'axis', x1: x(0), x2: x(0), y1: top - 4, y2: h - 20 }));
  for (const t of [0, 0.25, 0.5, 0.75, 1]) s.append(svg('text', { x: x(t), y: h - 6, 'text-anchor': 'middle' }, Math.round(t * 100) + '%'));
  order.forEach((cls, i) => {
    const c = a.classes[cls] || { proportion: 0, ci95: [0, 0], count: 0 };
    const y = top + i * row;
    s.append(svg('text', { x: left - 6, y: y + 15, 'text-anchor': 'end' }, cls));
    s.append(svg('rect', { class: 'bar', x: x(0), y: y + 3, width: Math.max(0, c.proportion * width), height: row - 8 }));
    const ci = c.ci95 || [c.proportion, c.proportion];
    s.append(svg('line', { class: 'ci', x1: x(ci[0]), x2: x(ci[1]), y1: y + row / 2, y2: y + row / 2 }));
    s.append(svg('line', { class: 'ci', x1: x(ci[0]), x2: x(ci[0]), y1: y + 6, y2: y + row - 6 }));
    s.append(svg('line', { class: 'ci', x1: x(ci[1]), x2: x(ci[1]), y1: y + 6, y2: y + row - 6 }));
    if (a.reference && a.reference[cls] !== undefined) {
      s.append(svg('line', { class: 'ref', x1: x(a.reference[cls]), x2: x(a.reference[cls]), y1: y + 1, y2: y + row - 1 }));
    }
    s.append(svg('text', { x: x(1) + 6, y: y + 15 }, Math.round(c.proportion * 100) + '% (' + c.count + ')'));
  });
  return s;
}

// accuracy is a reader's measured accuracy: one number, or one per attribute.
function accuracy(a) {
  if (a === undefined || a === null) return '';
  if (typeof a === 'number') return ' (accuracy ' + a.toFixed(2) + ')';
  if (typeof a === 'object' && Object.keys(a).length === 0) return '';
  if (typeof a === 'object') return ' (accuracy ' + Object.entries(a).map(([k, v]) => k + ' ' + (typeof v === 'number' ? v.toFixed(2) : JSON.stringify(v))).join(', ') + ')';
  return ' (accuracy ' + a + ')';
}

function showReport(r) {
  const box = clear($('report'));
  box.append(el('h3', { id: 'reporttitle', tabindex: '-1' }, 'Report ' + r.id), kv([
    ['Created', r.created], ['Model', r.model && r.model.name], ['Readers', (r.readers || []).map((x) => x.name + accuracy(x.accuracy)).join('; ')],
  ]));
  if (r.findings && r.findings.length) box.append(el('h4', {}, 'Findings'), el('ul', {}, r.findings.map((f) => el('li', {}, f))));
  for (const g of r.groups || []) {
    box.append(el('h4', {}, '"' + g.prompt + '", guidance ' + g.guidance + ': ' + g.n + ' images' + (g.blocked ? ', ' + g.blocked + ' blocked' : '')));
    const charts = el('div', { class: 'charts' });
    box.append(charts);
    for (const [name, a] of Object.entries(g.attributes || {})) {
      const fig = el('figure', { 'data-chart': name });
      fig.append(chart(name, a), el('figcaption', { class: 'hint' },
        name + ': ' + a.known + ' read, ' + a.unknown + ' unreadable' + (a.tvd !== undefined ? '; distance from reference (TVD) ' + Number(a.tvd).toFixed(2) : '') +
        (a.chi2_p !== undefined ? ', chi-square p = ' + Number(a.chi2_p).toPrecision(2) : '')));
      charts.append(fig);
    }
  }
  box.append(el('p', {}, 'Also as ', el('a', { href: '#', id: 'csv' }, 'CSV'), '.'));
  $('csv').addEventListener('click', async (ev) => {
    ev.preventDefault();
    try {
      const resp = await api('/v1/bias/reports/' + encodeURIComponent(r.id) + '?format=csv', { raw: true });
      const a = el('a', { href: URL.createObjectURL(await resp.blob()), download: 'bias-' + r.id + '.csv' });
      a.click();
    } catch (e) { fail(e); }
  });
  $('reporttitle').focus();
}

async function loadReview() {
  const box = clear($('review'));
  let list;
  try { list = await api('/v1/review/items?status=pending'); } catch (e) {
    box.append(el('p', { class: 'hint' }, e.status === 403 ? 'This key has no review role.' : explainError(e)));
    return;
  }
  if (!list.data.length) { box.append(el('p', {}, 'Nothing is waiting for review.')); return; }
  for (const it of list.data) {
    const img = el('img', { alt: 'Held image ' + it.id });
    const status = el('p', { role: 'status' });
    const act = (what) => async () => {
      try { const r = await api('/v1/review/items/' + encodeURIComponent(it.id) + '/' + what, { method: 'POST', body: {} }); status.textContent = 'Now ' + r.status + '.'; } catch (e) { status.textContent = explainError(e); }
    };
    const rel = el('button', { type: 'button' }, 'Release'), rej = el('button', { type: 'button', class: 'secondary' }, 'Reject');
    rel.addEventListener('click', act('release'));
    rej.addEventListener('click', act('reject'));
    const reasons = Array.isArray(it.reasons) ? it.reasons.map((x) => x.label + ' ' + Number(x.score).toFixed(2) + ' ≥ ' + x.threshold).join('; ') : '';
    box.append(el('div', { class: 'review-item', 'data-review': it.id }, img, el('div', {},
      kv([['Item', it.id], ['Held', it.created], ['Why', reasons], ['Request', it.request_id], ['Audit entry', it.audit_index]]), rel, rej, status)));
    api('/v1/review/items/' + encodeURIComponent(it.id) + '/image', { raw: true })
      .then((r) => r.blob()).then((b) => { img.src = URL.createObjectURL(b); }).catch(() => { img.alt = 'image not available'; });
  }
}

if (getKey()) loadAll();
