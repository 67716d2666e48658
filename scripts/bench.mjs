// The performance benchmark (`make bench`): serves dist/ on loopback with its
// precompressed files (brotli when the browser asks for it, else gzip -9), loads
// it in headless Chromium with the CPU slowed down 4x (a mid-range phone), and
// runs Lighthouse (mobile) on the home page and a module page. Every figure is
// the median of at least 3 runs. The first-load bytes, gzip -9 and brotli per
// file, use the same definition as the size budget in `make test`
// (scripts/eerste-laad.mjs). Budgets are asserted; times are reported with the machine.
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { gzip } from "./comprimeer.mjs";
import { meetEersteLaad, tabel, KB } from "./eerste-laad.mjs";
import { beantwoordStap, stapInfo, volgendeStap } from "../tests/e2e/hulp.mjs";

const hier = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(hier, "../dist");
// Medians of at least 3 runs (BENCH_RUNS may ask for more).
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const BUDGET = { eersteLaadKB: 200, prestaties: 0.95, toegankelijkheid: 1.0, bestPractices: 0.95 };
const ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css",
  ".svg": "image/svg+xml", ".png": "image/png", ".webmanifest": "application/manifest+json", ".txt": "text/plain; charset=utf-8" };

// As a static host with precompressed files would (gzip_static, brotli_static):
// the build's .br when the browser accepts brotli, else its .gz (or gzip -9 of a
// file without one, such as a PNG).
const gz = new Map();
const codering = { br: 0, gzip: 0 };
const server = http.createServer((req, res) => {
  let rel = decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\/+/, "") || "index.html";
  const bestand = path.resolve(DIST, rel);
  if (!bestand.startsWith(DIST) || !fs.existsSync(bestand) || fs.statSync(bestand).isDirectory()) { res.writeHead(404); return res.end(); }
  const br = /\bbr\b/.test(req.headers["accept-encoding"] ?? "") && fs.existsSync(`${bestand}.br`);
  let body;
  if (br) body = fs.readFileSync(`${bestand}.br`);
  else if (fs.existsSync(`${bestand}.gz`)) body = fs.readFileSync(`${bestand}.gz`);
  else { if (!gz.has(bestand)) gz.set(bestand, gzip(fs.readFileSync(bestand))); body = gz.get(bestand); }
  codering[br ? "br" : "gzip"]++;
  res.writeHead(200, { "content-type": MIME[path.extname(bestand)] ?? "application/octet-stream", "content-encoding": br ? "br" : "gzip", "vary": "accept-encoding", "cache-control": "no-cache" });
  res.end(body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const basis = `http://127.0.0.1:${server.address().port}/`;
const mediaan = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
const metingen = { eersteLaadBytes: [], eersteLaadGzip: [], eersteLaadBrotli: [], eersteVraagMs: [], tienAntwoordenMs: [] };
let eersteLaad;
for (let r = 0; r < RUNS; r++) {
  // The first load as the size budget defines it (home, then the first question of wie-ben-ik).
  eersteLaad = await meetEersteLaad(browser, basis, DIST);
  metingen.eersteLaadGzip.push(eersteLaad.totaal.gzip);
  metingen.eersteLaadBrotli.push(eersteLaad.totaal.brotli);

  const context = await browser.newContext({ viewport: { width: 412, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => { bytes += e.encodedDataLength; });
  const t0 = Date.now();
  await page.goto(`${basis}#/wat-wil-ik`, { waitUntil: "commit" });
  await page.getByRole("button", { name: "Begin" }).click({ timeout: 60000 });
  await page.locator("form.vragen input[type=radio]").first().waitFor({ state: "attached", timeout: 60000 });
  metingen.eersteVraagMs.push(Date.now() - t0);
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  metingen.eersteLaadBytes.push(bytes);
  // Ten answers, one question per step (since issue 10): the fourth option (or a short text), then "Volgende".
  const t1 = Date.now();
  for (let beantwoord = 0; beantwoord < 10; beantwoord++) {
    await beantwoordStap(page, await stapInfo(page), 3, "Meer rust");
    await volgendeStap(page);
  }
  metingen.tienAntwoordenMs.push(Date.now() - t1);
  await context.close();
}
await browser.close();

// The candidate's binary (coach.html has its own, fetched only by coaches).
const wasm = fs.readdirSync(DIST).find((f) => /^spoorwijzer-[0-9a-f]+_bg\.wasm$/.test(f));
const wasmRuw = fs.statSync(path.join(DIST, wasm)).size;
const wasmGz = fs.statSync(path.join(DIST, `${wasm}.gz`)).size;
const wasmBr = fs.statSync(path.join(DIST, `${wasm}.br`)).size;

// Async on purpose: the gzip server above runs in this same process.
async function lighthouse(url) {
  const { stdout: uit } = await promisify(execFile)(path.resolve(hier, "../node_modules/.bin/lighthouse"), [url, "--quiet", "--output=json",
    "--form-factor=mobile", "--throttling-method=simulate", "--only-categories=performance,accessibility,best-practices",
    `--chrome-flags=${ARGS.join(" ")}`], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" }, maxBuffer: 64 << 20 });
  const lhr = JSON.parse(uit);
  return {
    prestaties: lhr.categories.performance.score,
    toegankelijkheid: lhr.categories.accessibility.score,
    bestPractices: lhr.categories["best-practices"].score,
    fcpMs: Math.round(lhr.audits["first-contentful-paint"].numericValue),
    ttiMs: Math.round(lhr.audits.interactive.numericValue),
  };
}
// Each score and time is the median of RUNS Lighthouse runs.
async function lighthouseMediaan(url) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(await lighthouse(url));
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, mediaan(runs.map((x) => x[k]))]));
}
const lh = { home: await lighthouseMediaan(`${basis}#/`), module: await lighthouseMediaan(`${basis}#/wat-wil-ik`) };
server.close();

const uitslag = {
  machine: `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
  runs: RUNS,
  cpuVertraging: 4,
  // On the wire (with headers; brotli where the browser asked for it) during the timed module run.
  overDeLijnKB: Math.round(mediaan(metingen.eersteLaadBytes) / 102.4) / 10,
  antwoordenIn: codering,
  // Home, then the first question of wie-ben-ik; sums of the files, gzip -9 and brotli 11.
  eersteLaadKB: {
    gzip: Math.round(mediaan(metingen.eersteLaadGzip) / 102.4) / 10,
    brotli: Math.round(mediaan(metingen.eersteLaadBrotli) / 102.4) / 10,
  },
  wasmKB: { ruw: Math.round(wasmRuw / 1024), gzip: Math.round(wasmGz / 1024), brotli: Math.round(wasmBr / 1024) },
  eersteVraagMs: mediaan(metingen.eersteVraagMs),
  tienAntwoordenMs: mediaan(metingen.tienAntwoordenMs),
  lighthouse: lh,
};
console.log(`First load (${eersteLaad.plaats}), per file, KB of ${KB} bytes:\n${tabel(eersteLaad)}\n`);
console.log(JSON.stringify(uitslag, null, 2));

const fouten = [];
if (uitslag.eersteLaadKB.gzip > BUDGET.eersteLaadKB) fouten.push(`first load ${uitslag.eersteLaadKB.gzip} KB gzipped > ${BUDGET.eersteLaadKB} KB`);
for (const [pagina, s] of Object.entries(lh)) {
  if (s.prestaties < BUDGET.prestaties) fouten.push(`Lighthouse performance ${s.prestaties} < ${BUDGET.prestaties} on ${pagina}`);
  if (s.toegankelijkheid < BUDGET.toegankelijkheid) fouten.push(`Lighthouse accessibility ${s.toegankelijkheid} < ${BUDGET.toegankelijkheid} on ${pagina}`);
  if (s.bestPractices < BUDGET.bestPractices) fouten.push(`Lighthouse best practices ${s.bestPractices} < ${BUDGET.bestPractices} on ${pagina}`);
}
if (fouten.length) {
  console.error(`\nBudget exceeded:\n- ${fouten.join("\n- ")}`);
  process.exit(1);
}
console.error("\nAll budgets met.");
