// The timeline picture with a finger (issue 24, item 4): on a 390 x 844 phone and at 320 px with
// the largest text, each step in the picture is a tap target of at least 44 x 44 px and no two
// overlap; a tap explains the step in place (under the picture, or right under the step when the
// parts of the time stand below each other) and the page does not move; the chosen step is marked
// (aria-pressed and a ring) and the keyboard works; the labels grow with the text size setting and
// are at least 14 px at normal size (the root is 18 px there, 24 px with the largest text); "Over sancties" is folded on arrival.
// The clock is fixed at Sunday 22 November 2026, midday; the first sick day is 22 September 2025
// (week 61 today), as in tijdlijn.test.mjs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, axe } from "./hulp.mjs";

const NU = new Date("2026-11-22T12:00:00");
const START = "2025-09-22";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The timeline of START at this screen size, with the text size chosen in the menu as a person would. */
async function tijdlijn(viewport, grootte = null, taal = "nl") {
  const p = await nieuwePagina(browser, server.origin, { viewport });
  await p.context.clock.setFixedTime(NU);
  await p.page.goto(`${server.url}?lang=${taal}#/tijdlijn?start=${START}`);
  await wachtOpKop(p.page);
  await p.page.locator(".tl-groepen button.tl-stip").first().waitFor();
  if (grootte) await kiesTekstgrootte(p.page, grootte);
  return p;
}

async function kiesTekstgrootte(page, grootte) {
  await page.click("#menu-knop");
  await page.click(`button.grootte.tekst-${grootte}`);
  await page.keyboard.press("Escape");
  await page.waitForFunction((g) => document.documentElement.classList.contains(`tekst-${g}`), grootte);
}

const knoppen = (page) => page.locator(".tl-groepen button.tl-stip");

/** Every step's box, and every pair of boxes that overlap (touching edges is fine). */
async function vakken(page) {
  return page.locator(".tl-groepen button.tl-stip").evaluateAll((bs) => {
    const v = bs.map((b) => { const r = b.getBoundingClientRect(); return { sleutel: b.dataset.sleutel, x: r.left, y: r.top + scrollY, b: r.width, h: r.height }; });
    const over = [];
    for (let i = 0; i < v.length; i++) {
      for (let j = i + 1; j < v.length; j++) {
        const [a, c] = [v[i], v[j]];
        const dx = Math.min(a.x + a.b, c.x + c.b) - Math.max(a.x, c.x);
        const dy = Math.min(a.y + a.h, c.y + c.h) - Math.max(a.y, c.y);
        if (dx > 0.5 && dy > 0.5) over.push(`${a.sleutel} / ${c.sleutel}`);
      }
    }
    return { v, over };
  });
}

const SCHERMEN = [
  { naam: "390 x 844", viewport: { width: 390, height: 844 }, grootte: null, onder: true },
  { naam: "320 px, largest text", viewport: { width: 320, height: 640 }, grootte: "groter", onder: false },
];

for (const { naam, viewport, grootte, onder } of SCHERMEN) {
  test(`every step is a tap target of at least 44 x 44 px and none overlap (${naam})`, async () => {
    const { context, page, fouten } = await tijdlijn(viewport, grootte);
    const { v, over } = await vakken(page);
    // Every step of "Alle stappen" but the recurring evaluation is in the picture.
    assert.equal(v.length, await page.locator("li.tl-mijlpaal:not(#mijlpaal-evaluatie)").count());
    assert.ok(v.length >= 12, `${v.length} steps`);
    for (const { sleutel, b, h } of v) assert.ok(b >= 44 && h >= 44, `${sleutel}: ${b.toFixed(1)} x ${h.toFixed(1)} px`);
    assert.deepEqual(over, [], "steps that overlap");
    // Nothing reaches past the screen's edge.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "no sideways scrolling");
    const label = await knoppen(page).first().locator(".tl-stip-label").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    console.log(`# ${naam}: ${v.length} steps, smallest ${Math.min(...v.map((x) => x.b)).toFixed(0)} x ${Math.min(...v.map((x) => x.h)).toFixed(0)} px, label ${label} px`);
    assert.deepEqual(fouten, []);
    await context.close();
  });

  test(`a tap explains the step in place and the page does not move (${naam})`, async () => {
    const { context, page, fouten } = await tijdlijn(viewport, grootte);
    const knop = page.locator('.tl-groepen button.tl-stip[data-sleutel="42e-weeksmelding"]');
    await knop.evaluate((e) => e.scrollIntoView({ block: "center" }));
    const voor = await page.evaluate(() => scrollY);
    assert.equal(await page.locator(".tl-kaart:visible").count(), 0, "nothing explained before a tap");
    await knop.click();
    const kaart = page.locator(".tl-kaart:visible");
    await kaart.waitFor();
    assert.equal(await kaart.count(), 1);
    const na = await page.evaluate(() => scrollY);
    assert.ok(Math.abs(na - voor) < 100, `the page moved ${na - voor} px`);
    // Chosen, and said so; the others not.
    assert.equal(await knop.getAttribute("aria-pressed"), "true");
    assert.equal(await page.locator('.tl-groepen button.tl-stip[aria-pressed="true"]').count(), 1);
    assert.notEqual(await knop.evaluate((e) => getComputedStyle(e).boxShadow), "none", "a ring around the chosen step");
    // What it is, and the date for this person (the same as in "Alle stappen").
    const datum = await page.locator("#mijlpaal-42e-weeksmelding .tl-wanneer time").textContent();
    const tekst = await kaart.textContent();
    assert.match(tekst, /42e-weeksmelding/);
    assert.ok(tekst.includes(datum), `"${datum}" in: ${tekst}`);
    // Where: under the picture when its parts stand side by side, else right under the step; in view.
    const r = await page.evaluate(() => {
      const b = (e) => e.getBoundingClientRect();
      const k = [...document.querySelectorAll(".tl-kaart")].find((e) => e.offsetParent);
      return { kaart: b(k), groepen: b(document.querySelector(".tl-groepen")), knop: b(document.querySelector('button.tl-stip[aria-pressed="true"]')), hoog: innerHeight, onder: k.classList.contains("tl-kaart-onder") };
    });
    assert.equal(r.onder, onder);
    if (onder) assert.ok(r.kaart.top >= r.groepen.bottom, "under the picture");
    else assert.ok(r.kaart.top >= r.knop.bottom && r.kaart.top - r.knop.bottom < 24, "right under the step");
    assert.ok(r.kaart.top >= 0 && r.kaart.top < r.hoog - 60, `the explanation starts in view (at ${r.kaart.top} px of ${r.hoog})`);
    // A second tap folds it again.
    await knop.click();
    await page.waitForFunction(() => !document.querySelector(".tl-kaart"));
    assert.equal(await knop.getAttribute("aria-pressed"), "false");
    // "Meer hierover" goes on to the step in "Alle stappen".
    await knop.click();
    await page.locator(".tl-kaart:visible a", { hasText: "Meer hierover" }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "mijlpaal-42e-weeksmelding");
    assert.equal(await page.locator("#tl-alle").getAttribute("open"), "");
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(fouten, []);
    await context.close();
  });
}

test("with the keyboard: Enter and Space choose a step, the focus stays on it", async () => {
  const { context, page, fouten } = await tijdlijn({ width: 390, height: 844 });
  const knop = page.locator('.tl-groepen button.tl-stip[data-sleutel="probleemanalyse"]');
  await knop.focus();
  await page.keyboard.press("Enter");
  await page.locator(".tl-kaart:visible").waitFor();
  assert.equal(await knop.getAttribute("aria-pressed"), "true");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.sleutel), "probleemanalyse");
  // On to the next step (past the explanation's link where it stands right under the step).
  let tabs = 0;
  do { await page.keyboard.press("Tab"); tabs++; } while (tabs < 3 && !(await page.evaluate(() => document.activeElement?.matches("button.tl-stip"))));
  await page.keyboard.press("Space");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-pressed")), "true");
  assert.equal(await knop.getAttribute("aria-pressed"), "false", "one step at a time");
  assert.match(await page.locator(".tl-kaart:visible").textContent(), /Plan van aanpak/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the labels grow with the text size setting, and are at least 14 px at normal size", async () => {
  const { context, page, fouten } = await tijdlijn({ width: 390, height: 844 });
  const maten = () => page.evaluate(() => [...document.querySelectorAll(".tl-groepen .tl-stip-label, .tl-groepen .tl-stip-week, .tl-hier-lijn, .tl-groep-kop, .tl-beeld-legenda")]
    .map((e) => parseFloat(getComputedStyle(e).fontSize)));
  const normaal = await maten();
  assert.ok(Math.min(...normaal) >= 14, `smallest text in the picture: ${Math.min(...normaal)} px`);
  await kiesTekstgrootte(page, "groter");
  const groter = await maten();
  assert.equal(groter.length, normaal.length);
  groter.forEach((g, i) => assert.ok(g >= normaal[i] * 1.3, `text ${i}: ${normaal[i]} -> ${g} px`));
  console.log(`# label sizes, normal -> largest: ${normaal[0]} -> ${groter[0]} px`);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("'Over sancties' is folded on arrival; a card's link opens it", async () => {
  const { context, page, fouten } = await tijdlijn({ width: 390, height: 844 });
  const sancties = page.locator("details#tl-sancties");
  assert.equal(await sancties.getAttribute("open"), null);
  assert.equal(await sancties.locator("p").first().isVisible(), false);
  assert.equal(await sancties.locator("summary").textContent(), "Over sancties");
  await page.click("#tl-alle > summary");
  await page.locator("#mijlpaal-eindevaluatie .tl-sanctielink a").click();
  assert.equal(await sancties.getAttribute("open"), "");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "tl-sancties");
  assert.equal(await sancties.locator("p").first().isVisible(), true);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("in English the explanation and its link are in English", async () => {
  const { context, page, fouten } = await tijdlijn({ width: 390, height: 844 }, null, "en");
  await page.locator('.tl-groepen button.tl-stip[data-sleutel="42e-weeksmelding"]').click();
  const tekst = await page.locator(".tl-kaart:visible").textContent();
  assert.match(tekst, /report to UWV/);
  assert.match(tekst, /More about this/);
  assert.equal(await page.locator("details#tl-sancties summary").textContent(), "About sanctions");
  assert.deepEqual(fouten, []);
  await context.close();
});
