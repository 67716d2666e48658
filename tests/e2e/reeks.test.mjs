// A run of short statements on one scale stands on one screen (issue 24, item 3: half
// the taps): the six interest statements of each part of "Wat wil ik?" as rows of five
// round points, one tap each. Nothing moves on per statement; after the last one the
// step moves on by itself when "Ga vanzelf verder" is on. One address per run (its first
// question), Back comes to it, a reload keeps every answer, the keyboard works as radios
// do, and axe finds nothing, also with answers chosen. Time is the page's fake clock.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, opgeslagen, axe } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const TELEFOON = { width: 390, height: 844 };
const REEKS = "#/wat-wil-ik/1/1";
const ID = ["wwi.r1", "wwi.s1", "wwi.i1", "wwi.e1", "wwi.a1", "wwi.c1"];
const rijen = (page) => page.locator("form.vragen.reeks > fieldset");
const punt = (page, r, i) => rijen(page).nth(r).locator("input[type=radio]").nth(i);
const adres = (page) => page.evaluate(() => location.hash);
const antwoorden = async (page) => (await opgeslagen(page))?.modules?.["wat-wil-ik"]?.antwoorden ?? {};

async function open(page, route = REEKS) {
  await page.clock.install();
  await page.goto(`${server.url}${route}`);
  await wachtOpKop(page);
  await rijen(page).first().waitFor();
}

test("a run is one screen of radio groups: the first statement's points in the first screen, each point named, 44 px or more", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  await open(page);
  assert.equal(await rijen(page).count(), 6, "the part's six statements on one screen");
  assert.match(await page.locator(".stap-plaats").textContent(), /^Deel 1 van \d+ · 6 korte vragen op dit scherm$/);
  // Each statement a group of its own, named by its legend; each point named by its full option text.
  const groep = page.getByRole("group", { name: "Ik ben graag met mijn handen bezig." });
  const namen = ["Helemaal niet leuk", "Niet zo leuk", "Neutraal", "Leuk", "Heel leuk"];
  for (const naam of namen) assert.equal(await groep.getByRole("radio", { name: naam, exact: true }).count(), 1, naam);
  // The two ends in words, under the first and the last point.
  assert.deepEqual(await rijen(page).first().locator(".einden span").allTextContents(), ["Helemaal niet leuk", "Heel leuk"]);
  for (let i = 0; i < 5; i++) {
    const vak = await rijen(page).first().locator(".punt").nth(i).boundingBox();
    assert.ok(vak.width >= 44 && vak.height >= 44, `point ${i + 1} is ${vak.width} x ${vak.height}`);
    assert.ok(vak.y >= 0 && vak.y + vak.height <= TELEFOON.height, `point ${i + 1} of the first statement in the first screen (top ${vak.y})`);
  }
  // A run may be longer than a single question's step, within 2.5 phone screens (README, figures).
  const lang = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(lang <= 2.5 * TELEFOON.height, `the run is ${lang}px = ${(lang / TELEFOON.height).toFixed(2)} screens (at most 2.5)`);
  // Volgende stays in reach at the bottom.
  const balk = await page.locator(".stap-nav").boundingBox();
  assert.ok(balk.y + balk.height <= TELEFOON.height + 1, "the Vorige/Volgende bar sticks to the bottom");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("one tap per statement stores it and stays; after the last the next part comes; a reload keeps all; Back returns to the run", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  await open(page);
  for (let r = 0; r < 5; r++) {
    await punt(page, r, r % 5).click();
    await page.waitForFunction(([id, w]) => JSON.parse(localStorage.getItem("spoorwijzer.document") ?? "{}").modules?.["wat-wil-ik"]?.antwoorden?.[id]?.waarde === w, [ID[r], (r % 5) + 1]);
    await page.clock.runFor(2000);
    assert.equal(await adres(page), REEKS, `statement ${r + 1} answered: the screen stays`);
  }
  // Each statement keeps its own choice.
  for (let r = 0; r < 5; r++) assert.ok(await punt(page, r, r % 5).isChecked(), `row ${r + 1}`);
  await page.reload();
  await wachtOpKop(page);
  await rijen(page).first().waitFor();
  for (let r = 0; r < 5; r++) assert.ok(await punt(page, r, r % 5).isChecked(), `row ${r + 1} after a reload`);
  assert.equal(Object.keys(await antwoorden(page)).length, 5);
  // The last statement: a moment to see it chosen, then the next part.
  await punt(page, 5, 3).click();
  await page.clock.runFor(100);
  assert.equal(await adres(page), REEKS, "the last tap is seen first");
  await page.clock.runFor(1000);
  await page.waitForFunction(() => location.hash === "#/wat-wil-ik/2/1");
  assert.equal((await antwoorden(page))["wwi.c1"].waarde, 4);
  assert.equal(await rijen(page).count(), 6, "the next part is a run too");
  // Back from the next step comes to the run's one address, every answer shown.
  await page.getByRole("button", { name: "Vorige" }).click();
  await page.waitForFunction((d) => location.hash === d, REEKS);
  assert.ok(await punt(page, 5, 3).isChecked());
  // Changing one statement in the middle of a full run keeps the screen.
  await punt(page, 2, 0).click();
  await page.clock.runFor(2000);
  assert.equal(await adres(page), REEKS, "a change in the middle stays");
  // Resuming at a statement of the run (a kept place) lands on the run.
  await page.goto(`${server.url}#/wat-wil-ik/1/4`);
  await rijen(page).first().waitFor();
  assert.equal(await rijen(page).count(), 6, "any statement's address shows the whole run");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("with 'Ga vanzelf verder' off nothing moves; a statement may be skipped; the arrows change one statement only", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  await open(page);
  await page.getByRole("button", { name: "Zet dit uit" }).click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("spoorwijzer.document") ?? "{}").instellingen?.vanzelf_uit === true);
  // Keyboard: Tab into the second statement, the arrows move its choice, never the page.
  await punt(page, 1, 0).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("spoorwijzer.document")).modules["wat-wil-ik"].antwoorden["wwi.s1"]?.waarde === 3);
  assert.ok(await punt(page, 1, 2).isChecked(), "the arrows chose the third point");
  assert.ok(!(await punt(page, 0, 0).isChecked()) && !(await punt(page, 2, 0).isChecked()), "the other statements are untouched");
  assert.equal(await page.evaluate(() => document.activeElement.name), "v-wwi-s1", "focus stays in its statement");
  // Every statement tapped except the third (skipped): nothing moves, however long.
  for (const r of [0, 3, 4, 5]) await punt(page, r, 4).click();
  await page.clock.runFor(5000);
  assert.equal(await adres(page), REEKS, "off: nothing moves");
  assert.equal((await antwoorden(page))["wwi.i1"], undefined, "the skipped statement has no answer");
  // Volgende goes on with one statement skipped.
  await page.locator(".stap-nav .knop").last().click();
  await page.waitForFunction(() => location.hash === "#/wat-wil-ik/2/1");
  assert.deepEqual(fouten, []);
  await context.close();
});

for (const taal of ["nl", "en"]) {
  test(`axe finds nothing on a run with answers chosen, in ${taal}, at 320, 390 and 1280 px`, async () => {
    const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
    await page.goto(`${server.url}?lang=${taal}#/`);
    await wachtOpKop(page);
    await open(page);
    await page.getByRole("button", { name: taal === "nl" ? "Zet dit uit" : "Turn this off" }).click();
    for (const r of [0, 1, 2]) await punt(page, r, r + 1).click();
    await punt(page, 3, 0).focus();
    const gevonden = [];
    for (const breedte of [320, 390, 1280]) {
      await page.setViewportSize({ width: breedte, height: 900 });
      await page.waitForFunction((b) => innerWidth === b, breedte);
      for (const v of await axe(page)) gevonden.push(`${breedte}px: ${JSON.stringify(v)}`);
      // Nothing spills sideways.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${breedte}px: no sideways scroll`);
    }
    assert.deepEqual(gevonden, []);
    assert.deepEqual(fouten, []);
    await context.close();
  });
}
