// The first load, defined once for the size budget test (tests/e2e/bouw.test.mjs)
// and the benchmark (scripts/bench.mjs): every file the browser requests to
// show the home page and then the first question of "Wie ben ik?", in a fresh
// context with the service worker blocked (its install copies every file into
// its cache afterwards, in the background; that is not needed to show a page).
// Sizes are computed here from the files in dist/ (gzip -9 and brotli at
// quality 11, as scripts/comprimeer.mjs writes them), so they do not depend on
// the server or the machine: the same build gives the same bytes.
import fs from "node:fs";
import path from "node:path";
import { brotli, gzip } from "./comprimeer.mjs";

export const KB = 1024;

/**
 * Load `basis` (the app's URL ending in "/") in a new context of `browser`,
 * go from home to the first question of wie-ben-ik, and return the files
 * requested from `basis`, in order, with their raw, gzip -9 and brotli sizes.
 */
export async function meetEersteLaad(browser, basis, dist, { viewport = { width: 412, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers: "block" });
  const page = await context.newPage();
  const gevraagd = [];
  const anders = [];
  let open = 0;
  let laatste = Date.now();
  context.on("request", (r) => {
    open++;
    laatste = Date.now();
    if (r.url().startsWith(basis)) gevraagd.push(r.url());
    else if (!r.url().startsWith("data:")) anders.push(r.url());
  });
  const klaar = () => { open--; laatste = Date.now(); };
  context.on("requestfinished", klaar);
  context.on("requestfailed", klaar);

  await page.goto(`${basis}#/`);
  const begin = page.getByRole("link", { name: "Begin met Wie ben ik?" });
  await begin.waitFor({ timeout: 30000 });
  // The app's own "Begin": the wasm is fetched after the first paint, and a tap on the static
  // first screen before the app runs also fetches that step's first-screen file (about 3.4 KB
  // gzipped, tests/e2e/vooraf.test.mjs). Which of the two a run caught depended on timing; this
  // measures the same path every time.
  await page.waitForFunction(() => !document.getElementById("voorscherm") && document.querySelector("main h1"), null, { timeout: 30000 });
  await begin.click();
  await page.locator("section.stap form.vragen > .vraag").first().waitFor({ timeout: 30000 });
  const plaats = page.url().slice(basis.length);
  // Settled: nothing in flight and nothing new for half a second (late requests such as the favicon).
  const einde = Date.now() + 15000;
  while ((open > 0 || Date.now() - laatste < 500) && Date.now() < einde) await new Promise((r) => setTimeout(r, 50));
  await context.close();

  const bestanden = [];
  const ontbrekend = [];
  for (const url of new Set(gevraagd)) {
    let rel = decodeURIComponent(new URL(url).pathname.slice(new URL(basis).pathname.length));
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const pad = path.resolve(dist, rel);
    if (!pad.startsWith(path.resolve(dist)) || !fs.existsSync(pad) || !fs.statSync(pad).isFile()) { ontbrekend.push(url); continue; }
    const data = fs.readFileSync(pad);
    bestanden.push({ naam: rel, ruw: data.length, gzip: gzip(data).length, brotli: brotli(data).length });
  }
  const som = (k) => bestanden.reduce((s, b) => s + b[k], 0);
  return { plaats, bestanden, ontbrekend, anders, totaal: { ruw: som("ruw"), gzip: som("gzip"), brotli: som("brotli") } };
}

/** A small table of the figures, one line per file and the total, in KB (1024 bytes). */
export function tabel({ bestanden, totaal }) {
  const kb = (n) => (n / KB).toFixed(1).padStart(8);
  const regels = bestanden.map((b) => `${kb(b.ruw)} ${kb(b.gzip)} ${kb(b.brotli)}  ${b.naam}`);
  return ["  raw KB  gzip KB  br KB    file", ...regels, `${kb(totaal.ruw)} ${kb(totaal.gzip)} ${kb(totaal.brotli)}  total`].join("\n");
}
