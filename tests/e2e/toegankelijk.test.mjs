// axe-core (WCAG 2.0–2.2 A and AA, and best practice) on every page of the app,
// in Dutch and in English, at 320 px (the narrowest phone, and 400% zoom of a
// 1280 px screen), 390 px (a common phone) and 1280 px (a laptop): 0 violations.
// One browser and one page per language: each address is drawn once, and the
// viewport changes underneath it, so a width only costs an axe run. The viewport
// is tall (2000 px): axe's target-size rule counts a control that happens to sit
// under the sticky Vorige/Volgende bar at the fold as too small, which depends on
// the window height, not on the page; a person scrolls it into view.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, axeHier, ELKE_PAGINA } from "./hulp.mjs";


const BREEDTES = [320, 390, 1280];
const HOOGTE = 2000;
// Every route of src/ui/route.rs, each with a sample value for its parameters, from
// the generated pwa/ingangen.json (`make teksten`): a new route is checked without an
// edit here. Then the screens that are no route of their own: the timeline with a
// link's start date (the link stores it, so after the plain timeline), an address
// the app does not know, and each module's first question and look-back.
const ROUTES = [
  ...ELKE_PAGINA.filter((r) => !/\/(1\/1|terugblik)$/.test(r)),
  "#/tijdlijn?start=2026-01-05", "#/bestaat-niet",
  ...ELKE_PAGINA.filter((r) => /\/(1\/1|terugblik)$/.test(r)),
];
const MODULES = ELKE_PAGINA.filter((r) => r.endsWith("/1/1"));
assert.equal(new Set(ROUTES).size, ROUTES.length, "each address once");
assert.ok(ROUTES.includes("#/tijdlijn") && ROUTES.indexOf("#/tijdlijn") < ROUTES.indexOf("#/tijdlijn?start=2026-01-05"));
assert.ok(MODULES.length >= 7, "the modules' addresses were read");

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const taal of ["nl", "en"]) {
  test(`axe finds no violation on any page in ${taal}, at ${BREEDTES.join(", ")} px`, async () => {
    const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin, { viewport: { width: 1280, height: HOOGTE } });
    try {
      await page.goto(`${server.url}?lang=${taal}#/`);
      await wachtOpKop(page);
      const gevonden = [];
      for (const route of ROUTES) {
        await page.goto(`${server.url}${route}`);
        await wachtOpKop(page);
        assert.equal(await page.getAttribute("html", "lang"), taal, route);
        for (const breedte of BREEDTES) {
          await page.setViewportSize({ width: breedte, height: HOOGTE });
          await page.waitForFunction((b) => innerWidth === b, breedte);
          for (const v of await axeHier(page)) gevonden.push(`${route} ${breedte}px: ${v}`);
        }
      }
      assert.deepEqual(gevonden, [], `axe violations in ${taal}`);
      assert.deepEqual(fouten, [], "console errors");
      assert.deepEqual(buiten, [], "requests off the app's origin");
    } finally {
      await context.close();
    }
  });
}
