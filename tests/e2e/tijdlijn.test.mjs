// The personal timeline (#/tijdlijn): a coach's link fills in the first sick day,
// dates are written out in Dutch and English, bad input shows a message next to
// its field and no timeline, the .ics file is valid RFC 5545 with no invented meetings,
// the page opens with a picture of the whole period and stays short on a phone, dates are
// honest (no weekday on an estimate), a loonsanctie moves the end card, print fits 4 A4
// pages, and there is no console error and no axe violation at 320, 390 and 1280 px.
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
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
  assert.equal(await page.inputValue("#tl-start"), "2026-01-05");
  // The worked case of the reference: the 42e-weeksmelding on Monday 26 October 2026.
  assert.match(await mijlpaal(page, "42e-weeksmelding").textContent(), /maandag 26 oktober 2026/);
  assert.match(await mijlpaal(page, "42e-weeksmelding").textContent(), /week 43/);
  assert.match(await mijlpaal(page, "wia-aanvraag-uiterlijk").textContent(), /zondag 17 oktober 2027/);
  assert.match(await mijlpaal(page, "einde-wachttijd").textContent(), /zondag 2 januari 2028/);
  assert.match(await page.textContent(".tl-uit-link"), /uit je link/);
  // The address is cleaned, so a reload keeps what was typed later.
  assert.equal(new URL(page.url()).hash, "#/tijdlijn");
  assert.equal(await page.locator("h1").count(), 1);

  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await open(page, "#/tijdlijn");
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
  assert.equal(await page.inputValue("#tl-start"), "2026-01-05");
  await page.reload();
  await wachtOpKop(page);
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
  assert.match(await mijlpaal(page, "42e-weeksmelding").textContent(), /maandag 26 oktober 2026/);
  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, []);
  await context.close();
});

test("with ?lang=en the dates are written out in English", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "?lang=en#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
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
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
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
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
  // Christmas Day 2026 moves the report to the next working day.
  assert.match(await mijlpaal(page, "42e-weeksmelding").textContent(), /maandag 28 december 2026/);
  assert.match(await mijlpaal(page, "42e-weeksmelding").textContent(), /kerstdag/);
  await page.reload();
  await wachtOpKop(page);
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
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
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
  assert.equal(await page.evaluate(() => window.__flits), 0);
  assert.equal(await page.inputValue("#tl-start"), "2026-01-05");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a recovery period that overlaps another shows its message; a short one moves later dates", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
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
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the optional fields: evaluation date, loonsanctie and a bad number", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
  await page.click("summary >> text=Meer invullen");
  await page.fill("#tl-eje", "2026-11-30");
  await page.fill("#tl-loonsanctie", "12,5");
  await page.keyboard.press("Tab");
  await page.locator("#tl-loonsanctie-fout").waitFor();
  assert.match(await page.textContent("#tl-loonsanctie-fout"), /heel getal.*12,5/);
  await page.fill("#tl-loonsanctie", "10");
  await page.keyboard.press("Tab");
  await mijlpaal(page, "loonsanctie-einde").waitFor({ state: "attached" });
  // Latest start of the second track: 6 weeks after the evaluation.
  assert.match(await mijlpaal(page, "uiterste-start-tweede-spoor").textContent(), /maandag 11 januari 2027/);
  // A loonsanctie of 10 weeks: the timeline goes beyond week 104.
  assert.match(await mijlpaal(page, "einde-wachttijd").textContent(), /zondag 12 maart 2028/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the calendar file is valid iCalendar with one all-day event per fixed day, deadline or window, and no estimates", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
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
  // Fixed days, deadlines and windows only: an estimate (the evaluations, the UWV letter)
  // never becomes a calendar entry that reads like a meeting.
  const inAgenda = await page.locator('li.tl-mijlpaal:not([data-aard="schatting"])').count();
  assert.equal(events.length, inAgenda, "one VEVENT per fixed day, deadline or window shown");
  assert.ok(!events.some((e) => /^evaluatie-|^wia-brief-|^vervroegde-iva-/.test(e.UID)), "no estimate or option in the calendar");
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
  for (const breedte of [320, 390, 1280]) {
    test(`axe finds no violations on the empty and the filled page (${taal}, ${breedte} px)`, async () => {
      const { context, page, fouten } = await pagina({ viewport: { width: breedte, height: 844 } });
      await open(page, `?lang=${taal}#/tijdlijn`);
      assert.deepEqual(await axe(page), [], "empty page");
      await open(page, "#/tijdlijn?start=2025-06-02");
      await mijlpaal(page, "einde-wachttijd").waitFor({ state: "attached" });
      assert.deepEqual(await axe(page), [], "filled page, folded");
      // Open the folded parts too, so axe sees them.
      for (const d of await page.locator("details").all()) await d.evaluate((e) => { e.open = true; });
      assert.deepEqual(await axe(page), [], "filled page, everything open");
      assert.equal(await page.locator("h1").count(), 1);
      assert.deepEqual(fouten, []);
      await context.close();
    });
  }
}

test("usable at 320 px wide without sideways scrolling", async () => {
  const { context, page } = await pagina({ viewport: { width: 320, height: 640 } });
  await open(page, "#/tijdlijn?start=2025-06-02");
  await mijlpaal(page, "einde-wachttijd").waitFor({ state: "attached" });
  await page.click("summary >> text=Meer invullen");
  await page.click("#tl-herstel-toevoegen");
  const breed = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(breed <= 320, `page is ${breed}px wide`);
  await context.close();
});

// ---- Issue 11: the timeline at a glance ----

// 14 months before the fixed clock: Monday 22 September 2025. From then to Sunday
// 22 November 2026 is 426 days, so today is in week floor(426 / 7) + 1 = 61.
const START_14 = "2025-09-22";
const WEEK_14 = 61;

for (const breedte of [1280, 390]) {
  test(`the picture has a dot per step and "je bent hier" at week ${WEEK_14} (${breedte} px)`, async () => {
    const { context, page, fouten } = await pagina({ viewport: { width: breedte, height: 844 } });
    await open(page, `#/tijdlijn?start=${START_14}`);
    const beeld = page.locator(".tl-groepen");
    await beeld.waitFor();
    // Every step of "Alle stappen" (the evaluations are one recurring item, not a dot) has one dot, and back.
    const sleutels = await beeld.locator("button.tl-stip").evaluateAll((as) => as.map((a) => a.dataset.sleutel));
    const stappen = await page.locator("li.tl-mijlpaal:not(#mijlpaal-evaluatie)").evaluateAll((lis) => lis.map((li) => li.id.replace("mijlpaal-", "")));
    assert.ok(stappen.length >= 12, `${stappen.length} steps`);
    assert.deepEqual([...sleutels].sort(), [...stappen].sort());
    // Je bent hier: at today's week, between the dots before and after it (in reading order).
    const hier = beeld.locator(".tl-hier-lijn");
    assert.equal(await hier.getAttribute("data-week"), String(WEEK_14));
    assert.match(await hier.textContent(), new RegExp(`Je bent hier · week ${WEEK_14}`));
    const volgorde = await beeld.locator("button.tl-stip, .tl-hier-lijn").evaluateAll((es) => es.map((e) => e.dataset.week ?? null));
    const plek = volgorde.indexOf(String(WEEK_14));
    volgorde.forEach((w, i) => {
      if (w !== null && Number(w) < WEEK_14) assert.ok(i < plek, `dot in week ${w} before today`);
      if (w !== null && Number(w) > WEEK_14) assert.ok(i > plek, `dot in week ${w} after today`);
    });
    // A dot explains its step in place; "Meer hierover" opens it in "Alle stappen" (more in tijdlijn-beeld.test.mjs).
    await beeld.locator('button.tl-stip[data-sleutel="42e-weeksmelding"]').click();
    await page.locator(".tl-kaart:visible a", { hasText: "Meer hierover" }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "mijlpaal-42e-weeksmelding");
    assert.equal(await page.locator("#tl-alle").getAttribute("open"), "");
    assert.deepEqual(fouten, []);
    await context.close();
  });
}

test("on a phone the page before 'Alle stappen' is at most 4 screens; picture, 'je bent hier' and next step in the first 2", async () => {
  const scherm = 844;
  const { context, page, fouten } = await pagina({ viewport: { width: 390, height: scherm } });
  await open(page, `#/tijdlijn?start=${START_14}`);
  await page.locator(".tl-alle").waitFor();
  const m = await page.evaluate(() => {
    const r = (s) => { const e = document.querySelector(s); const b = e.getBoundingClientRect(); return { top: b.top + scrollY, bottom: b.bottom + scrollY }; };
    return { alle: r(".tl-alle").top, beeld: r(".tl-groepen").bottom, hier: r(".tl-groepen .tl-hier-lijn").bottom, volgende: r(".tl-volgende-kaart").bottom };
  });
  const schermen = m.alle / scherm;
  console.log(`# before "Alle stappen": ${schermen.toFixed(2)} phone screens; picture ends at ${(m.beeld / scherm).toFixed(2)}, next step at ${(m.volgende / scherm).toFixed(2)}`);
  assert.ok(schermen <= 4, `${schermen.toFixed(2)} screens before "Alle stappen"`);
  assert.ok(m.hier <= 2 * scherm, "je bent hier in the first 2 screens");
  assert.ok(m.beeld <= 2 * scherm, "the picture in the first 2 screens");
  assert.ok(m.volgende <= 2 * scherm, "the next step in the first 2 screens");
  // The evaluations are one item, not fifteen cards.
  assert.equal(await page.locator('li.tl-mijlpaal[id^="mijlpaal-evaluatie"]').count(), 1);
  assert.match(await page.textContent(".tl-komt"), /Elke 6 weken ongeveer: evaluatie van je plan, samen met je werkgever/);
  // Early IVA is an option to ask about, not a step.
  assert.equal(await page.locator("#mijlpaal-vervroegde-iva-vanaf").count(), 0);
  assert.deepEqual(fouten, []);
  await context.close();
});

const WEEKDAG = /maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/;

test("no exact weekday date on an evaluation, an estimate or a window; deadlines say 'uiterlijk'", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, `#/tijdlijn?start=${START_14}`);
  await page.locator(".tl-alle").waitFor();
  const zacht = page.locator('li.tl-mijlpaal[data-aard="schatting"], li.tl-mijlpaal[data-aard="venster"]');
  assert.ok((await zacht.count()) >= 3);
  for (const li of await zacht.all()) {
    const wanneer = await li.locator(".tl-wanneer time").textContent();
    assert.doesNotMatch(wanneer, WEEKDAG, `${await li.getAttribute("id")}: ${wanneer}`);
  }
  assert.match(await mijlpaal(page, "evaluatie").locator(".tl-wanneer").textContent(), /rond week \d+, ongeveer [a-z]+ 20\d\d/);
  assert.match(await mijlpaal(page, "wia-brief").locator(".tl-wanneer").textContent(), /rond week 89, ongeveer/);
  assert.doesNotMatch(await page.textContent(".tl-komt-evaluatie"), WEEKDAG);
  for (const li of await page.locator('li.tl-mijlpaal[data-aard="termijn"]').all()) {
    assert.match(await li.locator(".tl-wanneer time").textContent(), /^uiterlijk (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d+ /);
  }
  assert.deepEqual(fouten, []);
  await context.close();
});

test("with a loonsanctie of 26 weeks the end card names the moved date and the reason", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "einde-wachttijd").waitFor({ state: "attached" });
  await page.click("summary >> text=Meer invullen");
  await page.fill("#tl-loonsanctie", "26");
  await page.keyboard.press("Tab");
  await mijlpaal(page, "loonsanctie-einde").waitFor({ state: "attached" });
  // Reference §2.1: last day of pay D0 + 727 + 7·26 = D0 + 909 = Sunday 2 July 2028; WIA from D0 + 910.
  const einde = await mijlpaal(page, "einde-wachttijd").textContent();
  assert.match(einde, /zondag 2 juli 2028/);
  assert.match(einde, /loonsanctie van 26 weken/);
  assert.doesNotMatch(einde, /104 weken/);
  assert.doesNotMatch(einde, /geen loonsanctie/);
  const wia = await mijlpaal(page, "wia-start").textContent();
  assert.match(wia, /maandag 3 juli 2028/);
  assert.doesNotMatch(wia, /104 weken/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("maternity leave in a recovery period does not count toward the 4 weeks", async () => {
  const { context, page, fouten } = await pagina();
  await open(page, "#/tijdlijn?start=2026-01-05");
  await mijlpaal(page, "42e-weeksmelding").waitFor({ state: "attached" });
  await page.click("summary >> text=Meer invullen");
  await page.click("#tl-herstel-toevoegen");
  await page.fill("#tl-herstel-0-van", "2026-03-16");
  await page.fill("#tl-herstel-0-tot", "2026-05-31");
  await page.keyboard.press("Tab");
  // 77 days in between without leave: the count starts again on 1 June 2026.
  await page.waitForFunction(() => document.querySelector(".tl-nu")?.textContent.includes("begon je ziekteperiode opnieuw"));
  assert.match(await page.textContent(".tl-verlof legend"), /zwangerschaps- of bevallingsverlof/);
  await page.fill("#tl-verlof-0-van", "2026-03-20");
  await page.fill("#tl-verlof-0-tot", "2026-05-28");
  await page.keyboard.press("Tab");
  // 77 − 70 leave days = 7 fit days < 28: combined (reference §2.2). The 42e-weeksmelding
  // moves by the whole 77 days: D0 + 294 + 77 = Monday 11 January 2027.
  await page.waitForFunction(() => document.querySelector("#mijlpaal-42e-weeksmelding")?.textContent.includes("11 januari 2027"));
  assert.doesNotMatch(await page.textContent(".tl-nu"), /opnieuw/);
  assert.match(await page.textContent(".tl-nu"), /zwangerschaps- of bevallingsverlof tellen niet mee/);
  await page.reload();
  await wachtOpKop(page);
  await page.waitForFunction(() => document.querySelector("#mijlpaal-42e-weeksmelding")?.textContent.includes("11 januari 2027"));
  assert.deepEqual(fouten, []);
  await context.close();
});

/** Number of pages in a PDF made by Chromium (its page tree says /Count n). */
function paginas(pdf) {
  const tekst = pdf.toString("latin1");
  const tellingen = [...tekst.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  const losse = (tekst.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  return Math.max(losse, ...tellingen);
}

for (const taal of ["nl", "en"]) {
  test(`print: picture, dates table and questions on at most 4 A4 pages (${taal})`, async () => {
    const { context, page, fouten } = await pagina();
    await open(page, `?lang=${taal}#/tijdlijn?start=${START_14}`);
    await page.locator(".tl-alle").waitFor();
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".tl-formulier").isVisible(), false);
    assert.ok(await page.locator(".tl-groepen").isVisible(), "the picture prints");
    assert.ok(await page.locator(".tl-printtabel").isVisible(), "the dates table prints");
    assert.ok(await page.locator(".tl-vragen").isVisible(), "the questions print");
    assert.equal(await page.locator(".tl-printtabel tbody tr").count(), await page.locator("li.tl-mijlpaal").count());
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    const n = paginas(pdf);
    console.log(`# print (${taal}): ${n} A4 pages`);
    assert.ok(n >= 1 && n <= 4, `${n} pages`);
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(fouten, []);
    await context.close();
  });
}
