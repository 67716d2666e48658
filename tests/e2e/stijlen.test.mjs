// Each entry loads only the style sheets its pages need (the sharing pages' sheet
// is kept out of the candidate's first load, scripts/na-build.mjs). That is only
// safe while no page wears a class whose rules sit in a sheet its entry does not
// load: then it would look unstyled, with nothing to see in a console. On every
// page (ELKE_PAGINA) and with a filled-in profile: each class in the page that
// has a rule in some sheet of the build has one in a sheet the page loaded.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serveer, start, nieuwePagina, wachtOpKop, vulModuleIn, gevarieerd, ELKE_PAGINA, DIST } from "./hulp.mjs";

/** The class names a sheet's selectors name. */
const klassenIn = (css) => new Set([...css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\{[^{}]*\}/g, "{}")
  .matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]));

const BLADEN = fs.readdirSync(DIST).filter((f) => f.endsWith(".css"));
/** Per class, the build's sheets that style it. */
const WAAR = new Map();
for (const blad of BLADEN) {
  for (const k of klassenIn(fs.readFileSync(path.join(DIST, blad), "utf8"))) WAAR.set(k, [...(WAAR.get(k) ?? []), blad]);
}

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Classes in the page whose rules are only in sheets the page did not load. */
async function zonderBlad(page) {
  const { inPagina, geladen } = await page.evaluate(() => ({
    inPagina: [...new Set([...document.querySelectorAll("[class]")].flatMap((e) => [...e.classList]))],
    geladen: [...document.styleSheets].map((s) => s.href && new URL(s.href).pathname.split("/").pop()).filter(Boolean),
  }));
  return inPagina.filter((k) => WAAR.has(k) && !WAAR.get(k).some((b) => geladen.includes(b)))
    .map((k) => `.${k} (only in ${WAAR.get(k).join(", ")})`);
}

test("every class on every page is styled by a sheet that page's entry loads", async () => {
  assert.ok(BLADEN.length >= 4 && WAAR.has("knop"), "the build's style sheets were read");
  const { context, page, fouten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  try {
    const gevonden = [];
    const kijk = async (adres) => {
      await page.goto(`${server.url}${adres}`);
      await wachtOpKop(page);
      for (const r of await zonderBlad(page)) gevonden.push(`${adres}: ${r}`);
    };
    for (const adres of ELKE_PAGINA) await kijk(adres);
    // With answers, the profile, the look-backs and the steps show more than their empty pages.
    const modules = ["wie-ben-ik", "wat-wil-ik", "zorgen"];
    for (const id of modules) await vulModuleIn(page, server.url, id, gevarieerd, { tekst: "Rustig beginnen" });
    for (const adres of ["#/", "#/profiel", ...modules.flatMap((m) => [`#/${m}/terugblik`, `#/${m}/1/1`])]) await kijk(adres);
    assert.deepEqual(gevonden, []);
    assert.deepEqual(fouten, []);
  } finally {
    await context.close();
  }
});
