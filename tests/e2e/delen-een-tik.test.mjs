// Share in one tap (issue 24, item 5): on #/delen the link goes out through the
// phone's share sheet (Web Share) where the browser has one, and is copied
// otherwise. The code never travels with the link: it is shown apart, with its
// own copy button. The action sits right after the choice of what to share, and
// the page keeps one count, worded without "x of y".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, axe, linkEnCode } from "./hulp.mjs";

const TELEFOON = { width: 390, height: 844 };
const EIGEN = "Mijn eigen zin over mijn werk";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Records every call of `navigator.share` in `window.__gedeeld`, as a phone's share sheet would receive it. */
function deelblad() {
  window.__gedeeld = [];
  Object.defineProperty(Navigator.prototype, "share", {
    configurable: true,
    value: function (data) { window.__gedeeld.push(JSON.parse(JSON.stringify(data ?? null))); return Promise.resolve(); },
  });
}

/** Chromium on Linux has no share sheet; make sure of it, so the copy fallback is what is tested. */
function geenDeelblad() {
  delete Navigator.prototype.share;
}

/** One ticked thought and one typed sentence in "Zorgen en gedachten", stored directly; ends on #/delen. */
async function metAntwoorden(page) {
  await page.goto(`${server.url}?lang=nl#/`);
  await wachtOpKop(page);
  await page.evaluate((eigen) => {
    const doc = JSON.parse(localStorage.getItem("spoorwijzer.document"));
    doc.modules.zorgen = { antwoorden: {
      "zor.gedachten": { soort: "keuzes", waarde: ["te-ziek"] },
      "zor.gesprek": { soort: "tekst", waarde: eigen },
    } };
    localStorage.setItem("spoorwijzer.document", JSON.stringify(doc));
    localStorage.setItem("spoorwijzer.revisie", String(doc.revisie));
  }, EIGEN);
  await page.goto(`${server.url}#/delen`);
  await page.reload();
  await wachtOpKop(page);
}

/** Top and bottom of an element in page coordinates. */
const plek = (page, sel) => page.locator(sel).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { boven: r.top + scrollY, onder: r.bottom + scrollY, inBeeld: r.top >= 0 && r.bottom <= innerHeight };
});

/** Tick "Zorgen en gedachten", make the link; returns { link, code }. */
async function maakLink(page) {
  await page.locator('input[name=deel-module][value="zorgen"]').check();
  await page.getByRole("button", { name: "Maak een link met code" }).click();
  return linkEnCode(page);
}

test("with a share sheet: one tap shares the link alone, the code is shown apart, and the action is on the screen right after the choice", async (t) => {
  const p = await nieuwePagina(browser, server.origin, { viewport: TELEFOON, initScript: deelblad });
  const { page } = p;
  await metAntwoorden(page);
  const keuze = await plek(page, "fieldset.deel-keuze");
  // The whole choice of what to share ends with the first-name field.
  const keuzeEinde = await plek(page, "#deel-naam");
  const { link, code } = await maakLink(page);
  assert.match(code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);

  // After "Maak een link" the focus is on the result's heading, and the share button is in view under it.
  await page.waitForFunction(() => document.activeElement?.id === "link-kop");
  const knop = page.getByRole("button", { name: "Deel de link" });
  assert.equal(await knop.getAttribute("id"), "deel-stuur", "sharing is the first action of the result");
  const stuur = await plek(page, "#deel-stuur");
  assert.ok(stuur.inBeeld, "the share button is on the screen after making the link");
  const afstand = Math.round(stuur.onder - keuzeEinde.onder);
  const vanafKeuze = Math.round(stuur.onder - keuze.onder);
  t.diagnostic(`390x844: share button ${afstand} px (${(afstand / 844).toFixed(2)} screens) below the end of the choice, `
    + `${vanafKeuze} px (${(vanafKeuze / 844).toFixed(2)} screens) below the list of parts`);
  assert.ok(afstand > 0 && afstand <= 844, `within the first phone screen after the choice (${afstand} px)`);
  assert.ok(vanafKeuze <= 844, `within one phone screen below the list of parts too (${vanafKeuze} px)`);
  // Nothing between the choice and the action but the button that makes the link and the result's heading.
  assert.ok(stuur.boven < (await plek(page, "#deel-link")).boven, "the action comes before the long link");

  // The calm line: only the link goes along; the code goes another way.
  const apart = page.locator("#deel-apart");
  assert.match(await apart.textContent(), /Alleen de link gaat mee\..*code.*sms/);
  assert.equal(await knop.getAttribute("aria-describedby"), "deel-apart");
  assert.deepEqual(await axe(page), [], "axe with the share button");
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), "no sideways scroll");

  await knop.click();
  await page.waitForFunction(() => window.__gedeeld.length === 1);
  const [gedeeld] = await page.evaluate(() => window.__gedeeld);
  assert.equal(gedeeld.url, link, "the share sheet gets the link");
  const alles = JSON.stringify(gedeeld);
  for (const vorm of [code, code.replaceAll("-", ""), code.toLowerCase(), code.replaceAll("-", " ")]) {
    assert.ok(!alles.includes(vorm), `the code is not sent with the link (${vorm})`);
  }
  assert.ok(!("files" in gedeeld), "no file in the share");

  // The code stands apart, with its own copy button; a quiet copy of the link is still there.
  assert.equal((await page.locator("#deel-code").textContent()).trim(), code);
  await page.getByRole("button", { name: "Kopieer de code" }).waitFor();
  await page.getByRole("button", { name: "Kopieer de link" }).waitFor();
  assert.ok(!(await page.locator("section.link-resultaat .knoppen").first().textContent()).includes(code));
  assert.deepEqual(p.fouten, []);
  assert.deepEqual(p.buiten, [], "no request leaves the origin");
  await p.context.close();
});

test("without a share sheet the same button copies the link, and nothing speaks of sharing", async () => {
  const p = await nieuwePagina(browser, server.origin, { viewport: TELEFOON, initScript: geenDeelblad });
  await p.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  const { page } = p;
  await metAntwoorden(page);
  const { link } = await maakLink(page);
  assert.equal(await page.getByRole("button", { name: "Deel de link" }).count(), 0);
  assert.equal(await page.locator("#deel-apart").count(), 0);
  const knop = page.locator("#deel-stuur");
  assert.equal((await knop.textContent()).trim(), "Kopieer de link");
  assert.ok((await plek(page, "#deel-stuur")).inBeeld, "the copy button is on the screen after making the link");
  await knop.click();
  await page.locator("#kopie-status", { hasText: "De link is gekopieerd." }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.deepEqual(p.fouten, []);
  await p.context.close();
});

test("one count on the page: what goes along with the choice, never \"x van y\"", async () => {
  const p = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  const { page } = p;
  await metAntwoorden(page);
  const optie = page.locator('input[name=deel-module][value="zorgen"]').locator("xpath=..");
  await page.locator('input[name=deel-module][value="zorgen"]').check();
  await page.locator(".voorbeeld-kader").waitFor();
  const tellingen = () => page.evaluate(() => (document.querySelector("main").innerText.match(/\d+ (antwoord(en)?|vragen?)\b[^\n]*|\d+ van \d+/g) ?? []));
  // Only the ticked thought goes along; the typed sentence waits for "own words".
  assert.deepEqual(await tellingen(), ["1 antwoord om te delen"]);
  assert.equal((await optie.locator(".optie-uitleg").textContent()).trim(), "1 antwoord om te delen");
  await page.getByLabel("Ook mijn eigen woorden delen").check();
  await page.waitForFunction((eigen) => document.querySelector(".voorbeeld-kader")?.textContent.includes(eigen), EIGEN);
  assert.deepEqual(await tellingen(), ["2 antwoorden om te delen"], "the count follows what goes along");
  assert.ok(!/\d+ van \d+/.test(await page.locator("main").innerText()), "no \"x van y\" anywhere on the page");
  assert.deepEqual(p.fouten, []);
  await p.context.close();
});
