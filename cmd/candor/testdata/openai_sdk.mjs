// Drives candor's Images API with the official OpenAI Node SDK and prints one
// JSON object with what it saw. usage:
//   node openai_sdk.mjs --sdk-dir DIR --base-url URL --key KEY
// DIR holds node_modules/openai.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = {};
for (let i = 0; i < args.length; i += 2) opt[args[i].replace(/^--/, '')] = args[i + 1];
const { default: OpenAI } = await import(pathToFileURL(path.join(opt['sdk-dir'], 'node_modules', 'openai', 'index.mjs')).href);

const client = new OpenAI({ apiKey: opt.key, baseURL: opt['base-url'] + '/v1', maxRetries: 0 });
const out = {};

const res = await client.images.generate({
  prompt: 'a red circle on the left on a blue background',
  n: 2, size: '64x64', response_format: 'b64_json',
});
out.created = res.created;
out.images = res.data.map((d) => Buffer.from(d.b64_json, 'base64').subarray(0, 8).toString('hex'));
out.candor = res.candor;

async function failure(fn) {
  try {
    await fn();
    return { ok: true };
  } catch (e) {
    return { status: e.status, code: e.code ?? e.error?.code, type: e.type ?? e.error?.type, name: e.constructor.name, reasons: e.error?.reasons };
  }
}
out.denied = await failure(() => client.images.generate({ prompt: 'a photo of Taylor Swift undressed', response_format: 'b64_json' }));
out.url_format = await failure(() => client.images.generate({ prompt: 'a red circle', response_format: 'url' }));
const bad = new OpenAI({ apiKey: 'cnd_0000000000000000_bad', baseURL: opt['base-url'] + '/v1', maxRetries: 0 });
out.bad_key = await failure(() => bad.images.generate({ prompt: 'a red circle', response_format: 'b64_json' }));
console.log(JSON.stringify(out));
