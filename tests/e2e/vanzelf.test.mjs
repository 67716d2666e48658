// Half the taps (issue 24, item 3): a tapped single choice moves on by itself,
// (a run of statements on one scale stands on one screen instead: tests/e2e/reeks.test.mjs),
// after a moment in which the choice shows as chosen; never on the keyboard's
// arrows or space; "Vorige" in that moment stays where the person went; the
// setting "Ga vanzelf verder" is said on the first question, can be turned off
// there or on the overview, and stays off after a reload. The tap count to
// finish "Wat wil ik?" is at most 55% of one answer and one "Volgende" per
// question. Time is the page's fake clock (page.clock): the moment is run
// through on purpose, never waited for.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, opgeslagen, stapInfo, stapAdres, beantwoordStap, naarVolgende, volgendeStap, KLAAR, klaarKop } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const TELEFOON = { width: 390, height: 844 };
const adres = (page) => page.evaluate(() => location.hash);
const radio = (page, i) => page.locator("form.vragen fieldset input[type=radio]").nth(i);

// A statement alone on its screen: "Energie" has two, on two scales, among other questions.
const STELLING = "#/energie/1/2";
const DAARNA = "#/energie/1/3";

async function opEersteVraag(page, adres = STELLING) {
  await page.clock.install();
  await page.goto(`${server.url}${adres}`);
  await wachtOpKop(page);
  await page.locator("section.stap form.vragen").waitFor();
}

test("a tapped statement shows as chosen, then the next question comes by itself; arrows and space never move on", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  await opEersteVraag(page);
  // Said once, on the module's first question that moves on.
  const regel = page.locator("p.vanzelf");
  assert.match(await regel.textContent(), /Kies je een antwoord\? Dan ga je vanzelf naar de volgende vraag\./);

  // The keyboard: space chooses, the arrows change the choice; the page stays, however long.
  await radio(page, 0).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes('"ene.gevoel"'));
  assert.ok(await radio(page, 1).isChecked(), "the arrow chose the second option");
  await page.clock.runFor(5000);
  assert.equal(await adres(page), STELLING, "arrows and space do not move on");

  // A tap: the choice is stored and shows as chosen, the page stays for a moment...
  await radio(page, 3).click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("spoorwijzer.document")).modules.energie.antwoorden["ene.gevoel"].waarde === 4);
  assert.equal(await adres(page), STELLING, "the tapped choice is seen first");
  assert.ok(await radio(page, 3).isChecked());
  // ...and then the next question comes.
  await page.clock.runFor(1000);
  await page.waitForFunction((d) => location.hash === d, DAARNA);
  assert.equal(await page.locator("p.vanzelf").count(), 0, "said once, on the first question only");
  // Tapping the chosen answer again on a later visit goes on too (a person checking their answer).
  await page.getByRole("button", { name: "Vorige" }).click();
  await page.waitForFunction((d) => location.hash === d, STELLING);
  assert.ok(await radio(page, 3).isChecked(), "the answer is there after Back");
  await radio(page, 3).click();
  await page.clock.runFor(1000);
  await page.waitForFunction((d) => location.hash === d, DAARNA);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("Vorige in the moment after a tap stays where the person went", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  await opEersteVraag(page);
  await radio(page, 2).click();
  await page.clock.runFor(1000);
  await page.waitForFunction((d) => location.hash === d, DAARNA);
  await radio(page, 4).click();
  // Vorige is in reach: it wins over the pending move.
  await page.getByRole("button", { name: "Vorige" }).click();
  await page.waitForFunction((d) => location.hash === d, STELLING);
  await page.clock.runFor(5000);
  assert.equal(await adres(page), STELLING, "no jump forward after going back");
  assert.equal((await opgeslagen(page)).modules.energie.antwoorden["ene.bijkomen"].waarde, 5, "the tapped answer is kept");
  assert.deepEqual(fouten, []);
  await context.close();
});

// A run of statements (wat-wil-ik's first part): one tap on each row.
const REEKS = "#/wat-wil-ik/1/1";
async function elkeRij(page, punt) {
  const rijen = page.locator("form.vragen.reeks > fieldset");
  for (let r = 0, n = await rijen.count(); r < n; r++) await rijen.nth(r).locator("input[type=radio]").nth(punt).click();
}

test("leaving the module in the moment after a tap stays where the person went", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  await opEersteVraag(page);
  await radio(page, 2).click();
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes('"ene.gevoel"'));
  // Within the moment, through the menu or a link: another module.
  await page.evaluate(() => { location.hash = "#/wat-wil-ik"; });
  assert.equal(await wachtOpKop(page), "Wat wil ik?");
  await page.clock.runFor(2000);
  assert.equal(await adres(page), "#/wat-wil-ik", "the pending move does not drag the person back");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("'Ga vanzelf verder' can be turned off on the first question, stays off after a reload, and on again on the overview", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  await opEersteVraag(page, REEKS);
  await page.getByRole("button", { name: "Zet dit uit" }).click();
  await page.locator("p.vanzelf", { hasText: "Na een keuze ga je verder met Volgende." }).waitFor();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("spoorwijzer.document") ?? "{}").instellingen?.vanzelf_uit === true);
  await elkeRij(page, 1);
  await page.clock.runFor(5000);
  assert.equal(await adres(page), REEKS, "off: every statement answered, and it waits for Volgende");
  await page.reload();
  await wachtOpKop(page);
  await elkeRij(page, 2);
  await page.clock.runFor(5000);
  assert.equal(await adres(page), REEKS, "still off after a reload");
  // The overview holds the setting too.
  await page.goto(`${server.url}#/wat-wil-ik`);
  await wachtOpKop(page);
  const schakel = page.getByRole("checkbox", { name: "Ga vanzelf verder na een keuze" });
  assert.equal(await schakel.isChecked(), false);
  await schakel.check();
  await page.waitForFunction(() => !JSON.parse(localStorage.getItem("spoorwijzer.document")).instellingen?.vanzelf_uit);
  await page.goto(`${server.url}${STELLING}`);
  await page.locator("section.stap form.vragen").waitFor();
  await radio(page, 3).click();
  await page.clock.runFor(1000);
  await page.waitForFunction((d) => location.hash === d, DAARNA);
  // English says it too, on the run.
  await page.goto(`${server.url}?lang=en${REEKS}`);
  await page.locator("p.vanzelf", { hasText: "Tap a circle for each sentence. After the last one, you go on by yourself." }).waitFor();
  assert.deepEqual(fouten, []);
  await context.close();
});

/**
 * Finish "Wat wil ik?" from its first question to the finish page as a person
 * does, counting every tap (a trusted click with a pointer): one answer per
 * question (an option, a tick, a tap into a text field), on by itself where the
 * app does that, else the forward button, then Klaar on the review.
 */
async function telTikken(page, vanzelf) {
  await page.goto(`${server.url}#/wat-wil-ik`);
  await wachtOpKop(page);
  if (!vanzelf) await page.getByRole("checkbox", { name: "Ga vanzelf verder na een keuze" }).uncheck();
  await page.getByRole("link", { name: "Begin" }).click();
  await page.locator("section.stap").waitFor();
  await page.evaluate(() => {
    window.__tikken = 0;
    document.addEventListener("click", (e) => { if (e.isTrusted && e.detail > 0) window.__tikken++; }, true);
  });
  let vragen = 0;
  for (let n = 0; n < 200 && (await stapAdres(page)) !== null; n++) {
    const waar = await stapAdres(page);
    const velden = page.locator("form.vragen > .vraag");
    const aantal = await velden.count();
    vragen += aantal;
    const info = await stapInfo(page);
    // Words: a tap into the field, then typing (typing is not counted as taps).
    const typ = async (veld, tekst) => { await veld.click(); await veld.fill(tekst); return tekst; };
    const gekozen = info.soort === "tekst"
      ? await typ(velden.first().locator("textarea"), "Iets")
      : await beantwoordStap(page, info, n % 4, "Iets");
    // A follow-up in words on the same screen (a run's rows are answered above, a tap each).
    for (let k = 1; k < aantal && info.soort !== "reeks"; k++) await typ(velden.nth(k).locator("textarea"), "Iets meer");
    await naarVolgende(page, { ...info, vanzelf: info.vanzelf && vanzelf }, gekozen, waar);
  }
  await page.getByRole("button", { name: KLAAR }).click();
  await page.locator("#module-kop", { hasText: klaarKop("wat-wil-ik") }).waitFor();
  return { tikken: await page.evaluate(() => window.__tikken), vragen };
}

test("finishing 'Wat wil ik?' takes at most 55% of the taps of one answer and one Volgende per question", async (t) => {
  const aan = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  const { tikken, vragen } = await telTikken(aan.page, true);
  // One question per screen, each answered and left with Volgende, then Klaar: how it was before.
  const vroeger = 2 * vragen + 1;
  t.diagnostic(`Wat wil ik?: ${vragen} questions, ${tikken} taps from the first question to the finish page; one question per screen and a Volgende each: ${vroeger} (${((100 * tikken) / vroeger).toFixed(1)}%)`);
  assert.ok(vragen >= 40, `the module's questions were all seen (${vragen})`);
  assert.ok(tikken <= 0.55 * vroeger, `${tikken} taps is more than 55% of ${vroeger}`);
  const doc = await opgeslagen(aan.page);
  assert.ok(Object.keys(doc.modules["wat-wil-ik"].antwoorden).length >= vragen, "every question was answered");
  assert.deepEqual(aan.fouten, []);
  await aan.context.close();

  // With the setting off, every screen that moves on takes its Volgende again: the count is what
  // the setting saves. The 36 interest statements stand in six runs (issue 24), so off costs a
  // Volgende per run, no longer one per statement.
  const uit = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  const zonder = await telTikken(uit.page, false);
  t.diagnostic(`with "Ga vanzelf verder" off: ${zonder.tikken} taps`);
  assert.ok(zonder.tikken >= tikken + 6, `off (${zonder.tikken}) takes a Volgende more per run of statements than on (${tikken})`);
  assert.ok(zonder.tikken <= 0.7 * vroeger, `off (${zonder.tikken}) also saves the runs' Volgende of ${vroeger}`);
  await uit.context.close();
});
