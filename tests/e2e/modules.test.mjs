// The self-reflection modules as a candidate uses them: by keyboard only,
// with a reload in the middle, skipping everything, undoing, and the profile
// and printed conversation sheet that come out of it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, axe, tabNaar } from "./hulp.mjs";

const MODULES = ["wie-ben-ik", "wat-kan-ik", "wat-wil-ik", "energie", "zorgen", "stappen"];

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
    await knop(page, "Begin");
    const delen = await page.evaluate(() => document.querySelector(".voortgang-tekst")?.textContent ?? "");
    const aantal = Number(/Deel 1 van (\d+)/.exec(delen)?.[1]);
    assert.ok(aantal >= 2, `${id} has parts (${delen})`);
    for (let d = 1; d <= aantal; d++) {
      await page.getByText(`Deel ${d} van ${aantal}`).waitFor();
      await beantwoordEerste(page);
      await knop(page, d < aantal ? "Volgende deel" : "Bekijk al je antwoorden");
    }
    await page.getByRole("heading", { name: "Je antwoorden" }).waitFor();
    await knop(page, "Rond af en bewaar deze keer");
    await page.getByRole("heading", { name: "Goed gedaan" }).waitFor();
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
  await page.getByRole("button", { name: "Begin" }).click();
  await page.getByRole("button", { name: "Volgende deel" }).click();
  await page.getByText("Deel 2 van").waitFor();
  const groepen = page.locator("form.vragen fieldset");
  await groepen.nth(0).locator("input[type=radio]").nth(4).check();
  await groepen.nth(2).locator("input[type=radio]").nth(1).check();
  const naamDerde = await groepen.nth(2).getAttribute("id");
  await page.reload();
  await wachtOpKop(page);
  await page.getByText("Deel 2 van").waitFor();
  await page.waitForFunction((id) => document.activeElement?.closest("fieldset")?.id === id, naamDerde);
  assert.ok(await groepen.nth(0).locator("input[type=radio]").nth(4).isChecked());
  assert.ok(await groepen.nth(2).locator("input[type=radio]").nth(1).isChecked());
  await context.close();
});

test("the last change can be undone, and free text survives a reload", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/zorgen`);
  await wachtOpKop(page);
  await page.getByRole("button", { name: "Begin" }).click();
  const eerste = page.locator("form.vragen input[type=checkbox]").first();
  await eerste.check();
  await page.locator("article.reactie").first().waitFor();
  await page.getByRole("button", { name: "Maak je laatste wijziging ongedaan" }).click();
  await page.waitForFunction(() => !document.querySelector("form.vragen input[type=checkbox]").checked);
  assert.equal(await page.locator("article.reactie").count(), 0);
  await page.getByRole("button", { name: "Volgende deel" }).click();
  const tekst = page.locator("form.vragen textarea").first();
  await tekst.fill("Hoe ik mijn dagen indeel.");
  await page.waitForTimeout(900);
  await page.reload();
  await wachtOpKop(page);
  assert.equal(await page.locator("form.vragen textarea").first().inputValue(), "Hoe ik mijn dagen indeel.");
  await context.close();
});

test("skipping everything still gives a profile that says it is incomplete", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/wie-ben-ik`);
  await wachtOpKop(page);
  await page.getByRole("button", { name: "Begin" }).click();
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Volgende deel" }).click();
  await page.getByRole("button", { name: "Bekijk al je antwoorden" }).click();
  assert.ok((await page.getByText("Nog niet ingevuld").count()) > 5);
  await page.getByRole("button", { name: "Rond af en bewaar deze keer" }).click();
  await page.goto(`${server.url}#/profiel`);
  await wachtOpKop(page);
  await page.getByText(/Gebaseerd op 0 van \d+ vragen/).first().waitFor();
  await page.getByText("Je hebt nog niets ingevuld.").waitFor();
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the profile reflects the answers, and the conversation sheet prints on its own", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  // Values: choose five cards, then move the third one to the top.
  await page.goto(`${server.url}#/wie-ben-ik`);
  await wachtOpKop(page);
  await page.getByRole("button", { name: "Begin" }).click();
  const kaarten = page.locator(".kaartsortering input[type=checkbox]");
  const namen = [];
  for (let i = 0; i < 5; i++) {
    await kaarten.nth(i).check();
    namen.push((await kaarten.nth(i).locator("xpath=..").locator("strong").textContent()).trim());
  }
  await page.getByRole("button", { name: `Zet ${namen[2]} hoger` }).click();
  await page.getByRole("button", { name: `Zet ${namen[2]} hoger` }).click();
  // A skill marked good, and a strong interest in one theme.
  await page.goto(`${server.url}#/wat-kan-ik`);
  await wachtOpKop(page);
  await page.getByRole("button", { name: "Begin" }).click();
  const vaardigheid = page.locator("form.vragen fieldset").first();
  const skill = (await vaardigheid.locator("legend").textContent()).trim();
  await vaardigheid.getByLabel("Gaat me goed af").check();
  await page.goto(`${server.url}#/wat-wil-ik`);
  await wachtOpKop(page);
  await page.getByRole("button", { name: "Begin" }).click();
  for (let deel = 0; deel < 6; deel++) {
    const groepen = page.locator("form.vragen fieldset");
    const n = await groepen.count();
    for (let g = 0; g < n; g++) {
      await groepen.nth(g).getByLabel("Heel leuk", { exact: true }).check();
    }
    await page.getByRole("button", { name: "Volgende deel" }).click();
  }
  await page.goto(`${server.url}#/profiel`);
  await wachtOpKop(page);
  const waarden = await page.locator("ol.waarden li").allTextContents();
  assert.deepEqual(waarden, [namen[2], namen[0], namen[1]]);
  await page.locator("ul.kolommen li", { hasText: skill }).waitFor();
  assert.ok(await page.locator("svg[role=img] title").count(), "interest chart present");
  assert.equal(await page.locator("table caption", { hasText: "Je interesses per thema" }).count(), 1);
  // Equal interest everywhere: the first three themes in R-I-A-S-E-C order are suggested.
  assert.deepEqual(await page.locator(".thema h3").allTextContents(), [
    "Beroepen om te verkennen bij Praktisch", "Beroepen om te verkennen bij Onderzoekend", "Beroepen om te verkennen bij Creatief",
  ]);
  assert.ok((await page.locator(".let-op").count()) >= 1, "occupations are annotated, not filtered");
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.locator(".gespreksblad").isVisible(), "sheet shows in print");
  assert.ok(!(await page.locator("header.kop").isVisible()), "header hidden in print");
  assert.ok(!(await page.locator(".alleen-scherm").isVisible()), "screen-only profile hidden in print");
  assert.ok((await page.locator(".gespreksblad").textContent()).includes(namen[2]));
  const hoogte = await page.locator(".gespreksblad").evaluate((el) => el.getBoundingClientRect().height);
  await page.emulateMedia({ media: "screen" });
  assert.ok(!(await page.locator(".gespreksblad").isVisible()), "sheet hidden on screen");
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
      // Answer something so replies, lists and the undo button are checked too.
      await page.locator("form.vragen input:not([disabled])").first().check().catch(() => {});
      assert.deepEqual(await axe(page), [], `${id} first part`);
    }
    await page.goto(`${server.url}#/profiel`);
    await wachtOpKop(page);
    assert.deepEqual(await axe(page), [], "profile");
    await context.close();
  });
}
