// Keeping work: settings survive a reload, corrupt data is kept aside with a
// notice, blocked storage leaves a usable app, two tabs stay in step, and
// "delete everything" deletes everything.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, wachtTot, opgeslagen } from "./hulp.mjs";

// How long a tab may take to show what another tab did (a storage event, then a render). A bound,
// not a wait: each check returns as soon as it holds. The tab that must react is in the
// background, and on a busy two-core machine (the full suite beside a build) it has taken over 5 s.
const ANDER_TABBLAD_MS = 15000;

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

test("a chosen language and text size survive a reload, and <html lang> follows", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  assert.equal(await page.getAttribute("html", "lang"), "nl");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "Extra large text" }).click();
  await page.waitForFunction(() => document.querySelector("main h1").textContent.includes("Welcome"));
  await page.reload();
  assert.equal(await wachtOpKop(page), "Welcome to Spoorwijzer");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.match(await page.getAttribute("html", "class"), /tekst-groter/);
  assert.match(await page.textContent("#bewaard"), /Last saved on this device/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("?lang=en in a link selects English and is remembered without it", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}?lang=en#/privacy`);
  assert.equal(await wachtOpKop(page), "Privacy: what we keep and where");
  await page.goto(`${server.url}#/`);
  assert.equal(await wachtOpKop(page), "Welcome to Spoorwijzer");
  // Switching back is not undone by the ?lang=en still in an old address.
  await page.goto(`${server.url}?lang=en#/`);
  await wachtOpKop(page);
  await page.getByRole("button", { name: "Nederlands" }).click();
  await page.reload();
  assert.equal(await wachtOpKop(page), "Welkom bij Spoorwijzer");
  await context.close();
});

test("corrupt storage is kept aside untouched, with a notice and a download", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await page.evaluate(() => localStorage.setItem("spoorwijzer.document", "{beschadigd: ja"));
  await page.reload();
  await wachtOpKop(page);
  await page.getByRole("heading", { name: "We konden je opgeslagen gegevens niet lezen" }).waitFor();
  const opgeslagen = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  const reserve = Object.entries(opgeslagen).filter(([k]) => k.startsWith("spoorwijzer.reservekopie."));
  assert.equal(reserve.length, 1);
  assert.equal(reserve[0][1], "{beschadigd: ja");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download de reservekopie" }).first().click(),
  ]);
  const pad = await download.path();
  const { readFileSync } = await import("node:fs");
  assert.equal(readFileSync(pad, "utf8"), "{beschadigd: ja");
  // Working on does not touch the backup.
  await page.getByRole("button", { name: "English" }).click();
  await page.reload();
  assert.equal(await wachtOpKop(page), "Welcome to Spoorwijzer");
  const na = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("spoorwijzer.reservekopie.")).length);
  assert.equal(na, 1);
  await context.close();
});

test("storage that throws still leaves a usable app that says work is not kept", async () => {
  const blokkeer = () => {
    Object.defineProperty(window, "localStorage", { configurable: true, get() { throw new DOMException("blocked", "SecurityError"); } });
  };
  const { context, page, fouten } = await nieuwePagina(browser, server.origin, { initScript: blokkeer });
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await page.getByRole("heading", { name: "Je werk wordt niet bewaard" }).waitFor();
  await page.getByRole("button", { name: "English" }).click();
  assert.equal(await wachtOpKop(page), "Welcome to Spoorwijzer");
  await page.click('nav a[href="#/privacy"]');
  assert.equal(await wachtOpKop(page), "Privacy: what we keep and where");
  assert.match(await page.textContent("#bewaard"), /not being saved/);
  assert.deepEqual(fouten, []);
  await context.close();
});

/** Open the worries' first question in `page`, type `woorden` in its first field and wait until they are stored; the field. */
async function zorgBewaard(page, woorden) {
  await page.goto(`${server.url}#/zorgen/2/1`);
  const veld = page.locator("form.vragen textarea").first();
  await veld.waitFor();
  await veld.fill(woorden);
  await page.waitForFunction((w) => (localStorage.getItem("spoorwijzer.document") ?? "").includes(w), woorden);
  return veld;
}

test("a change in one tab appears in the other, and neither overwrites the other", async () => {
  const { context, page: a } = await nieuwePagina(browser, server.origin);
  await a.goto(`${server.url}#/`);
  await wachtOpKop(a);
  const b = await context.newPage();
  await b.goto(`${server.url}#/`);
  await wachtOpKop(b);
  await a.getByRole("button", { name: "English" }).click();
  await b.waitForFunction(() => document.querySelector("main h1").textContent.includes("Welcome"), null, { timeout: ANDER_TABBLAD_MS });
  await b.getByRole("button", { name: "Large text", exact: true }).click();
  await a.waitForFunction(() => document.documentElement.classList.contains("tekst-groot"), null, { timeout: ANDER_TABBLAD_MS });
  const doc = JSON.parse(await a.evaluate(() => localStorage.getItem("spoorwijzer.document")));
  assert.equal(doc.instellingen.taal, "en");
  assert.equal(doc.instellingen.tekstgrootte, "groot");
  await context.close();
});

test("'Wis al mijn gegevens' removes everything after a confirmation", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/privacy`);
  await wachtOpKop(page);
  await page.evaluate(() => localStorage.setItem("andere.app", "blijft"));
  await page.getByRole("button", { name: "Grote tekst", exact: true }).click();
  await page.getByRole("button", { name: "Wis al mijn gegevens" }).click();
  // Nothing is deleted before the confirmation.
  assert.ok(await page.evaluate(() => localStorage.getItem("spoorwijzer.document")));
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await page.getByText("Alles is gewist.").waitFor();
  // Only the new generation's id stays: it tells a tab that missed the wipe not to write its copy back.
  const sleutels = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(sleutels, ["andere.app", "spoorwijzer.generatie"]);
  assert.doesNotMatch(await page.getAttribute("html", "class"), /tekst-groot/);
  await context.close();
});

/**
 * Two tabs of one browser each keep their own copy of localStorage and hear of
 * the other's writes a little later (Chromium's tabs in separate processes do
 * exactly this). This init script makes that window wide and deterministic:
 * after `__houdVast()`, this page reads a frozen copy (plus its own writes) and
 * its storage events wait; `__laatLos()` lets them through in order.
 */
const eigenKopie = () => {
  let kopie = null;
  const wacht = [];
  const lees = Storage.prototype.getItem;
  const schrijf = Storage.prototype.setItem;
  const isLokaal = (s) => s === window.localStorage;
  Storage.prototype.getItem = function (k) {
    if (kopie && isLokaal(this)) return kopie.has(k) ? kopie.get(k) : null;
    return lees.call(this, k);
  };
  Storage.prototype.setItem = function (k, v) {
    if (kopie && isLokaal(this)) kopie.set(k, String(v));
    return schrijf.call(this, k, v);
  };
  const voegToe = window.addEventListener;
  window.addEventListener = function (soort, fn, opties) {
    if (soort !== "storage") return voegToe.call(this, soort, fn, opties);
    return voegToe.call(this, soort, (e) => (kopie ? wacht.push([fn, e]) : fn.call(window, e)), opties);
  };
  window.__houdVast = () => { kopie = new Map(Object.entries(window.localStorage)); };
  window.__laatLos = () => {
    kopie = null;
    for (const [fn, e] of wacht.splice(0)) fn.call(window, e);
  };
};

test("two tabs answering at the same moment both keep their answer, every time (20 runs)", async () => {
  const { context, page: a, fouten } = await nieuwePagina(browser, server.origin, { initScript: eigenKopie });
  const b = await context.newPage();
  const foutenB = [];
  b.on("console", (m) => { if (m.type() === "error") foutenB.push(m.text()); });
  b.on("pageerror", (e) => foutenB.push(String(e)));
  // "Ga vanzelf verder" off, before B opens: both tabs stay on their question for the next run.
  await a.goto(`${server.url}#/wat-wil-ik`);
  await a.getByRole("checkbox", { name: "Ga vanzelf verder na een keuze" }).uncheck();
  await wachtTot(async () => (await opgeslagen(a))?.instellingen?.vanzelf_uit === true, "the setting stored");
  // Part 2 is a run of statements on one screen (issue 24): A answers its first, B its third.
  await a.goto(`${server.url}#/wat-wil-ik/2/1`);
  await b.goto(`${server.url}#/wat-wil-ik/2/3`);
  const rij = (p) => p.locator("form.vragen fieldset").nth(p === b ? 2 : 0);
  const radio = (p, i) => rij(p).locator("input[type=radio]").nth(i);
  await radio(a, 0).waitFor();
  await radio(b, 0).waitFor();
  const vraagA = (await rij(a).getAttribute("id")).replace(/^v-/, "");
  const vraagB = (await rij(b).getAttribute("id")).replace(/^v-/, "");
  assert.notEqual(vraagA, vraagB);
  const waarde = (doc, vraag) => {
    const antwoorden = doc?.modules?.["wat-wil-ik"]?.antwoorden ?? {};
    // The field id is "v-" + the question id with its dots as dashes.
    const gevonden = Object.entries(antwoorden).find(([k]) => k.replaceAll(".", "-") === vraag);
    return gevonden ? String(gevonden[1].waarde) : undefined;
  };
  for (let run = 0; run < 20; run++) {
    const ia = run % 5;
    const ib = (run + 2) % 5;
    const va = await radio(a, ia).getAttribute("value");
    const vb = await radio(b, ib).getAttribute("value");
    await Promise.all([a.evaluate(() => window.__houdVast()), b.evaluate(() => window.__houdVast())]);
    // Both answer; each writes before it has heard of the other's write.
    await Promise.all([radio(a, ia).check(), radio(b, ib).check()]);
    await Promise.all([a.evaluate(() => window.__laatLos()), b.evaluate(() => window.__laatLos())]);
    await wachtTot(async () => {
      const doc = await opgeslagen(a);
      return waarde(doc, vraagA) === va && waarde(doc, vraagB) === vb;
    }, `run ${run}: both answers (${va}, ${vb}) in storage; stored: ${JSON.stringify((await opgeslagen(a))?.modules?.["wat-wil-ik"]?.antwoorden)}`, 5000);
    // And each tab still shows its own answer.
    assert.ok(await radio(a, ia).isChecked(), `run ${run}: tab A still shows its answer`);
    assert.ok(await radio(b, ib).isChecked(), `run ${run}: tab B still shows its answer`);
  }
  // Each tab also holds the other's answer: B shows A's question answered.
  await b.goto(`${server.url}#/wat-wil-ik/2/1`);
  await radio(b, 0).waitFor();
  assert.ok(await b.locator("form.vragen fieldset").nth(0).locator("input[type=radio]").nth(19 % 5).isChecked(), "tab B shows tab A's last answer");
  assert.deepEqual([...fouten, ...foutenB], []);
  await context.close();
});

test("deleting everything in one tab empties the other with a clear notice", async () => {
  const { context, page: a } = await nieuwePagina(browser, server.origin);
  await a.goto(`${server.url}#/wat-wil-ik/2/1`);
  const radio = a.locator("form.vragen fieldset input[type=radio]").nth(3);
  await radio.check();
  const b = await context.newPage();
  await b.goto(`${server.url}#/privacy`);
  await wachtOpKop(b);
  await b.getByRole("button", { name: "Wis al mijn gegevens" }).click();
  await b.getByRole("button", { name: "Ja, wis alles" }).click();
  await a.getByRole("heading", { name: "Alles is gewist in een ander venster" }).waitFor({ timeout: ANDER_TABBLAD_MS });
  assert.equal(await radio.isChecked(), false, "the answer is gone here too");
  // Working on here does not bring the deleted answers back.
  await a.locator("form.vragen fieldset input[type=radio]").nth(1).check();
  const doc = await opgeslagen(a);
  assert.deepEqual(Object.keys(doc.modules["wat-wil-ik"].antwoorden).length, 1);
  await context.close();
});

test("with storage full during use the answer stays, a notice says so, and the next change is written once there is room", async () => {
  const vol = () => {
    const schrijf = Storage.prototype.setItem;
    window.__vol = false;
    Storage.prototype.setItem = function (k, v) {
      if (window.__vol) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return schrijf.call(this, k, v);
    };
  };
  const { context, page, fouten } = await nieuwePagina(browser, server.origin, { initScript: vol });
  await page.goto(`${server.url}#/wat-wil-ik/2/1`);
  const radio = (i) => page.locator("form.vragen fieldset input[type=radio]").nth(i);
  await radio(0).check();
  await wachtTot(async () => (await opgeslagen(page))?.modules?.["wat-wil-ik"], "the first answer written");
  await page.evaluate(() => { window.__vol = true; });
  await radio(2).check();
  await page.getByRole("heading", { name: "Het geheugen van je browser is vol" }).waitFor({ timeout: ANDER_TABBLAD_MS });
  assert.ok(await radio(2).isChecked(), "the answer stays on screen");
  const voor = await opgeslagen(page);
  // In memory: the next step and back still show it.
  await page.evaluate(() => { location.hash = "#/wat-wil-ik/2/2"; });
  await page.waitForFunction(() => location.hash === "#/wat-wil-ik/2/2" && document.querySelector("form.vragen fieldset"));
  await page.goBack();
  await page.waitForFunction(() => location.hash === "#/wat-wil-ik/2/1");
  await radio(0).waitFor();
  assert.ok(await radio(2).isChecked(), "the answer is kept in memory");
  // Storage works again: the next change is written, with the earlier one.
  await page.evaluate(() => { window.__vol = false; });
  await radio(3).check();
  await wachtTot(async () => JSON.stringify(await opgeslagen(page)) !== JSON.stringify(voor), "the next change written");
  assert.equal(await page.getByRole("heading", { name: "Het geheugen van je browser is vol" }).count(), 0, "the notice goes once writing works");
  assert.deepEqual(fouten, []);
  await context.close();
});

/** The texts of every answer stored, for "is anything of this still here?". */
const alleTekst = (page) => page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith("spoorwijzer.")).map(([, v]) => v).join("\n"));

test("a wipe in one tab stays wiped when other tabs write, the one that wiped included (two tabs, then a third)", async () => {
  const { context, page: a, fouten } = await nieuwePagina(browser, server.origin);
  const veld = await zorgBewaard(a, "Mijn geheime zorg");
  const b = await context.newPage();
  await b.goto(`${server.url}#/`);
  await wachtOpKop(b);
  // The steps: answer in A, wipe in A (moving there inside the app, as a person does), then a choice in B.
  await a.evaluate(() => { location.hash = "#/privacy"; });
  await wachtOpKop(a);
  await a.getByRole("button", { name: "Wis al mijn gegevens" }).click();
  await a.getByRole("button", { name: "Ja, wis alles" }).click();
  await a.getByText("Alles is gewist.").waitFor();
  await b.getByRole("button", { name: "English" }).click();
  // A has heard B's write: it follows its language.
  await a.waitForFunction(() => document.documentElement.lang === "en", null, { timeout: ANDER_TABBLAD_MS });
  await wachtTot(async () => (await opgeslagen(a))?.instellingen?.taal === "en", "B's language is stored");
  assert.doesNotMatch(await alleTekst(a), /Mijn geheime zorg/);
  // A third tab opens and answers; A and B write again.
  const c = await context.newPage();
  await c.goto(`${server.url}#/wat-wil-ik/2/1`);
  await c.locator("form.vragen fieldset input[type=radio]").nth(2).check();
  await b.getByRole("button", { name: "Large text", exact: true }).click();
  await a.evaluate(() => { location.hash = "#/zorgen/2/1"; });
  await veld.waitFor();
  assert.equal(await veld.inputValue(), "");
  await veld.fill("Iets nieuws");
  await wachtTot(async () => (await opgeslagen(c))?.modules?.zorgen?.antwoorden?.["zor.gesprek"]?.waarde === "Iets nieuws", "A's new text stored");
  for (const p of [a, b, c]) {
    assert.doesNotMatch(await alleTekst(p), /Mijn geheime zorg/);
  }
  const doc = await opgeslagen(c);
  assert.equal(doc.instellingen.tekstgrootte, "groot");
  assert.equal(Object.keys(doc.modules["wat-wil-ik"].antwoorden).length, 1, "C's answer is kept");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a frozen tab that missed a wipe wakes and writes nothing old", async () => {
  const { context, page: a } = await nieuwePagina(browser, server.origin);
  const veld = await zorgBewaard(a, "Wat niemand mag lezen");
  const b = await context.newPage();
  await b.goto(`${server.url}#/privacy`);
  await wachtOpKop(b);
  const cdp = await context.newCDPSession(a);
  await cdp.send("Page.enable");
  await cdp.send("Page.setWebLifecycleState", { state: "frozen" });
  await b.getByRole("button", { name: "Wis al mijn gegevens" }).click();
  await b.getByRole("button", { name: "Ja, wis alles" }).click();
  await b.getByText("Alles is gewist.").waitFor();
  await cdp.send("Page.setWebLifecycleState", { state: "active" });
  await a.bringToFront();
  // The person types on in the field that still showed the old text.
  await veld.press("End");
  await veld.type("!");
  await a.getByRole("heading", { name: "Alles is gewist in een ander venster" }).waitFor({ timeout: ANDER_TABBLAD_MS });
  // The field no longer shows the wiped words, so the next letter cannot bring them back.
  await wachtTot(async () => !(await veld.inputValue()).includes("Wat niemand"), "the field to lose the wiped words");
  await veld.type("Nieuw");
  await wachtTot(async () => /Nieuw$/.test((await opgeslagen(a))?.modules?.zorgen?.antwoorden?.["zor.gesprek"]?.waarde ?? ""), "the new words stored");
  assert.doesNotMatch(await alleTekst(b), /Wat niemand mag lezen/);
  assert.doesNotMatch(await alleTekst(a), /Wat niemand mag lezen/);
  await context.close();
});

test("an answer written over by a tab that had not heard of it comes back from the journal of the tab that wrote it", async () => {
  const { context, page: a } = await nieuwePagina(browser, server.origin);
  await zorgBewaard(a, "Wat tab a schreef");
  const doc = await opgeslagen(a);
  // Tab a is gone (closed, or frozen and thrown away by the phone) before it hears what follows.
  await a.close();
  // A tab woken from a freeze writes its copy, which never heard a's answer, over the document.
  delete doc.modules.zorgen.antwoorden["zor.gesprek"];
  for (const k of Object.keys(doc.versies)) if (k.includes("zor.gesprek")) delete doc.versies[k];
  const b = await context.newPage();
  await b.goto(`${server.origin}/favicon.svg`);
  await b.evaluate((d) => { localStorage.setItem("spoorwijzer.document", d); localStorage.setItem("spoorwijzer.stempel", "verouderd"); }, JSON.stringify(doc));
  const c = await context.newPage();
  await c.goto(`${server.url}#/zorgen/2/1`);
  const veldC = c.locator("form.vragen textarea").first();
  await wachtTot(async () => (await veldC.inputValue()) === "Wat tab a schreef", "a's answer, read back from a's journal");
  await veldC.press("End");
  await veldC.type("!");
  await wachtTot(async () => (await opgeslagen(c))?.modules?.zorgen?.antwoorden?.["zor.gesprek"]?.waarde === "Wat tab a schreef!", "the answer stored again");
  await context.close();
});

test("a document of a newer version, written while a tab is open, is never written over", async () => {
  const { context, page: a } = await nieuwePagina(browser, server.origin);
  await a.goto(`${server.url}#/wat-wil-ik/2/1`);
  const radio = (i) => a.locator("form.vragen fieldset input[type=radio]").nth(i);
  await radio(0).check();
  const nieuwer = JSON.stringify({ schema: 99, revisie: 1, iets: "van een nieuwere versie" });
  const b = await context.newPage();
  await b.goto(`${server.url}#/`);
  await wachtOpKop(b);
  // A newer version of the app, open in tab B, writes its document.
  await b.evaluate((d) => { localStorage.setItem("spoorwijzer.document", d); localStorage.setItem("spoorwijzer.stempel", "nieuwer"); }, nieuwer);
  await a.getByRole("heading", { name: "Er is een nieuwere versie van Spoorwijzer open" }).waitFor({ timeout: ANDER_TABBLAD_MS });
  await radio(3).check();
  await a.getByRole("button", { name: "Naar de volgende vraag" }).click().catch(() => {});
  assert.equal(await a.evaluate(() => localStorage.getItem("spoorwijzer.document")), nieuwer);
  // The notice offers the reload that fixes it.
  await a.getByRole("button", { name: "Laad de pagina opnieuw" }).waitFor();
  await context.close();
});

test("'Vervangen' keeps a backup that #/privacy brings back with one tap", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  const veld = await zorgBewaard(page, "Eerst dit");
  // What a replacement does in the store: keep aside, then replace (the sharing page's own test covers its buttons).
  const reserve = await page.evaluate(() => {
    const ruw = localStorage.getItem("spoorwijzer.document");
    localStorage.setItem("spoorwijzer.reservekopie.1767225600000", ruw);
    return ruw;
  });
  await veld.fill("Daarna dit");
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes("Daarna dit"));
  await page.goto(`${server.url}#/privacy`);
  await wachtOpKop(page);
  await page.getByText(/Reservekopie van 1 januari 2026/).waitFor();
  await page.getByRole("button", { name: "Herstel deze reservekopie" }).click();
  await page.getByText("De reservekopie staat weer terug.").waitFor();
  const doc = await opgeslagen(page);
  assert.match(JSON.stringify(doc.modules.zorgen.antwoorden), /Eerst dit/);
  assert.doesNotMatch(JSON.stringify(doc.modules.zorgen.antwoorden), /Daarna dit/);
  // What was there is itself a backup now.
  const reserves = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith("spoorwijzer.reservekopie.")).map(([, v]) => v));
  assert.equal(reserves.length, 2);
  assert.ok(reserves.some((r) => r.includes("Daarna dit")));
  assert.ok(reserves.includes(reserve));
  await context.close();
});

/**
 * A page restored from the back/forward cache has missed every storage event
 * written while it was away (headless Chromium here does not keep pages in
 * that cache, so this plays it): `__weg()` holds a frozen copy of storage and
 * swallows storage events; `__terug()` lets the page see storage again, drops
 * what it missed, and fires `pageshow` with `persisted`, as a restore does.
 */
const bfcache = () => {
  let kopie = null;
  const lees = Storage.prototype.getItem;
  Storage.prototype.getItem = function (k) {
    if (kopie && this === window.localStorage) return kopie.has(k) ? kopie.get(k) : null;
    return lees.call(this, k);
  };
  const voegToe = window.addEventListener;
  window.addEventListener = function (soort, fn, opties) {
    if (soort !== "storage") return voegToe.call(this, soort, fn, opties);
    return voegToe.call(this, soort, (e) => { if (!kopie) fn.call(window, e); }, opties);
  };
  window.__weg = () => { kopie = new Map(Object.entries(window.localStorage)); };
  window.__terugStil = () => { kopie = null; };
  window.__terug = () => {
    kopie = null;
    const e = new Event("pageshow");
    Object.defineProperty(e, "persisted", { value: true });
    window.dispatchEvent(e);
  };
};

/** Tab A types a worry and goes away (`__weg`); tab B wipes everything meanwhile. */
async function wisterwijlWeg() {
  const { context, page: a } = await nieuwePagina(browser, server.origin, { initScript: bfcache });
  const veld = await zorgBewaard(a, "Mijn oude zorg");
  await a.evaluate(() => window.__weg());
  const b = await context.newPage();
  await b.goto(`${server.url}#/privacy`);
  await wachtOpKop(b);
  await b.getByRole("button", { name: "Wis al mijn gegevens" }).click();
  await b.getByRole("button", { name: "Ja, wis alles" }).click();
  await b.getByText("Alles is gewist.").waitFor();
  return { context, a, b, veld };
}

test("a page back from the back/forward cache, which missed a wipe, shows it and writes nothing old", async () => {
  const { context, a, b, veld } = await wisterwijlWeg();
  await a.evaluate(() => window.__terug());
  await a.getByRole("heading", { name: "Alles is gewist in een ander venster" }).waitFor({ timeout: ANDER_TABBLAD_MS });
  await wachtTot(async () => !(await veld.inputValue()).includes("Mijn oude zorg"), "the field to lose the wiped words");
  await veld.type("Nieuw");
  await wachtTot(async () => /Nieuw$/.test((await opgeslagen(a))?.modules?.zorgen?.antwoorden?.["zor.gesprek"]?.waarde ?? ""), "the new words stored");
  assert.doesNotMatch(await alleTekst(b), /Mijn oude zorg/);
  await context.close();
});

test("without its wake event, a tab that missed a wipe drops its first change instead of writing its old copy", async () => {
  const { context, a, b, veld } = await wisterwijlWeg();
  // Storage is visible again, but no event says so: the person types at once.
  await a.evaluate(() => window.__terugStil());
  await veld.press("End");
  await veld.type("!");
  await a.getByRole("heading", { name: "Alles is gewist in een ander venster" }).waitFor({ timeout: ANDER_TABBLAD_MS });
  assert.doesNotMatch(await alleTekst(a), /Mijn oude zorg/);
  await context.close();
});
