// Every address in both languages: the right heading, no console error,
// no accessibility violation, and no request off the app's own origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, INGANGEN, KOPPEN } from "./hulp.mjs";

// Addresses whose heading is written out here: the first pages, and the steps
// of a module and "not found" for addresses that cannot be read.
const UITGESCHREVEN = [
  ["#/", "Welkom bij Spoorwijzer", "Welcome to Spoorwijzer"],
  ["#/wie-ben-ik", "Wie ben ik?", "Who am I?"],
  ["#/wat-kan-ik", "Wat kan ik?", "What can I do?"],
  ["#/wat-wil-ik", "Wat wil ik?", "What do I want?"],
  ["#/tijdlijn", "Mijn tijdlijn", "My timeline"],
  ["#/profiel", "Mijn profiel", "My profile"],
  ["#/delen", "Delen met je coach", "Share with your coach"],
  ["#/coach", "Voor coaches", "For coaches"],
  ["#/privacy", "Privacy: wat we bewaren en waar", "Privacy: what we keep and where"],
  ["#/bestaat-niet", "Deze pagina bestaat niet", "This page does not exist"],
  // Every step of a module has its own address; one that cannot be read is not found.
  ["#/wie-ben-ik/2/3", "Wie ben ik?", "Who am I?"],
  ["#/zorgen/terugblik", "Zorgen en gedachten", "Worries and thoughts"],
  ["#/zorgen/klaar", "Zorgen en gedachten", "Worries and thoughts"],
  ["#/wie-ben-ik/0", "Deze pagina bestaat niet", "This page does not exist"],
  ["#/bestaat-niet/1/1", "Deze pagina bestaat niet", "This page does not exist"],
  // An occupation's page is headed by its Dutch title, in both languages (issue 27), with a capital.
  ["#/beroepen/2221.1", "Leidinggevend verpleegkundige", "Leidinggevend verpleegkundige"],
  ["#/beroepen/9999.99", "Dit beroep staat niet in de lijst.", "This occupation is not in the list."],
];
// Every address of the app (pwa/ingangen.json, generated from src/ui/route.rs:
// every pattern, every module's overview), with the heading of its first screen
// (`KOPPEN`: pwa/voorscherm/*.json, rendered by the app's own components). A payload route gets a payload that cannot be read:
// its page still shows its heading and says so; the real invitation, reply and
// share are opened in kijk.test.mjs and delen.test.mjs.
const ALLE = INGANGEN.routes.flatMap((r) => r.adressen)
  .map(({ adres, scherm }) => [adres, KOPPEN.nl[scherm], KOPPEN.en[scherm]]);
const ROUTES = [...UITGESCHREVEN, ...ALLE.filter(([adres]) => !UITGESCHREVEN.some(([a]) => a === adres))];

test("every pattern of the app's addresses is visited", () => {
  const bezocht = new Set(ROUTES.map(([a]) => a));
  for (const r of INGANGEN.routes) assert.ok(r.adressen.length && r.adressen.every((a) => bezocht.has(a.adres)), r.patroon);
  assert.ok(ROUTES.length >= 25, `${ROUTES.length} addresses`);
});

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [taal, kolom] of [["nl", 1], ["en", 2]]) {
  // axe runs on every route at three widths in toegankelijk.test.mjs.
  test(`every route shows its heading in ${taal}, with no error and no outside request`, async () => {
    const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin);
    await page.goto(`${server.url}?lang=${taal}#/`);
    await wachtOpKop(page);
    for (const route of ROUTES) {
      await page.goto(`${server.url}${route[0]}`);
      // The app's page, not the static first screen it replaces (that swap had no h1 for a moment).
      await wachtOpKop(page, route[kolom]);
      assert.equal(await page.getAttribute("html", "lang"), taal);
      assert.equal(await page.locator("h1").count(), 1, `one h1 on ${route[0]}`);
    }
    assert.deepEqual(fouten, [], "console errors");
    assert.deepEqual(buiten, [], "requests off the app's origin");
    await context.close();
  });
}

test("the app works from a subfolder of any static host", async () => {
  const sub = await serveer(undefined, "/praktijk/spoorwijzer/");
  const { context, page, fouten } = await nieuwePagina(browser, sub.origin);
  await page.goto(`${sub.url}#/privacy`);
  assert.equal(await wachtOpKop(page), "Privacy: wat we bewaren en waar");
  assert.deepEqual(fouten, []);
  await context.close();
  await sub.close();
});

test("the menu moves focus to the new page's heading", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await page.click("nav >> text=Privacy");
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");
  assert.equal((await page.evaluate(() => document.activeElement.textContent)).trim(), "Privacy: wat we bewaren en waar");
  assert.equal(await page.getAttribute('nav a[href="#/privacy"]', "aria-current"), "page");
  await context.close();
});

test("usable at 320 px wide without sideways scrolling", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin, { viewport: { width: 320, height: 640 } });
  for (const route of ["#/", "#/privacy"]) {
    await page.goto(`${server.url}${route}`);
    await wachtOpKop(page);
    const breed = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(breed <= 320, `page is ${breed}px wide on ${route}`);
  }
  await context.close();
});
