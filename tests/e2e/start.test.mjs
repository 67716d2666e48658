// What happens at start and when things go wrong, in the real app: "today" is
// the Dutch calendar day whatever the device's time zone, a panic shows the
// crash screen with the person's work untouched, and a document written by an
// older version is migrated when the app starts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, wachtTot, opgeslagen } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page in time zone `zone` whose clock is fixed at `tijd` (an instant). */
async function paginaOp(zone, tijd) {
  const p = await nieuwePagina(browser, server.origin, { context: { timezoneId: zone } });
  await p.context.clock.setFixedTime(tijd);
  return p;
}

// Sunday 1 March 2026: the Netherlands is on UTC+1 (summer time starts 29 March).
// The first sick day is Monday 2 March. One minute before midnight in Amsterdam
// that day is still ahead; one minute after, it is today (week 1) -- also for a
// browser set to UTC (where it is still 1 March) or to New York (where it is
// still the afternoon of 1 March).
const VOOR = new Date("2026-03-01T22:59:00Z"); // 23:59 in Amsterdam
const NA = new Date("2026-03-01T23:01:00Z"); // 00:01 on 2 March in Amsterdam

for (const zone of ["Europe/Amsterdam", "UTC", "America/New_York"]) {
  test(`"today" is the Dutch day at 23:59 and 00:01 Amsterdam time, with the browser in ${zone}`, async () => {
    for (const [tijd, verwacht] of [
      [VOOR, /Je eerste ziektedag ligt na vandaag\..*zondag 1 maart 2026/],
      [NA, /Je bent in week 1 van de 104 weken\..*maandag 2 maart 2026/],
    ]) {
      const { context, page, fouten } = await paginaOp(zone, tijd);
      await page.goto(`${server.url}#/tijdlijn?start=2026-03-02`);
      await wachtOpKop(page);
      await page.waitForSelector(".tl-nu-week");
      const stand = await page.textContent(".tl-nu-week");
      assert.match(stand, verwacht, `at ${tijd.toISOString()} in ${zone}: ${stand}`);
      assert.deepEqual(fouten, []);
      await context.close();
    }
  });
}

test("a panic in the real app shows the crash screen in the page's language, and the person's work is untouched", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/wat-wil-ik/2/1`);
  const radio = page.locator("form.vragen fieldset input[type=radio]").nth(2);
  await radio.check();
  // A statement of a run (issue 24): the screen stays; wait for the answer and the place, so
  // nothing is written after "voor" below.
  await wachtTot(async () => {
    const m = (await opgeslagen(page))?.modules?.["wat-wil-ik"];
    return m?.positie === "wwi.a2" && Object.keys(m?.antwoorden ?? {}).length === 1;
  }, "the answer and the place written");
  const voor = await page.evaluate(() => localStorage.getItem("spoorwijzer.document"));
  // The app's own test flag: the next render panics.
  await page.evaluate(() => { window.__spoorwijzerTestCrash = true; location.hash = "#/"; });
  await page.locator("main.foutscherm h1").waitFor({ timeout: 10000 });
  assert.equal((await page.textContent("main.foutscherm h1")).trim(), "Er ging iets mis");
  assert.equal(await page.locator("#inhoud").count(), 0, "the broken app is replaced, not left half-drawn");
  assert.ok(fouten.some((f) => f.includes("deliberate crash")), "the panic is logged for a bug report");
  assert.equal(await page.evaluate(() => localStorage.getItem("spoorwijzer.document")), voor, "nothing stored is touched");
  // The way back starts the app again, with the answer still there.
  await page.locator("main.foutscherm a").click();
  await wachtOpKop(page);
  await page.goto(`${server.url}#/wat-wil-ik/2/1`);
  await radio.waitFor();
  assert.ok(await radio.isChecked());
  await context.close();
});

test("the crash screen follows the page language: English after choosing English", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}?lang=en#/`);
  assert.equal(await wachtOpKop(page), "Welcome to Spoorwijzer");
  await page.evaluate(() => { window.__spoorwijzerTestCrash = true; location.hash = "#/privacy"; });
  await page.locator("main.foutscherm h1").waitFor({ timeout: 10000 });
  assert.equal((await page.textContent("main.foutscherm h1")).trim(), "Something went wrong");
  await context.close();
});

test("a document written by an older version is migrated at start, and kept in the new form", async () => {
  // Schema 1 kept the energy balance as percentages (see src/domain/dokument.rs).
  const oud = {
    schema: 1, revisie: 4, instellingen: { taal: "nl" },
    modules: { energie: {
      antwoorden: {
        "ene.verdeling": { soort: "verdeling", waarde: { spoor1: 0, spoor2: 10, herstel: 50, thuis: 25, overig: 15 } },
        "ene.gevoel": { soort: "schaal", waarde: 3 },
      },
      positie: "ene.gevoel", delen_klaar: ["verdeling"], afgerond_op: 20.0, momentopnames: [],
    } },
  };
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await page.evaluate((d) => {
    localStorage.setItem("spoorwijzer.document", JSON.stringify(d));
    localStorage.setItem("spoorwijzer.revisie", String(d.revisie));
  }, oud);
  await page.goto(`${server.url}#/profiel`);
  await page.reload();
  await wachtOpKop(page);
  // No "could not read" notice: the old document was understood.
  assert.equal(await page.getByRole("heading", { name: "We konden je opgeslagen gegevens niet lezen" }).count(), 0);
  // The profile shows the energy balance as levels (50% of the time became "heel veel").
  await page.getByText("Herstel", { exact: false }).first().waitFor();
  // The next change writes the document in today's form, with every answer kept.
  await page.getByRole("button", { name: "Grote tekst", exact: true }).click();
  const doc = await wachtTot(async () => { const d = await opgeslagen(page); return d?.schema === 5 && d; }, "the document rewritten in today's form (schema 5)");
  assert.deepEqual(doc.modules.energie.antwoorden["ene.verdeling"].waarde, { spoor1: 0, spoor2: 1, herstel: 3, thuis: 2, overig: 1 });
  assert.deepEqual(doc.modules.energie.antwoorden["ene.gevoel"], { soort: "schaal", waarde: 3 });
  assert.equal(doc.modules.energie.afgerond_op, 20.0);
  assert.ok(doc.revisie > 4);
  assert.deepEqual(Object.keys(await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)))).filter((k) => k.includes("reservekopie")), []);
  assert.deepEqual(fouten, []);
  await context.close();
});
