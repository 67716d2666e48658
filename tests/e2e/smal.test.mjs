// A small phone (320 px wide) with the app's largest text, "Extra grote tekst",
// chosen in the header's menu as a person does (issue 24, item 8): the header
// stays one row (the name and an icon-only Menu button), the first question of
// every module shows its first answer option in the first screen, above the
// sticky Vorige/Volgende bar, and nothing spills out of a button or makes a page
// scroll sideways. In Dutch and English, at 320 x 568 and 320 x 640. The modules
// are found from the home page's cards (a card whose page lists parts).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, grootsteTekst, moduleAdressen, eersteAntwoord } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

// Of the first answer option at least this much must show above the sticky bar:
// the height of a comfortable tap target (WCAG 2.5.5), or the whole option if smaller.
const ZICHTBAAR = 44;

/**
 * What does not fit on the page as it is now: buttons whose text is wider than
 * the button, or with a part (the "‹" of Vorige, an icon) outside its box, and
 * the page wider than the screen. Only buttons that show.
 */
const watUitsteekt = (page) => page.evaluate(() => {
  const uit = [];
  for (const b of document.querySelectorAll("button, .knop")) {
    if (!b.getClientRects().length) continue;
    const naam = (b.getAttribute("aria-label") ?? b.textContent).trim().slice(0, 30);
    if (b.scrollWidth > b.clientWidth) uit.push(`button "${naam}": text ${b.scrollWidth} px in ${b.clientWidth} px`);
    const doos = b.getBoundingClientRect();
    for (const kind of b.querySelectorAll("*")) {
      const r = kind.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      if (r.left < doos.left - 0.5 || r.right > doos.right + 0.5 || r.top < doos.top - 0.5 || r.bottom > doos.bottom + 0.5) {
        uit.push(`button "${naam}": its ${kind.tagName.toLowerCase()} "${kind.textContent.trim().slice(0, 10)}" sticks out`);
      }
    }
  }
  if (document.documentElement.scrollWidth > innerWidth) uit.push(`page ${document.documentElement.scrollWidth} px wide in ${innerWidth} px`);
  return uit;
});

/** The header: its height, and the name's and the Menu button's boxes. */
const kopMaten = (page) => page.evaluate(() => {
  const vak = (s) => { const r = document.querySelector(s).getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: r.height }; };
  const balk = getComputedStyle(document.querySelector(".kop-balk"));
  return { kop: vak("header.kop"), merk: vak(".merk"), knop: vak("#menu-knop"), padding: parseFloat(balk.paddingTop) + parseFloat(balk.paddingBottom) };
});

for (const taal of ["nl", "en"]) {
  for (const viewport of [{ width: 320, height: 568 }, { width: 320, height: 640 }]) {
    test(`${viewport.width} x ${viewport.height} with the largest text (${taal}): header one row, first answer in view, nothing spills`, async (t) => {
      const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport });
      await page.goto(`${server.url}?lang=${taal}#/`);
      await wachtOpKop(page);
      const problemen = [];

      // The largest text, chosen in the header's menu; the open menu's buttons fit too.
      await grootsteTekst(page, taal);
      await page.locator("#menu-knop").click();
      problemen.push(...(await watUitsteekt(page)).map((p) => `home, menu open: ${p}`));
      await page.locator("#menu-knop").click();
      await page.locator("#kop-paneel").waitFor({ state: "hidden" });

      // One row: the name and the Menu button side by side, so the header is no taller than
      // its tallest item plus the bar's padding (a second row would add at least the name's
      // height, ~29 px, to that). The button shows only its icon but keeps its name.
      const k = await kopMaten(page);
      t.diagnostic(`header ${k.kop.height.toFixed(1)} px = ${((100 * k.kop.height) / viewport.height).toFixed(1)}% of the screen`);
      if (!(k.knop.top < k.merk.bottom && k.merk.top < k.knop.bottom)) problemen.push(`header: name and Menu button on two rows (${JSON.stringify(k)})`);
      const hoogste = Math.max(k.merk.height, k.knop.height);
      if (k.kop.height >= hoogste + k.padding + 2) problemen.push(`header ${k.kop.height} px: more than one row of ${hoogste} px`);
      assert.ok(await page.getByRole("button", { name: "Menu", exact: true }).isVisible(), "the icon-only button is named Menu");
      assert.ok(k.knop.height >= 44, `Menu button ${k.knop.height} px high: a tap target of 44 px`);
      problemen.push(...(await watUitsteekt(page)).map((p) => `home: ${p}`));

      // The modules, found from the home page's cards.
      const modules = await moduleAdressen(page, server.url);
      // Seven today: guards against a test that passes because it found none.
      assert.ok(modules.length >= 7, `modules found from the home page: ${modules.join(" ")}`);

      for (const href of modules) {
        const m = await eersteAntwoord(page, server.url, href);
        t.diagnostic(`${href}: first answer option at ${m.top.toFixed(0)} px (${(m.top / viewport.height).toFixed(2)} of the screen), Vorige/Volgende bar at ${m.balk.toFixed(0)} px`);
        if (m.scrollY !== 0 || m.top < 0) problemen.push(`${href}: the step does not open at its top (scrollY ${m.scrollY})`);
        if (m.top + Math.min(m.hoogte, ZICHTBAAR) > m.balk) problemen.push(`${href} (${m.plaats}): first answer option at ${Math.round(m.top)} px, under the bar at ${Math.round(m.balk)} px`);
        problemen.push(...(await watUitsteekt(page)).map((p) => `${href}: ${p}`));
      }
      assert.deepEqual(problemen, []);
      assert.deepEqual(fouten, []);
      await context.close();
    });
  }
}

test("with room enough (390 px, normal text) the Menu button keeps its word beside the icon", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  const woord = await page.locator("#menu-knop > span").boundingBox();
  assert.ok(woord && woord.width > 30, `"Menu" shows as a word (${JSON.stringify(woord)})`);
  await grootsteTekst(page);
  const klein = await page.locator("#menu-knop > span").boundingBox();
  assert.ok(!klein || klein.width <= 1, "with the largest text only the icon shows");
  assert.deepEqual(fouten, []);
  await context.close();
});
