// Shared helpers for the end-to-end tests: a static server for dist/ on
// loopback, a headless Chromium, and watchers for console errors and for any
// request that leaves the app's own origin.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const hier = path.dirname(fileURLToPath(import.meta.url));
// SPOORWIJZER_DIST lets a second build folder be tested beside the main one.
export const DIST = path.resolve(process.env.SPOORWIJZER_DIST ?? path.resolve(hier, "../../dist"));

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".ics": "text/calendar",
};

/** Serve `dir` on 127.0.0.1 at a free port; `prefix` mounts it in a subfolder. */
export function serveer(dir = DIST, prefix = "/") {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(prefix)) { res.writeHead(404); return res.end("not found"); }
    rel = rel.slice(prefix.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const bestand = path.resolve(dir, rel);
    if (!bestand.startsWith(path.resolve(dir)) || !fs.existsSync(bestand) || fs.statSync(bestand).isDirectory()) {
      res.writeHead(404); return res.end("not found");
    }
    res.writeHead(200, { "content-type": MIME[path.extname(bestand)] ?? "application/octet-stream" });
    fs.createReadStream(bestand).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export const CHROMIUM_ARGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
];

export async function start() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * A fresh page (own storage) that records console errors, uncaught errors and
 * every request outside `origin`.
 */
export async function nieuwePagina(browser, origin, { viewport = { width: 1280, height: 900 }, initScript, initArg } = {}) {
  const context = await browser.newContext({ viewport });
  // Every CSP violation becomes a console error, which the tests treat as a failure.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  if (initScript) await context.addInitScript(initScript, initArg);
  const page = await context.newPage();
  const fouten = [];
  const buiten = [];
  page.on("console", (m) => { if (m.type() === "error") fouten.push(m.text()); });
  page.on("pageerror", (e) => fouten.push(String(e)));
  context.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) buiten.push(u);
  });
  return { context, page, fouten, buiten };
}

/** Wait until the app has rendered a page heading. */
export async function wachtOpKop(page) {
  await page.waitForSelector("main h1", { timeout: 20000 });
  return (await page.textContent("main h1")).trim();
}

const AXE = fs.readFileSync(path.resolve(hier, "../../node_modules/axe-core/axe.min.js"), "utf8");

/** axe-core violations (WCAG 2.0–2.2 A and AA) on the current page. */
export async function axe(page) {
  // Evaluated through the DevTools protocol, so a strict CSP does not block it.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
}

/** Press Tab until `locator` has focus: proves it is reachable by keyboard. */
export async function tabNaar(page, locator, max = 600) {
  const doel = await locator.elementHandle();
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((el) => document.activeElement === el, doel)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable by Tab: ${locator}`);
}
