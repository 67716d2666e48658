// The performance benchmark (`make bench`): serves dist/ with gzip on
// loopback, loads it in headless Chromium with the CPU slowed down 4x (a
// mid-range phone), and runs Lighthouse (mobile) on the home page and a
// module page. Budgets are asserted; times are reported with the machine.
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const hier = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(hier, "../dist");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BUDGET = { eersteLaadKB: 200, prestaties: 0.95, toegankelijkheid: 1.0, bestPractices: 0.95 };
const ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css",
  ".svg": "image/svg+xml", ".png": "image/png", ".webmanifest": "application/manifest+json" };

// gzip -9 once per file, as a static host with precompressed files would.
const gz = new Map();
const server = http.createServer((req, res) => {
  let rel = decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\/+/, "") || "index.html";
  const bestand = path.resolve(DIST, rel);
  if (!bestand.startsWith(DIST) || !fs.existsSync(bestand) || fs.statSync(bestand).isDirectory()) { res.writeHead(404); return res.end(); }
  if (!gz.has(bestand)) gz.set(bestand, zlib.gzipSync(fs.readFileSync(bestand), { level: 9 }));
  res.writeHead(200, { "content-type": MIME[path.extname(bestand)] ?? "application/octet-stream", "content-encoding": "gzip", "cache-control": "no-cache" });
  res.end(gz.get(bestand));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const basis = `http://127.0.0.1:${server.address().port}/`;
const mediaan = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
const metingen = { eersteLaadBytes: [], eersteVraagMs: [], tienAntwoordenMs: [] };
for (let r = 0; r < RUNS; r++) {
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
  // Ten answers: the fourth option of ten statements, over two parts.
  const t1 = Date.now();
  let beantwoord = 0;
  while (beantwoord < 10) {
    const groepen = page.locator("form.vragen fieldset");
    const n = await groepen.count();
    for (let g = 0; g < n && beantwoord < 10; g++, beantwoord++) await groepen.nth(g).locator("input[type=radio]").nth(3).check();
    if (beantwoord < 10) await page.getByRole("button", { name: "Volgende deel" }).click();
  }
  metingen.tienAntwoordenMs.push(Date.now() - t1);
  await context.close();
}
await browser.close();

const wasm = fs.readdirSync(DIST).find((f) => f.endsWith(".wasm"));
const wasmRuw = fs.statSync(path.join(DIST, wasm)).size;
const wasmGz = zlib.gzipSync(fs.readFileSync(path.join(DIST, wasm)), { level: 9 }).length;

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
const lh = { home: await lighthouse(`${basis}#/`), module: await lighthouse(`${basis}#/wat-wil-ik`) };
server.close();

const uitslag = {
  machine: `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
  runs: RUNS,
  cpuVertraging: 4,
  eersteLaadKB: Math.round(mediaan(metingen.eersteLaadBytes) / 102.4) / 10,
  wasmKB: { ruw: Math.round(wasmRuw / 1024), gzip: Math.round(wasmGz / 1024) },
  eersteVraagMs: mediaan(metingen.eersteVraagMs),
  tienAntwoordenMs: mediaan(metingen.tienAntwoordenMs),
  lighthouse: lh,
};
console.log(JSON.stringify(uitslag, null, 2));

const fouten = [];
if (uitslag.eersteLaadKB > BUDGET.eersteLaadKB) fouten.push(`first load ${uitslag.eersteLaadKB} KB gzipped > ${BUDGET.eersteLaadKB} KB`);
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
