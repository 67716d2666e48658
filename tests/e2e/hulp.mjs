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
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serve `dir` on 127.0.0.1 at a free port; `prefix` mounts it in a subfolder.
 * `koppen(rel)` adds response headers per file; `geteld` counts requests per file;
 * `houd(rel)` may return a promise the answer waits for (a slow line for one kind of file).
 */
export function serveer(dir = DIST, prefix = "/", { koppen = () => ({}), geteld = null, houd = null } = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(prefix)) { res.writeHead(404); return res.end("not found"); }
    rel = rel.slice(prefix.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const bestand = path.resolve(dir, rel);
    if (!bestand.startsWith(path.resolve(dir)) || !fs.existsSync(bestand) || fs.statSync(bestand).isDirectory()) {
      res.writeHead(404); return res.end("not found");
    }
    if (geteld) geteld.set(rel, (geteld.get(rel) ?? 0) + 1);
    if (houd) await houd(rel);
    res.writeHead(200, { "content-type": MIME[path.extname(bestand)] ?? "application/octet-stream", ...koppen(rel) });
    fs.createReadStream(bestand).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      // A test that fails before it closes its server must not keep the file's
      // process alive: `node --test` would wait for it for ever.
      server.unref();
      const { port } = server.address();
      const close = () => new Promise((r) => { server.close(r); server.closeAllConnections(); });
      resolve({ origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${prefix}`, close });
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
 * every request outside `origin`. `deviceScaleFactor: 2` with half the width
 * is what 200% browser zoom looks like to the page's CSS. `context` adds
 * Playwright context options (a time zone, service workers blocked).
 */
export async function nieuwePagina(browser, origin, { viewport = { width: 1280, height: 900 }, deviceScaleFactor, initScript, initArg, context: extra = {} } = {}) {
  const context = await browser.newContext({ viewport, ...(deviceScaleFactor ? { deviceScaleFactor } : {}), ...extra });
  // Every CSP violation becomes a console error, which the tests treat as a failure.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await context.addInitScript(ROUTE_WACHTER);
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

/**
 * In every page of nieuwePagina, before the app starts: notes when the app has
 * had its turn after an address change in the same document (a hash change,
 * Back, or the app's own pushState/replaceState). The app (Yew) renders in
 * microtasks right after the event, so a task queued behind the event runs
 * once that render is done; `window.__routeKlaar` is then the address drawn.
 */
function ROUTE_WACHTER() {
  window.__routeKlaar = location.href;
  const gezien = () => {
    const adres = location.href;
    setTimeout(() => { if (location.href === adres) window.__routeKlaar = adres; }, 0);
  };
  addEventListener("hashchange", gezien);
  addEventListener("popstate", gezien);
  for (const naam of ["pushState", "replaceState"]) {
    const echt = history[naam];
    history[naam] = function () { const uit = echt.apply(this, arguments); gezien(); return uit; };
  }
}

/**
 * Wait until the app has drawn the heading of the page at the current address,
 * and return its text. After a hash navigation the old page's heading is still
 * there for a moment: this waits until the app has handled the new address (see
 * ROUTE_WACHTER), and, when `kop` (a string or RegExp) is given, until the
 * heading is that text.
 */
export async function wachtOpKop(page, kop) {
  const verwacht = kop instanceof RegExp ? { bron: kop.source, vlaggen: kop.flags } : kop === undefined ? null : { tekst: kop };
  const handle = await page.waitForFunction((v) => {
    if (window.__routeKlaar !== undefined && window.__routeKlaar !== location.href) return false;
    // Not the static first screen (#voorscherm), which shows before the app runs.
    if (document.getElementById("voorscherm")) return false;
    // A newly chosen language is still loading (src/ui/app.rs).
    if (document.querySelector('main[aria-busy="true"]')) return false;
    const t = document.querySelector("main h1")?.textContent.trim();
    if (!t) return false;
    if (v && (v.tekst !== undefined ? t !== v.tekst : !new RegExp(v.bron, v.vlaggen).test(t))) return false;
    return t;
  }, verwacht, { timeout: 20000 });
  return handle.jsonValue();
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

/**
 * axe on the current document, each violation as one line of text; the library is put in once per
 * document (the every-route walks of toegankelijk and leescomfort run it hundreds of times).
 */
export async function axeHier(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
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

/** Wait (by polling, never a fixed pause) until `fn` returns something truthy; returns it. */
export async function wachtTot(fn, wat, ms = 15000) {
  const einde = Date.now() + ms;
  for (;;) {
    const uit = await fn();
    if (uit) return uit;
    if (Date.now() > einde) throw new Error(`timed out after ${ms} ms waiting for ${wat}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The text of a step's place ("Deel 2 van 4 · nog 3 vragen"), or null when no question step shows. */
export const stapPlaats = (page) => page.evaluate(() => document.querySelector("section.stap .stap-plaats")?.textContent.trim() ?? null);

/** The address of the question step on screen ("#/wat-wil-ik/2/3": part 2, question 3), or null. */
export const stapAdres = (page) => page.evaluate(() => (document.querySelector("section.stap .stap-plaats") ? location.hash : null));

/** What the question on the current step asks for, read from the page. */
export async function stapInfo(page) {
  return page.evaluate(() => {
    const vraag = document.querySelector("form.vragen > .vraag");
    const soort = !vraag ? null
      : vraag.querySelector(".kaartsortering") ? "kaarten"
      : vraag.querySelector(".balans") ? "balans"
      : vraag.querySelector(".eigen-lijst") ? "lijst"
      : vraag.querySelector("textarea") ? "tekst"
      : vraag.querySelector("input[type=number]") ? "getal"
      : vraag.querySelector("input[type=radio]") ? "radio"
      : vraag.querySelector("input[type=checkbox]") ? "vinkjes" : "onbekend";
    const vraagtekst = (vraag?.querySelector("legend, .vraag-label")?.textContent ?? "").trim();
    const labels = [...(vraag?.querySelectorAll("input[type=radio], input[type=checkbox]") ?? [])]
      .map((i) => (i.closest("label")?.querySelector("span")?.childNodes[0]?.textContent ?? "").trim());
    // A single choice alone on its screen moves on by itself after a tap ("Ga vanzelf verder", on by default).
    const vanzelf = soort === "radio" && !vraag.querySelector(".opties.uren") && document.querySelectorAll("form.vragen > .vraag").length === 1;
    // A run of statements on one scale (issue 24): a row of points per statement on one screen;
    // it moves on by itself after the tap that answers the last open statement.
    if (document.querySelector("form.vragen.reeks")) {
      const rijen = [...document.querySelectorAll("form.vragen.reeks > .vraag")].map((r) => ({
        soort: "radio", id: r.id, vraag: r.querySelector("legend").textContent.trim(),
        labels: [...r.querySelectorAll("input[type=radio]")].map((i) => i.closest("label").textContent.trim()),
      }));
      return { soort: "reeks", vraag: rijen[0].vraag, labels: rijen[0].labels, id: rijen[0].id, rijen, vanzelf: true };
    }
    return { soort, vraag: vraagtekst, labels, id: vraag?.id ?? null, vanzelf };
  });
}

/**
 * Answer the question on the current step through the UI. `keuze` is an option
 * index (clamped to the options there are), an option's label, or null to skip.
 * Free text gets `tekst`, numbers the lowest allowed value, a list one item,
 * the energy balance a level per area (from `keuze` on, a different one per
 * area), the card sort its number of cards from `keuze` on.
 * Returns what was done, or null when skipped.
 */
export async function beantwoordStap(page, info, keuze, tekst) {
  if (info.soort === "reeks") {
    // One tap per statement: `keuze` per row, or a function of the row ({ id, vraag, labels, r }).
    const gekozen = [];
    for (const [r, rij] of info.rijen.entries()) {
      const k = typeof keuze === "function" ? keuze({ ...rij, r }) : keuze;
      const invoer = page.locator(`form.vragen > .vraag#${rij.id} input[type=radio]`);
      const i = k === null || k === undefined ? -1
        : typeof k === "string" ? rij.labels.indexOf(k) : Math.max(0, Math.min(k, rij.labels.length - 1));
      if (typeof k === "string" && i < 0) throw new Error(`no option "${k}" in "${rij.vraag}" (${rij.labels.join(" | ")})`);
      if (i >= 0) await invoer.nth(i).click();
      gekozen.push(i >= 0 ? rij.labels[i] : null);
    }
    return gekozen;
  }
  if (keuze === null || keuze === undefined) return null;
  const vraag = page.locator("form.vragen > .vraag").first();
  const index = (n, aantal) => Math.max(0, Math.min(typeof keuze === "number" ? keuze : 0, aantal - 1)) + n;
  switch (info.soort) {
    case "radio":
    case "vinkjes": {
      const invoer = vraag.locator("input[type=radio], input[type=checkbox]");
      const i = typeof keuze === "string" ? info.labels.indexOf(keuze) : index(0, info.labels.length);
      if (i < 0) throw new Error(`no option "${keuze}" in "${info.vraag}" (${info.labels.join(" | ")})`);
      // A tap, as a person does: on a chosen radio too (it then moves on), where check() would do nothing.
      if (info.soort === "radio") await invoer.nth(i).click();
      else await invoer.nth(i).check();
      return info.labels[i];
    }
    case "kaarten": {
      const kaarten = vraag.locator(".kaartsortering input[type=checkbox]");
      const aantal = await kaarten.count();
      const kies = Number(/\d+/.exec(await vraag.locator(".kaartsortering h3").first().textContent())?.[0] ?? 5);
      const gekozen = [];
      for (let k = 0; k < kies; k++) {
        const i = (index(0, aantal) + k) % aantal;
        await kaarten.nth(i).check();
        gekozen.push(info.labels[i]);
      }
      return gekozen.join(", ");
    }
    case "tekst":
      await vraag.locator("textarea").fill(tekst);
      return tekst;
    case "getal": {
      const veld = vraag.locator("input[type=number]");
      const min = Number((await veld.getAttribute("min")) ?? 0);
      const waarde = String(Math.max(min, 1));
      await veld.fill(waarde);
      await veld.blur();
      return waarde;
    }
    case "lijst": {
      const veld = vraag.locator(".eigen-lijst input[type=text]");
      await veld.fill(tekst);
      await veld.press("Enter");
      await vraag.locator(".eigen-lijst li").first().waitFor();
      return tekst;
    }
    case "balans": {
      const gebieden = vraag.locator("fieldset.balans-gebied");
      const n = await gebieden.count();
      const gekozen = [];
      for (let g = 0; g < n; g++) {
        const niveaus = gebieden.nth(g).locator("input[type=radio]");
        const i = (index(0, 4) + g) % (await niveaus.count());
        await niveaus.nth(i).check();
        gekozen.push(i);
      }
      return gekozen.join(",");
    }
    default:
      throw new Error(`unknown kind of question "${info.vraag}" (${info.soort})`);
  }
}

/** Wait until the step at address `oud` made way for another step or the review. */
export async function wachtOpAndereStap(page, oud) {
  await page.waitForFunction((oud) => {
    const stap = document.querySelector("section.stap .stap-plaats") ? location.hash : null;
    return (stap !== null && stap !== oud) || /^(Je antwoorden|Your answers)$/.test(document.querySelector("#module-kop")?.textContent.trim() ?? "");
  }, oud);
}

/**
 * Go on after answering step `adres` as `info` says: a tapped single choice moves on by
 * itself (wait for it), anything else with Volgende. `gekozen`: what beantwoordStap did.
 */
export async function naarVolgende(page, info, gekozen, adres) {
  // A run moves on by itself once every statement is answered (a skipped one waits for Volgende).
  const beantwoord = Array.isArray(gekozen) ? gekozen.every((g) => g !== null) : gekozen !== null && gekozen !== undefined;
  if (info.vanzelf && beantwoord) await wachtOpAndereStap(page, adres);
  else await volgendeStap(page);
}

/** Press the step's forward button ("Volgende" / "Naar je antwoorden") and wait for the next step or the review. */
export async function volgendeStap(page) {
  const voor = await stapAdres(page);
  await page.locator(".stap-nav .knop").last().click();
  await wachtOpAndereStap(page, voor);
  return stapPlaats(page);
}

/**
 * A varied choice for vulModuleIn, the same on every run: the option changes
 * with the question number, so skills land in all three groups and interests
 * differ per theme, as a real person's would.
 */
export function gevarieerd(info) {
  const n = info.n ?? 0;
  return info.soort === "radio" ? n % Math.min(info.labels.length, 5) : n % 3;
}

/**
 * The heading of a module's finish page: "Dit onderdeel is klaar" for most, words that fit
 * grief after "Verlies en betekenis" (issue 23).
 */
export function klaarKop(id) {
  return id === "verlies-en-betekenis" ? /^(Misschien was dit zwaar|This may have been hard)$/ : /^(Dit onderdeel is klaar|This part is done)$/;
}

/** The review's finishing button. */
export const KLAAR = /^(Klaar|Done)$/;

/**
 * Answer every question of module `id` through the UI, as a person would: open
 * its overview, press its first button (Begin, or Ga verder), answer each step
 * and go on (by itself after a tapped single choice, else Volgende) until the
 * review, then "Klaar". `kies` is an option index, or a function
 * `(info) => index | label | null` (info: { soort, vraag, labels, plaats, n }).
 * Returns the steps and what was chosen.
 */
export async function vulModuleIn(page, url, id, kies = 0, { tekst = "Iets wat ik graag doe", rondAf = true, vanzelf = true } = {}) {
  await page.goto(`${url}#/${id}`);
  await wachtOpKop(page);
  await page.locator("main .knoppen .knop").first().click();
  await page.locator("section.stap").waitFor();
  const stappen = [];
  let gezien = 0;
  for (let n = 0; n < 400; n++) {
    const plaats = await stapPlaats(page);
    if (plaats === null) break;
    const adres = await stapAdres(page);
    // n: the question's number in the module, as the steps were numbered ("Vraag 1 van 47")
    // when gevarieerd was made; a follow-up on the same screen counts too.
    const info = { ...(await stapInfo(page)), plaats, n: gezien + 1 };
    gezien += await page.locator("form.vragen > .vraag").count();
    // A run of statements: `kies` per statement, each with its own number.
    const keuze = typeof kies !== "function" ? kies
      : info.soort === "reeks" ? (rij) => kies({ ...rij, plaats, n: gezien + 1 - info.rijen.length + rij.r })
      : kies(info);
    const gekozen = await beantwoordStap(page, info, keuze, tekst);
    stappen.push({ ...info, gekozen });
    await naarVolgende(page, { ...info, vanzelf: info.vanzelf && vanzelf }, gekozen, adres);
  }
  await page.locator("#module-kop", { hasText: /^(Je antwoorden|Your answers)$/ }).waitFor();
  if (rondAf) {
    await page.getByRole("button", { name: KLAAR }).click();
    await page.locator("#module-kop", { hasText: klaarKop(id) }).waitFor();
  }
  return stappen;
}

/** On #/delen, after "Maak een link": the link once it is there, and its code. */
export async function linkEnCode(page) {
  await page.locator("#deel-link").waitFor({ timeout: 20000 });
  return { link: await page.locator("#deel-link").inputValue(), code: (await page.locator(".deel-code").textContent()).trim() };
}

/** A coach in a fresh context opens `link` and, when given, types `code`. Returns that page. */
export async function coachOpent(browser, origin, link, code) {
  const coach = await nieuwePagina(browser, origin);
  await coach.page.goto(link);
  await wachtOpKop(coach.page);
  if (code !== undefined) {
    await coach.page.getByLabel("Code", { exact: true }).fill(code);
    await coach.page.getByRole("button", { name: "Bekijk de antwoorden" }).click();
  }
  return coach;
}

/**
 * Store answers straight into the document (`modules`: id -> answers), after a first
 * visit in `taal` (choosing the language writes a first document to change), then
 * open `hash` and reload so the app reads them.
 */
export async function metAntwoorden(page, url, modules, hash, taal = "nl") {
  await page.goto(`${url}?lang=${taal}#/`);
  await wachtOpKop(page);
  await page.evaluate((modules) => {
    const doc = JSON.parse(localStorage.getItem("spoorwijzer.document"));
    for (const [id, antwoorden] of Object.entries(modules)) doc.modules[id] = { antwoorden };
    localStorage.setItem("spoorwijzer.document", JSON.stringify(doc));
    localStorage.setItem("spoorwijzer.revisie", String(doc.revisie));
  }, modules);
  await page.goto(`${url}${hash}`);
  await page.reload();
  await wachtOpKop(page);
}

/** Put a whole stored document in place (as a save file would), and reload so the app reads it. */
export async function laadDocument(page, url, doc, route = "#/") {
  await page.goto(`${url}${route}`);
  await wachtOpKop(page);
  await page.evaluate((d) => {
    localStorage.setItem("spoorwijzer.document", JSON.stringify(d));
    localStorage.setItem("spoorwijzer.revisie", String(d.revisie));
  }, doc);
  await page.reload();
  await wachtOpKop(page);
}

/** The stored document, parsed (null when nothing is stored). */
export const opgeslagen = async (page) => JSON.parse((await page.evaluate(() => localStorage.getItem("spoorwijzer.document"))) ?? "null");

/**
 * The app's entries and addresses, generated from src/ui/route.rs (`Ingang`, `Route`) by
 * `make teksten`: every route pattern with a concrete address for each (every module's
 * overview for `/:module`) and the key of its first screen's heading in `KOPPEN`.
 */
export const INGANGEN = JSON.parse(fs.readFileSync(path.resolve(hier, "../../pwa/ingangen.json"), "utf8"));
/**
 * The heading of every page's first screen in both languages, by the key pwa/ingangen.json
 * gives each address ("scherm": "" for home, a module's id, a first segment): read from
 * the first screens the app's own components rendered (pwa/voorscherm/*.json).
 */
export const KOPPEN = (() => {
  const tekst = (k) => (typeof k === "string" ? k : k.slice(2).map(tekst).join(""));
  const kop = (bomen) => {
    for (const k of bomen) {
      if (typeof k === "string") continue;
      if (k[0] === "h1") return tekst(k).trim();
      const h = kop(k.slice(2));
      if (h) return h;
    }
    return null;
  };
  const uit = { nl: {}, en: {} };
  for (const { binary } of INGANGEN.ingangen) {
    for (const taal of ["nl", "en"]) {
      const f = JSON.parse(fs.readFileSync(path.resolve(hier, `../../pwa/voorscherm/${binary}.${taal}.json`), "utf8"));
      for (const [pad, boom] of Object.entries(f.paginas)) uit[taal][pad.split("/")[1]] ??= kop(boom);
    }
  }
  return uit;
})();
const gegenereerd = (patroon) => INGANGEN.routes.find((r) => r.patroon === patroon).adressen.map((a) => a.adres);

/** A concrete address for each pattern of src/ui/route.rs that has parameters (hulp-bij-zwaar checks none is missing). */
export const ADRES = {
  "/": ["#/"],
  "/:module": gegenereerd("/:module"),
  "/kijk/:payload": ["#/kijk/kapot"],
  "/kijk-terug/:payload": ["#/kijk-terug/kapot"],
  "/gedeeld/:payload": ["#/gedeeld/kapot"],
  "/kandidaten/:id": ["#/kandidaten/onbekend"],
  "/beroepen/:code": ["#/beroepen/2221.1"],
  "/:module/:deel": ["#/zorgen/terugblik", "#/verlies-en-betekenis/klaar"],
  "/:module/:deel/:vraag": ["#/wie-ben-ik/2/3", "#/zorgen/1/1"],
  "/niet-gevonden": ["#/niet-gevonden", "#/bestaat-niet"],
};
/** The route patterns of the app (src/ui/route.rs, via pwa/ingangen.json). */
export const PATRONEN = INGANGEN.routes.map((r) => r.patroon);
/** An address for every page a person can land on (each opens in its own entry). */
export const ADRESSEN = PATRONEN.flatMap((p) => ADRES[p] ?? (p.includes(":") ? [] : [`#${p}`]));

/**
 * Every page walked by the every-page checks (axe, reading comfort, style sheets):
 * each route's generated address, then each module's first question and look-back.
 */
export const ELKE_PAGINA = [
  ...INGANGEN.routes.flatMap((r) => r.adressen.map((a) => a.adres)),
  ...gegenereerd("/:module").map((a) => a.slice(2)).flatMap((m) => [`#/${m}/1/1`, `#/${m}/terugblik`]),
];

/**
 * Words broken inside themselves over two lines in the page's buttons ("Weini / g"):
 * a label should wrap between words, or the button move to the next line.
 */
export const gebrokenWoorden = (page) => page.evaluate(() => {
  const uit = [];
  for (const el of document.querySelectorAll(".knop, button")) {
    if (!el.getClientRects().length) continue;
    const loper = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = loper.nextNode(); n; n = loper.nextNode()) {
      for (const m of n.data.matchAll(/\S+/g)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        if (new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1) uit.push(m[0]);
      }
    }
  }
  return uit;
});

/** Choose the largest text ("Extra grote tekst") in the header's menu, as a person does, and close the menu. */
export async function grootsteTekst(page, taal = "nl") {
  const menu = page.locator("#menu-knop");
  await menu.click();
  await page.getByRole("button", { name: taal === "en" ? "Extra large text" : "Extra grote tekst" }).click();
  await page.waitForFunction(() => document.documentElement.classList.contains("tekst-groter"));
  await menu.click();
  await page.locator("#kop-paneel").waitFor({ state: "hidden" });
}

/** The modules, found from the home page: its cards that lead to a page listing parts. Ends on the last card. */
export async function moduleAdressen(page, url) {
  await page.goto(`${url}#/`);
  await wachtOpKop(page);
  const kaarten = await page.locator("main .kaarten a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const modules = [];
  for (const href of kaarten) {
    await page.goto(`${url}${href}`);
    await wachtOpKop(page);
    if (await page.locator("main ol.delen").count()) modules.push(href);
  }
  return modules;
}

/**
 * Open module `href`'s first question with its overview's first button (as a new person
 * does) and return where its first answer option is on arrival: its top and height,
 * the top of the sticky Vorige/Volgende bar, the step's place line, and scrollY.
 */
export async function eersteAntwoord(page, url, href) {
  await page.goto(`${url}${href}`);
  await wachtOpKop(page);
  await page.locator("main .knoppen .knop").first().click();
  await page.locator("section.stap form.vragen").waitFor();
  return page.evaluate(() => {
    const eerste = document.querySelector("form.vragen :is(label:has(> input), textarea, input[type=text], input[type=number], select)");
    const r = eerste.getBoundingClientRect();
    const plaats = [...document.querySelector(".stap-plaats").children].map((s) => s.textContent.trim()).join(" · ");
    return { plaats, top: r.top, hoogte: r.height, balk: document.querySelector(".stap-nav").getBoundingClientRect().top, scrollY, hoog: innerHeight };
  });
}
