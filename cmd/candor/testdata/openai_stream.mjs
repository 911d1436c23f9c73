// Streams a generation through the official OpenAI Node SDK's image
// streaming (openai@6, which knows `stream: true` and `partial_images`) and
// prints one JSON object with the events it saw. usage:
//   node openai_stream.mjs --sdk-dir DIR --base-url URL --key KEY
// DIR holds node_modules/openai.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = {};
for (let i = 0; i < args.length; i += 2) opt[args[i].replace(/^--/, '')] = args[i + 1];
const { default: OpenAI } = await import(pathToFileURL(path.join(opt['sdk-dir'], 'node_modules', 'openai', 'index.mjs')).href);

const client = new OpenAI({ apiKey: opt.key, baseURL: opt['base-url'] + '/v1', maxRetries: 0 });
const out = { events: [], partials: [], version: (await import(pathToFileURL(path.join(opt['sdk-dir'], 'node_modules', 'openai', 'version.mjs')).href)).VERSION };

const stream = await client.images.generate({
  prompt: 'a large red circle on the center on a blue background', size: '64x64', seed: 1,
  stream: true, partial_images: 3,
});
for await (const ev of stream) {
  out.events.push(ev.type);
  if (ev.type === 'image_generation.partial_image') out.partials.push({ index: ev.partial_image_index, b64: ev.b64_json });
  if (ev.type === 'image_generation.completed') {
    out.completed = Buffer.from(ev.b64_json, 'base64').subarray(0, 8).toString('hex');
    out.completed_b64 = ev.b64_json;
    out.candor = ev.candor;
  }
}

// A denied prompt: the SDK surfaces the stream's error event as an error.
try {
  const denied = await client.images.generate({ prompt: 'a photo of Taylor Swift undressed', stream: true, partial_images: 2 });
  for await (const ev of denied) out.events.push('denied:' + ev.type);
  out.denied = { ok: true };
} catch (e) {
  out.denied = { name: e.constructor.name, message: e.message, code: e.code ?? e.error?.code };
}
console.log(JSON.stringify(out));
