// Reading aloud (issue 29), with a stand-in for the browser's speech synthesis
// (headless Chromium has no voices): only a voice that runs on the device is
// used, never a network voice; no such voice, no button (and the settings say
// why); sentence by sentence, the one being read highlighted, the page's markup
// untouched; it stops on a new page, when the page is hidden and on a second
// press; nothing speaks unasked. The sentence rules and the voice choice of
// pwa/voorlezen.js itself are checked first, without a browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, wachtTot } from "./hulp.mjs";

// ---- pwa/voorlezen.js's own rules, run in Node ----
globalThis.window ??= {};
globalThis.document ??= { addEventListener() {} };
globalThis.addEventListener ??= () => {};
const { zinnen, kiesStem } = await import("../../pwa/voorlezen.js");
delete globalThis.window;
delete globalThis.document;
delete globalThis.addEventListener;
const delen = (t) => zinnen(t).map(([a, b]) => t.slice(a, b));

test("sentences end at a stop, a question or an exclamation, not at abbreviations, numbers or initials", () => {
  assert.deepEqual(delen("Dat is begrijpelijk. Wat helpt je? Neem rust!"), ["Dat is begrijpelijk.", "Wat helpt je?", "Neem rust!"]);
  assert.deepEqual(delen("Denk bijv. aan je buurt. Je coach helpt o.a. bij je cv. Klaar."),
    ["Denk bijv. aan je buurt.", "Je coach helpt o.a. bij je cv.", "Klaar."]);
  assert.deepEqual(delen("Bijv. De Vries. Of A. Jansen."), ["Bijv. De Vries.", "Of A. Jansen."], "an abbreviation before a capital");
  assert.deepEqual(delen("Zie art. 7 van de wet. Klaar."), ["Zie art. 7 van de wet.", "Klaar."], "an abbreviation before a number");
  assert.deepEqual(delen("Dat kost 1.000 euro. Meer niet."), ["Dat kost 1.000 euro.", "Meer niet."]);
  assert.deepEqual(delen("Dat is in week 42. Daarna volgt week 43."), ["Dat is in week 42.", "Daarna volgt week 43."]);
  assert.deepEqual(delen("Hij zei: \"Kom maar.\" Toen ging ik."), ["Hij zei: \"Kom maar.\"", "Toen ging ik."]);
  assert.deepEqual(delen("  Zonder punt  "), ["Zonder punt"]);
  assert.deepEqual(delen(""), []);
});

test("only a voice on the device in the page's language may speak, the usual region first", () => {
  const v = (lang, localService, name) => ({ lang, localService, name });
  const stemmen = [v("nl-NL", false, "Google Nederlands"), v("en-US", true, "Samantha"), v("nl-BE", true, "Ellen"), v("nl_NL", true, "Xander"), v("en-GB", false, "Google UK English")];
  assert.equal(kiesStem(stemmen, "nl").name, "Xander", "nl-NL on the device before nl-BE; never the network voice");
  assert.equal(kiesStem(stemmen, "en").name, "Samantha", "a local en-US rather than a network en-GB");
  assert.equal(kiesStem(stemmen.slice(0, 3), "nl").name, "Ellen");
  assert.equal(kiesStem([v("nl-NL", false, "Google Nederlands")], "nl"), null, "only a network voice: none");
  assert.equal(kiesStem([], "en"), null);
  assert.equal(kiesStem([v("nld", true, "?")], "nl"), null, "a look-alike tag is not Dutch");
});

// ---- In the browser, with a stand-in ----

/**
 * The stand-in: `speechSynthesis` with the given voices (listed only after a
 * moment when `laat`, as Chrome does), recording each utterance with the text
 * highlighted at that moment. An utterance ends when the test calls `__eindeZin()`.
 */
function STANDIN({ stemmen, laat }) {
  const lijst = stemmen.map((s) => Object.freeze({ ...s, voiceURI: s.name, default: false }));
  let zichtbaar = laat ? [] : lijst;
  const synth = new EventTarget();
  let huidig = null;
  window.__gesproken = [];
  window.__geannuleerd = 0;
  synth.getVoices = () => zichtbaar;
  synth.speak = (u) => {
    const h = globalThis.CSS?.highlights?.get("voorlezen");
    window.__gesproken.push({ tekst: u.text, stem: u.voice?.name ?? null, lang: u.lang, markering: h ? [...h].map((r) => r.toString()).join("|") : null });
    huidig = u;
  };
  synth.cancel = () => {
    window.__geannuleerd++;
    const u = huidig;
    huidig = null;
    u?.onerror?.({ error: "canceled" });
  };
  window.__eindeZin = () => {
    const u = huidig;
    huidig = null;
    u?.onend?.({});
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class {
    constructor(text) { Object.assign(this, { text, voice: null, lang: "", onend: null, onerror: null }); }
  };
  if (laat) setTimeout(() => { zichtbaar = lijst; synth.dispatchEvent(new Event("voiceschanged")); }, 400);
}

const LOKAAL_EN_NETWERK = [
  { lang: "nl-NL", localService: false, name: "Google Nederlands" },
  { lang: "nl-NL", localService: true, name: "Xander" },
  { lang: "en-GB", localService: false, name: "Google UK English" },
  { lang: "en-US", localService: true, name: "Samantha" },
];

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const pagina = (stemmen, laat = false) => nieuwePagina(browser, server.origin, {
  viewport: { width: 390, height: 900 }, initScript: STANDIN, initArg: { stemmen, laat }, context: { serviceWorkers: "block" },
});
const gesproken = (page) => page.evaluate(() => window.__gesproken);
const knop = (page) => page.locator("section.stap .knop.voorlees");
const markering = (page) => page.evaluate(() => {
  const h = CSS.highlights.get("voorlezen");
  return h ? [...h].map((r) => r.toString()).join("|") : null;
});

test("a step is read sentence by sentence with the local Dutch voice, highlighted, the page unchanged; a new page stops it", async () => {
  const { context, page, fouten, buiten } = await pagina(LOKAAL_EN_NETWERK, true);
  try {
    await page.goto(`${server.url}?lang=nl#/wie-ben-ik/1/1`);
    await wachtOpKop(page);
    // The voices come late: the button shows once they are there.
    await knop(page).waitFor({ state: "visible" });
    assert.deepEqual(await gesproken(page), [], "nothing speaks unasked");
    assert.equal((await knop(page).innerText()).replace(/\s+/g, " ").trim(), "▶ Lees voor");
    const form = () => page.evaluate(() => document.querySelector("section.stap form").innerHTML);
    const voor = await form();
    const tekst = await page.evaluate(() => document.querySelector("section.stap").innerText.replace(/\s+/g, " "));

    await knop(page).click();
    await wachtTot(async () => (await gesproken(page)).length === 1, "the first sentence");
    await page.getByRole("button", { name: "Stop met voorlezen" }).waitFor();
    for (let i = 1; i < 4; i++) {
      await page.evaluate(() => window.__eindeZin());
      await wachtTot(async () => (await gesproken(page)).length === i + 1, `sentence ${i + 1}`);
    }
    const zinnen = await gesproken(page);
    for (const z of zinnen) {
      assert.equal(z.stem, "Xander", "only the voice on the device, never the network voice listed first");
      assert.equal(z.lang, "nl-NL");
      assert.equal(z.markering, z.tekst, "the sentence being read is the one highlighted");
      assert.ok(tekst.includes(z.tekst), `read from the step: ${z.tekst}`);
      assert.doesNotMatch(z.tekst.slice(0, -1), /[.!?] [A-Z]/, `one sentence at a time: ${z.tekst}`);
      assert.doesNotMatch(z.tekst, /Lees voor|Stop met voorlezen|Volgende|Vorige/, "buttons are not read");
    }
    assert.equal(new Set(zinnen.map((z) => z.tekst)).size, zinnen.length, "each sentence once, in order");
    assert.equal(await form(), voor, "the question's markup is the same while it is read");

    // Next question: reading stops, the highlight goes, nothing more is said.
    const geteld = await page.evaluate(() => window.__geannuleerd);
    await page.locator(".stap-nav .knop:not(.stil)").click();
    await wachtTot(async () => (await page.evaluate(() => location.hash)) !== "#/wie-ben-ik/1/1", "the next question");
    await wachtTot(async () => (await page.evaluate(() => window.__geannuleerd)) > geteld, "speech cancelled");
    assert.equal(await markering(page), null, "no highlight left");
    await page.evaluate(() => window.__eindeZin());
    assert.equal((await gesproken(page)).length, 4, "nothing more is said after leaving");
    assert.equal((await knop(page).innerText()).replace(/\s+/g, " ").trim(), "▶ Lees voor");
    assert.deepEqual(fouten, []);
    assert.deepEqual(buiten, []);
  } finally {
    await context.close();
  }
});

test("a second press and a hidden page stop reading; English is read by the local English voice", async () => {
  const { context, page, fouten } = await pagina(LOKAAL_EN_NETWERK);
  try {
    await page.goto(`${server.url}?lang=en#/wie-ben-ik/1/1`);
    await wachtOpKop(page);
    await knop(page).click();
    await wachtTot(async () => (await gesproken(page)).length === 1, "the first sentence");
    const [eerste] = await gesproken(page);
    assert.equal(eerste.stem, "Samantha");
    assert.equal(eerste.lang, "en-US");
    await page.getByRole("button", { name: "Stop reading aloud" }).click();
    // The press goes through a dynamic import (resolved in a later task): wait
    // for the button to change back, which stop() does after the highlight goes.
    await page.getByRole("button", { name: "Read aloud" }).waitFor();
    assert.equal(await markering(page), null);
    assert.ok((await page.evaluate(() => window.__geannuleerd)) >= 1);

    await knop(page).click();
    await wachtTot(async () => (await gesproken(page)).length === 2, "read again from the start");
    assert.equal((await gesproken(page))[1].tekst, eerste.tekst);
    await page.evaluate(() => {
      Object.defineProperty(document, "hidden", { value: true, configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await page.getByRole("button", { name: "Read aloud" }).waitFor();
    assert.equal(await markering(page), null, "hidden: stopped");
    await page.evaluate(() => window.__eindeZin());
    assert.equal((await gesproken(page)).length, 2);
    assert.deepEqual(fouten, []);
  } finally {
    await context.close();
  }
});

test("without a voice on the device for the language: no button, and the settings say why and how to add one", async () => {
  // Network voices for both languages, and a local voice for Dutch only.
  const stemmen = [
    { lang: "nl-NL", localService: false, name: "Google Nederlands" },
    { lang: "en-GB", localService: false, name: "Google UK English" },
  ];
  const { context, page, fouten } = await pagina(stemmen);
  try {
    for (const [taal, waarom] of [["nl", "geen stem in deze taal"], ["en", "no voice in this language"]]) {
      await page.goto(`${server.url}?lang=${taal}#/wie-ben-ik/1/1`);
      await wachtOpKop(page);
      await page.waitForTimeout(300);
      assert.equal(await page.locator(".knop.voorlees:visible").count(), 0, `${taal}: no button`);
      await page.locator(".menu-knop").click();
      await page.locator(".voorlees-uitleg summary").click();
      const uitleg = await page.locator(".voorlees-uitleg").innerText();
      assert.match(uitleg, new RegExp(waarom));
      assert.match(uitleg, /Windows/);
      assert.match(uitleg, /Android/);
      assert.match(uitleg, /iPhone/);
    }
    assert.deepEqual(await gesproken(page), []);
    assert.deepEqual(fouten, []);
  } finally {
    await context.close();
  }
});

test("a local Dutch voice only: a button in Dutch, none in English", async () => {
  const { context, page } = await pagina([{ lang: "nl-BE", localService: true, name: "Ellen" }]);
  try {
    await page.goto(`${server.url}?lang=nl#/wie-ben-ik/1/1`);
    await wachtOpKop(page);
    await knop(page).waitFor({ state: "visible" });
    await page.goto(`${server.url}?lang=en#/wie-ben-ik/1/1`);
    await wachtOpKop(page);
    await page.waitForTimeout(300);
    assert.equal(await page.locator(".knop.voorlees:visible").count(), 0);
  } finally {
    await context.close();
  }
});

test("the timeline's explanation of the phases is read aloud", async () => {
  const { context, page, fouten } = await pagina(LOKAAL_EN_NETWERK);
  try {
    await page.goto(`${server.url}?lang=nl#/tijdlijn`);
    await wachtOpKop(page);
    const fasen = page.locator(".tl-fasen .knop.voorlees");
    await fasen.click();
    await wachtTot(async () => (await gesproken(page)).length === 1, "the first sentence");
    const tekst = await page.evaluate(() => document.querySelector(".tl-fasen").innerText.replace(/\s+/g, " "));
    const [z] = await gesproken(page);
    assert.ok(tekst.includes(z.tekst), z.tekst);
    assert.equal(z.markering, z.tekst);
    assert.equal(z.stem, "Xander");
    assert.deepEqual(fouten, []);
  } finally {
    await context.close();
  }
});

test("each step of the timeline is read aloud from its own block", async () => {
  const { context, page, fouten } = await pagina(LOKAAL_EN_NETWERK);
  try {
    await page.goto(`${server.url}?lang=nl#/tijdlijn?start=2026-01-05`);
    await wachtOpKop(page);
    // All steps are folded under one summary: opened, as a person does.
    await page.locator("details.tl-alle > summary").click();
    const stap = page.locator("details.tl-alle li.tl-mijlpaal:not(.kort)").first();
    await stap.locator(".knop.voorlees").click();
    await wachtTot(async () => (await gesproken(page)).length === 1, "the first sentence");
    const tekst = (await stap.innerText()).replace(/\s+/g, " ");
    const titel = (await stap.locator(".tl-titel").innerText()).trim();
    const [z] = await gesproken(page);
    assert.ok(z.tekst.startsWith(titel), `starts with the step's title: ${z.tekst}`);
    assert.ok(tekst.includes(z.tekst), z.tekst);
    assert.equal(z.markering, z.tekst);
    assert.deepEqual(fouten, []);
  } finally {
    await context.close();
  }
});
