// The Content-Security-Policy is what keeps a person's answers on their own
// device even if some markup or script ever got into the page: nothing may be
// loaded from, or sent to, anywhere but the app's own origin, and no script may
// write markup or script into the page (Trusted Types). These tests fail when
// the policy is removed or loosened, in the source index.html, in every built
// page in dist/, and in the page as the browser has it. (Every other e2e page
// already fails on a CSP violation: see nieuwePagina in hulp.mjs.) Every page
// also sends no Referer: an address of the app can hold a share link.
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
 * - object-src 'none' and base-uri 'none' or 'self' (a <base> cannot redirect the scripts);
 * - require-trusted-types-for 'script' (a string never becomes markup or a script URL), and
 *   trusted-types naming only the one policy the loader needs (spoorwijzer-sw, for ./sw.js)
 *   or 'none': no other policy, no "default" one that would vouch for any string.
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
  const vereist = k.get("require-trusted-types-for");
  if (vereist?.join(" ") !== "'script'") p.push(`require-trusted-types-for must be 'script', is: ${vereist?.join(" ") ?? "missing"}`);
  const policies = k.get("trusted-types");
  if (!policies || policies.length === 0 || !policies.every((b) => b === "'none'" || b === POLICY)) {
    p.push(`trusted-types must name only ${POLICY} (or 'none'), is: ${policies?.join(" ") ?? "missing"}`);
  }
  return p;
}

/** The one Trusted Types policy: the loader's, for the service worker's address (scripts/na-build.mjs). */
export const POLICY = "spoorwijzer-sw";

/** The content of the page's referrer meta tag, or null; throws when there are two. */
export function referrerInHtml(html, waar) {
  const metas = tags(html).filter((t) => t.naam === "meta" && (t.attrs.name ?? "").toLowerCase() === "referrer");
  if (metas.length === 0) return null;
  assert.equal(metas.length, 1, `${waar}: one referrer meta tag`);
  return metas[0].attrs.content ?? "";
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
  const goed = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types spoorwijzer-sw";
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
    goed.replace("require-trusted-types-for 'script'; ", ""),
    goed.replace("; trusted-types spoorwijzer-sw", ""),
    goed.replace("trusted-types spoorwijzer-sw", "trusted-types spoorwijzer-sw default"),
    goed.replace("trusted-types spoorwijzer-sw", "trusted-types spoorwijzer-sw 'allow-duplicates'"),
    goed.replace("trusted-types spoorwijzer-sw", "trusted-types *"),
  ]) {
    assert.notDeepEqual(problemen(slecht), [], `not caught: ${slecht}`);
  }
  // Attribute parsing as a minifier writes it (bare attribute values).
  assert.equal(beleidInHtml(`<meta content="${goed}" http-equiv=Content-Security-Policy><script src=x.js></script>`, "x"), goed);
  assert.throws(() => beleidInHtml(`<script src=x.js></script><meta http-equiv="Content-Security-Policy" content="${goed}">`, "x"), /before the first <script>/);
  assert.equal(problemen(goed.replace("trusted-types spoorwijzer-sw", "trusted-types 'none'")).length, 0);
  assert.equal(referrerInHtml(`<meta name=referrer content=no-referrer>`, "x"), "no-referrer");
  assert.equal(referrerInHtml(`<meta name="description" content="x">`, "x"), null);
});

// Every built page: the entries (pwa/ingangen.json, generated from src/ui/route.rs), written by
// scripts/na-build.mjs from the same page.
const GEBOUWD = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith(".html")).sort() : [];
const INGANGEN = JSON.parse(fs.readFileSync(path.resolve(hier, "../../pwa/ingangen.json"), "utf8")).ingangen.map((i) => i.html).sort();
test("dist/ holds every entry's page", () => {
  assert.ok(INGANGEN.length >= 5, "the entries were read");
  assert.deepEqual(GEBOUWD, INGANGEN, "run make build first");
});
for (const [waar, pad] of [["the source index.html", BRON], ...GEBOUWD.map((f) => [`the built dist/${f}`, path.join(DIST, f)])]) {
  test(`${waar} carries a strict Content-Security-Policy before any script, and sends no referrer`, () => {
    assert.ok(fs.existsSync(pad), `${pad} is missing${pad.startsWith(DIST) ? ": run make build first" : ""}`);
    const html = fs.readFileSync(pad, "utf8");
    const beleid = beleidInHtml(html, waar);
    assert.deepEqual(problemen(beleid), [], `${waar}: ${beleid}`);
    assert.equal(referrerInHtml(html, waar), "no-referrer", `${waar}: <meta name="referrer" content="no-referrer">`);
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
      // Trusted Types: a plain string is refused as a script's text and as markup.
      try { s.textContent = "window.__inline = 1"; uit.tekst = "set"; } catch (e) { uit.tekst = e.name; }
      try { document.createElement("div").innerHTML = "<b>x</b>"; uit.markup = "set"; } catch (e) { uit.markup = e.name; }
      try { trustedTypes.createPolicy("iets", { createHTML: (x) => x }); uit.policy = "made"; } catch (e) { uit.policy = e.name; }
      document.body.append(s);
      const img = document.createElement("img");
      try { img.setAttribute("onerror", "window.__attr = 1"); uit.handler = "set"; } catch (e) { uit.handler = e.name; }
      img.src = "data:,kapot";
      document.body.append(img);
      // A module from a data: address: not a Trusted Types sink, so this is script-src's own refusal.
      try { await import("data:text/javascript,window.__module=1"); uit.module = "loaded"; } catch (e) { uit.module = e.name; }
      // Later, outside this DevTools call (which the browser lets evaluate freely), as the page's own code.
      uit.eval = await new Promise((r) => setTimeout(() => { try { r(String(eval("1 + 1"))); } catch (e) { r(e.name); } }, 0));
      try { await fetch("http://127.0.0.2:9/weg"); uit.fetch = "sent"; } catch (e) { uit.fetch = e.name; }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      uit.inline = window.__inline ?? null;
      uit.attr = window.__attr ?? null;
      s.remove(); img.remove();
      return uit;
    });
    assert.deepEqual(proef, { tekst: "TypeError", markup: "TypeError", policy: "TypeError", handler: "TypeError", module: "TypeError", eval: "EvalError", fetch: "TypeError", inline: null, attr: null });
    // Each blocked attempt was reported as a violation (the console errors every other test fails on).
    for (const richtlijn of ["script-src", "connect-src", "require-trusted-types-for", "trusted-types"]) {
      await wachtTot(() => fouten.some((f) => f.startsWith("CSP violation") && f.includes(richtlijn)), `a reported ${richtlijn} violation (got ${JSON.stringify(fouten)})`, 5000);
    }
    assert.deepEqual(buiten, [], "no request left the origin");
  } finally {
    await context.close();
    await server.close();
  }
});

// The main routes of all four entries in both languages (each first shown by the
// static first screen, voorscherm.js), the service worker's registration (the one
// place that needs the policy) and a save file with a made passphrase (random
// words, encryption, a download): no Trusted Types violation, no Referer on any
// request. (The share link and everything else run under the same policy in the
// other e2e files, which fail on any violation.)
const ROUTES = [
  "#/", "#/wie-ben-ik", "#/wie-ben-ik/1/1", "#/zorgen/terugblik", "#/profiel", "#/privacy", "#/over-de-vragen", "#/bestaat-niet",
  "tijdlijn.html#/tijdlijn", "delen.html#/delen", "delen.html#/anderen", "coach.html#/coach", "coach.html#/gedeeld/bestand",
];

test("walking the main routes of every entry reports no Trusted Types violation and sends no Referer", async () => {
  const server = await serveer();
  const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin, {
    initScript: () => {
      window.__schendingen = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__schendingen.push(`${e.effectiveDirective}: ${e.sample}`));
    },
  });
  // A request a style sheet makes (the favicon in app.css) names the style sheet under
  // its own policy; what matters is that no request names the page, whose query can
  // hold a coach's settings (?coach=).
  const verwijzers = [];
  page.on("request", async (r) => {
    const v = (await r.allHeaders().catch(() => ({})))["referer"];
    if (v && !/\.css$/.test(new URL(v).pathname)) verwijzers.push(`${r.url()} <- ${v}`);
  });
  try {
    for (const taal of ["nl", "en"]) {
      await page.goto(`${server.url}?lang=${taal}#/`);
      await wachtOpKop(page);
      for (const route of ROUTES) {
        await page.goto(`${server.url}${route}`);
        await wachtOpKop(page);
        assert.deepEqual(await page.evaluate(() => window.__schendingen), [], `${route} (${taal})`);
      }
    }
    // The service worker registered through the policy.
    await wachtTot(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())), "the service worker's registration");
    // A save file with a made passphrase.
    await page.goto(`${server.url}delen.html#/delen`);
    await wachtOpKop(page);
    await page.locator("#bewaar-met-ww").check();
    await page.getByRole("button", { name: /Maak een wachtwoord voor mij|Make a passphrase for me/ }).click();
    const [dl] = await Promise.all([page.waitForEvent("download"), page.locator("#bewaar-download").click()]);
    assert.ok(JSON.parse(fs.readFileSync(await dl.path(), "utf8")).versleuteld);
    assert.deepEqual(await page.evaluate(() => window.__schendingen), []);
    assert.deepEqual(fouten, [], "no console error, no CSP violation");
    assert.deepEqual(verwijzers, [], "no request carries a Referer");
    assert.deepEqual(buiten, []);
  } finally {
    await context.close();
    await server.close();
  }
});
