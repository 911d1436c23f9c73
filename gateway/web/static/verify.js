import { api, clear, el, explainError, isFailureCode, kv, statusText } from './common.js';
import { checkInclusion, fromHex } from './proof.js';

const $ = (id) => document.getElementById(id);
const drop = $('drop'), file = $('file'), out = $('out');

file.addEventListener('change', () => { if (file.files[0]) verify(file.files[0]); });
drop.addEventListener('dragover', (ev) => { ev.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (ev) => {
  ev.preventDefault();
  drop.classList.remove('over');
  const f = ev.dataTransfer && ev.dataTransfer.files[0];
  if (f) verify(f);
});

const STATES = {
  trusted: ['ok', 'Trusted and valid', 'The Content Credentials are intact and signed by a signer this gateway trusts.'],
  valid: ['warn', 'Valid, signer not trusted', 'The Content Credentials are intact, but the signer\'s certificate does not lead to an authority this gateway trusts.'],
  invalid: ['bad', 'Invalid', 'The Content Credentials do not check out: the image or its manifest was changed after signing, or the signature is wrong.'],
  absent: ['neutral', 'No Content Credentials', 'This file carries no C2PA manifest, so nothing can be said about where it came from.'],
};

let seq = 0; // only the latest file's answer is shown

async function verify(f) {
  const mine = ++seq;
  clear(out);
  $('busy').textContent = 'Checking ' + f.name + '…';
  const fd = new FormData();
  fd.append('file', f, f.name);
  let rep;
  try {
    rep = await api('/v1/verify', { method: 'POST', body: fd, key: '' });
  } catch (e) {
    if (mine !== seq) return;
    $('busy').textContent = '';
    out.append(el('p', { class: 'verdict bad', role: 'alert' }, 'Could not verify ' + f.name + ': ' + explainError(e)));
    return;
  }
  if (mine !== seq) return;
  $('busy').textContent = '';
  render(f, rep);
}

function render(f, rep) {
  const [cls, head, text] = STATES[rep.state] || ['neutral', rep.state, ''];
  const failures = (rep.status || []).filter((s) => isFailureCode(s.code) && s.code !== 'signingCredential.untrusted');
  const v = el('div', { class: 'verdict ' + cls, id: 'verdict', 'data-state': rep.state },
    el('strong', {}, head), text);
  if (rep.state === 'invalid' && failures.length) {
    v.append(el('p', { id: 'reason' }, 'Reason: ', failures.map((s) => statusText(s) || s.code).join(' ')));
  }
  out.append(el('h2', {}, f.name), v);
  if (rep.state !== 'absent') {
    out.append(el('p', { id: 'ai' }, rep.ai_generated
      ? [el('span', { class: 'badge warn' }, 'AI-generated'), ' The signer says this image was made by an AI model (digital source type: trained algorithmic media).']
      : [el('span', { class: 'badge neutral' }, 'Not declared AI-generated'), ' The manifest does not say the image was made by AI.']));
  }
  out.append(kv([
    ['Signer', rep.signer], ['Made with', rep.claim_generator], ['Signed at', rep.signed_at], ['Title', rep.title],
    ['Manifest', rep.manifest_id], ['Digital source type', rep.digital_source_type],
  ]));
  const g = rep.generation;
  if (g && g.audit_index !== undefined && g.audit_index !== null) {
    const sec = el('section', { class: 'panel', id: 'proof' }, el('h2', {}, 'Audit log inclusion'), el('p', { class: 'progress' }, 'Checking…'));
    out.append(sec);
    if (g.audit_leaf_hash) proof(g, sec);
    else sec.lastChild.textContent = 'Not checked: this manifest names its audit entry (' + g.audit_index + ') but not the entry\'s leaf hash; an auditor with the key can check it on the Audit page.';
  }
  if (rep.actions && rep.actions.length) {
    out.append(el('h2', {}, 'What was done'), el('ol', {}, rep.actions.map((a) =>
      el('li', {}, el('code', {}, a.action), a.description ? ': ' + a.description : '', a.software_agent ? ' (by ' + a.software_agent + ')' : ''))));
  }
  if (g) {
    out.append(el('h2', {}, 'Generation details signed by candor'), kv([
      ['Model', g.model], ['Scheduler', g.scheduler], ['Steps', g.steps], ['Guidance', g.guidance], ['Seed', g.seed],
      ['Size', g.width + ' × ' + g.height], ['Prompt', g.prompt], ['Prompt commitment', g.prompt_commitment],
      ['Policy', g.policy_decision + (g.policy_revision ? ' (revision ' + g.policy_revision + ')' : '')],
      ['Output safety', g.safety], ['Bias mitigation', g.mitigation], ['Request', g.request_id],
      ['Audit log', g.audit_origin ? g.audit_origin + ', entry ' + g.audit_index : g.audit_index],
    ]));
  }
  out.append(el('h2', {}, 'Validation status'), el('ul', { class: 'status', id: 'status' }, (rep.status || []).map((s) =>
    el('li', {}, el('span', { class: 'badge ' + (isFailureCode(s.code) ? 'bad' : 'ok') }, isFailureCode(s.code) ? 'problem' : 'ok'), ' ',
      el('code', {}, s.code), statusText(s) ? ': ' + statusText(s) : '',
      s.explanation && s.explanation !== statusText(s) ? el('span', { class: 'hint' }, ' Verifier: ' + s.explanation + '.') : '',
      s.url ? el('span', { class: 'hint' }, ' (' + s.url + ')') : ''))));
}

// proof checks, in this page, that the image's audit entry is in the log:
// the gateway answers the inclusion proof for the leaf hash the manifest
// names, and the page recomputes the root and checks the checkpoint.
async function proof(g, sec) {
  const q = '/v1/audit/inclusion?index=' + encodeURIComponent(g.audit_index) + '&leaf_hash=' + encodeURIComponent(g.audit_leaf_hash);
  let p, res;
  for (let attempt = 0; ; attempt++) {
    try { p = await api(q, { key: '' }); break; } catch (e) {
      if (e.status === 503 && attempt < 10) { await new Promise((r) => setTimeout(r, 300)); continue; }
      sec.lastChild.textContent = 'Not checked: ' + explainError(e);
      return;
    }
  }
  try {
    res = await checkInclusion({ index: p.index, treeSize: p.tree_size, leaf: fromHex(g.audit_leaf_hash), hashes: p.hashes,
      checkpoint: p.checkpoint, logKey: p.log_key, origin: g.audit_origin });
  } catch (e) {
    sec.lastChild.textContent = 'Not checked: ' + e.message;
    return;
  }
  sec.lastChild.remove();
  sec.append(el('p', { class: 'badge ' + (res.ok ? 'ok' : 'bad'), 'data-proof': res.ok ? 'ok' : 'failed' },
    res.ok ? 'Inclusion proof checked' : 'Inclusion proof failed'),
  el('ul', {}, res.steps.map((s) => el('li', {}, s.ok === false ? '✗ ' : s.ok ? '✓ ' : '– ', s.text))),
  el('p', { class: 'hint' }, 'The log key shown comes from this gateway; compare it with the operator\'s published key to know it is the log you expect.'),
  el('details', {}, el('summary', {}, 'Signed checkpoint'), el('pre', {}, p.checkpoint)));
}
