// Issue 12 end to end: the module "Verlies en betekenis" by keyboard only, a
// reload on one of its steps, its section in the profile and in the coach's
// view, and capacity answers left out of a share unless the person ticks them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, tabNaar, axe, linkEnCode, coachOpent, metAntwoorden as bewaarAntwoorden } from "./hulp.mjs";

const ID = "verlies-en-betekenis";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const document_ = async (page) => JSON.parse(await page.evaluate(() => localStorage.getItem("spoorwijzer.document")));

/** Tab to `locator` and press Enter. */
async function enter(page, locator) {
  await tabNaar(page, locator);
  await page.keyboard.press("Enter");
}

/** Store answers straight into the document, then reload on `hash`. */
const metAntwoorden = (page, modules, hash) => bewaarAntwoorden(page, server.url, modules, hash);

const VERLIES = {
  "vlb.blijft": { soort: "keuzes", waarde: ["humor"] },
  "vlb.ertoe": { soort: "keuzes", waarde: ["vrijwillig"] },
  "vlb.goed": { soort: "lijst", waarde: ["Met de hond gewandeld"] },
};

test("the loss-and-meaning module: from the home page to the end by keyboard only", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(server.url);
  await wachtOpKop(page);
  await enter(page, page.locator(`.kaarten a[href="#/${ID}"]`));
  assert.equal(await wachtOpKop(page), "Verlies en betekenis");
  // Grief is named as normal, and where to go when it weighs too much is right there.
  assert.match(await page.locator(".module-start .intro").textContent(), /Verdriet hoort bij het tweede spoor( \([^)]*\))? en kost tijd/);
  const hulp = await page.locator("aside.hulp").textContent();
  for (const nodig of ["coach", "huisarts", "113 Zelfmoordpreventie", "0800-0113"]) assert.ok(hulp.includes(nodig), nodig);
  await enter(page, page.getByRole("link", { name: "Begin", exact: true }));

  let stappen = 0;
  for (; stappen < 20; stappen++) {
    await page.locator("form.vragen").waitFor();
    const adres = page.url();
    assert.ok(await page.locator("aside.hulp").isVisible(), `help is on every step (${adres})`);
    const invoer = page.locator("form.vragen input:not([disabled]), form.vragen textarea").first();
    const soort = await invoer.evaluate((el) => (el.tagName === "TEXTAREA" ? "textarea" : el.type));
    await tabNaar(page, invoer);
    if (soort === "checkbox" || soort === "radio") await page.keyboard.press("Space");
    else if (soort === "text") { await page.keyboard.type("Iets kleins"); await page.keyboard.press("Enter"); }
    else await page.keyboard.type("Iets kleins");
    const laatste = await page.getByRole("button", { name: /Naar je antwoorden/ }).count();
    await enter(page, page.getByRole("button", { name: laatste ? /Naar je antwoorden/ : /^Volgende/ }));
    if (laatste) break;
    await page.waitForFunction((oud) => location.href !== oud, adres);
  }
  await page.getByRole("heading", { name: "Je antwoorden" }).waitFor();
  // 14 questions on 12 screens: "Waar doe je ertoe?" and "Wat ging goed?" have their follow-up in words right under them.
  assert.equal(stappen + 1, 12, "every question on a screen of its own, or under the one it follows up");
  const doc = await document_(page);
  const antwoorden = Object.keys(doc.modules[ID].antwoorden);
  for (const id of ["vlb.mis", "vlb.blijft", "vlb.ertoe", "vlb.straks", "vlb.gezien", "vlb.gezien.nu", "vlb.goed"]) {
    assert.ok(antwoorden.includes(id), `${id} stored`);
  }
  // The finish page fits grief: no "Goed gedaan", and an invitation to come back.
  await enter(page, page.getByRole("button", { name: "Klaar", exact: true }));
  assert.equal((await page.locator("#module-kop").textContent()).trim(), "Misschien was dit zwaar");
  const klaar = await page.locator("section.klaar").textContent();
  assert.ok(!klaar.includes("Goed gedaan"), klaar);
  assert.match(klaar, /over een paar weken gerust terug naar het laatste deel/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("'Wie jou ziet': the kind line shows for 'no one' only, the small step for telling someone", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  for (const [taal, kop, vertellen, niemand, regel, stap] of [
    ["nl", "Verlies en betekenis", "Ik wil één van hen vertellen hoe het echt gaat", "Nu voelt het alsof niemand mij zo ziet",
      "Het zegt niets over wie jij bent.", "Vertel deze week hoe het nu echt met je gaat."],
    ["en", "Loss and meaning", "I want to tell one of them how things really are", "Right now it feels as if no one sees me like that",
      "It says nothing about who you are.", "This week, tell them how you are really doing now."],
  ]) {
    await page.goto(`${server.url}?lang=${taal}#/${ID}/3/5`);
    await wachtOpKop(page, kop);
    await page.locator("form.vragen").waitFor();
    const tekst = () => page.locator("form.vragen").textContent();
    assert.ok(!(await tekst()).includes(regel), `${taal}: nothing shows before an answer`);
    await page.getByLabel(vertellen).check();
    await page.locator(".reactie .stap").waitFor();
    assert.ok((await tekst()).includes(stap), `${taal}: the small step shows`);
    assert.ok(!(await tekst()).includes(regel), `${taal}: the 'no one' line is not said to someone who named a person`);
    await page.getByLabel(vertellen).uncheck();
    await page.getByLabel(niemand).check();
    await page.getByText(regel).waitFor();
    assert.ok(!(await tekst()).includes(stap), `${taal}: only the reply of the ticked answer`);
    assert.match(await page.locator(".reactie").textContent(), /coach/);
    await page.getByLabel(niemand).uncheck();
    await page.waitForFunction((r) => !document.querySelector("form.vragen").textContent.includes(r), regel);
  }
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a reload on a step of the module keeps the place and the answer", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  // Part 1, question 3: not the start of a part, so resuming there takes the stored place.
  await page.goto(`${server.url}#/${ID}/1/3`);
  await wachtOpKop(page);
  await page.locator("form.vragen").waitFor();
  const vak = page.locator("form.vragen input[type=checkbox]").nth(1);
  await vak.check();
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes("vlb.niet-mis"));
  await page.reload();
  await wachtOpKop(page);
  await page.locator("form.vragen").waitFor();
  assert.ok(page.url().endsWith(`#/${ID}/1/3`), page.url());
  assert.ok(await page.locator("form.vragen input[type=checkbox]").nth(1).isChecked(), "the answer survived the reload");
  // The overview offers to carry on at that very question.
  await page.goto(`${server.url}#/${ID}`);
  await wachtOpKop(page);
  await page.getByRole("link", { name: "Ga verder waar je was" }).click();
  await page.waitForFunction((id) => location.hash === `#/${id}/1/3`, ID, { timeout: 5000 });
  await context.close();
});

test("the module has its section in the profile and in the coach's view", async () => {
  const kandidaat = await nieuwePagina(browser, server.origin);
  const page = kandidaat.page;
  await metAntwoorden(page, { [ID]: VERLIES }, "#/profiel");
  const blok = page.locator("section[aria-labelledby=p-verlies]");
  await blok.waitFor();
  const tekst = await blok.textContent();
  for (const nodig of ["Mijn humor", "In vrijwilligerswerk", "Met de hond gewandeld"]) assert.ok(tekst.includes(nodig), nodig);

  await page.goto(`${server.url}#/delen`);
  await wachtOpKop(page);
  await page.locator(`input[name=deel-module][value="${ID}"]`).check();
  await page.getByRole("button", { name: /Maak een (nieuwe )?link/ }).click();
  const { link, code } = await linkEnCode(page);

  const coach = await coachOpent(browser, server.origin, link, code);
  await coach.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  const gezien = await coach.page.locator("section[aria-labelledby=p-verlies]").textContent();
  assert.ok(gezien.includes("Mijn humor") && gezien.includes("In vrijwilligerswerk"), gezien);
  assert.ok(!gezien.includes("Met de hond gewandeld"), "own words stay out unless ticked");
  await coach.context.close();
  await kandidaat.context.close();
});

test("the share selection leaves capacity answers unticked and says they may be sensitive", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await metAntwoorden(page, {
    "wat-kan-ik": {
      "wki.nu.uren": { soort: "getal", waarde: 4 },
      "wki.mensen.uitleggen": { soort: "keuze", waarde: "goed" },
    },
  }, "#/delen");
  const beeld = page.locator("#deel-eigen-beeld");
  assert.equal(await beeld.isChecked(), false, "not ticked by default");
  const label = await page.locator("label:has(#deel-eigen-beeld)").textContent();
  assert.match(label, /Mogelijk gevoelig/);
  assert.match(label, /Je bedrijfsarts( \([^)]*\))? beoordeelt wat je kunt/);

  await page.locator('input[name=deel-module][value="wat-kan-ik"]').check();
  const voorbeeld = page.locator(".voorbeeld-kader");
  await voorbeeld.waitFor();
  assert.ok(!(await voorbeeld.textContent()).includes("4 uur per dag"), "capacity stays out of the package");
  assert.ok((await voorbeeld.textContent()).includes("Iets uitleggen aan een ander"), "the rest of the module is shared");
  // Ticking the box is what puts it in.
  await beeld.check();
  await page.waitForFunction(() => document.querySelector(".voorbeeld-kader")?.textContent.includes("4 uur per dag"));
  await context.close();
});

test("axe finds nothing on the new pages: a step with the help box, a capacity step, Over de vragen", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  for (const hash of [`#/${ID}`, `#/${ID}/3/1`, "#/wat-kan-ik/7/1", "#/over-de-vragen"]) {
    await page.goto(`${server.url}${hash}`);
    await wachtOpKop(page);
    await page.locator("main h1").waitFor();
    assert.deepEqual(await axe(page), [], hash);
  }
  // The capacity step says before the question that it is the person's own picture.
  await page.goto(`${server.url}#/wat-kan-ik/7/1`);
  await page.locator("aside.eigen-beeld").waitFor();
  assert.match(await page.locator("aside.eigen-beeld").textContent(), /Dit is jouw eigen beeld\. Je bedrijfsarts \(arts voor ziekte en werk\) beoordeelt wat je kunt\./);
  // The notes for the curious sit on Over de vragen, with their glosses, not on the module pages.
  await page.goto(`${server.url}#/over-de-vragen`);
  await wachtOpKop(page);
  const over = await page.locator("main").textContent();
  for (const nodig of ["RIASEC", "IPIP", "Genormeerd betekent"]) assert.ok(over.includes(nodig), nodig);
  await page.goto(`${server.url}#/wat-wil-ik`);
  await wachtOpKop(page);
  assert.ok(!(await page.locator("main").textContent()).includes("RIASEC"));
  await context.close();
});
