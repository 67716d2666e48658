// Reading comfort (issue 29): extra spacing at WCAG 1.4.12's values, a high
// contrast and a calm theme, chosen in the settings and kept on this device, set
// before the first paint; without a choice the system's prefers-contrast and
// prefers-color-scheme count. Every page (the routes of pwa/ingangen.json, as
// toegankelijk.test.mjs reads them) at 320 px with the largest text and extra
// spacing, in each theme: no sideways scrolling, and axe finds 0 violations.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, opgeslagen, axeHier, ELKE_PAGINA } from "./hulp.mjs";

const ROUTES = ELKE_PAGINA;
assert.ok(ROUTES.length > 20, "the routes were read");

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The person's settings in the stored document, then a reload so the app (and voorscherm.js) read them. */
async function zet(page, instellingen) {
  await page.goto(`${server.url}?lang=nl#/`);
  await wachtOpKop(page);
  await page.evaluate((inst) => {
    const doc = JSON.parse(localStorage.getItem("spoorwijzer.document"));
    Object.assign(doc.instellingen, inst);
    localStorage.setItem("spoorwijzer.document", JSON.stringify(doc));
    localStorage.setItem("spoorwijzer.revisie", String(doc.revisie));
  }, instellingen);
}

const THEMAS = [
  { naam: "standaard", inst: { thema: "standaard" } },
  { naam: "sterk contrast", inst: { thema: "contrast" } },
  { naam: "rustig", inst: { thema: "rustig" } },
  { naam: "no choice, the system asks for more contrast", inst: {}, context: { contrast: "more" } },
  { naam: "no choice, the system is dark", inst: {}, context: { colorScheme: "dark" } },
];

for (const thema of THEMAS) {
  test(`every page at 320 px, largest text, extra spacing, ${thema.naam}: no sideways scrolling, axe clean`, async () => {
    const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin, {
      viewport: { width: 320, height: 2000 }, context: { serviceWorkers: "block", ...(thema.context ?? {}) },
    });
    try {
      await zet(page, { tekstgrootte: "groter", ruim: true, ...thema.inst });
      const gevonden = [];
      for (const route of ROUTES) {
        await page.goto(`${server.url}${route}`);
        await wachtOpKop(page);
        const staat = await page.evaluate(() => ({
          ruim: document.documentElement.classList.contains("ruim"),
          groter: document.documentElement.classList.contains("tekst-groter"),
          thema: document.documentElement.getAttribute("data-thema"),
          breed: document.documentElement.scrollWidth,
        }));
        assert.ok(staat.ruim && staat.groter, `${route}: the settings hold`);
        assert.equal(staat.thema, thema.inst.thema ?? null, route);
        if (staat.breed > 320) gevonden.push(`${route}: ${staat.breed} px wide, sideways scrolling`);
        for (const v of await axeHier(page)) gevonden.push(`${route}: ${v}`);
      }
      assert.deepEqual(gevonden, []);
      assert.deepEqual(fouten, [], "console errors");
      assert.deepEqual(buiten, []);
    } finally {
      await context.close();
    }
  });
}

test("the settings choose spacing and colours, they are kept, and they hold before the app runs", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin, {
    viewport: { width: 390, height: 900 }, context: { serviceWorkers: "block", colorScheme: "dark" },
  });
  try {
    await page.goto(`${server.url}?lang=nl#/wie-ben-ik/1/1`);
    await wachtOpKop(page);
    const achtergrond = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await page.getAttribute("html", "data-thema"), null, "no choice yet");
    assert.equal(await achtergrond(), "rgb(29, 32, 35)", "a dark system gets the calm dark colours");

    await page.locator(".menu-knop").click();
    await page.getByRole("button", { name: "Rustige kleuren" }).click();
    await page.getByRole("button", { name: "Meer ruimte" }).click();
    assert.equal(await page.getAttribute("html", "data-thema"), "rustig");
    assert.equal(await page.getByRole("button", { name: "Rustige kleuren" }).getAttribute("aria-pressed"), "true");
    assert.equal(await page.getByRole("button", { name: "Meer ruimte" }).getAttribute("aria-pressed"), "true");
    const doc = await opgeslagen(page);
    assert.equal(doc.instellingen.thema, "rustig");
    assert.equal(doc.instellingen.ruim, true);

    // WCAG 1.4.12's values, on the question's own text.
    const maat = await page.evaluate(() => {
      const p = document.querySelector("section.stap legend, section.stap p");
      const s = getComputedStyle(p);
      const f = parseFloat(s.fontSize);
      const para = getComputedStyle(document.querySelector("main p"));
      return {
        regel: parseFloat(s.lineHeight) / f, letter: parseFloat(s.letterSpacing) / f, woord: parseFloat(s.wordSpacing) / f,
        alinea: parseFloat(para.marginBottom) / parseFloat(para.fontSize),
      };
    });
    assert.ok(maat.regel >= 1.5, `line height ${maat.regel}`);
    assert.ok(Math.abs(maat.letter - 0.12) < 0.005, `letter spacing ${maat.letter}`);
    assert.ok(Math.abs(maat.woord - 0.16) < 0.005, `word spacing ${maat.woord}`);
    assert.ok(maat.alinea >= 2 - 0.01, `paragraph spacing ${maat.alinea}`);

    // Calm: no pure white anywhere, not for a background and not for text.
    const wit = await page.evaluate(() => [...document.querySelectorAll("body, body *")]
      .filter((e) => e.getClientRects().length)
      .filter((e) => { const s = getComputedStyle(e); return s.backgroundColor === "rgb(255, 255, 255)" || s.color === "rgb(255, 255, 255)"; })
      .map((e) => e.tagName + "." + e.className).slice(0, 5));
    assert.deepEqual(wit, [], "no pure white in the calm theme");

    // Before the app runs (its wasm blocked): the static first screen already has them.
    await page.route(/\.wasm$/, (r) => r.abort());
    await page.reload();
    await page.waitForSelector("#voorscherm");
    assert.equal(await page.getAttribute("html", "data-thema"), "rustig");
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains("ruim")));
    assert.notEqual(await achtergrond(), "rgb(29, 32, 35)", "the choice wins over the dark system");
    assert.ok(fouten.every((f) => /wasm|Failed to load|Failed to fetch|ERR_FAILED/i.test(f)), fouten.join("\n"));
  } finally {
    await context.close();
  }
});
