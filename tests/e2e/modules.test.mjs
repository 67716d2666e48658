// The self-reflection modules as a candidate uses them, one question per step:
// by keyboard only, with a reload in the middle, skipping everything, undoing,
// and the profile and printed conversation sheet that come out of it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, axe, tabNaar, stapPlaats, volgendeStap, vulModuleIn, klaarKop } from "./hulp.mjs";

const MODULES = ["wie-ben-ik", "wat-kan-ik", "wat-wil-ik", "energie", "zorgen", "stappen", "verlies-en-betekenis"];

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

async function knop(page, naam) {
  await tabNaar(page, page.getByRole("button", { name: naam, exact: true }).first());
  await page.keyboard.press("Enter");
}

/** Answer the first question of the open part by keyboard, whatever its kind. */
async function beantwoordEerste(page) {
  const vraag = page.locator("form.vragen > .vraag").first();
  const invoer = vraag.locator("input:not([disabled]), textarea").first();
  const soort = await invoer.evaluate((el) => el.tagName === "TEXTAREA" ? "textarea" : el.type);
  await tabNaar(page, invoer);
  if (soort === "radio" || soort === "checkbox") await page.keyboard.press("Space");
  else if (soort === "number") await page.keyboard.type("20");
  else {
    await page.keyboard.type("Iets wat ik graag doe");
    if (soort === "text") await page.keyboard.press("Enter");
  }
  return soort;
}

test("every module can be completed with the keyboard alone", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  for (const id of MODULES) {
    await page.goto(`${server.url}#/${id}`);
    await wachtOpKop(page);
    // The overview's start is a link (it works before the app runs).
    await tabNaar(page, page.getByRole("link", { name: "Begin", exact: true }).first());
    await page.keyboard.press("Enter");
    await page.locator("section.stap").waitFor();
    const aantal = Number(/^Deel 1 van (\d+)/.exec(await stapPlaats(page))?.[1]);
    assert.ok(aantal >= 2, `${id} has parts (${await stapPlaats(page)})`);
    // One question per step: answer the first question of every part, and move on by keyboard.
    let deel = 0;
    for (let n = 0; n < 100; n++) {
      const plaats = await stapPlaats(page);
      if (plaats === null) break;
      const d = Number(/^Deel (\d+) van/.exec(plaats)[1]);
      if (d !== deel) {
        assert.equal(d, deel + 1, `${id}: parts in order (${plaats})`);
        deel = d;
        await beantwoordEerste(page);
      }
      const laatste = (await page.locator(".stap-nav .knop").last().textContent()).includes("Naar je antwoorden");
      const oud = await page.locator(".stap-plaats").textContent();
      await knop(page, laatste ? "Naar je antwoorden" : "Volgende");
      await page.waitForFunction((o) => document.querySelector(".stap-plaats")?.textContent !== o, oud);
    }
    assert.equal(deel, aantal, `${id}: every part was shown`);
    await page.getByRole("heading", { name: "Je antwoorden" }).waitFor();
    await knop(page, "Klaar");
    await page.getByRole("heading", { name: klaarKop(id) }).waitFor();
  }
  const doc = JSON.parse(await page.evaluate(() => localStorage.getItem("spoorwijzer.document")));
  for (const id of MODULES) {
    assert.equal(doc.modules[id].momentopnames.length, 1, `${id} keeps a dated snapshot`);
    assert.ok(Object.keys(doc.modules[id].antwoorden).length >= 2, `${id} stored answers`);
  }
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a reload mid-module resumes at the same question with every answer", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/wat-wil-ik`);
  await wachtOpKop(page);
  await page.getByRole("link", { name: "Begin" }).click();
  await page.locator("section.stap").waitFor();
  while (!(await stapPlaats(page)).startsWith("Deel 2 van")) await volgendeStap(page);
  // Part 2 is a run of statements on one screen (issue 24): tap the first and the third.
  const rij = (r, i) => page.locator("form.vragen fieldset").nth(r).locator("input[type=radio]").nth(i);
  const naar = (h) => page.waitForFunction((h) => location.hash === h, h);
  await naar("#/wat-wil-ik/2/1");
  await rij(0, 4).click();
  await rij(2, 1).click();
  await page.waitForFunction(() => Object.keys(JSON.parse(localStorage.getItem("spoorwijzer.document") ?? "{}").modules?.["wat-wil-ik"]?.antwoorden ?? {}).length === 2);
  const plaats = await stapPlaats(page);
  await page.reload();
  await wachtOpKop(page);
  await page.locator("section.stap").waitFor();
  // The same step, and focus on the step's heading right above it.
  assert.equal(await stapPlaats(page), plaats);
  assert.equal(await page.evaluate(() => location.hash), "#/wat-wil-ik/2/1");
  await page.waitForFunction(() => document.activeElement?.id === "module-kop");
  // The answers of this part are still there, also after going on and coming back.
  assert.ok(await rij(0, 4).isChecked());
  assert.ok(await rij(2, 1).isChecked());
  await volgendeStap(page);
  await naar("#/wat-wil-ik/3/1");
  await page.getByRole("button", { name: "Vorige" }).click();
  await naar("#/wat-wil-ik/2/1");
  assert.ok(await rij(0, 4).isChecked() && await rij(2, 1).isChecked());
  await context.close();
});

test("the last change can be undone, and free text survives a reload", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/zorgen`);
  await wachtOpKop(page);
  await page.getByRole("link", { name: "Begin" }).click();
  const eerste = page.locator("form.vragen input[type=checkbox]").first();
  await eerste.check();
  await page.locator(".optie-met-reactie").first().locator(".reactie").waitFor();
  await page.getByRole("button", { name: "Maak je laatste wijziging ongedaan" }).click();
  await page.waitForFunction(() => !document.querySelector("form.vragen input[type=checkbox]").checked);
  assert.equal(await page.locator(".reactie").count(), 0);
  await page.getByText("Je laatste wijziging is ongedaan gemaakt.").waitFor();
  while (!(await page.locator("form.vragen textarea").count())) await volgendeStap(page);
  const tekst = page.locator("form.vragen textarea").first();
  await tekst.fill("Hoe ik mijn dagen indeel.");
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes("Hoe ik mijn dagen indeel."));
  await page.reload();
  await wachtOpKop(page);
  assert.equal(await page.locator("form.vragen textarea").first().inputValue(), "Hoe ik mijn dagen indeel.");
  await context.close();
});

test("skipping everything still gives a profile that says it is incomplete", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/wie-ben-ik`);
  await wachtOpKop(page);
  await page.getByRole("link", { name: "Begin" }).click();
  await page.locator("section.stap").waitFor();
  while ((await volgendeStap(page)) !== null);
  await page.getByRole("heading", { name: "Je antwoorden" }).waitFor();
  assert.equal(await page.getByText("Nog niet ingevuld", { exact: true }).count(), 17, "every question of the review says it is open");
  await page.getByRole("button", { name: "Klaar", exact: true }).click();
  await page.getByRole("heading", { name: klaarKop("wie-ben-ik") }).waitFor();
  await page.goto(`${server.url}#/profiel`);
  await wachtOpKop(page);
  // It says so in words; it counts nothing (issue 24, item 6).
  await page.getByText("Je hebt nog niets ingevuld.").waitFor();
  assert.doesNotMatch(await page.locator("main").textContent(), /Gebaseerd op|\d+ van \d+ vragen/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the profile reflects the answers, and the conversation sheet prints on its own", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  // Values: choose five cards, then move the third one to the top.
  await page.goto(`${server.url}#/wie-ben-ik`);
  await wachtOpKop(page);
  await page.getByRole("link", { name: "Begin" }).click();
  const kaarten = page.locator(".kaartsortering .kaartje input[type=checkbox]");
  const namen = [];
  for (let i = 0; i < 5; i++) {
    await kaarten.nth(i).check();
    namen.push((await kaarten.nth(i).locator("xpath=..").locator("span").textContent()).trim());
  }
  await page.getByRole("button", { name: `Zet ${namen[2]} hoger` }).click();
  await page.getByRole("button", { name: `Zet ${namen[2]} hoger` }).click();
  await page.waitForFunction((n) => document.querySelector("ol.volgorde li .kaart-naam")?.textContent.startsWith(n), namen[2]);
  // A skill marked good, what pace suits now, and a strong interest in three themes (R, I, A), little in the others.
  await page.goto(`${server.url}#/wat-kan-ik`);
  await wachtOpKop(page);
  await page.getByRole("link", { name: "Begin" }).click();
  const vaardigheid = page.locator("form.vragen fieldset").first();
  const skill = (await vaardigheid.locator("legend").textContent()).trim();
  await vaardigheid.getByLabel("Gaat me goed af").check();
  await page.goto(`${server.url}#/wat-kan-ik/7/4`);
  await page.locator("form.vragen fieldset legend", { hasText: "Welk werktempo past nu bij je?" }).waitFor();
  await page.getByLabel("Een gewoon tempo gaat goed").check();
  // The statements' ids name their theme: v-wwi-r1 is the first "Praktisch" statement.
  await vulModuleIn(page, server.url, "wat-wil-ik", (i) => (/^v-wwi-[ria]\d$/.test(i.id) ? "Heel leuk" : /^v-wwi-[sec]\d$/.test(i.id) ? "Niet zo leuk" : null));
  await page.goto(`${server.url}#/profiel`);
  await wachtOpKop(page);
  const waarden = await page.locator("ol.waarden li").allTextContents();
  assert.deepEqual(waarden, [namen[2], namen[0], namen[1]]);
  const sterk = page.locator("section.blok:has(h2#p-sterk)");
  assert.ok(await sterk.getByRole("heading", { name: "Gaat me goed af", exact: true }).isVisible(), "skills grouped by answer, without a count");
  assert.ok(await sterk.locator("ul.chips li", { hasText: skill }).isVisible(), "the skill shows as a chip");
  // The chart: one bar per theme, with its number in words.
  const balken = page.locator('.profiel ul.balken[aria-label="Je interesses per thema"] li');
  assert.equal(await balken.count(), 6, "interest chart present");
  assert.deepEqual(await balken.locator(".balk-getal").allTextContents(), ["5,0", "5,0", "5,0", "2,0", "2,0", "2,0"], "highest first, decimal comma");
  // The table alternative, folded away in a focusable, named region.
  const tabel = page.locator('details.groep .tabel-rol[role=region][tabindex="0"] table');
  assert.equal(await tabel.locator("caption", { hasText: "Je interesses per thema" }).count(), 1);
  await page.getByText("Toon de cijfers als tabel").click();
  assert.ok(await tabel.isVisible(), "the table opens");
  // Three themes liked equally most: they stand out, in R-I-A-S-E-C order, and lead to real occupations
  // (issue 27: one source of occupations, the page "Beroepen verkennen"; its annotations: tests/e2e/beroepen.test.mjs).
  await page.getByText("Dit springt eruit: Praktisch, Onderzoekend, Creatief.").waitFor();
  const naarBeroepen = page.getByRole("link", { name: "Bekijk beroepen bij deze interesses" });
  assert.ok((await naarBeroepen.count()) >= 1, "the profile leads to the occupations at these interests");
  assert.match(await naarBeroepen.first().getAttribute("href"), /#\/beroepen$/);
  await page.emulateMedia({ media: "print" });
  const blad = page.locator(".gespreksblad");
  assert.ok(await blad.isVisible(), "sheet shows in print");
  assert.ok(!(await page.locator("header.kop").isVisible()), "header hidden in print");
  assert.ok(!(await page.locator(".alleen-scherm").isVisible()), "screen-only profile hidden in print");
  assert.equal((await blad.locator("h2").first().textContent()).trim(), "Mijn gespreksblad");
  assert.ok((await blad.textContent()).includes(namen[2]));
  assert.equal(await blad.locator("ul.balken li").count(), 6, "the chart is on the sheet");
  assert.ok((await blad.locator("p", { hasText: "Gaat me goed af:" }).textContent()).includes(skill), "skills on the sheet");
  assert.ok((await blad.locator("li", { hasText: "Welk werktempo past nu bij je?" }).locator("strong").textContent()).includes("Een gewoon tempo gaat goed"),
    "question beside answer");
  const lijnen = blad.locator(".lijn");
  assert.ok((await lijnen.count()) >= 4, "lines to write notes on");
  assert.ok(await lijnen.first().evaluate((el) => parseFloat(getComputedStyle(el).borderBottomWidth) > 0 && el.getBoundingClientRect().width > 100),
    "note lines are drawn");
  const hoogte = await blad.evaluate((el) => el.getBoundingClientRect().height);
  await page.emulateMedia({ media: "screen" });
  assert.ok(!(await blad.isVisible()), "sheet hidden on screen");
  await page.emulateMedia({ media: null }); // page.pdf() prints with print media unless told otherwise
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const paginas = Number(/\/Type\s*\/Pages[^>]*?\/Count (\d+)/s.exec(pdf.toString("latin1"))?.[1]);
  assert.equal(paginas, 1, `the sheet fits one A4 page (height ${hoogte}px)`);
  assert.deepEqual(fouten, []);
  await context.close();
});

for (const taal of ["nl", "en"]) {
  test(`axe finds no violations on every module page and the profile (${taal})`, async () => {
    const { context, page } = await nieuwePagina(browser, server.origin);
    await page.goto(`${server.url}?lang=${taal}#/`);
    await wachtOpKop(page);
    for (const id of MODULES) {
      await page.goto(`${server.url}#/${id}`);
      await wachtOpKop(page);
      assert.deepEqual(await axe(page), [], `${id} overview`);
      await page.locator(".knoppen .knop").first().click();
      await page.locator("form.vragen").waitFor();
      // Answer something so replies, lists and the undo button are checked too: with the
      // keyboard's space, which chooses without moving on (a tap would go to the next question).
      const eerste = page.locator("form.vragen input:not([disabled])").first();
      if (["radio", "checkbox"].includes(await eerste.getAttribute("type"))) {
        await eerste.focus();
        await page.keyboard.press("Space");
        await page.waitForFunction(() => document.querySelector("form.vragen input:checked"));
      }
      assert.deepEqual(await axe(page), [], `${id} first part`);
    }
    await page.goto(`${server.url}#/profiel`);
    await wachtOpKop(page);
    assert.deepEqual(await axe(page), [], "profile");
    await context.close();
  });
}
