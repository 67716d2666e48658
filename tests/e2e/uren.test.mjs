// Hours a day as people say them (issue 24, item 2): taps for ½ to 8 hours, and
// "Een ander aantal" with a field that takes "2,5". What it cannot take is said
// calmly and not stored: the stored answer never changes silently.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, volgendeStap, opgeslagen } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const uren = async (page) => (await opgeslagen(page))?.modules?.["wat-kan-ik"]?.antwoorden?.["wki.nu.uren"] ?? null;

test("hours: a tap for 1½, a typed 2,5, a calm word for 2,3 that changes nothing, and the answer back after a reload", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.url}#/wat-kan-ik`);
  await wachtOpKop(page);
  await page.locator("main .knoppen .knop").first().click();
  await page.locator("section.stap").waitFor();
  while (!(await page.locator("form.vragen .uren").count())) await volgendeStap(page);
  const vraag = page.locator("form.vragen > .vraag");
  const keuzes = await vraag.locator(".uren label span").allTextContents();
  assert.deepEqual(keuzes, ["½", "1", "1½", "2", "3", "4", "6", "8", "Een ander aantal"]);

  await vraag.getByLabel("1½").check();
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes('"wki.nu.uren"'));
  assert.deepEqual(await uren(page), { soort: "keuze", waarde: "1.5" });

  await vraag.getByLabel("Een ander aantal").check();
  const veld = vraag.getByLabel("Aantal uren, bijvoorbeeld 2,5");
  await veld.fill("2,5");
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes('"2.5"'));
  assert.deepEqual(await uren(page), { soort: "keuze", waarde: "2.5" });
  assert.equal((await vraag.locator(".hint[aria-live]").textContent()).trim(), "");

  // Not a half hour: said calmly, kept in the field, not stored.
  await veld.fill("2,3");
  await vraag.locator(".hint[aria-live]", { hasText: "Vul een heel of half uur in" }).waitFor();
  assert.match(await vraag.locator(".hint[aria-live]").textContent(), /Dit is nog niet bewaard\./);
  assert.equal(await veld.inputValue(), "2,3");
  assert.deepEqual(await uren(page), { soort: "keuze", waarde: "2.5" }, "the stored answer did not change");
  assert.equal(await vraag.locator(".fout, [aria-invalid=true]").count(), 0, "no red error");

  await veld.fill("2,5");
  await page.reload();
  await vraag.locator(".uren").waitFor();
  assert.equal(await vraag.getByLabel("Een ander aantal").isChecked(), true, "an amount without a tap opens the field");
  assert.equal(await vraag.getByLabel("Aantal uren, bijvoorbeeld 2,5").inputValue(), "2,5");
  // The review says it as people do.
  while (await page.locator("section.stap .stap-plaats").count()) await volgendeStap(page);
  assert.match(await page.locator("main").textContent(), /2½ uur per dag/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("hours stored as whole hours by an earlier version still show as the tap", async () => {
  const { page, context } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  // As an earlier version stored it: whole hours as a number.
  await page.evaluate(() => {
    localStorage.setItem("spoorwijzer.document", JSON.stringify({
      schema: 4, revisie: 1, modules: { "wat-kan-ik": { antwoorden: { "wki.nu.uren": { soort: "getal", waarde: 3 } } } },
    }));
  });
  await page.reload();
  await wachtOpKop(page);
  await page.goto(`${server.url}#/profiel`);
  await wachtOpKop(page);
  assert.match(await page.locator("main").textContent(), /3 uur per dag/);
  // And on the question itself, as the tap for 3.
  await page.goto(`${server.url}#/wat-kan-ik`);
  await wachtOpKop(page);
  await page.locator("main .knoppen .knop").first().click();
  while (!(await page.locator("form.vragen .uren").count())) await volgendeStap(page);
  assert.equal(await page.locator("form.vragen .uren").getByLabel("3", { exact: true }).isChecked(), true);
  await context.close();
});
