// Issue 28, item 1: the coach's pages speak to the coach. coach.html has its own
// header and menu ("Voor coaches"), a shared view is written about the candidate,
// a candidate may share their week of the 104 (unticked by default), and every
// share of one person carries the same random candidate id, a new one after
// "Wis al mijn gegevens".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import zlib from "node:zlib";
import { serveer, start, nieuwePagina, wachtOpKop, axe, linkEnCode, coachOpent } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const COACH_MENU = ["Mijn kandidaten", "Link maken", "Een deel openen", "Hulp"];
const EIGEN = "Ik wil praten over mijn uren.";

/** The texts of the header's menu, and the menu's name. */
async function menu(page) {
  const nav = page.locator("header.kop nav");
  return { label: await nav.getAttribute("aria-label"), items: (await nav.locator("a").allTextContents()).map((t) => t.trim()) };
}

/** The local date `dagen` days ago, as the app reads a typed date (YYYY-MM-DD). */
function dagenGeleden(dagen) {
  const d = new Date();
  d.setDate(d.getDate() - dagen);
  const twee = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${twee(d.getMonth() + 1)}-${twee(d.getDate())}`;
}

/**
 * Answers of a candidate in `page`: one ticked thought, a sentence to discuss and,
 * when given, a first sick day on the timeline; ends on #/delen.
 */
async function vulIn(page, { eersteZiektedag } = {}) {
  await page.goto(`${server.url}?lang=nl#/`);
  await wachtOpKop(page);
  await page.evaluate(({ eigen, d0 }) => {
    const doc = JSON.parse(localStorage.getItem("spoorwijzer.document"));
    doc.modules.zorgen = { antwoorden: {
      "zor.gedachten": { soort: "keuzes", waarde: ["te-ziek"] },
      "zor.gesprek": { soort: "tekst", waarde: eigen },
    } };
    if (d0) doc.tijdlijn = { eerste_ziektedag: d0 };
    localStorage.setItem("spoorwijzer.document", JSON.stringify(doc));
    localStorage.setItem("spoorwijzer.revisie", String(doc.revisie));
  }, { eigen: EIGEN, d0: eersteZiektedag });
  await page.goto(`${server.url}#/delen`);
  await page.reload();
  await wachtOpKop(page);
}

/** A candidate in a fresh browser profile (see `vulIn`). */
async function kandidaat(opties) {
  const p = await nieuwePagina(browser, server.origin);
  await vulIn(p.page, opties);
  return p;
}

/** Tick "Zorgen en gedachten" with own words and the name Sanne (and the week, when asked), then make a link. */
async function deel(page, { week = false } = {}) {
  const zorgen = page.locator("input[name=deel-module][value=zorgen]");
  if (!(await zorgen.isChecked())) await zorgen.check();
  if (!(await page.locator("#deel-eigen").isChecked())) await page.locator("#deel-eigen").check();
  await page.locator("#deel-naam").fill("Sanne");
  if (week) await page.locator("#deel-week").check();
  const vorige = (await page.locator("#deel-link").count()) ? await page.locator("#deel-link").inputValue() : null;
  await page.getByRole("button", { name: /Maak een (nieuwe )?link/ }).click();
  await page.waitForFunction((v) => { const l = document.querySelector("#deel-link"); return l && l.value !== v; }, vorige, { timeout: 20000 });
  return linkEnCode(page);
}

/**
 * What a link carries, opened as the coach's browser opens it (payload frame
 * `[1][salt 16][iv 12][AES-GCM][adler32 4]`, PBKDF2-SHA-256 600,000 rounds, zlib JSON):
 * so the test sees the candidate id the coach's workspace groups by.
 */
function inhoud(link, code) {
  const bytes = Buffer.from(link.split("#/gedeeld/")[1], "base64url");
  const salt = bytes.subarray(1, 17);
  const iv = bytes.subarray(17, 29);
  const geheim = bytes.subarray(29, bytes.length - 4);
  const sleutel = crypto.pbkdf2Sync(code.replaceAll("-", "").toUpperCase(), salt, 600000, 32, "sha256");
  const ontsleutel = crypto.createDecipheriv("aes-256-gcm", sleutel, iv);
  ontsleutel.setAuthTag(geheim.subarray(geheim.length - 16));
  const zlibBytes = Buffer.concat([ontsleutel.update(geheim.subarray(0, geheim.length - 16)), ontsleutel.final()]);
  return JSON.parse(zlib.inflateSync(zlibBytes).toString("utf8"));
}

test("the coach's pages show the coach's menu, never the candidate's, and pass axe at 390 and 1280 px", async () => {
  const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin);
  for (const [adres, huidig] of [
    ["coach.html#/coach", "Link maken"],
    ["coach.html#/gedeeld/bestand", "Een deel openen"],
    ["coach.html#/coach-hulp", "Hulp"],
    ["coach.html#/kandidaten", "Mijn kandidaten"],
    ["coach.html#/hulp", null],
  ]) {
    await page.goto(`${server.url}${adres}`);
    await wachtOpKop(page);
    const m = await menu(page);
    assert.equal(m.label, "Menu voor coaches", adres);
    assert.deepEqual(m.items, COACH_MENU, adres);
    assert.equal(await page.locator("header.kop .merk-sub").textContent(), "Voor coaches", adres);
    // Nothing of the candidate's menu.
    for (const tekst of ["Mijn profiel", "Delen met je coach", "Wie ben ik?"]) {
      assert.equal(await page.locator("header.kop nav a", { hasText: tekst }).count(), 0, `${adres}: ${tekst}`);
    }
    const actief = await page.locator("header.kop nav a[aria-current=page]").allTextContents();
    assert.deepEqual(actief.map((t) => t.trim()), huidig ? [huidig] : [], adres);
  }
  // The help for coaches: what a share holds, who may read it, no server.
  await page.goto(`${server.url}coach.html#/coach-hulp`);
  await wachtOpKop(page, "Hulp voor coaches");
  const hulp = await page.locator("main").textContent();
  for (const zin of ["Wie kan een deel lezen?", "Er gaat niets naar een server.", "De eerste ziektedag zelf gaat nooit mee."]) {
    assert.ok(hulp.includes(zin), zin);
  }
  // The menu's links go where they say, inside coach.html.
  await page.locator("header.kop nav a", { hasText: "Een deel openen" }).click();
  await page.waitForURL(/coach\.html#\/gedeeld\/bestand$/);
  await wachtOpKop(page);
  for (const adres of ["coach.html#/coach-hulp", "coach.html#/kandidaten", "coach.html#/gedeeld/bestand"]) {
    await page.goto(`${server.url}${adres}`);
    await wachtOpKop(page);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      if (width === 390) await page.locator("#menu-knop").click();
      assert.deepEqual(await axe(page), [], `${adres} at ${width}px`);
      if (width === 390) await page.locator("#menu-knop").click();
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  // The candidate's own pages keep the candidate's menu.
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  const eigen = await menu(page);
  assert.equal(eigen.label, "Hoofdmenu");
  assert.ok(eigen.items.includes("Mijn profiel") && !eigen.items.includes("Mijn kandidaten"), eigen.items.join(", "));
  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, []);
  await context.close();
});

test("the week goes along only when ticked; the coach reads about the candidate, not to them", async () => {
  const k = await kandidaat({ eersteZiektedag: dagenGeleden(420) });
  const vinkje = k.page.locator("#deel-week");
  assert.equal(await vinkje.isChecked(), false, "unticked by default");
  assert.equal(
    (await k.page.locator("label", { has: vinkje }).locator("> span").first().textContent()).split("Je coach")[0].trim(),
    "Mijn week in het traject delen (week 61 van 104)",
  );
  const zonder = await deel(k.page);
  assert.equal(await k.page.locator(".deel-voorbeeld .gedeeld-week").count(), 0);
  // Ticked: the preview shows what the coach will see.
  const met = await deel(k.page, { week: true });
  assert.equal((await k.page.locator(".deel-voorbeeld .gedeeld-week").textContent()).trim(), "Week 61 van 104 op de dag van delen.");
  assert.equal(inhoud(met.link, met.code).week, 61);
  assert.equal(inhoud(zonder.link, zonder.code).week, undefined);
  for (const [naam, t] of [["zonder", zonder], ["met", met]]) {
    const json = JSON.stringify(inhoud(t.link, t.code));
    assert.ok(!json.includes(dagenGeleden(420)) && !json.includes("tijdlijn"), `${naam}: never the first sick day: ${json}`);
  }

  const coach1 = await coachOpent(browser, server.origin, zonder.link, zonder.code);
  await coach1.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  assert.equal(await coach1.page.locator(".gedeeld-week").count(), 0, "no week when it was not ticked");
  const tekst = await coach1.page.locator("main").textContent();
  assert.ok(tekst.includes("Zorgen van Sanne") && tekst.includes("Wat Sanne wil bespreken"), tekst);
  for (const zin of ["Mijn zorgen", "Wat ik wil bespreken", "Mijn gespreksblad", "Praat er met je coach over"]) {
    assert.ok(!tekst.includes(zin), `the coach reads the candidate's voice: ${zin}`);
  }
  assert.ok(tekst.includes(EIGEN), "the candidate's own words, as written");

  const coach2 = await coachOpent(browser, server.origin, met.link, met.code);
  await coach2.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  assert.equal((await coach2.page.locator(".gedeeld-info .gedeeld-week").textContent()).trim(), "Week 61 van 104 op de dag van delen.");
  for (const width of [1280, 390]) {
    await coach2.page.setViewportSize({ width, height: 844 });
    assert.deepEqual(await axe(coach2.page), [], `shared view at ${width}px`);
    await k.page.setViewportSize({ width, height: 844 });
    assert.deepEqual(await axe(k.page), [], `#/delen with the week at ${width}px`);
  }
  for (const p of [k, coach1, coach2]) {
    assert.deepEqual(p.fouten, []);
    assert.deepEqual(p.buiten, []);
    await p.context.close();
  }
});

test("without a first sick day there is no week to tick", async () => {
  const k = await kandidaat();
  assert.equal(await k.page.locator("#deel-week").count(), 0);
  assert.deepEqual(k.fouten, []);
  await k.context.close();
});

test("every share of one person carries the same candidate id; after 'Wis al mijn gegevens' a new one", async () => {
  const k = await kandidaat();
  const een = await deel(k.page);
  const id = (await k.page.evaluate(() => JSON.parse(localStorage.getItem("spoorwijzer.document")).kandidaat));
  assert.match(id ?? "", /^[A-Za-z0-9_-]{22}$/, "16 random bytes, base64url");
  await k.page.reload();
  await wachtOpKop(k.page);
  const twee = await deel(k.page);
  assert.equal(inhoud(een.link, een.code).kandidaat, id);
  assert.equal(inhoud(twee.link, twee.code).kandidaat, id, "the same id in a later share");

  await k.page.goto(`${server.url}#/privacy`);
  await wachtOpKop(k.page);
  await k.page.getByRole("button", { name: "Wis al mijn gegevens" }).click();
  await k.page.getByRole("button", { name: "Ja, wis alles" }).click();
  await k.page.getByText("Alles is gewist.").waitFor();
  assert.ok(!(await k.page.evaluate((id) => Object.values(localStorage).some((w) => w.includes(id)), id)), "the id is forgotten");
  // The same browser, as a new person: answers again, a new share, a new id.
  await vulIn(k.page);
  const drie = await deel(k.page);
  const ander = inhoud(drie.link, drie.code).kandidaat;
  assert.match(ander ?? "", /^[A-Za-z0-9_-]{22}$/);
  assert.notEqual(ander, id);
  assert.deepEqual(k.fouten, []);
  assert.deepEqual(k.buiten, []);
  await k.context.close();
});
