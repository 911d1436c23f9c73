// Runs the official C2PA verifier (c2pa-rs as WebAssembly, npm
// @contentauth/c2pa-wasm) over image files and prints one JSON object per
// file, one per line:
//   {"file", "validation_state", "failure": [codes], "codes": [all codes],
//    "digital_source_type", "active_manifest", "ms",
//    "actions": [{"action", "digital_source_type", "software_agent", "description"}],
//    "generation": the ai.candor.generation assertion's data as the SDK decodes it, or null}
// "ms" is the mean wall time of one verification (after a warm-up).
//
// usage: node c2pa_verify.mjs --wasm-dir DIR [--anchors PEM] [--repeat N] FILE...
// DIR is the folder holding node_modules/@contentauth/c2pa-wasm.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
let wasmDir = '', anchors = '', repeat = 1;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--wasm-dir') wasmDir = args[++i];
  else if (args[i] === '--anchors') anchors = args[++i];
  else if (args[i] === '--repeat') repeat = Math.max(1, parseInt(args[++i], 10) || 1);
  else files.push(args[i]);
}
if (!wasmDir || files.length === 0) {
  console.error('usage: node c2pa_verify.mjs --wasm-dir DIR [--anchors PEM] [--repeat N] FILE...');
  process.exit(2);
}
const pkg = path.join(wasmDir, 'node_modules', '@contentauth', 'c2pa-wasm', 'pkg');
const c2pa = await import(pathToFileURL(path.join(pkg, 'c2pa.js')).href);
c2pa.initSync({ module: fs.readFileSync(path.join(pkg, 'c2pa_bg.wasm')) });

const settings = {
  verify: { verify_trust: true, remote_manifest_fetch: false, ocsp_fetch: false },
};
if (anchors) settings.trust = { user_anchors: fs.readFileSync(anchors, 'utf8') };
const settingsJSON = JSON.stringify(settings);

function mimeOf(bytes) {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  return 'application/octet-stream';
}

async function readOnce(bytes) {
  const reader = await c2pa.WasmReader.fromBytes(mimeOf(bytes), bytes, settingsJSON);
  try {
    return JSON.parse(reader.json());
  } finally {
    reader.free();
  }
}

// agentName renders a softwareAgent (a generator-info map in actions.v2,
// text in version 1) as "name/version".
function agentName(agent) {
  if (!agent) return '';
  if (typeof agent === 'string') return agent;
  return agent.version ? `${agent.name}/${agent.version}` : (agent.name || '');
}

function summarize(file, store, ms) {
  const out = { file, validation_state: store.validation_state, failure: [], codes: [], digital_source_type: '', active_manifest: store.active_manifest || '', ms };
  const vr = store.validation_results?.activeManifest || {};
  for (const kind of ['success', 'informational', 'failure']) {
    for (const s of vr[kind] || []) {
      out.codes.push(s.code);
      if (kind === 'failure') out.failure.push(s.code);
    }
  }
  // Older shape: a flat validation_status list of failures.
  for (const s of store.validation_status || []) {
    if (!out.codes.includes(s.code)) { out.codes.push(s.code); out.failure.push(s.code); }
  }
  out.actions = [];
  out.generation = null;
  const m = store.manifests?.[store.active_manifest];
  for (const a of m?.assertions || []) {
    if (a.label && a.label.startsWith('c2pa.actions')) {
      for (const act of a.data?.actions || []) {
        if (act.action === 'c2pa.created' && act.digitalSourceType) out.digital_source_type = act.digitalSourceType;
        out.actions.push({
          action: act.action || '',
          digital_source_type: act.digitalSourceType || '',
          software_agent: agentName(act.softwareAgent),
          description: act.description || act.parameters?.description || '',
        });
      }
    }
    if (a.label === 'ai.candor.generation') out.generation = a.data ?? null;
  }
  return out;
}

for (const file of files) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  let store;
  try {
    store = await readOnce(bytes); // warm-up and result
  } catch (e) {
    const msg = String(e?.message || e);
    const state = /JumbfNotFound|ManifestNotFound|no JUMBF|not found/i.test(msg) ? 'NoManifest' : 'Error';
    console.log(JSON.stringify({ file, validation_state: state, failure: [], codes: [], error: msg, ms: 0 }));
    continue;
  }
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) await readOnce(bytes);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / repeat;
  console.log(JSON.stringify(summarize(file, store, ms)));
}
