// Promise 1, field by field: words typed and left there (no "Voeg toe", no
// Enter, not even a click elsewhere) are kept when the person moves on. The
// modules come from the app's own home page and the fields from walking every
// step, so a new module or question is covered without editing this file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, stapInfo, stapPlaats, volgendeStap, linkEnCode, coachOpent } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The module ids the home page offers, in its order. */
async function modulesVanHome(page) {
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  // Only a module's card shows how far the person is.
  return page.locator("main li.kaart:has(.kaart-voortgang) a").evaluateAll((as) => as.map((a) => new URL(a.href).hash.replace(/^#\//, "")));
}

/**
 * Walk every step of module `id`: type a word of its own into each free-text field
 * and each list field, never confirm, press Volgende. Returns the words typed.
 */
async function typEnGaDoor(page, id) {
  await page.goto(`${server.url}#/${id}`);
  await wachtOpKop(page);
  await page.locator("main .knoppen .knop").first().click();
  await page.locator("section.stap").waitFor();
  const woorden = [];
  for (let n = 0; n < 400 && (await stapPlaats(page)) !== null; n++) {
    // Every question on the screen: a follow-up in words stands under its choice.
    const vragen = page.locator("form.vragen > .vraag");
    for (let k = 0; k < (await vragen.count()); k++) {
      const vraag = vragen.nth(k);
      const tekst = (await vraag.locator("legend, .vraag-label").first().textContent()).trim();
      const woord = `woord${id.replaceAll("-", "")}${n}x${k}`;
      if (await vraag.locator(".eigen-lijst").count()) {
        const veld = vraag.locator(".eigen-lijst input[type=text]");
        // Each question has its own field: nothing typed for an earlier list shows up here.
        assert.equal(await veld.inputValue(), "", `${id}: the list field of "${tekst}" starts empty`);
        await veld.fill(woord);
        woorden.push({ woord, soort: "lijst", vraag: tekst });
      } else if (await vraag.locator("textarea").count()) {
        await vraag.locator("textarea").fill(woord);
        woorden.push({ woord, soort: "tekst", vraag: tekst });
      }
    }
    await volgendeStap(page);
  }
  await page.locator("#module-kop", { hasText: /^(Je antwoorden|Your answers)$/ }).waitFor();
  return woorden;
}

const ontbrekend = (tekst, woorden) => woorden.filter((w) => !tekst.includes(w.woord)).map((w) => `${w.woord} ("${w.vraag}")`);

test("every word typed into every text and list field of every module is kept without confirming: in the review after a reload, in the profile and in a share", async (t) => {
  const { page, context, fouten, buiten } = await nieuwePagina(browser, server.origin);
  const modules = await modulesVanHome(page);
  assert.ok(modules.length >= 7, `the home page offers the modules (${modules.join(", ")})`);
  const alle = [];
  for (const id of modules) {
    const woorden = await typEnGaDoor(page, id);
    // A reload on the review: every word is there, a list word as an item of its list.
    await page.reload();
    await page.locator("#module-kop", { hasText: /^Je antwoorden$/ }).waitFor();
    assert.deepEqual(ontbrekend(await page.locator("main").textContent(), woorden), [], `${id}: words missing from the review after a reload`);
    alle.push(...woorden);
  }
  const lijsten = alle.filter((w) => w.soort === "lijst").length;
  t.diagnostic(`${modules.length} modules, ${lijsten} list fields, ${alle.length - lijsten} free-text fields`);
  assert.ok(lijsten >= 14 && alle.length - lijsten >= 8, `list fields (${lijsten}) and free-text fields (${alle.length - lijsten}) were found`);

  // The profile, which the coach sees too.
  await page.goto(`${server.url}#/profiel`);
  await wachtOpKop(page);
  assert.deepEqual(ontbrekend(await page.locator("main").textContent(), alle), [], "words missing from the profile");

  // A share with every module and the person's own words: the coach sees every word.
  await page.goto(`${server.url}#/delen`);
  await wachtOpKop(page);
  for (const id of modules) await page.locator(`input[name=deel-module][value="${id}"]`).check();
  await page.getByLabel("Ook mijn eigen woorden delen").check();
  await page.getByRole("button", { name: /Maak een (nieuwe )?link/ }).click();
  const { link, code } = await linkEnCode(page);
  const coach = await coachOpent(browser, server.origin, link, code);
  await coach.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  assert.deepEqual(ontbrekend(await coach.page.locator("main").textContent(), alle), [], "words missing from what the coach sees");

  for (const p of [{ fouten, buiten }, coach]) {
    assert.deepEqual(p.fouten, []);
    assert.deepEqual(p.buiten, []);
  }
  await context.close();
  await coach.context.close();
});

test("a list: typed text is an item at once; 'Voeg toe' empties the field; removing an item keeps the one being typed; a reload shows them all as items", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/zorgen`);
  await wachtOpKop(page);
  await page.getByRole("link", { name: "Begin" }).click();
  await page.locator("section.stap").waitFor();
  while ((await stapInfo(page)).soort !== "lijst") await volgendeStap(page);
  const vraag = page.locator("form.vragen > .vraag");
  const veld = vraag.locator(".eigen-lijst input[type=text]");
  const items = () => vraag.locator(".eigen-lijst li span").allTextContents();
  const vraagId = await vraag.getAttribute("id");
  const bewaard = () => page.evaluate((id) => {
    const doc = JSON.parse(localStorage.getItem("spoorwijzer.document"));
    const a = Object.entries(doc.modules.zorgen?.antwoorden ?? {}).find(([k]) => id.endsWith(k.replaceAll(".", "-")));
    return a?.[1]?.waarde ?? null;
  }, vraagId);
  await veld.fill("Eerste punt");
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes("Eerste punt"));
  assert.deepEqual(await bewaard(), ["Eerste punt"], "stored while typing");
  assert.deepEqual(await items(), [], "shown in the field, not twice");
  await vraag.getByRole("button", { name: "Voeg toe" }).click();
  assert.equal(await veld.inputValue(), "");
  assert.deepEqual(await items(), ["Eerste punt"]);
  await veld.fill("Tweede punt");
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes("Tweede punt"));
  await vraag.getByRole("button", { name: "Haal Eerste punt weg" }).click();
  await page.waitForFunction(() => !(localStorage.getItem("spoorwijzer.document") ?? "").includes("Eerste punt"));
  assert.deepEqual(await bewaard(), ["Tweede punt"], "the item being typed stays when another goes");
  assert.equal(await veld.inputValue(), "Tweede punt");
  await veld.fill("Tweede punt, langer");
  await page.reload();
  await vraag.locator(".eigen-lijst").waitFor();
  assert.deepEqual(await items(), ["Tweede punt, langer"], "after a reload the typed text is an item of the list");
  assert.equal(await veld.inputValue(), "");
  assert.deepEqual(fouten, []);
  await context.close();
});
