// Audit proofs checked in the browser with Web Crypto:
//  - the entry's RFC 6962 leaf hash, computed over its canonical bytes the
//    way provenance/auditlog does (SHA-256 of the bytes with the leading
//    index set to 0, then SHA-256(0x00 || that));
//  - the RFC 9162 section 2.1.3.2 inclusion proof, from the leaf to a root;
//  - the checkpoint (C2SP tlog-checkpoint) and its Ed25519 signature as a
//    C2SP signed note, by the log's verifier key.

const enc = new TextEncoder();

async function sha256(...parts) {
  let n = 0;
  for (const p of parts) n += p.length;
  const buf = new Uint8Array(n);
  let o = 0;
  for (const p of parts) { buf.set(p, o); o += p.length; }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', buf));
}

export function hex(b) { return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(''); }

export function fromHex(s) {
  if (!/^([0-9a-fA-F]{2})*$/.test(s)) throw new Error('not hex');
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.substr(2 * i, 2), 16);
  return out;
}

export function fromB64(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function equal(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// leafHash is the RFC 6962 leaf hash of an entry's canonical bytes (a string
// exactly as the server sent it).
export async function leafHash(canonical) {
  const zeroed = canonical.replace(/^\{"index":(0|[1-9][0-9]*),/, '{"index":0,');
  const data = await sha256(enc.encode(zeroed));
  return sha256(new Uint8Array([0]), data);
}

// rootFromInclusion recomputes the root from a leaf hash, its index, the
// tree size and the audit path (RFC 9162 section 2.1.3.2). It throws when
// the path does not fit the index and size.
export async function rootFromInclusion(index, size, leaf, path) {
  let fn = BigInt(index);
  let sn = BigInt(size) - 1n;
  if (fn > sn) throw new Error('index ' + index + ' is not below the tree size ' + size);
  let r = leaf;
  const one = new Uint8Array([1]);
  for (const p of path) {
    if (sn === 0n) throw new Error('the proof is longer than the tree allows');
    if ((fn & 1n) === 1n || fn === sn) {
      r = await sha256(one, p, r);
      if ((fn & 1n) === 0n) {
        while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
      }
    } else {
      r = await sha256(one, r, p);
    }
    fn >>= 1n; sn >>= 1n;
  }
  if (sn !== 0n) throw new Error('the proof is shorter than the tree needs');
  return r;
}

// parseCheckpoint splits a signed note into its body (origin, size, root)
// and signature lines (C2SP tlog-checkpoint, signed-note).
export function parseCheckpoint(text) {
  const sep = text.indexOf('\n\n');
  if (sep < 0) throw new Error('checkpoint has no signature block');
  const body = text.slice(0, sep + 1);
  const lines = body.split('\n');
  if (lines.length < 4) throw new Error('checkpoint has fewer than three lines');
  const [origin, sizeText, rootText] = lines;
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) throw new Error('checkpoint size is not a number');
  const root = fromB64(rootText);
  if (root.length !== 32) throw new Error('checkpoint root is not 32 bytes');
  const sigs = [];
  for (const line of text.slice(sep + 2).split('\n')) {
    if (!line) continue;
    const m = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!m) throw new Error('malformed signature line');
    sigs.push({ name: m[1], sig: fromB64(m[2]) });
  }
  return { body, origin, size: BigInt(sizeText), root, sigs };
}

// verifyNote checks an Ed25519 signed-note signature by vkey
// ("name+hash+base64(0x01 || public key)"). It answers {ok, name, reason}.
export async function verifyNote(cp, vkey) {
  // name+hash+key, where the base64 key may itself contain '+'.
  const m = /^([^+\s]+)\+([0-9a-fA-F]{8})\+([A-Za-z0-9+/=]+)$/.exec((vkey || '').trim());
  if (!m) return { ok: false, reason: 'the log key is malformed' };
  const [, name, hashHex, keyB64] = m;
  const key = fromB64(keyB64);
  if (key.length !== 33 || key[0] !== 1) return { ok: false, name, reason: 'the log key is not an Ed25519 key' };
  const kh = (await sha256(enc.encode(name + '\n'), key)).slice(0, 4);
  if (hex(kh) !== hashHex.toLowerCase()) return { ok: false, name, reason: 'the log key\'s hash does not match it' };
  const line = cp.sigs.find((s) => s.name === name && s.sig.length === 68 && equal(s.sig.slice(0, 4), kh));
  if (!line) return { ok: false, name, reason: 'the checkpoint carries no signature by ' + name };
  let pub;
  try {
    pub = await crypto.subtle.importKey('raw', key.slice(1), { name: 'Ed25519' }, false, ['verify']);
  } catch (e) {
    return { ok: null, name, reason: 'this browser cannot check Ed25519 signatures' };
  }
  const ok = await crypto.subtle.verify({ name: 'Ed25519' }, pub, line.sig.slice(4), enc.encode(cp.body));
  return { ok, name, reason: ok ? '' : 'the checkpoint signature does not verify' };
}

// rawMember returns the exact text of a top-level member of a JSON object,
// so the entry's canonical bytes are hashed as sent, not as re-serialised.
export function rawMember(text, member) {
  let i = 0;
  const ws = () => { while (i < text.length && ' \t\r\n'.includes(text[i])) i++; };
  const str = () => {
    const s = i; i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(s, i));
  };
  const skip = () => {
    ws();
    const s = i;
    if (text[i] === '"') { str(); return text.slice(s, i); }
    if (text[i] === '{' || text[i] === '[') {
      let depth = 0;
      do {
        const c = text[i];
        if (c === '"') { str(); continue; }
        if (c === '{' || c === '[') depth++;
        if (c === '}' || c === ']') depth--;
        i++;
      } while (depth > 0 && i < text.length);
      return text.slice(s, i);
    }
    while (i < text.length && !',}] \t\r\n'.includes(text[i])) i++;
    return text.slice(s, i);
  };
  ws();
  if (text[i] !== '{') throw new Error('not a JSON object');
  i++;
  for (;;) {
    ws();
    if (text[i] === '}') break;
    const k = str();
    ws(); i++; // ':'
    const v = skip();
    if (k === member) return v;
    ws();
    if (text[i] === ',') i++;
    else break;
  }
  throw new Error('no member ' + member);
}

// checkInclusion runs the whole check and answers a list of findings
// [{ok, text}] plus an overall ok. leaf is a Uint8Array; proof hashes and
// the checkpoint are as the API sends them.
export async function checkInclusion({ index, treeSize, leaf, hashes, checkpoint, logKey, origin }) {
  const steps = [];
  let ok = true;
  const add = (good, text) => { steps.push({ ok: good, text }); if (good === false) ok = false; };
  let cp;
  try { cp = parseCheckpoint(checkpoint); } catch (e) { add(false, 'Checkpoint: ' + e.message); return { ok: false, steps }; }
  if (origin && cp.origin !== origin) add(false, 'The checkpoint is of log "' + cp.origin + '", not "' + origin + '".');
  if (cp.size !== BigInt(treeSize)) add(false, 'The proof is for tree size ' + treeSize + ', the checkpoint says ' + cp.size + '.');
  let root;
  try {
    root = await rootFromInclusion(index, cp.size, leaf, hashes.map(fromB64));
  } catch (e) { add(false, 'Inclusion proof: ' + e.message); return { ok: false, steps, checkpoint: cp }; }
  if (equal(root, cp.root)) {
    add(true, 'The root recomputed from the entry\'s leaf and ' + hashes.length + ' proof hashes equals the checkpoint\'s root (' + hex(root).slice(0, 16) + '…) for ' + cp.size + ' entries.');
  } else {
    add(false, 'The root recomputed from the proof (' + hex(root).slice(0, 16) + '…) differs from the checkpoint\'s (' + hex(cp.root).slice(0, 16) + '…).');
  }
  const sig = await verifyNote(cp, logKey);
  if (sig.ok === true) add(true, 'The checkpoint is signed by the log key ' + sig.name + '.');
  else if (sig.ok === null) add(null, 'Checkpoint signature not checked: ' + sig.reason + '.');
  else add(false, 'Checkpoint signature: ' + sig.reason + '.');
  return { ok, steps, checkpoint: cp, root };
}

// checkReceipt checks a candor-audit-receipt/v1 (GET /v1/audit/receipt) as
// the text the server sent: the entry's exact bytes hash to the receipt's
// leaf and carry its index, and the proof leads from that leaf to the
// checkpoint's root, which the log key signed.
export async function checkReceipt(text) {
  const r = JSON.parse(text);
  const canonical = rawMember(text, 'entry');
  const leaf = await leafHash(canonical);
  const sent = fromB64(r.leaf_hash || '');
  let entryIndex = null;
  try { entryIndex = JSON.parse(canonical).index; } catch { entryIndex = null; }
  const leafOK = equal(leaf, sent) && entryIndex === r.index;
  const first = leafOK
    ? { ok: true, text: 'The entry\'s bytes hash to its leaf ' + hex(leaf).slice(0, 16) + '….' }
    : { ok: false, text: entryIndex !== r.index ? 'The entry says index ' + entryIndex + ', the receipt ' + r.index + '.' : 'The entry\'s bytes hash to ' + hex(leaf).slice(0, 16) + '…, not to the leaf the log sent.' };
  const res = await checkInclusion({ index: r.index, treeSize: r.tree_size, leaf, hashes: r.inclusion_proof || [], checkpoint: r.checkpoint || '', logKey: r.log_key, origin: r.origin });
  return { ok: leafOK && res.ok, steps: [first, ...res.steps], checkpoint: res.checkpoint };
}
