// Shared by the pages: the API key (kept in this tab's sessionStorage only,
// never in a cookie, a URL or persistent storage), API calls, and DOM building with
// textContent only, so nothing the server or a file says becomes markup.

const KEY = 'candor.api_key';

export function getKey() { return sessionStorage.getItem(KEY) || ''; }

// keyForm wires a <form> holding an <input type=password> and a status
// element: the key is pasted once and kept for this tab.
export function keyForm(form, onChange) {
  const input = form.querySelector('input[type=password]');
  const status = form.querySelector('[data-key-status]');
  const forget = form.querySelector('[data-forget]');
  const show = () => {
    const k = getKey();
    status.textContent = k ? 'A key is set for this tab.' : 'No key set.';
    forget.hidden = !k;
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = input.value.trim();
    if (v) sessionStorage.setItem(KEY, v);
    input.value = '';
    show();
    onChange && onChange(getKey());
  });
  forget.addEventListener('click', () => {
    sessionStorage.removeItem(KEY);
    show();
    onChange && onChange('');
  });
  show();
}

// api calls the gateway; it throws an ApiError carrying OpenAI's error shape
// (message, code, reasons) for any answer that is not 2xx.
export class ApiError extends Error {
  constructor(status, body) {
    const e = (body && body.error) || {};
    super(e.message || ('HTTP ' + status));
    this.status = status;
    this.code = e.code || '';
    this.reasons = e.reasons || [];
    this.param = e.param || '';
  }
}

export async function api(path, { method = 'GET', body, headers = {}, key = getKey(), raw = false } = {}) {
  const h = { ...headers };
  if (key) h.Authorization = 'Bearer ' + key;
  let b = body;
  if (body !== undefined && !(body instanceof Blob) && !(body instanceof FormData) && typeof body !== 'string') {
    h['Content-Type'] = 'application/json';
    b = JSON.stringify(body);
  }
  const resp = await fetch(path, { method, headers: h, body: b, credentials: 'omit', cache: 'no-store' });
  if (raw && resp.ok) return resp;
  const text = await resp.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!resp.ok) throw new ApiError(resp.status, json);
  return json === null ? text : json;
}

// explainError turns an ApiError into a sentence a person can act on.
export function explainError(err) {
  if (!(err instanceof ApiError)) return String(err && err.message || err);
  switch (err.status) {
    case 401: return 'The API key is missing or unknown: paste a valid key above. (' + err.message + ')';
    case 403: return 'This key does not have the role this needs. (' + err.message + ')';
    case 429: return 'Too many requests: wait a moment and try again.';
    case 503: return 'The gateway is busy or the log is catching up: try again shortly. (' + err.message + ')';
  }
  return err.message;
}

// el builds an element: el('p', {class: 'x'}, 'text', child...). Strings
// become text nodes; attributes are set with setAttribute.
export function el(tag, attrs = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'on') { for (const [ev, f] of Object.entries(v)) n.addEventListener(ev, f); continue; }
    n.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return n;
}

export function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); return n; }

export function kv(pairs) {
  const dl = el('dl', { class: 'kv' });
  for (const [k, v] of pairs) {
    if (v === undefined || v === null || v === '') continue;
    dl.append(el('dt', {}, k), el('dd', {}, v));
  }
  return dl;
}

export function b64ToBytes(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// Plain-language explanations of C2PA 2.2 validation status codes (section
// 15.2); the verifier's own, more technical explanation is shown beside them.
const STATUS_TEXT = {
  'claimSignature.validated': 'The signature over the manifest is correct.',
  'claimSignature.insideValidity': 'The signing certificate was valid when the manifest was signed.',
  'claimSignature.mismatch': 'The signature does not match the manifest: the manifest was changed after signing.',
  'claimSignature.missing': 'The manifest has no signature.',
  'signingCredential.trusted': 'The signer\'s certificate leads to a trusted certificate authority.',
  'signingCredential.untrusted': 'The signer\'s certificate does not lead to a certificate authority this verifier trusts.',
  'signingCredential.expired': 'The signer\'s certificate had expired.',
  'signingCredential.revoked': 'The signer\'s certificate was revoked.',
  'assertion.hashedURI.match': 'An assertion is exactly as the signer recorded it.',
  'assertion.hashedURI.mismatch': 'An assertion was changed after signing.',
  'assertion.dataHash.match': 'The image\'s pixels and bytes are exactly as signed.',
  'assertion.dataHash.mismatch': 'The image was changed after it was signed: its bytes no longer match the signed hash.',
  'assertion.missing': 'An assertion the manifest refers to is missing.',
  'claim.missing': 'The manifest has no claim.',
  'manifest.missing': 'No manifest was found.',
  'timeStamp.validated': 'A trusted time stamp proves when it was signed.',
};

// statusText is a status's plain-language meaning: ours where we have one,
// else the verifier's explanation.
export function statusText(s) {
  return STATUS_TEXT[s.code] || s.explanation || '';
}

export function isFailureCode(code) {
  return /mismatch|missing|untrusted|expired|revoked|invalid|malformed|failure|error|outsideValidity/i.test(code);
}
