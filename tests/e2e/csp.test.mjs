// The Content-Security-Policy is what keeps a person's answers on their own
// device even if some markup or script ever got into the page: nothing may be
// loaded from, or sent to, anywhere but the app's own origin. These tests fail
// when the policy is removed or loosened, in the source index.html, in the
// built dist/index.html, and in the page as the browser has it. (Every other
// e2e page already fails on a CSP violation: see nieuwePagina in hulp.mjs.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveer, start, nieuwePagina, wachtOpKop, wachtTot, DIST } from "./hulp.mjs";

const hier = path.dirname(fileURLToPath(import.meta.url));
const BRON = path.resolve(hier, "../../index.html");

/** Every `<tag ...>` start tag in `html` as { naam, attrs, index }, attributes lower-cased (quoted, single-quoted or bare values, as a minifier writes them). */
export function tags(html) {
  const uit = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g)) {
    const attrs = {};
    for (const a of m[2].matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? "";
    }
    uit.push({ naam: m[1].toLowerCase(), attrs, index: m.index });
  }
  return uit;
}

/** A policy string as a Map of directive -> list of sources (lower-cased keywords). */
export function leesBeleid(beleid) {
  const kaart = new Map();
  for (const deel of beleid.split(";")) {
    const [naam, ...bronnen] = deel.trim().split(/\s+/).filter(Boolean);
    // Browsers use the first occurrence of a directive and ignore repeats.
    if (naam && !kaart.has(naam.toLowerCase())) kaart.set(naam.toLowerCase(), bronnen.map((b) => (b.startsWith("'") ? b.toLowerCase() : b)));
  }
  return kaart;
}

/**
 * What "strict enough" means for this app; returns the list of problems (empty: fine).
 * - present at all;
 * - default-src is 'self' or 'none' (nothing from elsewhere, for any kind of resource not named);
 * - script-src (or default-src, when there is no script-src) has no 'unsafe-inline', no
 *   'unsafe-eval', no wildcard, scheme or other host: only 'self', 'none', 'wasm-unsafe-eval',
 *   hashes and nonces (so injected markup cannot run);
 * - connect-src (or default-src) is 'self' or 'none': the app cannot send anything elsewhere;
 * - object-src 'none' and base-uri 'none' or 'self' (a <base> cannot redirect the scripts).
 */
export function problemen(beleid) {
  if (beleid === null || beleid === undefined) return ["no Content-Security-Policy meta tag"];
  const p = [];
  const k = leesBeleid(beleid);
  const eigen = (lijst) => lijst && lijst.length > 0 && lijst.every((b) => b === "'self'" || b === "'none'");
  if (!eigen(k.get("default-src"))) p.push(`default-src must be 'self' (or 'none'), is: ${k.get("default-src")?.join(" ") ?? "missing"}`);
  for (const naam of ["default-src", "script-src", "script-src-elem", "script-src-attr"]) {
    const lijst = k.get(naam);
    if (!lijst) continue;
    for (const b of lijst) {
      if (b === "'unsafe-inline'" || b === "'unsafe-eval'") p.push(`${naam} allows ${b}`);
      else if (!["'self'", "'none'", "'wasm-unsafe-eval'", "'strict-dynamic'"].includes(b) && !/^'(sha256|sha384|sha512|nonce)-/.test(b)) p.push(`${naam} allows ${b}`);
    }
  }
  const connect = k.get("connect-src") ?? k.get("default-src");
  if (!eigen(connect)) p.push(`connect-src must be 'self' (or 'none'), is: ${connect?.join(" ") ?? "missing"}`);
  const object = k.get("object-src") ?? k.get("default-src");
  if (!object || object.join(" ") !== "'none'") p.push(`object-src must be 'none', is: ${object?.join(" ") ?? "missing"}`);
  const base = k.get("base-uri");
  if (!eigen(base)) p.push(`base-uri must be 'none' or 'self', is: ${base?.join(" ") ?? "missing"}`);
  return p;
}

/** The policy of an HTML file's meta tag, or null; throws when it comes after a script or a second one exists. */
export function beleidInHtml(html, waar) {
  const alle = tags(html);
  const metas = alle.filter((t) => t.naam === "meta" && (t.attrs["http-equiv"] ?? "").toLowerCase() === "content-security-policy");
  if (metas.length === 0) return null;
  assert.equal(metas.length, 1, `${waar}: one CSP meta tag`);
  // A policy in a meta tag only covers what comes after it: it must precede every script, style and link.
  const eerste = alle.find((t) => ["script", "link", "style", "base"].includes(t.naam));
  assert.ok(!eerste || metas[0].index < eerste.index, `${waar}: the CSP meta tag comes before the first <${eerste?.naam}>`);
  return metas[0].attrs.content ?? "";
}

let browser;
before(async () => { browser = await start(); });
after(async () => { await browser?.close(); });

test("the rule itself: a loosened or missing policy is caught", () => {
  const goed = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
  assert.deepEqual(problemen(goed), []);
  assert.notDeepEqual(problemen(null), []);
  // Still strict: without its own script-src, scripts fall back to default-src 'self'.
  assert.deepEqual(problemen(goed.replace("script-src 'self' 'wasm-unsafe-eval'; ", "")), []);
  for (const slecht of [
    goed.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
    goed.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
    goed.replace("default-src 'self'", "default-src 'self' 'unsafe-inline'"),
    goed.replace("default-src 'self'", "default-src *"),
    goed.replace("script-src 'self'", "script-src 'self' https:"),
    goed.replace("connect-src 'self'", "connect-src 'self' https://example.org"),
    goed.replace("connect-src 'self'; ", "").replace("default-src 'self'", "default-src 'self' https:"),
    goed.replace("object-src 'none'; ", ""),
    goed.replace("base-uri 'none'; ", ""),
  ]) {
    assert.notDeepEqual(problemen(slecht), [], `not caught: ${slecht}`);
  }
  // Attribute parsing as a minifier writes it (bare attribute values).
  assert.equal(beleidInHtml(`<meta content="${goed}" http-equiv=Content-Security-Policy><script src=x.js></script>`, "x"), goed);
  assert.throws(() => beleidInHtml(`<script src=x.js></script><meta http-equiv="Content-Security-Policy" content="${goed}">`, "x"), /before the first <script>/);
});

for (const [waar, pad] of [
  ["the source index.html", BRON],
  ["the built dist/index.html", path.join(DIST, "index.html")],
  // The coach's entry, written by scripts/na-build.mjs from the same page.
  ["the built dist/coach.html", path.join(DIST, "coach.html")],
]) {
  test(`${waar} carries a strict Content-Security-Policy before any script`, () => {
    assert.ok(fs.existsSync(pad), `${pad} is missing${pad.startsWith(DIST) ? ": run make build first" : ""}`);
    const beleid = beleidInHtml(fs.readFileSync(pad, "utf8"), waar);
    assert.deepEqual(problemen(beleid), [], `${waar}: ${beleid}`);
  });
}

test("the served page has the same strict policy in its DOM, and the browser enforces it", async () => {
  const server = await serveer();
  const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin);
  try {
    await page.goto(`${server.url}#/`);
    await wachtOpKop(page);
    const inDom = await page.evaluate(() => [...document.querySelectorAll("meta")]
      .filter((m) => (m.httpEquiv ?? "").toLowerCase() === "content-security-policy").map((m) => m.content));
    assert.equal(inDom.length, 1, "one CSP meta tag in the served page");
    assert.deepEqual(problemen(inDom[0]), [], inDom[0]);
    // The same policy as the built file: the served page is the build, not something else.
    assert.equal(inDom[0], beleidInHtml(fs.readFileSync(path.join(DIST, "index.html"), "utf8"), "dist"));
    assert.deepEqual(fouten, [], "no error or CSP violation while the app starts");

    // Enforced, not only written down: injected markup does not run, eval is refused,
    // and a request to another origin is blocked before it leaves.
    const proef = await page.evaluate(async () => {
      const uit = {};
      const s = document.createElement("script");
      s.textContent = "window.__inline = 1";
      document.body.append(s);
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__attr = 1");
      img.src = "data:,kapot";
      document.body.append(img);
      // Later, outside this DevTools call (which the browser lets evaluate freely), as the page's own code.
      uit.eval = await new Promise((r) => setTimeout(() => { try { r(String(eval("1 + 1"))); } catch (e) { r(e.name); } }, 0));
      try { await fetch("http://127.0.0.2:9/weg"); uit.fetch = "sent"; } catch (e) { uit.fetch = e.name; }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      uit.inline = window.__inline ?? null;
      uit.attr = window.__attr ?? null;
      s.remove(); img.remove();
      return uit;
    });
    assert.deepEqual(proef, { eval: "EvalError", fetch: "TypeError", inline: null, attr: null });
    // Each blocked attempt was reported as a violation (the console errors every other test fails on).
    for (const richtlijn of ["script-src", "connect-src"]) {
      await wachtTot(() => fouten.some((f) => f.startsWith("CSP violation") && f.includes(richtlijn)), `a reported ${richtlijn} violation (got ${JSON.stringify(fouten)})`, 5000);
    }
    assert.deepEqual(buiten, [], "no request left the origin");
  } finally {
    await context.close();
    await server.close();
  }
});
