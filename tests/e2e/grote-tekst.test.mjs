// With the browser's text at 200% (WCAG 1.4.4) on a 390 px phone, no page
// scrolls sideways: button labels wrap inside their buttons (issue 24, item 8).
// Every page a person can land on, in both languages, with answers given so
// that the profile and the share page show their buttons.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, vulModuleIn, ADRESSEN } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const taal of ["nl", "en"]) {
  test(`text at 200% on a 390 px phone: no page scrolls sideways (${taal})`, async (t) => {
    const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
    await vulModuleIn(page, server.url, "zorgen", 0, { tekst: "Een zin van mij" });
    await page.goto(`${server.url}?lang=${taal}#/`);
    await wachtOpKop(page);
    const breed = [];
    for (const adres of ADRESSEN) {
      await page.goto(`${server.url}${adres}`);
      await wachtOpKop(page);
      // As a browser set to 200% text does: the root font size doubles, rem and em follow.
      await page.evaluate(() => { document.documentElement.style.fontSize = "200%"; });
      const uit = await page.evaluate(() => ({
        breedte: document.documentElement.scrollWidth,
        wie: [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && e.getClientRects().length)
          .slice(0, 3).map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? "").trim().slice(0, 40)}" ends at ${Math.round(e.getBoundingClientRect().right)} px`),
      }));
      if (uit.breedte > 390) breed.push(`${adres}: ${uit.breedte} px wide: ${uit.wie.join("; ")}`);
    }
    t.diagnostic(`${ADRESSEN.length} pages at 200% text in ${taal}`);
    assert.deepEqual(breed, [], "pages that scroll sideways");
    assert.deepEqual(fouten, []);
    await context.close();
  });
}
