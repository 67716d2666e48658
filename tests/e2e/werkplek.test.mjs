// "Mijn kandidaten" (coach.html#/kandidaten, issue 28): the coach's workspace, locked at rest.
// Storage holds ciphertext only; a wrong passphrase changes nothing; the lock after 15 minutes
// without use (with Playwright's clock, no sleeps); the journey: two candidates share twice
// each, the coach opens four links at once, keeps them in two places, writes a note and a
// contact line, prints a one-page sheet, exports and imports in a fresh browser, deletes a
// candidate; a candidate's "Wis al mijn gegevens" in the same browser leaves the workspace.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { serveer, start, nieuwePagina, wachtOpKop, axe, linkEnCode, metAntwoorden } from "./hulp.mjs";
import { maakPakket } from "./pakket.mjs";

const SLEUTEL = "spoorwijzer-werkplek";
const WACHTWOORD = "lange rivier zachte lamp";
const GESPREK_A = "Ik wil praten over mijn uren";
const GESPREK_B = "Hoe vertel ik het mijn team";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const opgeslagenKluis = (page) => page.evaluate((k) => localStorage.getItem(k), SLEUTEL);

async function naarWerkplek(page, pad = "#/kandidaten") {
  await page.goto(`${server.url}coach.html${pad}`);
  await wachtOpKop(page);
}

/** A new workspace: the passphrase twice. */
async function maakWerkplek(page) {
  await page.getByLabel("Wachtwoord", { exact: true }).fill(WACHTWOORD);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(WACHTWOORD);
  await page.getByRole("button", { name: "Maak mijn werkplek" }).click();
  await page.locator("#lijst-kop").waitFor({ timeout: 20000 });
}

async function ontgrendel(page, wachtwoord = WACHTWOORD) {
  await page.locator("#werkplek-open").fill(wachtwoord);
  await page.getByRole("button", { name: "Open mijn werkplek" }).click();
}

const pakket = (inhoud) => maakPakket(server.url, inhoud);
const zorgen = (keuzes, gesprek) => ({
  "zor.gedachten": { soort: "keuzes", waarde: keuzes },
  "zor.gesprek": { soort: "tekst", waarde: gesprek },
});

/** On #/delen of the candidate's app: tick worries, own words and a first name; a link and its code. */
async function deelViaApp(page, naam) {
  await page.goto(`${server.url}#/delen`);
  await wachtOpKop(page);
  await page.locator("input[name=deel-module][value=zorgen]").check();
  await page.getByLabel("Ook mijn eigen woorden delen").check();
  await page.locator("#deel-naam").fill(naam);
  await page.getByRole("button", { name: /Maak een (nieuwe )?link/ }).click();
  return linkEnCode(page);
}

async function openDeel(page, nr, code) {
  const deel = page.locator("li.open-deel").nth(nr - 1);
  await deel.locator(`#open-${nr}-code`).fill(code);
  await deel.getByRole("button", { name: "Bekijk de antwoorden" }).click();
  await deel.locator("form.open-nieuw").waitFor({ timeout: 20000 });
  return deel;
}

test("the journey: four links at once, two candidates with their changes, notes, a one-page sheet, a copy into a fresh browser, deleting, and a candidate's wipe leaves it", async () => {
  // Candidate A shares twice from the app (no candidate id yet in this build: the coach places the second share).
  const a = await nieuwePagina(browser, server.origin);
  await metAntwoorden(a.page, server.url, { zorgen: zorgen(["geld"], GESPREK_A) }, "#/delen");
  const a1 = await deelViaApp(a.page, "Sam");
  await metAntwoorden(a.page, server.url, { zorgen: zorgen(["geld", "wachten"], GESPREK_A) }, "#/delen");
  const a2 = await deelViaApp(a.page, "Sam");
  // Candidate B's app sends its random candidate id, and the second time the timeline week.
  const nu = Date.now();
  const b = { versie: 2, taal: "nl", naam: "Alex", kandidaat: "kand-7Qx2-Lm9P-wZ4k" };
  const b1 = await pakket({ ...b, gemaakt_op: nu - 14 * 86400000, modules: { zorgen: zorgen(["onbekend"], GESPREK_B), energie: { "ene.verdeling": { soort: "verdeling", waarde: { herstel: 3, thuis: 1 } } } } });
  const b2 = await pakket({ ...b, gemaakt_op: nu - 86400000, week: 61, modules: { zorgen: zorgen(["onbekend", "geld"], GESPREK_B), energie: { "ene.verdeling": { soort: "verdeling", waarde: { herstel: 3, thuis: 2 } } } } });

  const coach = await nieuwePagina(browser, server.origin);
  const { page } = coach;
  await naarWerkplek(page);
  await wachtOpKop(page, "Mijn kandidaten");
  // Before the first use: plainly what a forgotten passphrase means, and the encrypted copy.
  await page.getByText("ben je het wachtwoord kwijt, dan zijn de gegevens weg").waitFor();
  await page.getByText("Maak daarom af en toe een versleutelde kopie").waitFor();
  await page.getByLabel("Wachtwoord", { exact: true }).fill("kort");
  assert.match(await page.locator("#werkplek-wachtwoord-status").textContent(), /Nog 8 tekens/);
  assert.ok(await page.getByRole("button", { name: "Maak mijn werkplek" }).isDisabled());
  assert.deepEqual(await axe(page), [], "axe on the first use");
  await maakWerkplek(page);

  // Four links at once, each with its own code.
  await page.locator("#open-links").fill([a1.link, a2.link, b1.link, b2.link].join("\n"));
  await page.getByRole("button", { name: "Lees de links" }).click();
  assert.equal(await page.locator("li.open-deel").count(), 4);
  const d1 = await openDeel(page, 1, a1.code);
  assert.equal(await d1.locator("#open-1-label").inputValue(), "Sam", "the shared first name is the likely label");
  await d1.getByRole("button", { name: "Bewaar als nieuwe kandidaat" }).click();
  await d1.getByText("Bewaard bij Sam.").waitFor();
  await page.locator(".kandidaat-naam", { hasText: "Sam" }).waitFor();
  const d2 = await openDeel(page, 2, a2.code);
  // The candidate's app sends its random id with every share (issue 28, item 1): the later share is
  // offered for the same place; the coach still says yes.
  assert.equal(await d2.locator(".open-voorstel").count(), 1);
  await d2.locator(".open-voorstel").getByRole("button", { name: "Bewaar bij Sam" }).click();
  await d2.getByText("Bewaard bij Sam.").waitFor();
  const d3 = await openDeel(page, 3, b1.code);
  await d3.getByRole("button", { name: "Bewaar als nieuwe kandidaat" }).click();
  await d3.getByText("Bewaard bij Alex.").waitFor();
  await page.locator(".kandidaat-naam", { hasText: "Alex" }).waitFor();
  // The same candidate id: offered for Alex's place, kept there only on the coach's yes.
  const d4 = await openDeel(page, 4, b2.code);
  assert.match(await d4.locator(".open-voorstel").textContent(), /dezelfde persoon als Alex/);
  await d4.locator(".open-voorstel").getByRole("button", { name: "Bewaar bij Alex" }).click();
  await d4.getByText("Bewaard bij Alex.").waitFor();

  // Two candidates by label, with the week when it was shared.
  assert.deepEqual(await page.locator(".kandidaat-naam").allTextContents(), ["Alex", "Sam"]);
  const alex = page.locator(".kandidaat-rij", { hasText: "Alex" });
  assert.match(await alex.textContent(), /week 61 van 104/);
  assert.match(await alex.textContent(), /Bewaren tot/);
  assert.doesNotMatch(await page.locator(".kandidaat-rij", { hasText: "Sam" }).textContent(), /week/);
  assert.deepEqual(await axe(page), [], "axe on the list");

  // In storage: ciphertext only; no label, name or answer readable.
  const kluis = await opgeslagenKluis(page);
  for (const leesbaar of ["Sam", "Alex", GESPREK_A, GESPREK_B, "zorgen", "geld", "kand-7Qx2"]) assert.ok(!kluis.includes(leesbaar), `${leesbaar} is not readable in storage`);
  const frame = JSON.parse(kluis);
  assert.equal(frame.formaat, "spoorwijzer-werkplek");
  assert.ok(frame.iteraties >= 600000);
  assert.deepEqual(Object.keys(frame).sort(), ["data", "formaat", "iteraties", "iv", "revisie", "salt", "versie"]);
  assert.equal(await page.evaluate(() => localStorage.getItem("spoorwijzer.document")?.includes("Sam") ?? false), false, "nothing in the candidate's document");

  // Sam: what changed since the previous share, a note and a contact line.
  await page.locator(".kandidaat-naam", { hasText: "Sam" }).click();
  await wachtOpKop(page, "Sam");
  const verschil = page.locator("section[aria-labelledby=verschil-kop]");
  assert.equal(await verschil.locator(".verschil").count(), 1, "only the changed answer");
  assert.match(await verschil.locator(".verschil").textContent(), /Welke gedachten herken je\?/);
  assert.match(await page.locator("#notitie-hint").textContent(), /geen medische informatie/);
  await page.locator("#notitie").fill("Vraag hoe de proefplaats bevalt.");
  await page.getByRole("button", { name: "Bewaar", exact: true }).first().click();
  await page.locator("section[aria-labelledby=notitie-kop]").getByText("Bewaard.").waitFor();
  await page.locator("#contact-datum").fill("2026-12-03");
  await page.locator("#contact-wie").fill("Sam en werkgever");
  await page.locator("#contact-afspraak").fill("Twee ochtenden proberen");
  await page.locator("#contact-volgende").fill("Bellen op maandag");
  await page.getByRole("button", { name: "Voeg toe" }).click();
  await page.locator(".contactregel", { hasText: "Twee ochtenden proberen" }).waitFor();
  assert.deepEqual(await axe(page), [], "axe on one candidate");
  // The sheet: hidden on screen, one A4 page in print, with the candidate's wish, a suggested question and the note.
  const blad = page.locator(".werkplek-blad");
  assert.ok(!(await blad.isVisible()), "sheet hidden on screen");
  assert.match(await blad.textContent(), new RegExp(GESPREK_A));
  assert.match(await blad.textContent(), /De kandidaat herkent de gedachte 'Wie zit er op mij te wachten\?'/);
  assert.match(await blad.textContent(), /Vraag hoe de proefplaats bevalt\./);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  assert.equal(Number(/\/Type\s*\/Pages[^>]*?\/Count (\d+)/s.exec(pdf.toString("latin1"))?.[1]), 1, "the sheet is one page");

  // Alex: an energy area at "heel veel" becomes a question.
  await page.getByRole("link", { name: "Terug naar Mijn kandidaten" }).click();
  await wachtOpKop(page, "Mijn kandidaten");
  await page.locator(".kandidaat-naam", { hasText: "Alex" }).click();
  await wachtOpKop(page, "Alex");
  assert.match(await page.locator(".werkplek-blad").textContent(), /Er gaat heel veel energie naar 'Herstel en behandeling'/);

  // The whole workspace as one encrypted file.
  await page.getByRole("link", { name: "Terug naar Mijn kandidaten" }).click();
  await wachtOpKop(page, "Mijn kandidaten");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download een versleutelde kopie" }).click()]);
  const kopie = fs.readFileSync(await dl.path(), "utf8");
  assert.ok(!kopie.includes("Sam") && !kopie.includes(GESPREK_A), "the copy is encrypted");

  // A fresh browser: a wrong passphrase says so and keeps nothing; the right one brings both candidates.
  const ander = await nieuwePagina(browser, server.origin);
  await naarWerkplek(ander.page);
  await ander.page.setInputFiles("#terug-bestand", { name: dl.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(kopie) });
  await ander.page.locator("#terug-wachtwoord").fill("niet het goede wachtwoord");
  await ander.page.getByRole("button", { name: "Zet de kopie terug" }).click();
  await ander.page.locator("#terug-fout", { hasText: "Dat wachtwoord klopt niet. Er is niets veranderd." }).waitFor({ timeout: 20000 });
  assert.equal(await opgeslagenKluis(ander.page), null);
  await ander.page.locator("#terug-wachtwoord").fill(WACHTWOORD);
  await ander.page.getByRole("button", { name: "Zet de kopie terug" }).click();
  await ander.page.locator("#lijst-kop").waitFor({ timeout: 20000 });
  assert.deepEqual(await ander.page.locator(".kandidaat-naam").allTextContents(), ["Alex", "Sam"]);
  await ander.page.locator(".kandidaat-naam", { hasText: "Sam" }).click();
  await wachtOpKop(ander.page, "Sam");
  assert.equal(await ander.page.locator("#notitie").inputValue(), "Vraag hoe de proefplaats bevalt.");
  // Delete Alex, with a confirmation, and everything of Alex's.
  await ander.page.getByRole("link", { name: "Terug naar Mijn kandidaten" }).click();
  await ander.page.locator(".kandidaat-naam", { hasText: "Alex" }).click();
  await wachtOpKop(ander.page, "Alex");
  await ander.page.getByRole("button", { name: "Verwijder Alex" }).click();
  await ander.page.getByRole("button", { name: "Ja, verwijder" }).click();
  await wachtOpKop(ander.page, "Mijn kandidaten");
  await ander.page.waitForFunction(() => document.querySelectorAll(".kandidaat-naam").length === 1);
  assert.deepEqual(await ander.page.locator(".kandidaat-naam").allTextContents(), ["Sam"]);

  // A candidate's "Wis al mijn gegevens" in the coach's browser leaves the workspace.
  const voor = await opgeslagenKluis(page);
  await page.goto(`${server.url}#/privacy`);
  await wachtOpKop(page);
  await page.getByRole("button", { name: "Wis al mijn gegevens" }).click();
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await page.getByText("Alles is gewist.").waitFor();
  assert.equal(await opgeslagenKluis(page), voor, "the workspace is untouched");
  await naarWerkplek(page);
  await ontgrendel(page);
  await page.locator("#lijst-kop").waitFor({ timeout: 20000 });
  assert.deepEqual(await page.locator(".kandidaat-naam").allTextContents(), ["Alex", "Sam"]);
  // And deleting the workspace leaves the candidate's document.
  await page.evaluate(() => localStorage.setItem("spoorwijzer.document", '{"schema":4}'));
  await page.getByRole("button", { name: "Verwijder mijn werkplek" }).click();
  await page.getByRole("button", { name: "Ja, verwijder" }).click();
  await page.getByRole("button", { name: "Maak mijn werkplek" }).waitFor();
  assert.equal(await opgeslagenKluis(page), null);
  assert.equal(await page.evaluate(() => localStorage.getItem("spoorwijzer.document")), '{"schema":4}');

  for (const p of [a, coach, ander]) {
    assert.deepEqual(p.fouten, []);
    assert.deepEqual(p.buiten, [], "no request leaves the origin");
    await p.context.close();
  }
});

test("a wrong passphrase says so and changes nothing; the workspace locks after 15 minutes without use", async () => {
  const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await page.clock.install();
  await naarWerkplek(page);
  await maakWerkplek(page);
  await page.getByRole("button", { name: "Zet op slot" }).click();
  await page.locator("#werkplek-open").waitFor();
  const voor = await opgeslagenKluis(page);
  await ontgrendel(page, "dit is niet het wachtwoord");
  await page.locator("#werkplek-open-fout", { hasText: "Dat wachtwoord klopt niet. Er is niets veranderd." }).waitFor({ timeout: 20000 });
  assert.equal(await opgeslagenKluis(page), voor, "storage unchanged");
  assert.deepEqual(await axe(page), [], "axe on the lock with its message, at 390 px");
  await ontgrendel(page);
  await page.locator("#lijst-kop").waitFor({ timeout: 20000 });
  // Use puts the lock off: 10 minutes, a key, 10 more minutes: still open.
  await page.clock.runFor(10 * 60 * 1000);
  await page.locator("#open-links").press("a");
  await page.clock.runFor(10 * 60 * 1000);
  assert.equal(await page.locator("#lijst-kop").count(), 1, "still open after use");
  // 15 minutes without use: locked, and it says why.
  await page.clock.runFor(15 * 60 * 1000 + 10 * 1000);
  await page.locator("#werkplek-open").waitFor();
  assert.match(await page.locator(".werkplek-melding").textContent(), /op slot na 15 minuten zonder gebruik/);
  assert.equal(await page.locator("#lijst-kop").count(), 0);
  assert.equal(await opgeslagenKluis(page), voor, "locking writes nothing");
  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, []);
  await context.close();
});

test("two tabs: a write on an out-of-date copy keeps the other tab's change and says so; the other tab follows", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await naarWerkplek(page);
  await maakWerkplek(page);
  const noor = await pakket({ versie: 2, taal: "nl", naam: "Noor", gemaakt_op: Date.now() - 1000, modules: { zorgen: zorgen(["geld"], "x") } });
  const lot = await pakket({ versie: 2, taal: "nl", naam: "Lot", gemaakt_op: Date.now(), modules: { zorgen: zorgen(["wachten"], "y") } });
  // The second tab does not hear the first one's writes (its storage events are held back),
  // so its copy is out of date when it writes.
  const doof = await context.newPage();
  await doof.addInitScript(() => addEventListener("storage", (e) => e.stopImmediatePropagation(), true));
  await doof.goto(`${server.url}coach.html#/kandidaten`);
  await wachtOpKop(doof);
  await ontgrendel(doof);
  await doof.locator("#lijst-kop").waitFor({ timeout: 20000 });
  const bewaarNieuw = async (p, link) => {
    await p.locator("#open-links").fill(link.link);
    await p.getByRole("button", { name: "Lees de links" }).click();
    const nr = await p.locator("li.open-deel").count();
    const d = await openDeel(p, nr, link.code);
    await d.getByRole("button", { name: "Bewaar als nieuwe kandidaat" }).click();
    await d.getByText(/^Bewaard bij/).waitFor();
  };
  await bewaarNieuw(page, noor);
  assert.equal(await doof.locator(".kandidaat-naam").count(), 0, "the second tab has not seen Noor");
  await bewaarNieuw(doof, lot);
  // Its write took Noor along instead of writing over her, and it says so.
  await doof.locator(".werkplek-melding", { hasText: "In een ander tabblad is de werkplek ook veranderd. Beide wijzigingen zijn bewaard." }).waitFor();
  assert.deepEqual(await doof.locator(".kandidaat-naam").allTextContents(), ["Lot", "Noor"]);
  // The first tab hears that write and shows both.
  await page.waitForFunction(() => document.querySelectorAll(".kandidaat-naam").length === 2, null, { timeout: 20000 });
  assert.deepEqual(await page.locator(".kandidaat-naam").allTextContents(), ["Lot", "Noor"]);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a share opened on the shared view goes to Mijn kandidaten without typing its code again", async () => {
  const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin);
  await naarWerkplek(page);
  await maakWerkplek(page);
  const p = await pakket({ versie: 2, taal: "nl", naam: "Lot", gemaakt_op: Date.now(), modules: { zorgen: zorgen(["geld"], "x") } });
  // Only the fragment changes: the same visit, still unlocked.
  await page.goto(p.link);
  await wachtOpKop(page);
  await page.getByLabel("Code", { exact: true }).fill(p.code);
  await page.getByRole("button", { name: "Bekijk de antwoorden" }).click();
  await page.getByRole("button", { name: "Bewaar bij Mijn kandidaten" }).click();
  await wachtOpKop(page, "Mijn kandidaten");
  const deel = page.locator("li.open-deel").first();
  assert.equal(await deel.locator("#open-1-label").inputValue(), "Lot");
  await deel.getByRole("button", { name: "Bewaar als nieuwe kandidaat" }).click();
  await deel.getByText("Bewaard bij Lot.").waitFor();
  assert.deepEqual(await page.locator(".kandidaat-naam").allTextContents(), ["Lot"]);
  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, []);
  await context.close();
});

test("a workspace this version cannot read is said so, left alone, and can be deleted after a confirmation", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await naarWerkplek(page);
  const nieuwer = '{"formaat":"spoorwijzer-werkplek","versie":9}';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SLEUTEL, nieuwer]);
  await page.reload();
  await wachtOpKop(page, "Mijn kandidaten");
  await page.getByText("beschadigd of gemaakt met een nieuwere Spoorwijzer. Er is niets veranderd.").waitFor();
  assert.equal(await opgeslagenKluis(page), nieuwer, "nothing written over it");
  await page.getByRole("button", { name: "Verwijder mijn werkplek" }).click();
  assert.equal(await opgeslagenKluis(page), nieuwer, "nothing deleted before the confirmation");
  await page.getByRole("button", { name: "Ja, verwijder" }).click();
  await page.getByRole("button", { name: "Maak mijn werkplek" }).waitFor();
  assert.equal(await opgeslagenKluis(page), null);
  assert.deepEqual(fouten, []);
  await context.close();
});
