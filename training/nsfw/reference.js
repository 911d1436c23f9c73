// Scores images with the original nsfwjs classifier (MobileNetV2, the bundled default) on
// TensorFlow.js' pure-JavaScript CPU backend, through nsfwjs' own classify(): its own
// preprocessing (toFloat, /255, tf.image.resizeBilinear with alignCorners=true to 224x224)
// and its own model loader. The reference the converted ONNX model is checked against.
//
// usage: node reference.js NSFWJS_DIR FILE.rgb...
//   NSFWJS_DIR holds node_modules/nsfwjs and node_modules/@tensorflow/tfjs
//   (`make nsfwjs-ref`). Each FILE.rgb is width and height as little-endian uint32, then
//   width*height*3 bytes of RGB, row by row (the caller decodes PNG/JPEG, so both sides
//   see the same pixels). Prints one JSON array:
//   [{"file": FILE, "scores": {"Drawing": p, "Hentai": p, "Neutral": p, "Porn": p, "Sexy": p}}]
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

async function main() {
  const [dir, ...files] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node reference.js NSFWJS_DIR FILE.rgb...');
    process.exit(2);
  }
  const req = createRequire(path.join(path.resolve(dir), 'package.json'));
  const tf = req('@tensorflow/tfjs');
  const nsfwjs = req('nsfwjs');
  await tf.setBackend('cpu');
  await tf.ready();
  if (tf.getBackend() !== 'cpu') throw new Error('backend ' + tf.getBackend());
  const info = console.info;
  console.info = () => {}; // nsfwjs announces the default model on stdout
  const model = await nsfwjs.load('MobileNetV2');
  console.info = info;
  const out = [];
  for (const f of files) {
    const buf = fs.readFileSync(f);
    const w = buf.readUInt32LE(0), h = buf.readUInt32LE(4);
    if (buf.length !== 8 + w * h * 3) throw new Error(`${f}: ${buf.length} bytes for ${w}x${h}`);
    const img = tf.tensor3d(new Int32Array(buf.subarray(8)), [h, w, 3], 'int32');
    const classes = await model.classify(img, 5);
    img.dispose();
    const scores = {};
    for (const c of classes) scores[c.className] = c.probability;
    out.push({ file: f, scores });
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
