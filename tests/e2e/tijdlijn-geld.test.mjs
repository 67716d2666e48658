// The money worry and the timeline (issue 23, items 3 and 8): the money reply shows
// its parts with the one that applies to this person first (a contract that ends
// during sickness: the Ziektewet part), one small step, then "Waar kun je terecht?";
// its contract part links to the timeline's "Als je contract eindigt" (or, without a
// contract end, to the field for it). On the timeline, early IVA is a folded mention,
// a late first-year review says it moves the latest start of spoor 2, and the contract
// end is not labelled a legal deadline.
// The clock is fixed at Sunday 22 November 2026, midday.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, axe } from "./hulp.mjs";

const NU = new Date("2026-11-22T12:00:00");

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

async function pagina(opties) {
  const p = await nieuwePagina(browser, server.origin, opties);
  await p.context.clock.setFixedTime(NU);
  return p;
}

async function openTijdlijn(page, adres = "#/tijdlijn") {
  await page.goto(`${server.url}${adres}`);
  await wachtOpKop(page);
  await page.waitForSelector(".tl-stand");
}

/** Open the worries, tick the money worry and return its reply. */
async function geldReactie(page, taal = "") {
  await page.goto(`${server.url}${taal}#/zorgen/1`);
  await wachtOpKop(page);
  const optie = page.locator(".optie-met-reactie").filter({ has: page.locator('input[value="geld"]') });
  await optie.locator('input[value="geld"]').check();
  const reactie = optie.locator(".reactie");
  await reactie.waitFor();
  return reactie;
}

const delen = (reactie) => reactie.locator(".geld-deel").evaluateAll((ps) => ps.map((p) => p.dataset.deel));

test("without a timeline the money reply is the general one: 70% first, one step, then where to turn", async () => {
  const { context, page, fouten } = await pagina();
  const reactie = await geldReactie(page);
  assert.deepEqual(await delen(reactie), ["Loon", "ContractEindigt", "WiaAanvragen", "Na104Weken"]);
  const tekst = await reactie.textContent();
  assert.match(tekst, /minstens 70% van je loon/);
  assert.match(tekst, /Je cao/);
  assert.match(tekst, /uiterlijk aan het eind van week 93/);
  assert.match(tekst, /Je contract stopt daardoor niet vanzelf/);
  assert.doesNotMatch(tekst, /7:629|100%|gratis advies over je rechten/);
  // One small step, and after it where to turn.
  const stap = await reactie.locator(".stap").textContent();
  assert.doesNotMatch(stap, /vakbond|Juridisch|deskundigenoordeel/);
  const volgorde = await reactie.evaluate((r) => [...r.children].map((c) => c.className || c.tagName));
  assert.ok(volgorde.indexOf("stap") < volgorde.indexOf("geld-waar"), volgorde.join(","));
  assert.match(await reactie.locator(".geld-waar").textContent(), /^Waar kun je terecht\? Ben je lid van een vakbond/);
  assert.match(await reactie.locator(".geld-waar").textContent(), /gratis als je weinig inkomen en spaargeld hebt/);
  assert.deepEqual(await axe(page), []);
  // Only the part that applies leads; the others are folded under a summary that names them.
  assert.equal(await reactie.locator(":scope > .geld-deel").count(), 1);
  const meer = reactie.locator("details.geld-meer");
  assert.equal(await meer.evaluate((d) => d.open), false);
  assert.match(await meer.locator("summary").textContent(), /contract dat afloopt, en de WIA \(de uitkering na 2 jaar ziek zijn\)/);
  await meer.locator("summary").click();

  // The contract part's link opens the timeline at the field for the contract's last day.
  await reactie.getByRole("link", { name: "Op je tijdlijn: Als je contract eindigt" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "tl-einde");
  assert.ok(await page.locator("details.tl-meer").evaluate((d) => d.open));
  assert.equal(new URL(page.url()).hash, "#/tijdlijn", "the address is cleaned");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("with a contract that ends in the 104 weeks the Ziektewet part leads, and its link opens 'Als je contract eindigt'", async () => {
  const { context, page, fouten } = await pagina();
  await openTijdlijn(page, "#/tijdlijn?start=2026-01-05");
  await page.locator("#mijlpaal-42e-weeksmelding").waitFor({ state: "attached" });
  await page.click("summary >> text=Meer invullen");
  await page.fill("#tl-einde", "2027-03-31");
  await page.keyboard.press("Tab");
  await page.locator("#tl-uitdienst").waitFor();
  // The contract end is the person's own date, not a deadline from the law.
  const kenmerken = await page.locator("#mijlpaal-einde-dienstverband .tl-kenmerken").textContent();
  assert.doesNotMatch(kenmerken, /Termijn uit de wet/);
  assert.match(kenmerken, /Datum die je zelf invulde/);
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes("2027-03-31"));

  const reactie = await geldReactie(page);
  assert.deepEqual(await delen(reactie), ["ContractEindigt", "Loon", "WiaAanvragen", "Na104Weken"]);
  assert.match(await reactie.locator(".geld-deel").first().textContent(), /Ziektewet/);
  await reactie.getByRole("link", { name: "Op je tijdlijn: Als je contract eindigt" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "tl-uitdienst");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("in English the money reply says the same, and after the WIA deadline the after-104 part leads", async () => {
  const { context, page, fouten } = await pagina();
  // First sick day 2025-01-06: on 22 November 2026 the WIA deadline (end of week 93) has passed.
  await openTijdlijn(page, "?lang=en#/tijdlijn?start=2025-01-06");
  await page.locator("li.tl-mijlpaal").first().waitFor({ state: "attached" });
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes("2025-01-06"));
  const reactie = await geldReactie(page, "?lang=en");
  assert.deepEqual(await delen(reactie), ["Na104Weken", "Loon", "ContractEindigt", "WiaAanvragen"]);
  assert.match(await reactie.locator(".geld-deel").first().textContent(), /Your contract does not end by itself/);
  assert.match(await reactie.textContent(), /at least 70% of your wage/);
  assert.match(await reactie.locator(".geld-waar").textContent(), /^Where can you turn\?/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("early IVA is a folded mention, evaluations a rhythm, and a late first-year review says it moves the start of spoor 2", async () => {
  const { context, page, fouten } = await pagina();
  await openTijdlijn(page, "#/tijdlijn?start=2026-01-05");
  await page.locator("#mijlpaal-42e-weeksmelding").waitFor({ state: "attached" });
  // Week 47: inside the early-IVA window, but only as a folded line.
  const iva = page.locator(".tl-vragen details.tl-mogelijkheid");
  assert.equal(await iva.count(), 1);
  assert.equal(await iva.evaluate((d) => d.open), false);
  assert.equal(await page.locator(".tl-vragen li.tl-mogelijkheid").count(), 0, "not a point in the list");
  const evaluatie = await page.locator("#mijlpaal-evaluatie .tl-kenmerken").textContent();
  assert.doesNotMatch(evaluatie, /Gewoonte/);
  assert.match(evaluatie, /minstens elke 6 weken/);

  await page.click("summary >> text=Meer invullen");
  await page.fill("#tl-eje", "2027-01-20");
  await page.keyboard.press("Tab");
  await page.waitForFunction(() => document.querySelector("#mijlpaal-uiterste-start-tweede-spoor")?.textContent.includes("na week 52"));
  assert.match(await page.locator("#mijlpaal-uiterste-start-tweede-spoor").textContent(), /Daardoor schuift deze datum op/);
  assert.deepEqual(fouten, []);
  await context.close();
});
