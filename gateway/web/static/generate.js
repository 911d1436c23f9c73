import { api, ApiError, clear, el, explainError, getKey, keyForm, kv, b64ToBytes } from './common.js';

const $ = (id) => document.getElementById(id);
const prompt = $('prompt'), negative = $('negative'), policy = $('policy');
let checkSeq = 0, timer = 0;

keyForm($('keyform'), () => schedule());

function reasonList(reasons) {
  return el('ul', {}, (reasons || []).map((r) => el('li', {}, r.message || r.rule, r.category ? ' (' + r.category + ')' : '')));
}

function showPolicy(kind, head, reasons) {
  policy.className = 'policy ' + kind;
  clear(policy).append(el('strong', {}, head));
  if (reasons && reasons.length) policy.append(reasonList(reasons));
}

// The live policy check: debounced, and only the latest answer is shown.
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(check, 400);
}

async function check() {
  const p = prompt.value.trim();
  if (!p) { showPolicy('neutral', 'The policy check runs as you type.'); return; }
  if (!getKey()) { showPolicy('warn', 'Paste an API key above to check the prompt.'); return; }
  const seq = ++checkSeq;
  try {
    const d = await api('/v1/policy/check', { method: 'POST', body: { prompt: p, negative_prompt: negative.value } });
    if (seq !== checkSeq) return;
    if (d.decision === 'allow') showPolicy('ok', 'Allowed by the policy (revision ' + String(d.revision).slice(0, 12) + ').', d.reasons);
    else showPolicy('bad', 'Refused by the policy:', d.reasons);
  } catch (e) {
    if (seq === checkSeq) showPolicy('warn', explainError(e));
  }
}
prompt.addEventListener('input', schedule);
negative.addEventListener('input', schedule);

function setImage(src, alt) {
  const box = clear($('imgbox'));
  box.append(el('img', { src, alt }));
}

// readEvents parses a Server-Sent Events body into {event, data} objects.
async function* readEvents(resp) {
  const reader = resp.body.pipeThrough(new TextDecoderStream()).getReader();
  let buf = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += value;
    let i;
    while ((i = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      let event = 'message', data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data += line.slice(5).trimStart();
      }
      if (data) yield { event, data: JSON.parse(data) };
    }
  }
}

$('genform').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const err = $('generror');
  err.hidden = true;
  const p = prompt.value.trim();
  if (!p) { err.textContent = 'Write a prompt first.'; err.hidden = false; prompt.focus(); return; }
  if (!getKey()) { err.textContent = 'Paste an API key with the generate role first.'; err.hidden = false; $('key').focus(); return; }
  const body = {
    prompt: p, n: 1, size: $('size').value, response_format: 'b64_json', stream: true, partial_images: 3,
    steps: Number($('steps').value) || undefined, guidance_scale: $('guidance').value === '' ? undefined : Number($('guidance').value),
  };
  if (negative.value.trim()) body.negative_prompt = negative.value.trim();
  if ($('seed').value !== '') body.seed = Number($('seed').value);
  const go = $('go');
  go.disabled = true;
  clear($('strip')); clear($('result'));
  $('progress').textContent = 'Checking the prompt and starting…';
  try {
    const resp = await fetch('/v1/images/generations', {
      method: 'POST', credentials: 'omit', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + getKey(), Accept: 'text/event-stream' },
      body: JSON.stringify(body),
    });
    if (!resp.ok || !(resp.headers.get('Content-Type') || '').startsWith('text/event-stream')) {
      let j = null;
      try { j = await resp.json(); } catch { j = null; }
      throw new ApiError(resp.status, j);
    }
    let previews = 0;
    for await (const { data } of readEvents(resp)) {
      if (data.type === 'image_generation.partial_image') {
        previews++;
        const src = 'data:image/png;base64,' + data.b64_json;
        const c = data.candor || {};
        setImage(src, 'Preview ' + previews + ' of the image being generated (step ' + c.step + ' of ' + c.steps + ')');
        $('strip').append(el('img', { src, alt: 'Preview ' + previews + ', step ' + c.step, 'data-preview': previews }));
        $('progress').textContent = 'Preview ' + previews + ': step ' + c.step + ' of ' + c.steps + ' (unsigned preview)';
      } else if (data.type === 'image_generation.completed') {
        await showFinal(data);
      } else if (data.type === 'error') {
        throw new ApiError(data.error && data.error.status || 400, data);
      }
    }
  } catch (e) {
    $('progress').textContent = '';
    err.textContent = explainError(e);
    if (e instanceof ApiError && e.reasons.length) err.append(reasonList(e.reasons));
    err.hidden = false;
    if (e instanceof ApiError && e.code === 'content_policy_violation') showPolicy('bad', 'Refused by the policy:', e.reasons);
  } finally {
    go.disabled = false;
  }
});

async function showFinal(data) {
  const fmt = data.output_format || 'png';
  const mime = fmt === 'jpeg' ? 'image/jpeg' : 'image/png';
  const bytes = b64ToBytes(data.b64_json);
  const blob = new Blob([bytes], { type: mime });
  const url = URL.createObjectURL(blob);
  setImage(url, 'The generated image, AI-generated, with Content Credentials');
  $('imgbox').querySelector('img').setAttribute('data-final', '1');
  $('progress').textContent = 'Done: signed and recorded in the audit log.';
  const c = data.candor || {};
  const im = (c.images || [])[0] || {};
  const res = clear($('result'));
  res.append(el('p', { class: 'disclosure' }, el('span', { class: 'badge warn' }, 'AI-generated'),
    ' This image was made by an AI model; its Content Credentials say so.'));
  let rep = null;
  try { rep = await api('/v1/verify', { method: 'POST', body: blob, headers: { 'Content-Type': mime }, key: '' }); } catch { rep = null; }
  const g = rep && rep.generation || {};
  res.append(el('h2', {}, 'Content Credentials'));
  if (rep) {
    const cls = rep.state === 'trusted' ? 'ok' : rep.state === 'valid' ? 'warn' : 'bad';
    const say = { trusted: 'Intact and signed by a signer this gateway trusts.', valid: 'Intact; the signer is not one this gateway trusts.',
      invalid: 'The credentials do not check out.', absent: 'No Content Credentials found.' };
    res.append(el('p', {}, el('span', { class: 'badge ' + cls, 'data-state': rep.state }, rep.state), ' ', say[rep.state] || ''));
  }
  res.append(kv([
    ['Signer', rep && rep.signer], ['Made with', rep && rep.claim_generator], ['Signed at', rep && rep.signed_at],
    ['Model', g.model], ['Seed', g.seed ?? im.seed], ['Steps', g.steps], ['Guidance', g.guidance],
    ['Size', g.width ? g.width + ' × ' + g.height : data.size], ['Output safety', im.safety],
    ['Manifest', im.manifest_id], ['Audit entry', im.audit_index ?? g.audit_index], ['Request', c.request_id],
  ]));
  const name = 'candor-' + (c.request_id || 'image') + '.' + (fmt === 'jpeg' ? 'jpg' : 'png');
  res.append(el('a', { class: 'button', href: url, download: name, id: 'download' }, 'Download'),
    el('a', { class: 'button secondary', href: '/verify' }, 'Verify a file'));
}
