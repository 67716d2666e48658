// The personal timeline (#/tijdlijn): a coach's link fills in the first sick day,
// dates are written out in Dutch and English, bad input shows a message next to
// its field and no timeline, the .ics file is valid RFC 5545, print keeps the
// milestones, and there is no console error and no axe violation.
// The clock is fixed at Sunday 22 November 2026, midday, so "past" and "next" are stable.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
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

/** Open an address and wait until the page is drawn. */
async function open(page, adres) {
  await page.goto(`${server.url}${adres}`);
  await wachtOpKop(page);
  await page.waitForSelector(".tl-stand");
}

const mijlpaal = (page, sleutel) => page.locator(`#mijlpaal-${sleutel}`);

test("a start date in the link fills the form, shows Dutch dates and is kept after a reload", async () => {
  const { context, page, fouten, buiten } = await pagina();
  await open(page, "#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  assert.equal(await page.inputValue("#tl-start"), "2026-01-05");
  // The worked case of the reference: the 42e-weeksmelding on Monday 26 October 2026.
  assert.match(await mijlpaal(page, "42e-weeksmelding").textContent(), /maandag 26 oktober 2026/);
  assert.match(await mijlpaal(page, "42e-weeksmelding").textContent(), /week 43/);
  assert.match(await mijlpaal(page, "wia-aanvraag-uiterlijk").textContent(), /zondag 17 oktober 2027/);
  assert.match(await mijlpaal(page, "einde-wachttijd").textContent(), /zondag 2 januari 2028/);
  assert.match(await page.textContent(".tl-uit-link"), /uit de link/);
  // The address is cleaned, so a reload keeps what was typed later.
  assert.equal(new URL(page.url()).hash, "#/tijdlijn");
  assert.equal(await page.locator("h1").count(), 1);

  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await open(page, "#/tijdlijn");
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  assert.equal(await page.inputValue("#tl-start"), "2026-01-05");
  await page.reload();
  await wachtOpKop(page);
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  assert.match(await mijlpaal(page, "42e-weeksmelding").textContent(), /maandag 26 oktober 2026/);
  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, []);
  await context.close();
});

test("with ?lang=en the dates are written out in English", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "?lang=en#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.match(await mijlpaal(page, "42e-weeksmelding").textContent(), /Monday 26 October 2026/);
  assert.match(await page.textContent(".tl-nu"), /You are in week 46 of the 104 weeks/);
  assert.match(await page.textContent(".tl-nu"), /Today is Sunday 22 November 2026/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("past steps, the 'you are here' marker and the next step stand out", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  // Past is said in words, not only in colour.
  assert.match(await mijlpaal(page, "42e-weeksmelding").locator(".tl-status").textContent(), /Voorbij/);
  const volgende = page.locator('li.tl-mijlpaal[aria-current="step"]');
  assert.equal(await volgende.count(), 1);
  assert.match(await volgende.locator(".tl-status").textContent(), /Volgende stap/);
  // The marker sits between the last past step and the next step.
  const volgorde = await page.$$eval(".tl-lijst > li", (lis) => lis.map((li) => li.className));
  const hier = volgorde.findIndex((c) => c.includes("tl-hier"));
  assert.ok(hier > 0, "marker present");
  assert.match(volgorde[hier - 1], /voorbij|nu/);
  assert.match(volgorde[hier + 1], /volgende/);
  assert.match(await page.textContent(".tl-hier"), /Je bent hier/);
  assert.match(await page.textContent(".tl-hier"), /zondag 22 november 2026, week 46/);
  // The button in the summary card moves focus to the next step.
  await page.getByRole("button", { name: "Lees meer over deze stap" }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-current")), "step");
  assert.deepEqual(fouten, []);
  await context.close();
});

const SLECHT = [
  ["2026-02-30", /bestaat niet/],
  ["morgen", /niet lezen als datum/],
  ["2028-01-10", /meer dan een jaar na vandaag/],
  ["1985-01-01", /vóór 1990/],
];

for (const [waarde, melding] of SLECHT) {
  test(`a bad start date in the link (${waarde}) shows the message next to the field and no timeline`, async () => {
    const { context, page, fouten } = await pagina();
    await open(page, `#/tijdlijn?start=${encodeURIComponent(waarde)}`);
    const fout = page.locator("#tl-start-fout");
    await fout.waitFor();
    assert.match(await fout.textContent(), melding);
    assert.match(await fout.textContent(), /Let op:/);
    assert.equal(await page.getAttribute("#tl-start", "aria-invalid"), "true");
    assert.match(await page.getAttribute("#tl-start", "aria-describedby"), /tl-start-fout/);
    assert.equal(await page.locator("li.tl-mijlpaal").count(), 0);
    assert.match(await page.textContent(".tl-stand"), /Zolang er een melding staat/);
    assert.deepEqual(await axe(page), [], "axe with a message");
    assert.deepEqual(fouten, []);
    await context.close();
  });
}

test("typing a date in the form shows the timeline and stores it", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn");
  assert.equal(await page.locator("li.tl-mijlpaal").count(), 0);
  assert.match(await page.textContent(".tl-stand"), /Vul je eerste ziektedag in/);
  assert.equal(await page.locator("#tl-start-fout").count(), 0, "an empty field is not an error");
  await page.fill("#tl-start", "2026-03-06");
  await page.keyboard.press("Tab");
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  // Christmas Day 2026 moves the report to the next working day.
  assert.match(await mijlpaal(page, "42e-weeksmelding").textContent(), /maandag 28 december 2026/);
  assert.match(await mijlpaal(page, "42e-weeksmelding").textContent(), /kerstdag/);
  await page.reload();
  await wachtOpKop(page);
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  assert.equal(await page.inputValue("#tl-start"), "2026-03-06");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("typing a date key by key never flashes a message for the half-typed year", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn");
  await page.evaluate(() => {
    window.__flits = 0;
    new MutationObserver(() => { if (document.querySelector(".tl-veldfout")) window.__flits++; })
      .observe(document.body, { subtree: true, childList: true });
  });
  await page.focus("#tl-start");
  // Chromium fires "change" for 0002-, 0020-, 0202- and 2026-01-05 while the year is typed.
  await page.keyboard.type("01052026", { delay: 120 });
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  assert.equal(await page.evaluate(() => window.__flits), 0);
  assert.equal(await page.inputValue("#tl-start"), "2026-01-05");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a recovery period that overlaps another shows its message; a short one moves later dates", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  await page.click("summary >> text=Meer invullen");
  await page.click("#tl-herstel-toevoegen");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "tl-herstel-0-van");
  await page.fill("#tl-herstel-0-van", "2026-03-16");
  await page.fill("#tl-herstel-0-tot", "2026-04-05");
  await page.keyboard.press("Tab");
  // Variant A of the reference: 21 fit days move the 42e-weeksmelding by 3 weeks.
  await page.waitForFunction(() => document.querySelector("#mijlpaal-42e-weeksmelding")?.textContent.includes("16 november 2026"));
  assert.match(await page.textContent(".tl-nu"), /tellen je ziekteperiodes bij elkaar op/);

  await page.click("#tl-herstel-toevoegen");
  await page.fill("#tl-herstel-1-van", "2026-04-01");
  await page.fill("#tl-herstel-1-tot", "2026-04-10");
  await page.keyboard.press("Tab");
  const fout = page.locator("#tl-herstel-1-van-fout");
  await fout.waitFor();
  assert.match(await fout.textContent(), /overlapt met een andere herstelperiode/);
  assert.equal(await page.locator("li.tl-mijlpaal").count(), 0);
  assert.deepEqual(await axe(page), [], "axe with the form open and a message");

  await page.getByRole("button", { name: "Verwijder herstelperiode 2" }).click();
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the optional fields: evaluation date, loonsanctie and a bad number", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  await page.click("summary >> text=Meer invullen");
  await page.fill("#tl-eje", "2026-11-30");
  await page.fill("#tl-loonsanctie", "12,5");
  await page.keyboard.press("Tab");
  await page.locator("#tl-loonsanctie-fout").waitFor();
  assert.match(await page.textContent("#tl-loonsanctie-fout"), /heel getal.*12,5/);
  await page.fill("#tl-loonsanctie", "10");
  await page.keyboard.press("Tab");
  await mijlpaal(page, "loonsanctie-einde").waitFor();
  // Latest start of the second track: 6 weeks after the evaluation.
  assert.match(await mijlpaal(page, "uiterste-start-tweede-spoor").textContent(), /maandag 11 januari 2027/);
  // A loonsanctie of 10 weeks: the timeline goes beyond week 104.
  assert.match(await mijlpaal(page, "einde-wachttijd").textContent(), /zondag 12 maart 2028/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the calendar file is valid iCalendar with one event per milestone on the page", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "42e-weeksmelding").waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Zet in je agenda (.ics)" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "spoorwijzer-tijdlijn.ics");
  const ics = fs.readFileSync(await download.path(), "utf8");
  assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"));
  assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
  assert.ok(!/[^\r]\n/.test(ics), "every line ends with CRLF");
  const fysiek = ics.split("\r\n").slice(0, -1);
  for (const r of fysiek) assert.ok(Buffer.byteLength(r, "utf8") <= 75, `line too long: ${r}`);
  // Unfold (RFC 5545 §3.1) and read the events.
  const regels = ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  assert.ok(regels.includes("VERSION:2.0"));
  assert.ok(regels.some((r) => r.startsWith("PRODID:")));
  const events = [];
  let huidig = null;
  for (const r of regels) {
    if (r === "BEGIN:VEVENT") { assert.equal(huidig, null, "nested VEVENT"); huidig = {}; continue; }
    if (r === "END:VEVENT") { events.push(huidig); huidig = null; continue; }
    if (huidig) {
      const i = r.indexOf(":");
      assert.ok(i > 0, `content line without a colon: ${r}`);
      huidig[r.slice(0, i)] = r.slice(i + 1);
    }
  }
  assert.equal(huidig, null);
  const opPagina = await page.locator("li.tl-mijlpaal").count();
  assert.equal(events.length, opPagina, "one VEVENT per milestone shown");
  const uids = new Set();
  for (const e of events) {
    for (const veld of ["UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"]) {
      assert.ok(e[veld], `event without ${veld}: ${JSON.stringify(e)}`);
    }
    assert.match(e["DTSTART;VALUE=DATE"], /^\d{8}$/);
    assert.ok(e["DTEND;VALUE=DATE"] > e["DTSTART;VALUE=DATE"], "DTEND after DTSTART");
    assert.match(e.DTSTAMP, /^\d{8}T\d{6}Z$/);
    uids.add(e.UID);
  }
  assert.equal(uids.size, events.length, "unique UIDs");
  assert.ok(ics.includes("DTSTART;VALUE=DATE:20261026"));
  const melding = events.find((e) => e["DTSTART;VALUE=DATE"] === "20261026");
  assert.match(melding.SUMMARY, /42e-weeksmelding|UWV/);
  assert.deepEqual(fouten, []);
  await context.close();
});

for (const taal of ["nl", "en"]) {
  test(`axe finds no violations on the empty and the filled page (${taal})`, async () => {
    const { context, page, fouten } = await pagina();
    await open(page, `?lang=${taal}#/tijdlijn`);
    assert.deepEqual(await axe(page), [], "empty page");
    await open(page, "#/tijdlijn?start=2025-06-02");
    await mijlpaal(page, "einde-wachttijd").waitFor();
    // Open the folded parts too, so axe sees them.
    for (const d of await page.locator("details").all()) await d.evaluate((e) => { e.open = true; });
    assert.deepEqual(await axe(page), [], "filled page");
    assert.equal(await page.locator("h1").count(), 1);
    assert.deepEqual(fouten, []);
    await context.close();
  });
}

test("print hides the form and buttons and keeps every milestone, folded details included", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn?start=2025-06-02");
  await mijlpaal(page, "einde-wachttijd").waitFor();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".tl-formulier").isVisible(), false);
  assert.equal(await page.locator("#tl-start").isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Afdrukken" }).isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Zet in je agenda (.ics)" }).isVisible(), false);
  const items = page.locator("li.tl-mijlpaal");
  const n = await items.count();
  assert.ok(n > 20);
  for (let i = 0; i < n; i++) assert.ok(await items.nth(i).isVisible(), `milestone ${i} printed`);
  // What a past step says stays readable on paper, even though it is folded on screen.
  assert.ok(await mijlpaal(page, "ziekmelding").locator("dd").nth(1).isVisible());
  assert.ok(await page.locator(".tl-printregel").isVisible());
  await page.emulateMedia({ media: "screen" });
  assert.equal(await mijlpaal(page, "ziekmelding").locator("dd").nth(1).isVisible(), false);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("usable at 320 px wide without sideways scrolling", async () => {
  const { context, page } = await pagina({ viewport: { width: 320, height: 640 } });
  await open(page, "#/tijdlijn?start=2025-06-02");
  await mijlpaal(page, "einde-wachttijd").waitFor();
  await page.click("summary >> text=Meer invullen");
  await page.click("#tl-herstel-toevoegen");
  const breed = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(breed <= 320, `page is ${breed}px wide`);
  await context.close();
});
