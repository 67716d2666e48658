// The energy balance on a phone: one tap (or arrow key) per area, a picture of
// each area's level that follows the taps, answers kept over a reload, old
// percentage answers shown as levels, and a layout that fits 320 px with the
// largest text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, wachtOpKop, axe, tabNaar } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A phone-sized page with touch, recording errors, CSP violations and requests off the origin. */
async function telefoon({ width = 390, height = 844 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const fouten = [];
  const buiten = [];
  page.on("console", (m) => { if (m.type() === "error") fouten.push(m.text()); });
  page.on("pageerror", (e) => fouten.push(String(e)));
  context.on("request", (r) => { if (!r.url().startsWith(server.origin) && !r.url().startsWith("data:")) buiten.push(r.url()); });
  return { context, page, fouten, buiten };
}

const gebied = (page, naam) => page.getByRole("group", { name: naam, exact: true });
const rij = (page, id) => page.locator(`.balans-staven li[data-gebied=${id}]`);

/** What the picture shows per area: the level in words and the bar's drawn width. */
async function beeld(page) {
  return page.locator(".balans-staven li").evaluateAll((rijen) => Object.fromEntries(rijen.map((li) => [
    li.dataset.gebied,
    [li.querySelector(".balans-deel").textContent, li.querySelector("rect.vulling").getAttribute("width")],
  ])));
}

async function opgeslagen(page) {
  const doc = JSON.parse(await page.evaluate(() => localStorage.getItem("spoorwijzer.document")));
  return { schema: doc.schema, balans: doc.modules?.energie?.antwoorden?.["ene.verdeling"] };
}

test("the balance is answered by tapping and by keyboard, the picture follows, and it survives a reload", async () => {
  const { context, page, fouten, buiten } = await telefoon();
  await page.goto(`${server.url}#/energie`);
  await wachtOpKop(page);
  await page.getByRole("link", { name: "Begin" }).tap();
  const vraag = page.locator("#v-ene-verdeling");
  await vraag.waitFor();
  assert.equal(await vraag.locator("input[type=number]").count(), 0, "no numbers to type");
  assert.equal(await vraag.locator("input[type=radio]").count(), 20, "four levels for each of five areas");
  assert.match(await vraag.locator(".balans-beeld").textContent(), /Kies bij een gebied hoeveel energie erheen gaat/);
  assert.equal(await page.locator(".balans-staven").count(), 0, "no bars before anything is chosen");

  // Two taps.
  await gebied(page, "Herstel en behandeling").getByRole("radio", { name: "heel veel" }).tap();
  await rij(page, "herstel").waitFor();
  await gebied(page, "Thuis en zorg voor anderen").getByRole("radio", { name: "een beetje" }).tap();
  await page.waitForFunction(() => document.querySelector(".balans-staven li[data-gebied=thuis] rect.vulling")?.getAttribute("width") === "33.3%");
  // Each bar as long as its level: "heel veel" fills it, "een beetje" is a third.
  assert.deepEqual(await beeld(page), {
    spoor1: ["open gelaten", "0.0%"],
    spoor2: ["open gelaten", "0.0%"],
    herstel: ["heel veel", "100.0%"],
    thuis: ["een beetje", "33.3%"],
    overig: ["open gelaten", "0.0%"],
  });

  // By keyboard: Tab into "Andere rollen", Space picks the first level, arrows move on.
  const overig = gebied(page, "Andere rollen");
  await tabNaar(page, overig.getByRole("radio", { name: "niets" }));
  await page.keyboard.press("Space");
  await page.waitForFunction(() => document.querySelector(".balans-staven li[data-gebied=overig] .balans-deel")?.textContent === "niets");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector(".balans-staven li[data-gebied=overig] rect.vulling")?.getAttribute("width") === "66.7%");
  assert.ok(await overig.getByRole("radio", { name: "best veel" }).isChecked());
  // The focused level is visibly marked on its label.
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement.nextElementSibling).outlineStyle);
  assert.equal(ring, "solid", "visible focus on the chosen segment");
  const verwacht = {
    spoor1: ["open gelaten", "0.0%"],
    spoor2: ["open gelaten", "0.0%"],
    herstel: ["heel veel", "100.0%"],
    thuis: ["een beetje", "33.3%"],
    overig: ["best veel", "66.7%"],
  };
  assert.deepEqual(await beeld(page), verwacht);
  assert.deepEqual(await opgeslagen(page), { schema: 5, balans: { soort: "verdeling", waarde: { herstel: 3, thuis: 1, overig: 2 } } });
  assert.deepEqual(await axe(page), [], "axe with the balance answered");

  await page.reload();
  await wachtOpKop(page);
  await vraag.waitFor();
  assert.ok(await gebied(page, "Herstel en behandeling").getByRole("radio", { name: "heel veel" }).isChecked());
  assert.ok(await gebied(page, "Thuis en zorg voor anderen").getByRole("radio", { name: "een beetje" }).isChecked());
  assert.ok(await overig.getByRole("radio", { name: "best veel" }).isChecked());
  assert.equal(await vraag.locator("input[type=radio]:checked").count(), 3, "areas left open stay open");
  assert.deepEqual(await beeld(page), verwacht);

  // The review page and the profile say it in words. One question per step: tap on to the review.
  const samenvatting = "Herstel: heel veel, Thuis: een beetje, Andere rollen: best veel";
  while (await page.locator("section.stap").count()) {
    const oud = await page.locator(".stap-plaats").textContent();
    await page.locator(".stap-nav .knop").last().tap();
    await page.waitForFunction((o) => document.querySelector(".stap-plaats")?.textContent !== o, oud);
  }
  await page.getByRole("heading", { name: "Je antwoorden" }).waitFor();
  // The review folds per part: open the part, as the person does.
  const gegeven = page.locator(".antwoorden .gegeven").filter({ hasText: samenvatting });
  await page.locator("details.terugblik-deel", { has: gegeven }).locator("summary").tap();
  await gegeven.waitFor();
  await page.goto(`${server.url}#/profiel`);
  await wachtOpKop(page);
  // The profile shows the same picture, with the areas chosen in words, and the sentence under "Alle antwoorden".
  const energie = page.locator("section.blok:has(h2#p-energie)");
  await energie.locator(".balans-staven").waitFor();
  const inProfiel = await energie.locator(".balans-staven li").evaluateAll((rijen) => rijen.map((li) => [li.dataset.gebied, li.querySelector(".balans-deel").textContent]));
  assert.deepEqual(inProfiel, Object.entries(verwacht).filter(([, [woord]]) => woord !== "open gelaten").map(([id, [woord]]) => [id, woord]));
  assert.equal(await page.locator(".alle-antwoorden .samenvatting dd").filter({ hasText: samenvatting }).count(), 1);

  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, []);
  await context.close();
});

test("an answer kept by the percentage version opens as levels", async () => {
  const { context, page, fouten } = await telefoon();
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await page.evaluate(() => {
    localStorage.setItem("spoorwijzer.document", JSON.stringify({
      schema: 1, revisie: 3, instellingen: { taal: "nl" },
      modules: { energie: {
        antwoorden: { "ene.verdeling": { soort: "verdeling", waarde: { spoor1: 0, spoor2: 10, herstel: 50, thuis: 25, overig: 15 } } },
        positie: "ene.verdeling",
      } },
    }));
    localStorage.setItem("spoorwijzer.revisie", "3");
  });
  await page.goto(`${server.url}#/energie`);
  await page.reload();
  await wachtOpKop(page);
  // The stored position: "carry on" opens the step with the balance.
  await page.getByRole("link", { name: "Ga verder waar je was" }).tap();
  await page.locator("#v-ene-verdeling").waitFor();
  assert.equal(await page.evaluate(() => location.hash), "#/energie/1/1");
  const gekozen = await page.locator("#v-ene-verdeling fieldset.balans-gebied").evaluateAll((groepen) => groepen.map((g) => [
    g.querySelector("legend").textContent,
    g.querySelector("input:checked")?.nextElementSibling.textContent ?? null,
  ]));
  assert.deepEqual(gekozen, [
    ["Werken aan terugkeer bij je eigen werkgever", "niets"],
    ["Werk bij een andere werkgever", "een beetje"],
    ["Herstel en behandeling", "heel veel"],
    ["Thuis en zorg voor anderen", "best veel"],
    ["Andere rollen", "een beetje"],
  ]);
  assert.deepEqual(fouten, []);
  await context.close();
});

for (const taal of ["nl", "en"]) {
  test(`at 320 px with the largest text the balance fits without sideways scrolling (${taal})`, async () => {
    const { context, page, fouten } = await telefoon({ width: 320, height: 640 });
    await page.goto(`${server.url}?lang=${taal}#/`);
    await wachtOpKop(page);
    // On a phone the text size is behind the Menu button.
    await page.getByRole("button", { name: "Menu" }).tap();
    await page.getByRole("button", { name: taal === "nl" ? "Extra grote tekst" : "Extra large text" }).tap();
    await page.waitForFunction(() => document.documentElement.classList.contains("tekst-groter"));
    await page.goto(`${server.url}#/energie`);
    await wachtOpKop(page);
    await page.locator(".knoppen .knop").first().tap();
    const vraag = page.locator("#v-ene-verdeling");
    await vraag.waitFor();
    await vraag.locator("fieldset.balans-gebied").nth(2).locator("input[type=radio]").nth(3).tap();
    await vraag.locator("fieldset.balans-gebied").nth(3).locator("input[type=radio]").nth(1).tap();
    await page.locator(".balans-staven").waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), "no sideways scroll at 320px");
    const maten = await vraag.locator(".segment span").evaluateAll((spans) => spans.map((s) => {
      const r = s.getBoundingClientRect();
      // A word split over two lines shows up as a text range with two boxes.
      const tekst = s.firstChild;
      const gebroken = [...tekst.textContent.matchAll(/\S+/g)].filter((m) => {
        const bereik = document.createRange();
        bereik.setStart(tekst, m.index);
        bereik.setEnd(tekst, m.index + m[0].length);
        return bereik.getClientRects().length > 1;
      }).map((m) => m[0]);
      return { w: r.width, h: r.height, over: s.scrollWidth > s.clientWidth + 1, rechts: r.right, gebroken };
    }));
    for (const m of maten) {
      assert.ok(m.w >= 44 && m.h >= 44, `touch target ${m.w}x${m.h}`);
      assert.ok(!m.over, "no label runs out of its segment");
      assert.deepEqual(m.gebroken, [], "no word is broken in the middle");
      assert.ok(m.rechts <= 320, "inside the screen");
    }
    const staaf = await page.locator(".balans-staaf").first().boundingBox();
    assert.ok(staaf.x + staaf.width <= 320, "bars stay inside the screen");
    assert.deepEqual(fouten, []);
    await context.close();
  });
}
