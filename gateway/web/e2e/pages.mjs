// Browser test of candor's web pages, run by cmd/candor's TestWebPages with
// plain node against a real gateway: Debian's Chromium driven by the pinned
// npm playwright-core (never a browser playwright downloads itself).
//
// usage: node pages.mjs --playwright DIR --chromium PATH --base URL --gen-key K
//        --audit-key K --fixture FILE --out DIR [--docs DIR]
// It prints one JSON object of what it saw and exits 1 on the first failed
// check. Screenshots go to --out (and, for the README, to --docs).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const require = createRequire(import.meta.url);
const { chromium } = require(path.join(args.playwright, 'node_modules', 'playwright-core'));

const seen = {};
function check(ok, msg) {
  if (!ok) throw new Error('check failed: ' + msg + '\nseen so far: ' + JSON.stringify(seen));
}

// shot writes a full-page screenshot to --out; with docs set (a selector to
// scroll to, or true for the top) also a one-screen one for the README.
async function shot(page, name, docs) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.screenshot({ path: path.join(args.out, name + '.png'), fullPage: true });
  if (args.docs && docs) {
    await page.setViewportSize({ width: 1100, height: 1300 });
    await page.evaluate((sel) => { if (sel) document.querySelector(sel).scrollIntoView(); else window.scrollTo(0, 0); }, typeof docs === 'string' ? docs : null);
    await page.screenshot({ path: path.join(args.docs, name + '.png') });
    await page.setViewportSize({ width: 1100, height: 900 });
  }
}

// pageChecks: every form control has a label, nothing overflows a phone's
// width, and the keyboard reaches the first control.
async function pageChecks(page, name) {
  const unlabelled = await page.$$eval('input, select, textarea', (els) =>
    els.filter((e) => e.type !== 'hidden' && (!e.labels || e.labels.length === 0)).map((e) => e.id || e.outerHTML.slice(0, 60)));
  check(unlabelled.length === 0, name + ': controls without a label: ' + unlabelled);
  await page.setViewportSize({ width: 390, height: 844 });
  const w = await page.evaluate(() => document.documentElement.scrollWidth);
  check(w <= 390, name + ': wider than a phone (' + w + ' px)');
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement && document.activeElement.textContent);
  check(/Skip to content/.test(first || ''), name + ': the first Tab does not reach the skip link');
}

const browser = await chromium.launch({
  executablePath: args.chromium,
  headless: true,
  chromiumSandbox: false,
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const errors = [];
let ctx;
try {
  ctx = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
  ctx.on('weberror', (e) => errors.push(String(e.error())));
  ctx.on('console', (m) => { if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(m.text()); });
  const page = await ctx.newPage();

  // Start page.
  await page.goto(args.base + '/');
  check((await page.locator('nav a').count()) === 3, 'the start page links the three pages');
  await shot(page, 'index');

  // Generate: a denied prompt's reason appears as the user types.
  await page.goto(args.base + '/generate');
  await pageChecks(page, 'generate');
  await page.fill('#key', args['gen-key']);
  await page.click('#keyform button[type=submit]');
  await page.locator('#prompt').pressSequentially('a photo of Al Pacino eating soup', { delay: 10 });
  await page.locator('#policy.bad li').first().waitFor({ timeout: 15000 });
  seen.denied_reason = await page.locator('#policy').innerText();
  check(/refused/i.test(seen.denied_reason), 'the denied prompt shows a refusal');
  check((await page.evaluate(() => sessionStorage.getItem('candor.api_key'))) === args['gen-key'], 'the key is kept in the session');

  // Generate: the image emerges from the stream, then the signed result.
  await page.fill('#prompt', '');
  await page.locator('#prompt').pressSequentially('a large red circle on the center on a blue background', { delay: 5 });
  await page.locator('#policy.ok').waitFor({ timeout: 15000 });
  await page.fill('#seed', '1');
  await page.click('#go');
  await page.locator('img[data-final]').waitFor({ timeout: 120000 });
  const previews = await page.$$eval('#strip img[data-preview]', (imgs) => imgs.map((i) => i.src));
  seen.previews = previews.length;
  seen.distinct_previews = new Set(previews).size;
  check(seen.distinct_previews >= 2, 'at least two distinct previews before the final image');
  await page.locator('#result [data-state]').waitFor({ timeout: 20000 });
  seen.generate_state = await page.locator('#result [data-state]').getAttribute('data-state');
  check(seen.generate_state === 'trusted', 'the generated image verifies as trusted');
  check(/AI-generated/.test(await page.locator('#result .disclosure').innerText()), 'the AI-generated disclosure is shown');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const genFile = path.join(args.out, 'generated.png');
  await dl.saveAs(genFile);
  await shot(page, 'generate', true);

  // A tampered copy: one byte of pixel data flipped, past the manifest.
  const bytes = fs.readFileSync(genFile);
  check(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'the download is a PNG');
  const bad = Buffer.from(bytes);
  bad[bad.indexOf('IDAT') + 40] ^= 1;
  const badFile = path.join(args.out, 'tampered.png');
  fs.writeFileSync(badFile, bad);

  // Verify, without a key: the generated image is trusted and its audit
  // entry's inclusion proof checks in the page.
  const v = await ctx.newPage();
  await v.goto(args.base + '/verify');
  await v.evaluate(() => sessionStorage.clear());
  await pageChecks(v, 'verify');
  await v.setInputFiles('#file', genFile);
  await v.locator('#verdict').waitFor();
  seen.verify_generated = await v.locator('#verdict').getAttribute('data-state');
  check(seen.verify_generated === 'trusted', 'the generated file reads trusted on the verify page');
  check(/AI-generated/.test(await v.locator('#ai').innerText()), 'the verify page says AI-generated');
  await v.locator('#proof [data-proof]').waitFor({ timeout: 20000 });
  seen.verify_proof = await v.locator('#proof [data-proof]').getAttribute('data-proof');
  seen.verify_proof_steps = await v.locator('#proof ul').innerText();
  check(seen.verify_proof === 'ok', 'the inclusion proof checks on the verify page: ' + seen.verify_proof_steps);
  await shot(v, 'verify', true);

  // The tampered copy, dropped onto the drop zone: invalid, with the reason.
  const b64 = bad.toString('base64');
  await v.evaluate(async (data) => {
    const bin = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bin], 'tampered.png', { type: 'image/png' }));
    document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, b64);
  await v.locator('#verdict[data-state=invalid]').waitFor({ timeout: 20000 });
  seen.verify_tampered_reason = await v.locator('#reason').innerText();
  check(/changed after it was signed/.test(seen.verify_tampered_reason), 'the tampered copy shows why it is invalid');
  check(/assertion\.dataHash\.mismatch/.test(await v.locator('#status').innerText()), 'the status list names assertion.dataHash.mismatch');
  await shot(v, 'verify-tampered');

  // A file from another C2PA tool (c2pa-rs's fixture): valid, signer untrusted here.
  await v.setInputFiles('#file', args.fixture);
  await v.locator('#verdict[data-state=valid]').waitFor({ timeout: 20000 });
  seen.verify_fixture = await v.locator('#out dl').first().innerText();
  check(/Signer/.test(seen.verify_fixture), 'the fixture shows its signer');

  // Audit: entries, an inclusion proof checked in the page, a bias report.
  const a = await ctx.newPage();
  await a.goto(args.base + '/audit');
  await pageChecks(a, 'audit');
  await a.fill('#key', args['audit-key']);
  await a.click('#keyform button[type=submit]');
  await a.locator('#entries tbody tr').first().waitFor();
  await a.waitForFunction(() => /^\S+\n\d+\n\S+\n\n\u2014 /.test(document.getElementById('checkpoint').textContent));
  seen.checkpoint = (await a.locator('#checkpoint').innerText()).split('\n').slice(0, 2).join(' ');
  // Paging: ten a page, then the next page starts after the last index.
  await a.selectOption('#limit', '10');
  await a.click('#filters button[type=submit]');
  await a.waitForFunction(() => document.querySelectorAll('#entries tr[data-entry]').length === 10);
  const firstPage = await a.$$eval('#entries tr[data-entry]', (rows) => rows.map((r) => Number(r.dataset.entry)));
  await a.click('#next');
  await a.waitForFunction((last) => {
    const r = document.querySelector('#entries tr[data-entry]');
    return r && Number(r.dataset.entry) > last;
  }, firstPage[firstPage.length - 1]);
  seen.paging = [firstPage[0], firstPage[9], Number(await a.locator('#entries tr[data-entry]').first().getAttribute('data-entry'))];
  check(!(await a.locator('#first').isDisabled()), 'the first-page button is enabled on page two');
  await a.selectOption('#limit', '25');
  await a.fill('#route', 'generations');
  await a.click('#filters button[type=submit]');
  await a.waitForFunction(() => {
    const rows = [...document.querySelectorAll('#entries tr[data-entry]')];
    return rows.length > 0 && rows.every((r) => r.cells[2].textContent.includes('generations'));
  });
  await a.locator('#entries tbody tr[data-entry] button').first().click();
  await a.locator('tr[data-proof-of] [data-proof]').waitFor({ timeout: 20000 });
  seen.audit_proof = await a.locator('tr[data-proof-of] [data-proof]').getAttribute('data-proof');
  seen.audit_proof_steps = await a.locator('tr[data-proof-of] ul').innerText();
  check(seen.audit_proof === 'ok', 'the inclusion proof checks on the audit page: ' + seen.audit_proof_steps);
  await a.locator('button[data-report]').first().click();
  await a.locator('figure[data-chart] svg').first().waitFor();
  seen.charts = await a.locator('figure[data-chart]').count();
  seen.ci_whiskers = await a.locator('figure[data-chart] svg line.ci').count();
  check(seen.charts >= 1 && seen.ci_whiskers >= 3, 'the report is drawn with its intervals');
  await a.locator('[data-review] img[src^="blob:"]').first().waitFor();
  seen.review = await a.locator('[data-review] dl').first().innerText();
  await shot(a, 'audit', '#enth');
  await a.locator('[data-review] button', { hasText: 'Release' }).first().click();
  await a.locator('[data-review] [role=status]', { hasText: 'released' }).first().waitFor();
  seen.review_released = true;
  check(errors.length === 0, 'no script errors: ' + errors.join('; '));
} catch (e) {
  // Leave what each page showed, to see why.
  for (const [i, p] of (ctx ? ctx.pages() : []).entries()) {
    await p.screenshot({ path: path.join(args.out, 'failed-' + i + '.png'), fullPage: true }).catch(() => {});
    console.error('page ' + p.url() + ':\n' + (await p.locator('main').innerText().catch(() => '')));
  }
  console.error('script errors: ' + errors.join('; '));
  throw e;
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
