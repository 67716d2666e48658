// "Toen en nu" (issue 24, item 7): shown only when two rounds of a module differ,
// and then only what changed, one card per answer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, vulModuleIn, stapPlaats, stapInfo, beantwoordStap, naarVolgende, stapAdres, KLAAR } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const MODULE = "energie";

/**
 * Do a finished module again, as a person does from its first question, then "Klaar".
 * `kies(info)`: the option to choose, or null to leave the answer as it is.
 */
async function nogEens(page, kies) {
  await page.goto(`${server.url}#/${MODULE}/1/1`);
  await page.locator("section.stap").waitFor();
  const stappen = [];
  for (let n = 0; n < 400 && (await stapPlaats(page)) !== null; n++) {
    const info = await stapInfo(page);
    const adres = await stapAdres(page);
    const gekozen = await beantwoordStap(page, info, kies(info), "Iets wat ik graag doe");
    stappen.push({ ...info, gekozen });
    await naarVolgende(page, info, gekozen, adres);
  }
  await page.getByRole("button", { name: KLAAR }).click();
  await page.locator("section.klaar").waitFor();
  return stappen;
}

async function overzicht(page) {
  await page.goto(`${server.url}#/${MODULE}`);
  await wachtOpKop(page);
  return page.locator("section.toen-en-nu");
}

test("then and now: not after one round, not after the same answers again, and after a change only the changed answers as cards", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  const eerste = await vulModuleIn(page, server.url, MODULE, 0);
  assert.equal(await (await overzicht(page)).count(), 0, "one round: nothing to compare");
  await nogEens(page, () => null);
  assert.equal(await (await overzicht(page)).count(), 0, "the same answers again: nothing to compare");

  // Another option for the choices; typed answers stay (a list would get an item more).
  const derde = await nogEens(page, (info) => (["tekst", "lijst", "getal"].includes(info.soort) ? null : 1));
  const verwacht = derde.filter((s, i) => s.gekozen !== null && s.gekozen !== eerste[i].gekozen).map((s) => s.vraag);
  assert.ok(verwacht.length >= 1 && verwacht.length < derde.length, `some answers changed, not all (${verwacht.length} of ${derde.length})`);
  const sectie = await overzicht(page);
  assert.equal(await sectie.count(), 1);
  // Compare the first round with now: exactly the changed questions, in the module's order.
  await sectie.locator("select").first().selectOption("0");
  const vragen = await sectie.locator("li.verschil .verschil-vraag").allTextContents();
  assert.deepEqual(vragen.map((v) => v.trim()), verwacht);
  // The same moment on both sides: a calm line, no cards.
  await sectie.locator("select").first().selectOption("1");
  await sectie.locator("select").last().selectOption("1");
  await sectie.getByText("Tussen deze twee momenten is niets anders.").waitFor();
  assert.equal(await sectie.locator("li.verschil").count(), 0);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), "no sideways scroll on a phone");
  assert.deepEqual(fouten, []);
  await context.close();
});
