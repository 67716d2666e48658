// WebDriver helpers shared by the engine journeys: waiting for what a person
// would wait for (a heading, a button, a text), clicking like a person, reading
// the app's stored document, and two test copies of dist/: a practice's host
// page on another origin, and a copy whose index.html loads a small same-origin
// script that takes away an API (to show the app's fallback) and records errors.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { By, error as fouten } from "selenium-webdriver";
import { before, after } from "node:test";
import { DIST, serveer } from "../e2e/hulp.mjs";

/** Timeouts: generous, because WebKit under Xvfb on two shared cores is slow. */
export const TIJD = { kort: 15000, lang: 60000 };

const wacht = (ms) => new Promise((r) => setTimeout(r, ms));

const VLUCHTIG = [fouten.StaleElementReferenceError, fouten.NoSuchElementError, fouten.ElementNotInteractableError,
  fouten.ElementClickInterceptedError, fouten.JavascriptError];

/**
 * A WebDriver command that never answers (seen once in WebKit with two tabs: the suite
 * then hung until the journey's timeout, and the log did not say where). Thrown by
 * `binnen`; a journey that meets it is run once more in a fresh browser (see `reis`).
 */
export class GeenAntwoord extends Error {}

/** `belofte`, or a GeenAntwoord naming `wat` when it has not settled within `ms`. */
export function binnen(belofte, ms, wat) {
  let klok;
  const tijd = new Promise((_, nee) => { klok = setTimeout(() => nee(new GeenAntwoord(`the browser's driver gave no answer within ${Math.round(ms / 1000)} s while ${wat}`)), ms); });
  return Promise.race([Promise.resolve(belofte), tijd]).finally(() => clearTimeout(klok));
}

/** Poll `fn` until it returns something truthy; elements that come and go count as "not yet". */
export async function wachtOp(d, fn, wat, ms = TIJD.kort) {
  let laatste;
  const einde = Date.now() + ms;
  try {
    return await d.wait(async () => {
      // selenium's wait checks its time only between tries: a try that never ends must be cut off here.
      try { return await binnen(fn(), Math.max(einde - Date.now(), 0) + TIJD.kort, `waiting for ${wat}`); } catch (e) {
        if (VLUCHTIG.some((k) => e instanceof k)) { laatste = e; return false; }
        throw e;
      }
    }, ms);
  } catch (e) {
    if (e instanceof fouten.TimeoutError) throw new Error(`timed out after ${ms} ms waiting for ${wat}${laatste ? ` (last: ${laatste.message.split("\n")[0]})` : ""}`);
    throw e;
  }
}

/** Run a function in the page. Its source is a plain function; arguments are passed through. */
export const js = (d, fn, ...args) => d.executeScript(`return (${fn}).apply(null, arguments)`, ...args);

/** The text of `main h1` once the app has drawn it (and it equals `kop`, when given). */
export async function wachtOpKop(d, kop, ms = TIJD.lang) {
  return wachtOp(d, async () => {
    // Not the static first screen (#voorscherm), which shows before the app runs.
    const t = await js(d, () => (document.getElementById("voorscherm") ? "" : document.querySelector("main h1")?.textContent.trim() ?? ""));
    return t && (kop === undefined || t === kop) ? t : false;
  }, kop ? `the heading "${kop}"` : "the page heading", ms);
}

/**
 * Go to an address and wait for the heading. A hash-only change keeps the page, as in
 * a browser, with the old page's heading still there for a moment: so first a marker
 * goes into the current document that notes when the app has had its turn after the
 * address changed (the app renders in microtasks right after the hashchange/popstate
 * event; a task queued behind that event runs once the render is done). The wait is
 * over when the marker has seen the new address, or the document is a new one.
 */
export async function open(d, adres, kop) {
  await js(d, (doel) => {
    const naar = new URL(doel, location.href).href;
    window.__open = { klaar: location.href === naar ? naar : null };
    const gezien = () => {
      const nu = location.href;
      setTimeout(() => { if (location.href === nu) window.__open.klaar = nu; }, 0);
    };
    addEventListener("hashchange", gezien);
    addEventListener("popstate", gezien);
    // The app may tidy the address as it draws (#/tijdlijn?start=… becomes #/tijdlijn).
    for (const naam of ["pushState", "replaceState"]) {
      const echt = history[naam];
      history[naam] = function () { const uit = echt.apply(this, arguments); gezien(); return uit; };
    }
  }, adres).catch(() => { /* no page yet (about:blank in some drivers) */ });
  await binnen(d.get(adres), TIJD.lang + TIJD.kort, `opening ${adres}`);
  await wachtOp(d, () => js(d, () => !window.__open || window.__open.klaar === location.href), `the app to handle the address ${adres}`, TIJD.lang);
  return wachtOpKop(d, kop);
}

/** Reload the page and wait until the new page (not the old one) has drawn its heading. */
export async function herlaad(d, kop) {
  await js(d, () => { window.__oudePagina = true; });
  await d.navigate().refresh();
  await wachtOp(d, () => js(d, () => !window.__oudePagina && !document.getElementById("voorscherm") && !!document.querySelector("main h1")), "the reloaded page", TIJD.lang);
  return wachtOpKop(d, kop);
}

/** An element, once it is there. */
export const element = (d, css, ms = TIJD.lang) => wachtOp(d, () => d.findElement(By.css(css)), css, ms);

/** Click like a person: scroll it to the middle of the window first, retry while the page is still settling. */
export async function klik(d, vind, wat) {
  return wachtOp(d, async () => {
    const el = typeof vind === "function" ? await vind() : vind;
    if (!(await el.isEnabled())) return false;
    await d.executeScript("arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' })", el);
    await el.click();
    return true;
  }, `a click on ${wat}`, TIJD.lang);
}

const xpathTekst = (s) => (s.includes("'") ? `concat('${s.split("'").join(`', "'", '`)}')` : `'${s}'`);

/** Click the link whose text is `naam` (a link that looks like a button, such as a module's "Begin"). */
export function klikLink(d, naam) {
  return klik(d, () => d.findElement(By.xpath(`//main//a[normalize-space()=${xpathTekst(naam)}]`)), `the link "${naam}"`);
}

/** Click the button whose text is `naam` (exactly, or at its start with { begin: true }). */
export function knop(d, naam, { begin = false } = {}) {
  const xp = begin ? `//button[starts-with(normalize-space(), ${xpathTekst(naam)})]` : `//button[normalize-space()=${xpathTekst(naam)}]`;
  return klik(d, () => d.findElement(By.xpath(xp)), `the button "${naam}"`);
}

/** Wait until some element matching `css` has text matching `re`; returns that text. */
export function wachtOpTekst(d, css, re, ms = TIJD.lang) {
  return wachtOp(d, async () => {
    const teksten = await js(d, (c) => [...document.querySelectorAll(c)].map((e) => e.textContent), css);
    return teksten.find((t) => re.test(t)) ?? false;
  }, `${css} with text ${re}`, ms);
}

/** The app's stored document, parsed (null when nothing is stored). */
export async function dokument(d) {
  const ruw = await js(d, () => localStorage.getItem("spoorwijzer.document"));
  return ruw ? JSON.parse(ruw) : null;
}

/** Open the worries module, tick its first thought, wait until it is stored. Returns that thought's text. */
export async function vulZorgen(d, basis) {
  await open(d, `${basis}#/zorgen`);
  await klikLink(d, "Begin");
  await element(d, "section.stap");
  const vakje = await element(d, "form.vragen input[type=checkbox]");
  await klik(d, vakje, "the first worry");
  await wachtOp(d, async () => Object.keys((await dokument(d))?.modules?.zorgen?.antwoorden ?? {}).length > 0, "the worry to be stored");
  return js(d, (el) => el.parentElement.querySelector("span").childNodes[0].textContent.trim(), vakje);
}

/** Save a screenshot next to the driver logs, for a failure message. */
export async function schermafdruk(d, naam) {
  try {
    const pad = path.join(os.tmpdir(), `spoorwijzer-engines-${naam.replace(/[^\w.-]+/g, "-")}.png`);
    fs.writeFileSync(pad, Buffer.from(await d.takeScreenshot(), "base64"));
    return pad;
  } catch { return null; }
}

/** Wait for a finished download in `map` whose name matches `re`; returns its path. */
export async function wachtOpDownload(map, re, ms = TIJD.lang) {
  const einde = Date.now() + ms;
  while (Date.now() < einde) {
    const namen = fs.existsSync(map) ? fs.readdirSync(map) : [];
    const klaar = namen.find((n) => re.test(n));
    // Chromium writes *.crdownload and Firefox *.part until the file is complete.
    if (klaar && !namen.some((n) => /\.(crdownload|part)$/.test(n))) {
      const pad = path.join(map, klaar);
      const grootte = fs.statSync(pad).size;
      await wacht(200);
      if (grootte > 0 && fs.statSync(pad).size === grootte) return pad;
    }
    await wacht(200);
  }
  throw new Error(`no download matching ${re} in ${map} after ${ms} ms`);
}

/**
 * Record every Blob the page turns into an object URL: the app's own export
 * code path makes its file that way, so the test can read the exact bytes it
 * offered for download, whatever the engine does with the download itself.
 */
export const vangBlobs = (d) => js(d, () => {
  window.__blobs = [];
  const echt = URL.createObjectURL;
  URL.createObjectURL = function (b) { if (b instanceof Blob) window.__blobs.push(b); return echt.apply(this, arguments); };
});
export const laatsteBlob = (d) => js(d, () => (window.__blobs?.length ? window.__blobs[window.__blobs.length - 1].text() : null));

/** A practice's web page on its own loopback origin, with the embed snippet. */
export function hostMap(appUrl) {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "spoorwijzer-host-"));
  fs.writeFileSync(path.join(map, "index.html"), `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Praktijk De Brug</title><link rel="icon" href="data:,">
<style>body { margin: 0; font-family: sans-serif; } main { max-width: 60rem; margin: 0 auto; }</style>
</head><body><main><h1>Praktijk De Brug</h1><p>Welkom op onze website.</p>
<script src="${appUrl}embed.js" async data-praktijk="Praktijk De Brug"></script>
<p id="na">Onder Spoorwijzer.</p></main></body></html>`);
  return map;
}

/**
 * The watched copy of the build (shimKopie), served for one test file: made and
 * served before its tests, closed and removed after them. `pas(map)` may change
 * the copy before it is served; `opties` go to serveer; `voorSluiten()` runs
 * before the server closes (to let held answers go). Read `url`, `origin` and
 * `map` once the tests run; `klaar` resolves when the copy is served (for
 * another file-level hook that needs its address: their order is not promised).
 */
export function bewaakteApp({ pas = null, opties = {}, voorSluiten = null } = {}) {
  let app = null;
  let map = null;
  let gereed;
  const klaar = new Promise((r) => { gereed = r; });
  before(async () => {
    map = shimKopie();
    pas?.(map);
    app = await serveer(map, "/", opties);
    gereed();
  });
  after(async () => {
    voorSluiten?.();
    await app?.close();
    if (map) fs.rmSync(map, { recursive: true, force: true });
  });
  return {
    get url() { return app.url; },
    get origin() { return app.origin; },
    get map() { return map; },
    klaar,
  };
}

/**
 * The fallback copy of dist/: index.html also loads ./engines-shim.js (same
 * origin, so the strict CSP allows it). The shim reads a list from
 * sessionStorage ("engines.shim") and takes away those APIs before the app
 * starts, as an engine without them would; it also records uncaught errors,
 * rejected promises and console errors in sessionStorage ("engines.fouten").
 * ./leeg.html is a blank page of the same origin, to set the list before the app loads.
 */
export function shimKopie() {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "spoorwijzer-shim-"));
  fs.cpSync(DIST, map, { recursive: true });
  const shim = `(function () {
  "use strict";
  var weg = (sessionStorage.getItem("engines.shim") || "").split(",");
  function fout(t) {
    var l = JSON.parse(sessionStorage.getItem("engines.fouten") || "[]");
    l.push(String(t).slice(0, 300));
    sessionStorage.setItem("engines.fouten", JSON.stringify(l));
  }
  // Off-origin requests, and loads that failed: every resource this document fetched
  // (buffered: also those before this script ran), in every engine that has Resource Timing.
  function buiten(u) {
    var l = JSON.parse(sessionStorage.getItem("engines.buiten") || "[]");
    l.push(String(u).slice(0, 300));
    sessionStorage.setItem("engines.buiten", JSON.stringify(l));
  }
  var eigen = location.origin + "/";
  function zie(e) {
    if (!/^(data|blob|about):/.test(e.name) && e.name.indexOf(eigen) !== 0) buiten(e.name);
    if (e.responseStatus >= 400) fout("HTTP " + e.responseStatus + " for " + e.name);
  }
  try {
    new PerformanceObserver(function (l) { l.getEntries().forEach(zie); }).observe({ type: "resource", buffered: true });
  } catch (e) { fout("collector: no PerformanceObserver for resources (" + e + ")"); }
  document.addEventListener("securitypolicyviolation", function (e) { fout("CSP violation: " + e.violatedDirective + " " + e.blockedURI); });
  addEventListener("error", function (e) { if (e.target && e.target !== window && e.target.src) fout("failed to load " + e.target.src); else fout("error: " + (e.message || e.type)); }, true);
  addEventListener("unhandledrejection", function (e) { fout("unhandled rejection: " + (e.reason && e.reason.message || e.reason)); });
  var ce = console.error;
  console.error = function () { fout("console.error: " + Array.prototype.join.call(arguments, " ")); return ce.apply(console, arguments); };
  if (weg.indexOf("compression") >= 0) { delete window.CompressionStream; delete window.DecompressionStream; }
  if (weg.indexOf("clipboard") >= 0) Object.defineProperty(Navigator.prototype, "clipboard", { get: function () { return undefined; }, configurable: true });
  if (weg.indexOf("persist") >= 0 && window.StorageManager) delete StorageManager.prototype.persist;
  if (weg.indexOf("serviceworker") >= 0) delete Navigator.prototype.serviceWorker;
  if (weg.indexOf("date") >= 0) {
    // An engine without a date picker: <input type="date"> is a plain text box.
    var zet = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (n, v) {
      if (this instanceof HTMLInputElement && String(n).toLowerCase() === "type" && String(v).toLowerCase() === "date") v = "text";
      return zet.call(this, n, v);
    };
    var d = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "type");
    Object.defineProperty(HTMLInputElement.prototype, "type", { configurable: true, get: d.get,
      set: function (v) { d.set.call(this, String(v).toLowerCase() === "date" ? "text" : v); } });
  }
})();
`;
  fs.writeFileSync(path.join(map, "engines-shim.js"), shim);
  fs.writeFileSync(path.join(map, "leeg.html"), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>leeg</title><link rel="icon" href="data:,"></head><body></body></html>`);
  // Every entry: the candidate's start, the timeline, sharing, the occupations and the coach's side.
  for (const naam of ["index.html", "tijdlijn.html", "delen.html", "beroepen.html", "coach.html"]) {
    const pad = path.join(map, naam);
    const html = fs.readFileSync(pad, "utf8");
    if (!html.includes("</head>")) throw new Error(`${naam} has no </head>`);
    fs.writeFileSync(pad, html.replace("</head>", `<script src="./engines-shim.js"></script>\n</head>`));
  }
  return map;
}

/** On the fallback copy: take away `apis` for this tab, then open `adres`. */
export async function openZonder(d, shimUrl, apis, adres, kop) {
  await d.get(`${shimUrl}leeg.html`);
  await js(d, (l) => { sessionStorage.setItem("engines.shim", l); sessionStorage.removeItem("engines.fouten"); }, apis.join(","));
  await d.get(`${shimUrl}${adres}`);
  return wachtOpKop(d, kop);
}

/** What the shim recorded: uncaught errors, rejected promises, console errors, CSP violations, failed loads. */
export const opgenomenFouten = async (d) => JSON.parse((await js(d, () => sessionStorage.getItem("engines.fouten"))) ?? "[]");

/**
 * At the end of a journey: what the collector in the watched copy (shimKopie) saw
 * in this tab, in every document of `origin` it loaded (sessionStorage outlives
 * reloads): { fouten, buiten, documenten }. Looks in the top page and in its frames
 * of that origin (a journey that ends on a host page has the app in a frame).
 */
export async function nazien(d, origin) {
  const lees = () => js(d, (o) => (location.origin === o ? {
    fouten: JSON.parse(sessionStorage.getItem("engines.fouten") || "[]"),
    buiten: JSON.parse(sessionStorage.getItem("engines.buiten") || "[]"),
    status: typeof PerformanceResourceTiming === "function" && "responseStatus" in PerformanceResourceTiming.prototype,
  } : null), origin);
  const uit = { fouten: [], buiten: [], documenten: 0, status: true };
  const neem = (r) => { if (r) { uit.fouten.push(...r.fouten); uit.buiten.push(...r.buiten); uit.documenten++; uit.status &&= r.status; } };
  await d.switchTo().defaultContent();
  neem(await lees());
  const frames = await d.findElements(By.css("iframe"));
  for (const f of frames) {
    try {
      await d.switchTo().frame(f);
      neem(await lees());
    } finally {
      await d.switchTo().defaultContent();
    }
  }
  return uit;
}

/** The step's place and address, "Deel 2 van 4 · nog 3 vragen (#/zorgen/2/1)", or null when no question step shows. */
export const stapPlaats = (d) => js(d, () => {
  const p = document.querySelector("section.stap .stap-plaats");
  return p ? `${p.textContent.trim()} (${location.hash})` : null;
});

/** Press the step's forward button (Volgende / Naar je antwoorden) and wait until another step shows. */
export async function volgendeStap(d) {
  const voor = await stapPlaats(d);
  await klik(d, () => d.findElement(By.css(".stap-nav .knop:last-child")), `Volgende on "${voor}"`);
  return wachtOp(d, async () => {
    const nu = await stapPlaats(d);
    if (nu !== voor) return nu ?? "review";
    return false;
  }, `the step after "${voor}"`, TIJD.lang);
}

/**
 * Make the browser window phone-sized (390 x 844 CSS px is asked for). Returns
 * the inner width the page got; throws, naming the gap, when the driver cannot
 * make it narrow enough for the phone layout (below 64rem = 1152 px).
 */
export async function telefoonVenster(d, motor) {
  try {
    await d.manage().window().setRect({ width: 390, height: 844 });
  } catch (e) {
    throw new Error(`[${motor}] GAP: the driver could not resize the window to a phone size (${e.name}: ${e.message.split("\n")[0]})`);
  }
  const breed = await wachtOp(d, () => js(d, () => (innerWidth < 1152 ? innerWidth : false)), "a phone-sized window", TIJD.kort)
    .catch(async () => {
      throw new Error(`[${motor}] GAP: after a resize to 390 px the page is still ${await js(d, () => innerWidth)} px wide; the phone layout (Menu button) cannot be tested in this driver`);
    });
  return breed;
}

/** Press the step's "Vorige" button (its text is "‹ Vorige": the arrow is hidden from screen readers) and wait for the step before. */
export async function vorigeStap(d) {
  const voor = await stapPlaats(d);
  await klik(d, () => d.findElement(By.css(".stap-nav .knop:first-child")), `Vorige on "${voor}"`);
  return wachtOp(d, async () => {
    const nu = await stapPlaats(d);
    return nu !== voor ? nu ?? "overview" : false;
  }, `the step before "${voor}"`, TIJD.lang);
}
