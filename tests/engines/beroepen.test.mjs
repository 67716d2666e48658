// "Beroepen verkennen" (issue 27) in every engine: its own entry (beroepen.html), the
// forgiving search, ESCO's description marked as ESCO's, and keeping an occupation with
// a note in the one stored document, which the profile (another entry) shows. One
// journey per engine: on a phone-sized window search "verpleeg" and a typo ("hovenir"),
// open hovenier, keep it with a note; on a desktop-sized window reload, still kept (in
// localStorage and on the page), and the profile shows it. The Chromium-only version
// with more cases (themes, sheet, sharing, offline, keyboard, axe) is tests/e2e/beroepen.test.mjs.
//
//   SPOORWIJZER_ENGINES=firefox,webkit node --test tests/engines/beroepen.test.mjs   runs a subset.
import { describe } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { By } from "selenium-webdriver";
import { DIST } from "../e2e/hulp.mjs";
import { gekozen } from "./motoren.mjs";
import { reizen } from "./reizen.mjs";
import { TIJD, wachtOp, js, open, herlaad, element, klik, knop, dokument, telefoonVenster, bewaakteApp } from "./hulp.mjs";

assert.ok(fs.existsSync(path.join(DIST, "index.html")), `no build in ${DIST}: run make build first`);

const NOTITIE = "Buiten werken trekt me. Vraag de buurman.";

const app = bewaakteApp();

/** Type `tekst` in the search box as a person would, and wait for the result list of exactly that text. */
async function zoek(d, tekst) {
  const veld = await element(d, "#beroep-zoek");
  await veld.clear();
  await veld.sendKeys(tekst);
  // The list belongs to the box's current text once the box has it and the list is drawn (aria-controls is set with it).
  return wachtOp(d, () => js(d, (t) => {
    const v = document.querySelector("#beroep-zoek");
    const lijst = document.querySelectorAll("#beroep-treffers li a");
    return v.value === t && v.getAttribute("aria-controls") === "beroep-treffers" && lijst.length ? [...lijst].map((a) => a.textContent.trim()) : false;
  }, tekst), `results for "${tekst}"`, TIJD.lang);
}

/** Null when the page fits the window's width; else how wide it is. */
const zijwaarts = (d) => js(d, () => (document.documentElement.scrollWidth > innerWidth ? `${document.documentElement.scrollWidth} px wide in ${innerWidth} px` : null));

for (const motor of gekozen()) {
  describe(`${motor}`, { concurrency: 1 }, () => {
    const { reis, metSessie } = reizen(motor, () => app.origin);

    reis("Beroepen verkennen: search (a typo too), open hovenier with ESCO's description, keep it with a note on a phone; reloaded on a desktop it is kept, and the profile shows it", async (t) => {
      await metSessie(t, "beroepen", async (d) => {
        const smal = await telefoonVenster(d, motor);
        await open(d, `${app.url}beroepen.html#/beroepen`, "Beroepen verkennen");

        const verpleeg = await zoek(d, "verpleeg");
        assert.ok(verpleeg.slice(0, 5).every((s) => /verpleeg/i.test(s)), `[${motor}] titles with verpleeg first: ${verpleeg.slice(0, 5)}`);
        const typo = await zoek(d, "hovenir");
        assert.ok(typo.includes("Hovenier"), `[${motor}] a typo still finds hovenier: ${typo.slice(0, 8)}`);
        assert.equal(await zijwaarts(d), null, `[${motor}] no sideways scroll with the results at ${smal} px`);

        await klik(d, () => d.findElement(By.xpath(`//*[@id="beroep-treffers"]//a[normalize-space()="Hovenier"]`)), "the result hovenier");
        await wachtOp(d, () => js(d, () => document.querySelector("main h1")?.textContent.trim() === "Hovenier"), "the heading Hovenier", TIJD.lang);
        // ESCO's words, marked as ESCO's.
        const esco = await wachtOp(d, () => js(d, () => {
          const f = document.querySelector("figure.esco");
          const b = f?.querySelector("blockquote")?.textContent.trim();
          return b ? { tekst: b, bron: f.querySelector("figcaption")?.textContent.trim(), taal: f.querySelector("blockquote").lang } : false;
        }), "ESCO's description", TIJD.lang);
        assert.ok(esco.tekst.length > 20, `[${motor}] a description: ${esco.tekst}`);
        assert.equal(esco.bron, "Omschrijving van ESCO, Europese Commissie.");
        assert.equal(esco.taal, "nl");

        await knop(d, "Bewaar in mijn lijst");
        assert.equal(await zijwaarts(d), null, `[${motor}] no sideways scroll on the occupation at ${smal} px`);
        const notitie = await element(d, "#beroep-notitie");
        await notitie.sendKeys(NOTITIE);
        await wachtOp(d, async () => (await dokument(d))?.beroepen?.some((b) => b.titel === "hovenier" && b.notitie === NOTITIE), "hovenier kept with its note", TIJD.lang);

        // A desktop-sized window, a reload: kept in the document and shown as kept.
        await d.manage().window().setRect({ width: 1280, height: 900 });
        const breed = await wachtOp(d, () => js(d, () => (innerWidth >= 1152 ? innerWidth : false)), "a desktop-sized window", TIJD.kort);
        await herlaad(d, "Hovenier");
        const bewaard = (await dokument(d))?.beroepen ?? [];
        assert.deepEqual(bewaard.map((b) => [b.titel, b.notitie]), [["hovenier", NOTITIE]], `[${motor}] in localStorage after the reload`);
        const getoond = await wachtOp(d, () => js(d, () => {
          const v = document.querySelector("#beroep-notitie");
          return v ? { notitie: v.value, tekst: document.querySelector("section[aria-labelledby=beroep-lijst-kop]").textContent } : false;
        }), "the kept occupation's note", TIJD.lang);
        assert.equal(getoond.notitie, NOTITIE, `[${motor}] the note on the page`);
        assert.match(getoond.tekst, /Dit beroep staat in je lijst\./);
        assert.equal((await d.findElements(By.xpath(`//button[normalize-space()="Bewaar in mijn lijst"]`))).length, 0, "no second keep");

        // The profile (the candidate's own entry) shows it, with the note.
        await open(d, `${app.url}#/profiel`, "Mijn profiel");
        const profiel = await wachtOp(d, () => js(d, () => {
          const s = document.querySelector("section[aria-labelledby=p-beroepen]");
          return s ? { titels: [...s.querySelectorAll("li strong")].map((e) => e.textContent.trim()), tekst: s.textContent } : false;
        }), "the profile's occupations", TIJD.lang);
        assert.deepEqual(profiel.titels, ["Hovenier"], `[${motor}] the profile's occupations`);
        assert.ok(profiel.tekst.includes(NOTITIE), `[${motor}] the note in the profile`);
        t.diagnostic(`[${motor}] searched and kept at ${smal} px, kept after a reload at ${breed} px, shown in the profile`);
      });
    });
  });
}
