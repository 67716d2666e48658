// Two journeys of issue 24 in every engine (Chromium, Firefox, WebKit), through
// W3C WebDriver; the full versions run in Chromium only, in tests/e2e/getypt.test.mjs
// (every field of every module) and tests/e2e/delen-een-tik.test.mjs.
//
//   1. Typed words: text left in a list field, never confirmed with "Voeg toe",
//      counts as an item when the person presses Volgende, and when the page is
//      reloaded; both are found in the module's review and on #/profiel.
//   2. Share: on #/delen the link goes to the phone's share sheet (Web Share) where
//      the browser has one, without the code; where it has none, the same button
//      copies the link. The clipboard is read back the way a person does it: Ctrl+V
//      into a text field (navigator.clipboard.readText is refused to scripts in
//      Chromium and WebKit).
//
//   SPOORWIJZER_ENGINES=firefox,webkit node --test tests/engines/getypt-delen.test.mjs   runs a subset.
import { describe } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { By, Key } from "selenium-webdriver";
import { DIST } from "../e2e/hulp.mjs";
import { gekozen } from "./motoren.mjs";
import { reizen } from "./reizen.mjs";
import {
  TIJD, wachtOp, js, open, herlaad, element, klik, knop, wachtOpTekst, dokument, vulZorgen, stapPlaats, volgendeStap,
  bewaakteApp,
} from "./hulp.mjs";

assert.ok(fs.existsSync(path.join(DIST, "index.html")), `no build in ${DIST}: run make build first`);

// The watched copy of the build (see bewaakteApp): errors and requests off the origin are recorded in every engine.
const app = bewaakteApp();

const MODULE = "verlies-en-betekenis";
// Two list questions of the module, each one step: "Mis je nog iets anders?" and "Wat hoort nog meer bij jou?".
const LIJST_1 = { adres: `#/${MODULE}/1/2`, id: "vlb.mis.eigen" };
const LIJST_2 = { adres: `#/${MODULE}/2/2`, id: "vlb.blijft.eigen" };
const ZIN_1 = "Koffie met mijn collega's op vrijdag";
const ZIN_2 = "Ik maak mensen graag aan het lachen";

const LIJSTVELD = "form.vragen > .vraag .eigen-lijst input[type=text]";
const lijstItems = (d) => js(d, () => [...document.querySelectorAll("form.vragen > .vraag .eigen-lijst li span")].map((s) => s.textContent.trim()));
const bewaard = async (d, id) => (await dokument(d))?.modules?.[MODULE]?.antwoorden?.[id]?.waarde ?? null;

/**
 * A share sheet as a phone has one: `navigator.share` that records what it is given
 * (in window.__gedeeld) and resolves, as when the person picks an app.
 */
const deelblad = () => {
  window.__gedeeld = [];
  Object.defineProperty(Navigator.prototype, "share", {
    configurable: true,
    value: function (data) { window.__gedeeld.push(JSON.parse(JSON.stringify(data ?? null))); return Promise.resolve(); },
  });
};

/** Paste the clipboard (Ctrl+V) into a text field of the test's own, as a person would; returns what came in. */
async function plak(d) {
  await js(d, () => {
    document.getElementById("test-plak")?.remove();
    const veld = document.createElement("textarea");
    veld.id = "test-plak";
    veld.setAttribute("aria-label", "test");
    document.body.prepend(veld);
  });
  const veld = await d.findElement(By.id("test-plak"));
  await klik(d, veld, "the test's paste field");
  await d.actions().keyDown(Key.CONTROL).sendKeys("v").keyUp(Key.CONTROL).perform();
  const tekst = await wachtOp(d, () => js(d, () => document.getElementById("test-plak").value || false), "something pasted from the clipboard", TIJD.kort)
    .catch(() => "");
  await js(d, () => document.getElementById("test-plak").remove());
  return tekst;
}

/** Tick the worries module on #/delen and make the link; returns { link, code }. */
async function maakLink(d) {
  const vakje = await element(d, 'input[name=deel-module][value="zorgen"]');
  if (!(await vakje.isSelected())) await klik(d, vakje, "the worries module");
  await wachtOp(d, () => vakje.isSelected(), "the worries module ticked");
  await knop(d, "Maak een", { begin: true });
  const link = await js(d, (el) => el.value, await element(d, "#deel-link"));
  const code = (await (await element(d, "#deel-code")).getText()).trim();
  assert.ok(link.startsWith(`${app.url}coach.html#/gedeeld/`), link);
  assert.match(code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
  return { link, code };
}

for (const motor of gekozen()) {
  describe(`${motor}`, { concurrency: 1 }, () => {
    const { reis, metSessie } = reizen(motor, () => app.origin);

    reis(`typed words: a sentence left in a list field counts after Volgende and after a reload, in the review and on the profile`, async (t) => {
      await metSessie(t, "getypt", async (d) => {
        // Case 1: type, never confirm, press Volgende.
        await open(d, `${app.url}${LIJST_1.adres}`);
        const veld1 = await element(d, LIJSTVELD);
        assert.equal(await veld1.getAttribute("value"), "", "the list field starts empty");
        await klik(d, veld1, "the list field of question 1.2");
        await veld1.sendKeys(ZIN_1);
        const plaats = await stapPlaats(d);
        assert.notEqual(await volgendeStap(d), plaats);
        assert.deepEqual(await bewaard(d, LIJST_1.id), [ZIN_1], "after Volgende the sentence is stored as an item");

        // Case 2: another list question; type, never confirm, reload at once.
        await open(d, `${app.url}${LIJST_2.adres}`);
        const veld2 = await element(d, LIJSTVELD);
        assert.equal(await js(d, (el) => el.value, veld2), "", "the other list question's field is its own: nothing typed earlier shows up in it");
        await klik(d, veld2, "the list field of question 2.2");
        await veld2.sendKeys(ZIN_2);
        await herlaad(d);
        await wachtOp(d, async () => (await lijstItems(d)).includes(ZIN_2), `"${ZIN_2}" shown as an item after the reload`, TIJD.lang);
        assert.deepEqual(await bewaard(d, LIJST_2.id), [ZIN_2]);

        // The module's review.
        await open(d, `${app.url}#/${MODULE}/terugblik`);
        await wachtOpTekst(d, "#module-kop", /^Je antwoorden$/);
        const terugblik = await js(d, () => document.querySelector("main").textContent);
        for (const zin of [ZIN_1, ZIN_2]) assert.ok(terugblik.includes(zin), `the review shows "${zin}"`);

        // The profile.
        await open(d, `${app.url}#/profiel`);
        for (const zin of [ZIN_1, ZIN_2]) await wachtOpTekst(d, "main", new RegExp(zin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      });
    });

    reis(`share: with a share sheet the link goes alone (the code apart, with its own copy); without one the same button copies the link`, async (t) => {
      await metSessie(t, "delen", async (d) => {
        await vulZorgen(d, app.url);
        await open(d, `${app.url}#/delen`, "Delen met je coach");
        const eigen = await js(d, () => ({ share: typeof navigator.share, klembord: typeof navigator.clipboard?.writeText }));
        // None of the three engines here has a share sheet on Linux; and a real one could not be driven by WebDriver
        // (it is the system's window). So the share-sheet case runs with a stand-in that records what it is given.
        t.diagnostic(`[${motor}] navigator.share ${eigen.share === "function" ? "present" : "absent"} natively: the share-sheet case uses a recording stand-in, `
          + `the copy case is this engine ${eigen.share === "function" ? "with share taken away" : "as it is"}; navigator.clipboard.writeText: ${eigen.klembord}`);

        // With a share sheet: put in after the page loaded and before the link is made (the app looks when it draws the result).
        await js(d, deelblad);
        const { link, code } = await maakLink(d);
        const stuur = await element(d, "#deel-stuur");
        assert.equal((await stuur.getText()).trim(), "Deel de link", "with a share sheet the first action shares");
        assert.match(await (await element(d, "#deel-apart")).getText(), /Alleen de link gaat mee\./);
        await klik(d, stuur, "Deel de link");
        await wachtOp(d, () => js(d, () => window.__gedeeld.length === 1), "the share sheet to be called");
        const [gedeeld] = await js(d, () => window.__gedeeld);
        assert.equal(gedeeld.url, link, "the share sheet gets the link");
        assert.equal(gedeeld.text, "Mijn antwoorden uit Spoorwijzer");
        const alles = JSON.stringify(gedeeld);
        for (const vorm of [code, code.replaceAll("-", ""), code.toLowerCase(), code.replaceAll("-", " ")]) {
          assert.ok(!alles.includes(vorm), `the code is not sent with the link (${vorm})`);
        }
        assert.ok(!("files" in gedeeld), "no file in the share");
        // The code apart, with its own copy button: on the clipboard, and not the link.
        assert.equal((await (await element(d, "#deel-code")).getText()).trim(), code);
        await knop(d, "Kopieer de code");
        await wachtOpTekst(d, "#code-kopie-status", /^De code is gekopieerd\.$/);
        assert.equal((await plak(d)).trim(), code, "Ctrl+V gives the code");

        // Without a share sheet (as every engine here is natively, see the diagnostic): the same button copies.
        await open(d, `${app.url}#/`, "Welkom bij Spoorwijzer");
        await js(d, () => { delete Navigator.prototype.share; });
        await open(d, `${app.url}#/delen`, "Delen met je coach");
        assert.equal(await js(d, () => typeof navigator.share), "undefined");
        const tweede = await maakLink(d);
        assert.notEqual(tweede.link, link, "a new link");
        const kopieer = await element(d, "#deel-stuur");
        assert.equal((await kopieer.getText()).trim(), "Kopieer de link", "without a share sheet the first action copies");
        assert.equal((await d.findElements(By.css("#deel-apart"))).length, 0, "nothing speaks of sharing");
        assert.equal((await d.findElements(By.xpath("//button[normalize-space()='Deel de link']"))).length, 0);
        await klik(d, kopieer, "Kopieer de link");
        await wachtOpTekst(d, "#kopie-status", /^De link is gekopieerd\.$/);
        assert.equal(await plak(d), tweede.link, "Ctrl+V gives the link");
        // And the link stands on the page to select by hand.
        assert.equal(await js(d, () => document.querySelector("#deel-link").value), tweede.link);
      });
    });
  });
}
