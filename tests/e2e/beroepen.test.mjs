// "Beroepen verkennen" (issue 27): from the wat-wil-ik result to ESCO's occupations, search, keep a few with a
// note, and see them in the profile, on the printed sheet, in a coach's shared view; offline after one visit;
// by keyboard only; axe at three widths; the candidate's first load does not carry the occupations.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, axe, tabNaar, metAntwoorden, linkEnCode, coachOpent, opgeslagen, wachtTot } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

// Wat wil ik?: Sociaal and Ordenend liked most (5 and 4), the rest a little (2).
const WAT_WIL_IK = Object.fromEntries(
  ["r", "i", "a", "s", "e", "c"].flatMap((th) => [1, 2, 3, 4, 5, 6].map((n) => [`wwi.${th}${n}`, { soort: "schaal", waarde: th === "s" ? 5 : th === "c" ? 4 : 2 }])),
);
// Wat kan ik?: standing, as the person sees it now.
const WAT_KAN_IK = { "wki.nu.staan": { soort: "keuze", waarde: "kort" } };

const zoek = async (page, tekst) => {
  await page.locator("#beroep-zoek").fill(tekst);
  await page.locator("#beroep-treffers").waitFor();
  return page.locator("#beroep-treffers li a").allTextContents();
};

/** ESCO's title as the app shows it on its own: with a capital ("Hovenier"); stored as ESCO writes it. */
const alsNaam = (titel) => titel.charAt(0).toUpperCase() + titel.slice(1);

/** Open an occupation from the search, keep it, and write a note. */
async function bewaar(page, tekst, titel, notitie) {
  await page.goto(`${server.url}beroepen.html#/beroepen`);
  await wachtOpKop(page, "Beroepen verkennen");
  await zoek(page, tekst);
  await page.locator("#beroep-treffers a", { hasText: new RegExp(`^${alsNaam(titel)}$`) }).first().click();
  await wachtOpKop(page, alsNaam(titel));
  await page.getByRole("button", { name: "Bewaar in mijn lijst" }).click();
  await page.locator("#beroep-notitie").fill(notitie);
  await wachtTot(async () => (await opgeslagen(page))?.beroepen?.some((b) => b.titel === titel && b.notitie === notitie), `${titel} kept with its note`);
}

test("from the wat-wil-ik result to the suggested themes, a search, three kept with notes, in the profile, on the sheet and in a coach's view", async () => {
  const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await metAntwoorden(page, server.url, { "wat-wil-ik": WAT_WIL_IK, "wat-kan-ik": WAT_KAN_IK }, "#/profiel");
  // The profile leads to the occupations at these interests.
  await page.getByRole("link", { name: "Bekijk beroepen bij deze interesses" }).click();
  await wachtOpKop(page, "Beroepen verkennen");
  assert.match(page.url(), /beroepen\.html(\?[^#]*)?#\/beroepen$/);
  const bijJou = page.locator("section[aria-labelledby=beroep-bij-jou]");
  assert.deepEqual(await bijJou.locator("h3").allTextContents(), ["Sociaal", "Ordenend"], "the two strongest themes, strongest first");
  // A group opens to its occupations, each a link to its page.
  const groep = bijJou.locator("details.groep").first();
  await groep.locator("summary").click();
  const eerste = groep.locator("li a").first();
  const titel = (await eerste.textContent()).trim();
  await eerste.click();
  await wachtOpKop(page, titel);
  await page.locator("figure.esco blockquote").waitFor();
  assert.match(await page.locator("figure.esco figcaption").textContent(), /ESCO/);

  // Search as you type, forgiving: accents, case and a typo.
  await page.goto(`${server.url}beroepen.html#/beroepen`);
  await wachtOpKop(page, "Beroepen verkennen");
  const verpleeg = await zoek(page, "verpleeg");
  assert.ok(verpleeg.slice(0, 5).every((t) => /verpleeg/i.test(t)), `titles with verpleeg first: ${verpleeg.slice(0, 5)}`);
  assert.ok((await zoek(page, "HOVENER")).includes("Hovenier"), "a typo in capitals still finds hovenier");
  assert.ok((await zoek(page, "inspicient")).includes("Inspiciënt"), "without the accent");

  await bewaar(page, "hovenier", "hovenier", "Buiten werken trekt me. Vraag de buurman.");
  await bewaar(page, "administratief medewerker", "administratief medewerker", "Rustig werk? Vraag mijn coach.");
  await bewaar(page, "verpleeg", "algemeen verpleegkundige", "Wat vraagt de opleiding?");
  // Let op beside the person's own answer, in the option's own words; nothing filtered out.
  const letOp = page.locator("section[aria-labelledby=beroep-let-op-kop]");
  if (await letOp.locator("li", { hasText: "Jij gaf aan:" }).count()) {
    assert.match(await letOp.textContent(), /Dit is jouw eigen beeld/);
  }
  assert.equal((await opgeslagen(page)).beroepen.length, 3);

  // The profile shows them, with the notes; so does the printed sheet (still one page).
  await page.goto(`${server.url}#/profiel`);
  await wachtOpKop(page, "Mijn profiel");
  const blok = page.locator("section[aria-labelledby=p-beroepen]");
  assert.deepEqual(await blok.locator("li strong").allTextContents(), ["Hovenier", "Administratief medewerker", "Algemeen verpleegkundige"]);
  assert.match(await blok.textContent(), /Vraag de buurman/);
  await page.emulateMedia({ media: "print" });
  const blad = page.locator("section.gespreksblad");
  assert.match(await blad.textContent(), /Beroepen die ik wil verkennen/);
  assert.match(await blad.textContent(), /Algemeen verpleegkundige/);
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  assert.equal(Number(/\/Type\s*\/Pages[^>]*?\/Count (\d+)/s.exec(pdf.toString("latin1"))?.[1]), 1, "the sheet stays one A4 page");
  await page.emulateMedia({ media: "screen" });

  // Sharing: off by default; ticked, the coach sees them with the notes.
  await page.goto(`${server.url}delen.html#/delen`);
  await wachtOpKop(page);
  const vinkje = page.locator("#deel-beroepen");
  assert.equal(await vinkje.isChecked(), false, "not shared unless ticked");
  await vinkje.check();
  await page.getByRole("button", { name: /Maak een (nieuwe )?link/ }).click();
  const { link, code } = await linkEnCode(page);
  const coach = await coachOpent(browser, server.origin, link, code);
  await coach.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  const kader = coach.page.locator(".voorbeeld-kader section[aria-labelledby=p-beroepen]");
  assert.deepEqual(await kader.locator("li strong").allTextContents(), ["Hovenier", "Administratief medewerker", "Algemeen verpleegkundige"]);
  assert.match(await kader.textContent(), /Wat vraagt de opleiding\?/);
  assert.equal(await kader.getByRole("link").count(), 0, "no link into the coach's own list");
  await coach.context.close();

  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, [], "nothing leaves the app's origin");
  await context.close();
});

test("without a wat-wil-ik result the six themes are offered; English keeps the Dutch titles and says so once", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}?lang=en#/`);
  await wachtOpKop(page);
  await page.goto(`${server.url}beroepen.html#/beroepen`);
  await wachtOpKop(page, "Explore occupations");
  assert.equal(await page.locator("main", { hasText: "in Dutch, as they are on the Dutch labour market" }).count(), 1);
  const knoppen = page.locator("section[aria-labelledby=beroep-kies-thema] .knoppen button");
  assert.equal(await knoppen.count(), 6);
  await knoppen.filter({ hasText: "Practical" }).click();
  assert.equal(await knoppen.filter({ hasText: "Practical" }).getAttribute("aria-pressed"), "true");
  assert.ok((await page.locator("section.thema details.groep").count()) > 0, "its groups appear");
  assert.ok((await zoek(page, "hovenier")).includes("Hovenier"), "Dutch titles");
  assert.match(await page.locator("footer.bron").textContent(), /ESCO, European Commission \(v1\.1\)/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the occupations open offline after one visit, search and descriptions included", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}beroepen.html#/beroepen`);
  await wachtOpKop(page, "Beroepen verkennen");
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await wachtOpKop(page, "Beroepen verkennen");
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  // Every file of the build is kept on install: wait until the occupations' files are in the cache.
  await page.waitForFunction(async () => {
    const namen = await caches.keys();
    const c = await caches.open(namen.find((n) => n.startsWith("spoorwijzer-")));
    const keys = (await c.keys()).map((r) => r.url);
    return keys.filter((u) => /beroepen-(index|omschrijving)-/.test(u)).length === 11;
  }, null, { timeout: 30000 });
  await context.setOffline(true);
  await page.reload();
  await wachtOpKop(page, "Beroepen verkennen");
  assert.ok((await zoek(page, "hovenier")).includes("Hovenier"));
  await page.locator("#beroep-treffers a", { hasText: /^Hovenier$/ }).click();
  await wachtOpKop(page, "Hovenier");
  await page.locator("figure.esco blockquote").waitFor();
  assert.deepEqual(fouten.filter((f) => !f.includes("ERR_INTERNET_DISCONNECTED")), []);
  await context.close();
});

test("by keyboard only: search, open, keep, write a note", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}beroepen.html#/beroepen`);
  await wachtOpKop(page, "Beroepen verkennen");
  await tabNaar(page, page.locator("#beroep-zoek"));
  await page.keyboard.type("hovenier");
  await page.locator("#beroep-treffers a", { hasText: /^Hovenier$/ }).waitFor();
  await tabNaar(page, page.locator("#beroep-treffers a", { hasText: /^Hovenier$/ }));
  await page.keyboard.press("Enter");
  await wachtOpKop(page, "Hovenier");
  await tabNaar(page, page.getByRole("button", { name: "Bewaar in mijn lijst" }));
  await page.keyboard.press("Enter");
  await page.locator("#beroep-notitie").waitFor();
  await tabNaar(page, page.locator("#beroep-notitie"));
  await page.keyboard.type("Wie kan ik bellen?");
  await wachtTot(async () => (await opgeslagen(page))?.beroepen?.[0]?.notitie === "Wie kan ik bellen?", "the note is kept");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("axe finds no violations at 320, 390 and 1280 px on the overview, the results and an occupation", async () => {
  for (const width of [320, 390, 1280]) {
    const { context, page } = await nieuwePagina(browser, server.origin, { viewport: { width, height: 800 } });
    await metAntwoorden(page, server.url, { "wat-wil-ik": WAT_WIL_IK, "wat-kan-ik": WAT_KAN_IK }, "#/");
    await page.goto(`${server.url}beroepen.html#/beroepen`);
    await wachtOpKop(page, "Beroepen verkennen");
    await page.locator("section[aria-labelledby=beroep-bij-jou] details.groep summary").first().click();
    await zoek(page, "verpleeg");
    assert.deepEqual(await axe(page), [], `overview with results at ${width}px`);
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(breedte <= width, `no sideways scroll at ${width}px (${breedte})`);
    await page.locator("#beroep-treffers a").first().click();
    await wachtOpKop(page);
    await page.getByRole("button", { name: "Bewaar in mijn lijst" }).click();
    await page.locator("#beroep-notitie").waitFor();
    assert.deepEqual(await axe(page), [], `an occupation at ${width}px`);
    await context.close();
  }
});
