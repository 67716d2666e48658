// The energy picture tells the truth (issue 24, item 4): each bar is as long as
// the level the person tapped, not a share of a total, so five times "heel veel"
// looks different from five times "een beetje". Three or more areas at
// "heel veel" add one kind line, in the exercise and in the profile (the coach's
// view renders the same profile).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, wachtOpKop, axe } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const GEBIEDEN = {
  nl: ["Werken aan terugkeer bij je eigen werkgever", "Werk bij een andere werkgever", "Herstel en behandeling", "Thuis en zorg voor anderen", "Andere rollen"],
  en: ["Working on a return to your own employer", "Work with another employer", "Recovery and treatment", "Home and caring for others", "Other roles"],
};
const REGEL = {
  nl: /Bij 3 of meer gebieden staat nu 'heel veel'\. Dat is veel tegelijk\..*coach/,
  en: /3 or more areas are at 'a great deal' now\. That is a lot at the same time\..*coach/,
};

async function telefoon(taal) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const fouten = [];
  page.on("console", (m) => { if (m.type() === "error") fouten.push(m.text()); });
  page.on("pageerror", (e) => fouten.push(String(e)));
  await page.goto(`${server.url}?lang=${taal}#/energie`);
  await wachtOpKop(page);
  await page.locator(".knoppen .knop").first().tap();
  await page.locator("#v-ene-verdeling").waitFor();
  return { context, page, fouten };
}

/** Tap the same level in every area, then wait until the picture shows all five. */
async function overal(page, taal, niveau) {
  for (const naam of GEBIEDEN[taal]) {
    await page.getByRole("group", { name: naam, exact: true }).getByRole("radio", { name: niveau, exact: true }).tap();
  }
  await page.waitForFunction(() => document.querySelectorAll(".balans-staven li[data-niveau]").length === 5);
}

/** Per bar: the visible text (what a screen reader reads; the SVG is hidden from it) and the drawn width. */
async function staven(plek) {
  return plek.locator(".balans-staven li").evaluateAll((rijen) => rijen.map((li) => ({
    tekst: li.textContent,
    breedte: li.querySelector("rect.vulling").getAttribute("width"),
    verborgen: li.querySelector("svg").getAttribute("aria-hidden"),
  })));
}

const profielEnergie = (page) => page.locator("section.blok:has(h2#p-energie)");

test("all 'heel veel' fills every bar and adds one kind line, in the exercise and the profile", async () => {
  const { context, page, fouten } = await telefoon("nl");
  await overal(page, "nl", "heel veel");
  const vraag = page.locator("#v-ene-verdeling");
  const inVraag = await staven(vraag);
  assert.equal(inVraag.length, 5);
  for (const s of inVraag) {
    assert.equal(s.breedte, "100.0%", "a full bar for 'heel veel'");
    assert.match(s.tekst, /^[^:]+: heel veel$/, "the level said in words beside the bar");
    assert.equal(s.verborgen, "true");
  }
  const regel = vraag.locator(".balans-beeld .balans-veel");
  assert.equal(await regel.count(), 1, "one line, not one per area");
  assert.match(await regel.textContent(), REGEL.nl);
  assert.ok(await regel.isVisible());
  assert.deepEqual(await axe(page), [], "axe with the overload line");

  await page.goto(`${server.url}#/profiel`);
  await wachtOpKop(page);
  const energie = profielEnergie(page);
  await energie.locator(".balans-staven").waitFor();
  assert.deepEqual((await staven(energie)).map((s) => s.breedte), Array(5).fill("100.0%"));
  assert.equal(await energie.locator(".balans-veel").count(), 1);
  assert.match(await energie.locator(".balans-veel").textContent(), REGEL.nl);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("all 'een beetje' draws short bars and no line; two at 'heel veel' is no line either", async () => {
  const { context, page, fouten } = await telefoon("nl");
  await overal(page, "nl", "een beetje");
  const vraag = page.locator("#v-ene-verdeling");
  for (const s of await staven(vraag)) {
    assert.equal(s.breedte, "33.3%", "a third of the bar for 'een beetje'");
    assert.match(s.tekst, /: een beetje$/);
  }
  assert.equal(await page.locator(".balans-veel").count(), 0);

  // Two areas up to "heel veel": their bars grow, the others stay as they were.
  for (const naam of GEBIEDEN.nl.slice(2, 4)) {
    await page.getByRole("group", { name: naam, exact: true }).getByRole("radio", { name: "heel veel", exact: true }).tap();
  }
  await page.waitForFunction(() => document.querySelector(".balans-staven li[data-gebied=thuis] rect.vulling")?.getAttribute("width") === "100.0%");
  assert.deepEqual((await staven(vraag)).map((s) => s.breedte), ["33.3%", "33.3%", "100.0%", "100.0%", "33.3%"]);
  assert.equal(await page.locator(".balans-veel").count(), 0, "two at 'heel veel' is no line");
  // The third one brings the line; going back to two takes it away again.
  const eerste = page.getByRole("group", { name: GEBIEDEN.nl[0], exact: true });
  await eerste.getByRole("radio", { name: "heel veel", exact: true }).tap();
  await page.locator(".balans-veel").waitFor();
  await eerste.getByRole("radio", { name: "best veel", exact: true }).tap();
  await page.locator(".balans-veel").waitFor({ state: "detached" });

  await page.goto(`${server.url}#/profiel`);
  await wachtOpKop(page);
  const energie = profielEnergie(page);
  await energie.locator(".balans-staven").waitFor();
  assert.deepEqual((await staven(energie)).map((s) => s.breedte), ["66.7%", "33.3%", "100.0%", "100.0%", "33.3%"]);
  assert.equal(await page.locator(".balans-veel").count(), 0);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the line is there in English too", async () => {
  const { context, page, fouten } = await telefoon("en");
  await overal(page, "en", "a great deal");
  assert.match(await page.locator("#v-ene-verdeling .balans-veel").textContent(), REGEL.en);
  for (const s of await staven(page.locator("#v-ene-verdeling"))) assert.match(s.tekst, /: a great deal$/);
  assert.deepEqual(fouten, []);
  await context.close();
});
