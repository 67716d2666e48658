// Something to read before the wasm runs: every landing page, rendered at build
// time by the app's own components (pwa/voorscherm/*.json), comes with the HTML
// or its entry's small file (in the person's language), a blocked wasm leaves a
// readable page that says plainly the interactive part did not load, and the
// app takes over without a jump and without losing a tap.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, wachtOpKop, axe, nieuwePagina as hulpPagina } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * A fresh page (hulp.mjs) without the service worker: once it runs it serves
 * the wasm from its cache, past the test's blocking.
 */
const nieuwePagina = (browser, origin, opties = {}) => hulpPagina(browser, origin, { ...opties, context: { serviceWorkers: "block" } });

/** Hold every .wasm request until `laat()` is called: the page as a slow phone sees it. */
async function houdWasmVast(page) {
  let laat;
  const poort = new Promise((r) => { laat = r; });
  await page.route(/\.wasm$/, async (route) => { await poort; await route.continue(); });
  return () => laat();
}

const statisch = (page) => page.evaluate(() => {
  const vs = document.getElementById("voorscherm");
  const intro = vs?.querySelector("main .pagina p.intro");
  return vs && {
    h1: vs.querySelector("main h1")?.textContent.trim() ?? null,
    intro: intro ? intro.textContent.trim() : null,
    status: vs.querySelector(".vs-status")?.textContent.trim() ?? "",
    lang: document.documentElement.lang,
    zichtbaar: getComputedStyle(vs).visibility === "visible",
  };
});

const PAGINAS = [
  ["#/", "Welkom bij Spoorwijzer", /lange tijd ziek/],
  ["#/tijdlijn", "Mijn tijdlijn", /Je 2 jaar in je eigen datums/],
  ["#/wat-wil-ik", "Wat wil ik?", /./],
  ["#/privacy", "Privacy: wat we bewaren en waar", /helemaal in je eigen browser/],
  ["?lang=en#/privacy", "Privacy: what we keep and where", /entirely in your own browser/],
  ["#/wie-ben-ik/1/1", "Wie ben ik?", null],
  ["#/wie-ben-ik/2/3", "Wie ben ik?", null],
  ["#/bestaat-niet", null, /./],
  // The coach's entry (coach.html) has the same first screen; an old share link
  // to the candidate's address (`<app>/#/gedeeld/…`) moves there before any wasm.
  ["coach.html#/coach", "Voor coaches", /link voor je kandidaat/],
  ["coach.html?lang=en#/coach", "For coaches", /link for your candidate/],
  ["#/gedeeld/AbC-_09", "Gedeeld met jou", null],
];

test("the first screen shows as soon as the page is parsed, before the loader and the JS glue have arrived", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  // Hold the loader and every binary's glue: DOMContentLoaded waits for them (they are modules).
  let laat;
  const poort = new Promise((r) => { laat = r; });
  await page.route(/\/(laden|spoorwijzer|tijdlijn|delen|coach)-[0-9a-f]+\.js$/, async (route) => { await poort; await route.continue(); });
  for (const [adres, h1] of [["#/", "Welkom bij Spoorwijzer"], ["?lang=en#/privacy", "Privacy: what we keep and where"]]) {
    await page.goto(`${server.url}${adres}`, { waitUntil: "commit" });
    await page.waitForFunction(() => document.readyState !== "loading");
    // A page other than the entry's own Dutch one comes from the entry's small file of its language.
    await page.waitForFunction(() => getComputedStyle(document.getElementById("voorscherm")).visibility === "visible");
    const s = await statisch(page);
    assert.ok(s.zichtbaar, `${adres}: visible while the scripts are still on their way`);
    assert.equal(s.h1, h1);
    assert.equal(await page.evaluate(() => document.readyState), "interactive", "DOMContentLoaded has not fired yet");
  }
  laat();
  await wachtOpKop(page, "Privacy: what we keep and where");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("with the wasm blocked every page still shows its heading and opening text (axe-clean), and says the app could not load", async () => {
  const { context, page, buiten, fouten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await page.route(/\.wasm$/, (route) => route.abort());
  for (const [adres, h1, intro] of PAGINAS) {
    // A full load each time, not a jump within the page.
    await page.goto("about:blank");
    await page.goto(`${server.url}${adres}`);
    await page.locator("#voorscherm .vs-mislukt").waitFor();
    const s = await statisch(page);
    if (adres.includes("gedeeld")) assert.equal(page.url(), `${server.url}coach.html${adres}`, "moved to the coach's entry");
    if (h1) assert.equal(s.h1, h1, adres);
    if (intro) assert.match(s.intro ?? "", intro, adres);
    else if (h1) assert.equal(s.intro, null, `${adres}: a step shows no module introduction`);
    assert.ok(s.zichtbaar, adres);
    assert.match(s.status, adres.includes("lang=en") ? /could not load\. Your answers are safe/ : /kon niet laden\. Je antwoorden zijn veilig/, adres);
    // The heading is in the first screen.
    const vak = await page.locator("#voorscherm h1").boundingBox();
    assert.ok(vak.y + vak.height < 844 / 2, `${adres}: heading in the top half`);
    assert.deepEqual(await axe(page), [], `${adres}: axe on the static first screen`);
  }
  // A first question step is the app's own: its question with real form controls.
  await page.goto("about:blank");
  await page.goto(`${server.url}#/wie-ben-ik/1/1`);
  await page.locator("#voorscherm .vs-mislukt").waitFor();
  assert.ok(await page.locator("#voorscherm section.stap fieldset input").count() > 1, "the first question's options");
  // On the coach's entry the static menu is the coach's own (issue 28); a link to another
  // entry (the footer's privacy page) leads there, keeping the query string.
  await page.goto(`${server.url}coach.html?lang=nl#/coach`);
  await page.locator("#voorscherm .vs-mislukt").waitFor();
  assert.equal(await page.getAttribute("#voorscherm a.merk", "href"), "#/kandidaten");
  assert.equal(await page.getAttribute("#voorscherm nav li:nth-child(2) a", "href"), "#/coach");
  assert.equal(await page.getAttribute("#voorscherm nav li:nth-child(4) a", "href"), "#/coach-hulp");
  assert.equal(await page.getAttribute('#voorscherm footer a[href$="#/privacy"]', "href"), "./?lang=nl#/privacy");
  // Inside a practice's website: the app's embedded header (no menu of pages) and its note.
  await page.goto(`${server.url}coach.html?embed=1#/coach`);
  await page.locator("#voorscherm .vs-mislukt").waitFor();
  assert.equal(await page.locator("#voorscherm header.kop-ingebed a.ingebed-start").count(), 1);
  assert.equal(await page.locator("#voorscherm nav, #voorscherm a.merk").count(), 0);
  assert.equal(await page.locator("#voorscherm main > .ingebed").count(), 1);
  assert.equal(await page.getAttribute('#voorscherm footer a[href$="#/privacy"]', "href"), "./?embed=1#/privacy");
  // Following a menu link on the page that could not load shows that page's heading,
  // in this entry, or on the entry it belongs to.
  await page.goto(`${server.url}#/`);
  await page.locator("#voorscherm .vs-mislukt").waitFor();
  await page.evaluate(() => { location.hash = "#/privacy"; });
  await page.waitForFunction(() => document.querySelector("#voorscherm h1").textContent === "Privacy: wat we bewaren en waar");
  await page.evaluate(() => { location.hash = "#/tijdlijn"; });
  await page.waitForURL(`${server.url}tijdlijn.html#/tijdlijn`);
  await page.locator("#voorscherm .vs-mislukt").waitFor();
  assert.equal(await page.textContent("#voorscherm h1"), "Mijn tijdlijn");
  assert.deepEqual(buiten, []);
  // The failed load and the loader's "Failed to fetch" are the blocked file itself.
  assert.deepEqual(fouten.filter((f) => !f.includes("Failed to fetch") && !f.includes("ERR_FAILED")), [], "no CSP violation and no other script error");
  await context.close();
});

test("an address the first screen moves keeps all its parameters, and only the app's own pages are looked up", async () => {
  const { context, page, buiten, fouten } = await nieuwePagina(browser, server.origin);
  await page.route(/\.wasm$/, (route) => route.abort());
  // A coach's timeline link, with the page's own query string: moved before any wasm, whole.
  await page.goto(`${server.url}?lang=en&coach=abc#/tijdlijn?start=2026-01-05`);
  await page.waitForURL(`${server.url}tijdlijn.html?lang=en&coach=abc#/tijdlijn?start=2026-01-05`);
  await page.locator("#voorscherm .vs-mislukt").waitFor();
  assert.equal(await page.textContent("#voorscherm h1"), "My timeline");
  // Pasted into a tab that shows the first screen (only the fragment changes).
  await page.goto("about:blank");
  await page.goto(`${server.url}?embed=1#/privacy`);
  await page.locator("#voorscherm .vs-mislukt").waitFor();
  await page.evaluate(() => { location.hash = "#/tijdlijn?start=2026-01-05"; });
  await page.waitForURL(`${server.url}tijdlijn.html?embed=1#/tijdlijn?start=2026-01-05`);
  await page.locator("#voorscherm .vs-mislukt").waitFor();
  // Names every JavaScript object has are no pages of the app: no broken address, the "not found" page.
  for (const naam of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
    for (const bestand of ["", "tijdlijn.html"]) {
      await page.goto("about:blank");
      await page.goto(`${server.url}${bestand}#/${naam}`);
      await page.waitForURL(`${server.url}#/${naam}`);
      await page.locator("#voorscherm .vs-mislukt").waitFor();
      assert.equal(await page.textContent("#voorscherm h1"), "Deze pagina bestaat niet", `${bestand}#/${naam}`);
      assert.notEqual(await page.title(), "undefined \u2013 Spoorwijzer", `${bestand}#/${naam}`);
    }
  }
  assert.deepEqual(buiten, []);
  assert.deepEqual(fouten.filter((f) => !f.includes("Failed to fetch") && !f.includes("ERR_FAILED")), [], "no other script error");
  await context.close();
});

test("the first screen is in the language and text size the person chose before", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "Extra large text" }).click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("spoorwijzer.document") || "{}").instellingen?.tekstgrootte === "groter");
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto("about:blank");
  await page.goto(`${server.url}#/tijdlijn`);
  await page.locator("#voorscherm .vs-mislukt").waitFor();
  const s = await statisch(page);
  assert.equal(s.h1, "My timeline");
  assert.equal(s.lang, "en");
  assert.match(await page.getAttribute("html", "class"), /tekst-groter/);
  await context.close();
});

test("every page's static heading is the app's own heading, in both languages", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  for (const taal of ["nl", "en"]) {
    for (const route of ["", "wie-ben-ik", "wat-kan-ik", "wat-wil-ik", "energie", "zorgen", "stappen", "verlies-en-betekenis", "tijdlijn", "profiel", "delen", "coach", "privacy", "over-de-vragen"]) {
      const adres = `${server.url}?lang=${taal}#/${route}`;
      const vrij = await houdWasmVast(page);
      await page.goto("about:blank");
      await page.goto(adres, { waitUntil: "commit" });
      // Shown: the page of the address, not the HTML's own Dutch page while its file is on its way.
      await page.waitForFunction(() => document.querySelector("#voorscherm h1") && !document.documentElement.classList.contains("vs-wacht"));
      const voor = await statisch(page);
      vrij();
      await page.locator("#voorscherm").waitFor({ state: "detached" });
      const kop = await wachtOpKop(page);
      assert.equal(voor.h1, kop, `${taal} #/${route}`);
      const intro = await page.evaluate(() => document.querySelector("main .pagina p.intro")?.textContent ?? null);
      if (voor.intro && intro) assert.equal(voor.intro, intro.trim(), `${taal} #/${route}: opening text`);
      await page.unroute(/\.wasm$/);
    }
  }
  await context.close();
});

// A returning person: something stored (an answer given in the app itself).
async function metAntwoord(page) {
  await page.goto(`${server.url}#/wie-ben-ik/1/1`);
  await page.locator("#inhoud form.vragen input:enabled").first().click();
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes("wie-ben-ik"));
  await page.goto("about:blank");
}

test("the app takes over without a layout jump, and a tap on the static start link is not lost", async () => {
  // A new person; inside a practice's website (the embedded header and its note
  // above the page); a returning person, whose home the app draws with their own
  // answers (the first screen shows only its heading, no new person's "Begin").
  const gevallen = [
    { naam: "new", adres: "#/" },
    { naam: "embedded", adres: "?embed=1#/", ingebed: true },
    { naam: "returning", adres: "#/", terug: true },
    // A language chosen is no answer: still a new person's page.
    { naam: "language chosen", adres: "#/", taalGekozen: true },
  ];
  for (const geval of gevallen) for (const breedte of [390, 1280]) {
    const wat = `${geval.naam}, ${breedte}px`;
    const { context, page, fouten } = await nieuwePagina(browser, server.origin, { viewport: { width: breedte, height: 844 } });
    if (geval.terug) await metAntwoord(page);
    if (geval.taalGekozen) {
      await page.goto(`${server.url}?lang=nl#/`);
      await page.waitForFunction(() => JSON.parse(localStorage.getItem("spoorwijzer.document") ?? "{}").instellingen?.taal === "nl");
      await page.goto("about:blank");
    }
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
        .observe({ type: "layout-shift", buffered: true });
    });
    const vrij = await houdWasmVast(page);
    await page.goto(`${server.url}${geval.adres}`, { waitUntil: "commit" });
    await page.locator("#voorscherm h1").waitFor();
    await page.waitForFunction(() => !document.documentElement.classList.contains("vs-wacht"));
    assert.equal((await statisch(page)).h1, "Welkom bij Spoorwijzer");
    const beginStatisch = await page.locator("#voorscherm main a.knop").count();
    assert.equal(beginStatisch > 0, !geval.terug, `${wat}: the new person's "Begin" only for a new person`);
    assert.equal(await page.locator("#voorscherm .ingebed").count(), geval.ingebed ? 1 : 0, `${wat}: the note above the page`);
    if (geval.ingebed) {
      assert.equal(await page.locator("#voorscherm .ingebed-links a[target]").getAttribute("href"), `${server.url}#/`, `${wat}: its own tab without the flag`);
    }
    const plek = () => page.evaluate(() => {
      const vak = (s) => document.querySelector(s).getBoundingClientRect();
      return { h1: Math.round(vak("main h1").top), kop: Math.round(vak("header.kop").height) };
    });
    const voor = await plek();
    // The loading line: the screen's whole width, its text in line with the page's heading
    // (it once stood 864 px wide at the left of a desktop screen, the page's column at its middle).
    const lijn = await page.evaluate(() => {
      const status = document.querySelector("#voorscherm .vs-status");
      const tekst = document.createRange();
      tekst.selectNodeContents(status);
      const vak = status.getBoundingClientRect();
      return { links: vak.left, breed: vak.width, scherm: document.documentElement.clientWidth,
        tekst: Math.round(tekst.getBoundingClientRect().left), kop: Math.round(document.querySelector("#voorscherm main h1").getBoundingClientRect().left) };
    });
    assert.ok(lijn.links === 0 && Math.abs(lijn.breed - lijn.scherm) <= 1, `${wat}: the loading line spans the screen ${JSON.stringify(lijn)}`);
    assert.ok(Math.abs(lijn.tekst - lijn.kop) <= 2, `${wat}: the loading line's text in line with the heading ${JSON.stringify(lijn)}`);
    // Takeover on a page nobody touches.
    vrij();
    await page.locator("#voorscherm").waitFor({ state: "detached" });
    await wachtOpKop(page);
    await page.locator("footer").waitFor();
    // The app's own nodes replace the static ones, which layout-shift scoring does
    // not see: so the heading and the header must also stand where they stood.
    const na = await plek();
    assert.ok(Math.abs(na.h1 - voor.h1) <= 2, `${wat}: the heading moved from ${voor.h1} to ${na.h1}`);
    assert.ok(Math.abs(na.kop - voor.kop) <= 2, `${wat}: the header went from ${voor.kop} to ${na.kop} px high`);
    const cls = await page.evaluate(() => window.__cls);
    assert.ok(cls <= 0.02, `${wat}: layout shift ${cls} over 0.02`);
    assert.deepEqual(fouten, []);
    await context.close();
  }
  // A tap before the wasm has loaded.
  const { context, page } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  const vrij = await houdWasmVast(page);
  await page.goto(`${server.url}#/`, { waitUntil: "commit" });
  await page.locator("#voorscherm main a.knop").first().click();
  vrij();
  await page.locator("section.stap").waitFor();
  assert.equal(await page.evaluate(() => location.hash), "#/wie-ben-ik/1/1");
  await context.close();
});

test("the static menu works before the wasm runs, and the app takes it over open so a tap on its way is not lost", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  const vrij = await houdWasmVast(page);
  await page.goto(`${server.url}#/`, { waitUntil: "commit" });
  const knop = page.locator("#voorscherm .menu-knop");
  const privacy = page.locator("#voorscherm nav").getByRole("link", { name: "Privacy" });
  assert.equal(await privacy.isVisible(), false, "the menu starts closed on a phone");
  await knop.click();
  assert.equal(await knop.getAttribute("aria-expanded"), "true");
  assert.equal(await knop.textContent(), "Sluit");
  // The icon is the app's own for the state (iconen::menu): a cross when open.
  const icoon = () => knop.evaluate((k) => [...k.querySelectorAll("svg path")].map((p) => p.getAttribute("d")).join(" ").includes("M6 6l12 12") ? "open" : "dicht");
  assert.equal(await icoon(), "open", "the open menu's button shows the close icon, as the app's does");
  // A link in the static menu leads to that page's first screen and closes the menu.
  await privacy.click();
  await page.locator("#voorscherm h1", { hasText: "Privacy" }).waitFor();
  assert.equal(await knop.getAttribute("aria-expanded"), "false");
  assert.equal(await privacy.isVisible(), false);
  assert.equal(await icoon(), "dicht");
  // Escape closes it too, and gives the focus back to the button.
  await knop.click();
  await page.keyboard.press("Escape");
  assert.equal(await knop.getAttribute("aria-expanded"), "false");
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("menu-knop")), true);
  // Open when the app takes over: the app's menu is open too, with the same links.
  await knop.click();
  vrij();
  await page.locator("#voorscherm").waitFor({ state: "detached" });
  await wachtOpKop(page);
  const appKnop = page.locator("#menu-knop");
  assert.equal(await appKnop.getAttribute("aria-expanded"), "true");
  await page.locator("header nav").getByRole("link", { name: "Mijn profiel" }).click();
  await page.waitForFunction(() => location.hash === "#/profiel");
  assert.equal(await appKnop.getAttribute("aria-expanded"), "false", "a new page closes the menu");
  assert.deepEqual(fouten, []);
  await context.close();
});
