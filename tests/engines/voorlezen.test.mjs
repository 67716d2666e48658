// Reading aloud and the day's energy question (issue 29) in every engine. Real engines
// may have no speech voices (headless, under Xvfb), so a stand-in `speechSynthesis`
// makes it the same everywhere: the watched copy of the build (bewaakteApp) gets one more
// same-origin script, loaded in index.html before voorscherm.js, so the stand-in is in
// place before the app looks for voices (WebDriver has no init scripts in Firefox and
// WebKit). It lists a network voice before the local one, and lists its voices late
// (`voiceschanged`), as Chrome does. One journey per engine: "Lees voor" reads the step
// sentence by sentence with the local voice only, the sentence being read highlighted;
// a second press stops it. Then, back on the start page, today's energy question:
// answered, reloaded, kept and not asked again that day. The Chromium-only versions with
// more cases are tests/e2e/voorlezen.test.mjs and tests/e2e/sessie.test.mjs.
//
//   SPOORWIJZER_ENGINES=firefox,webkit node --test tests/engines/voorlezen.test.mjs   runs a subset.
import { describe } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { By } from "selenium-webdriver";
import { DIST } from "../e2e/hulp.mjs";
import { gekozen } from "./motoren.mjs";
import { reizen } from "./reizen.mjs";
import { TIJD, wachtOp, js, open, herlaad, klik, dokument, bewaakteApp } from "./hulp.mjs";

assert.ok(fs.existsSync(path.join(DIST, "index.html")), `no build in ${DIST}: run make build first`);

/**
 * The stand-in, run before voorscherm.js: `speechSynthesis` with a network Dutch voice
 * listed before a local one (and English ones), shown 400 ms late with `voiceschanged`.
 * Each utterance is recorded in window.__gesproken with the text highlighted at that
 * moment; it ends when the test calls window.__eindeZin(). Cancels are counted. When the
 * engine does not let the page replace its speechSynthesis, window.__standinFout says why.
 */
const STANDIN = `(function () {
  "use strict";
  var stemmen = [
    { lang: "nl-NL", localService: false, name: "Google Nederlands" },
    { lang: "nl-NL", localService: true, name: "Xander" },
    { lang: "en-GB", localService: false, name: "Google UK English" },
    { lang: "en-US", localService: true, name: "Samantha" }
  ].map(function (s) { return Object.freeze({ lang: s.lang, localService: s.localService, name: s.name, voiceURI: s.name, "default": false }); });
  var zichtbaar = [];
  var synth = new EventTarget();
  var huidig = null;
  window.__gesproken = [];
  window.__geannuleerd = 0;
  synth.getVoices = function () { return zichtbaar; };
  synth.speak = function (u) {
    var h = window.CSS && CSS.highlights && CSS.highlights.get("voorlezen");
    window.__gesproken.push({ tekst: u.text, stem: u.voice ? u.voice.name : null, lang: u.lang,
      markering: h ? Array.from(h).map(function (r) { return r.toString(); }).join("|") : null });
    huidig = u;
  };
  synth.cancel = function () {
    window.__geannuleerd++;
    var u = huidig;
    huidig = null;
    if (u && u.onerror) u.onerror({ error: "canceled" });
  };
  window.__eindeZin = function () {
    var u = huidig;
    huidig = null;
    if (u && u.onend) u.onend({});
  };
  try {
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = function (text) { this.text = text; this.voice = null; this.lang = ""; this.onend = null; this.onerror = null; };
    if (window.speechSynthesis !== synth) window.__standinFout = "window.speechSynthesis kept the engine's own object";
  } catch (e) {
    window.__standinFout = "window.speechSynthesis cannot be replaced: " + e;
  }
  setTimeout(function () { zichtbaar = stemmen; synth.dispatchEvent(new Event("voiceschanged")); }, 400);
})();
`;

const app = bewaakteApp({
  pas: (map) => {
    fs.writeFileSync(path.join(map, "spraak-standin.js"), STANDIN);
    const pad = path.join(map, "index.html");
    const html = fs.readFileSync(pad, "utf8");
    const laden = /<script src=["']?voorscherm\.js["']?>/.exec(html);
    assert.ok(laden, "index.html loads voorscherm.js");
    fs.writeFileSync(pad, html.replace(laden[0], `<script src="./spraak-standin.js"></script>${laden[0]}`));
  },
});

const VRAAG = "Hoeveel energie heb je vandaag?";
const gesproken = (d) => js(d, () => window.__gesproken);
/** The button's visible words ("▶ Lees voor" or "■ Stop met voorlezen"), and whether it is reading. */
const knopStand = (d) => js(d, () => {
  const k = document.querySelector("section.stap .knop.voorlees");
  return k ? { tekst: k.innerText.replace(/\s+/g, " ").trim(), leest: k.hasAttribute("data-leest"), zichtbaar: k.getClientRects().length > 0 } : null;
});
const markering = (d) => js(d, () => {
  const h = window.CSS?.highlights?.get("voorlezen");
  return h ? [...h].map((r) => r.toString()).join("|") : null;
});
const verderKop = (d) => js(d, () => document.querySelector("#verder-kop")?.textContent.trim() ?? null);

for (const motor of gekozen()) {
  describe(`${motor}`, { concurrency: 1 }, () => {
    const { reis, metSessie } = reizen(motor, () => app.origin);

    reis("Lees voor reads the step sentence by sentence with the local voice only and a second press stops it; the day's energy question is answered, kept after a reload and not asked again", async (t) => {
      await metSessie(t, "voorlezen", async (d) => {
        await open(d, `${app.url}?lang=nl#/wie-ben-ik/1/1`);
        const fout = await js(d, () => window.__standinFout ?? (window.__gesproken ? null : "the stand-in did not run before the app"));
        if (fout) {
          t.skip(`[${motor}] the speech stand-in cannot be installed in this engine: ${fout}`);
          return;
        }
        const heeftMarkering = await js(d, () => !!(window.CSS?.highlights && window.Highlight));

        // The voices come late: the button shows once they are there.
        await wachtOp(d, async () => (await knopStand(d))?.zichtbaar, "the Lees voor button", TIJD.lang);
        assert.deepEqual(await gesproken(d), [], "nothing speaks unasked");
        assert.equal((await knopStand(d)).tekst, "▶ Lees voor");
        const stap = await js(d, () => document.querySelector("section.stap").innerText.replace(/\s+/g, " "));
        const knopEl = () => d.findElement(By.css("section.stap .knop.voorlees"));

        await klik(d, knopEl, "Lees voor");
        await wachtOp(d, async () => (await gesproken(d)).length === 1, "the first sentence", TIJD.lang);
        await wachtOp(d, async () => (await knopStand(d)).tekst === "■ Stop met voorlezen", "the button to offer to stop");
        for (let i = 1; i < 3; i++) {
          await js(d, () => window.__eindeZin());
          await wachtOp(d, async () => (await gesproken(d)).length === i + 1, `sentence ${i + 1}`);
        }
        const zinnen = await gesproken(d);
        for (const z of zinnen) {
          assert.equal(z.stem, "Xander", `[${motor}] only the voice on the device, never the network voice listed first`);
          assert.equal(z.lang, "nl-NL");
          assert.ok(stap.includes(z.tekst), `[${motor}] read from the step: ${z.tekst}`);
          assert.doesNotMatch(z.tekst.slice(0, -1), /[.!?] [A-Z]/, `[${motor}] one sentence at a time: ${z.tekst}`);
          assert.doesNotMatch(z.tekst, /Lees voor|Stop met voorlezen|Volgende|Vorige/, "buttons are not read");
          if (heeftMarkering) assert.equal(z.markering, z.tekst, `[${motor}] the sentence being read is the one highlighted`);
        }
        assert.equal(new Set(zinnen.map((z) => z.tekst)).size, zinnen.length, "each sentence once");
        if (!heeftMarkering) t.diagnostic(`[${motor}] GAP: no CSS Custom Highlight API: read aloud without the highlight`);

        // A second press stops it: cancelled, no highlight, the button back, nothing more said.
        await klik(d, knopEl, "Stop met voorlezen");
        await wachtOp(d, async () => { const k = await knopStand(d); return !k.leest && k.tekst === "▶ Lees voor"; }, "the button back to Lees voor");
        assert.ok((await js(d, () => window.__geannuleerd)) >= 1, `[${motor}] speech cancelled`);
        assert.equal(await markering(d), null, `[${motor}] no highlight left`);
        await js(d, () => window.__eindeZin());
        await d.sleep(300);
        assert.equal((await gesproken(d)).length, zinnen.length, `[${motor}] nothing more is said after the second press`);
        t.diagnostic(`[${motor}] read ${zinnen.length} sentences with the local voice${heeftMarkering ? ", each highlighted" : ""}; a second press stopped it`);

        // Back on the start page after looking at a step: asked today's energy, once.
        await open(d, `${app.url}#/`);
        await wachtOp(d, async () => (await verderKop(d)) === VRAAG, "the energy question", TIJD.lang);
        const knoppen = await js(d, () => [...document.querySelectorAll("section.sessie .knoppen.energie button")].map((b) => b.textContent.trim()));
        assert.deepEqual(knoppen, ["Weinig", "Wat", "Veel"]);
        await klik(d, () => d.findElement(By.xpath(`//section[contains(@class,"sessie")]//button[normalize-space()="Weinig"]`)), "Weinig");
        const aanbod = await wachtOp(d, async () => { const k = await verderKop(d); return /^Vandaag: ongeveer \d+ minuten\./.test(k ?? "") ? k : false; }, "today's offer", TIJD.lang);
        const vandaag = await js(d, () => { const n = new Date(); return `${n.getFullYear()}-${String(n.getMonth() + 1).padStart(2, "0")}-${String(n.getDate()).padStart(2, "0")}`; });
        await wachtOp(d, async () => (await dokument(d))?.sessies?.energie === "weinig", "the answer to be stored");

        await herlaad(d);
        await wachtOp(d, () => verderKop(d), "the start page's block", TIJD.lang);
        assert.equal(await verderKop(d), aanbod, `[${motor}] after a reload: today's offer, not the question again`);
        assert.equal((await d.findElements(By.css("section.sessie .knoppen.energie button"))).length, 0, "no energy buttons");
        const sessies = (await dokument(d)).sessies;
        assert.equal(sessies.dag, vandaag, `[${motor}] kept for today`);
        assert.equal(sessies.energie, "weinig", `[${motor}] the answer kept`);
        t.diagnostic(`[${motor}] energy "weinig" kept for ${vandaag}: "${aanbod}"`);
      });
    });
  });
}
