// Runs the pages' proof checks (static/proof.js) in Node over receipts and
// keyless inclusion answers that TestProofJS made from a real audit log, the
// correct ones and tampered copies, and prints [{name, ok, steps}].
// usage: node proof_check.mjs CASES.json
import fs from 'node:fs';
import { checkInclusion, checkReceipt, fromHex } from '../static/proof.js';

const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = [];
for (const c of cases) {
  let res;
  try {
    if (c.kind === 'receipt') {
      res = await checkReceipt(c.text);
    } else {
      const p = JSON.parse(c.text);
      res = await checkInclusion({ index: p.index, treeSize: p.tree_size, leaf: fromHex(c.leaf_hash), hashes: p.hashes,
        checkpoint: p.checkpoint, logKey: p.log_key, origin: c.origin });
    }
    out.push({ name: c.name, ok: res.ok, steps: res.steps.map((s) => (s.ok === false ? 'FAIL ' : s.ok ? 'ok ' : 'skip ') + s.text) });
  } catch (e) {
    out.push({ name: c.name, ok: false, steps: ['threw: ' + e.message] });
  }
}
console.log(JSON.stringify(out));
