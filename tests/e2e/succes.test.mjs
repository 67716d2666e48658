// Issue 23, item 5 end to end: success in plural all the way. Someone who
// chose "Eerst rust en herstel" gets a rest step as their next small step, not
// "Stap 5: Solliciteren"; a step marked "Past nu niet bij mij" leaves the
// count; the profile says a new job is one good outcome among several; and
// the printed sheet carries the capacity caution with the capacity answers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, wachtTot, opgeslagen, metAntwoorden as bewaarAntwoorden } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Store answers straight into the document (first visit in `taal`), then open `hash`. */
const metAntwoorden = (page, modules, hash, taal = "nl") => bewaarAntwoorden(page, server.url, modules, hash, taal);

const keuze = (waarde) => ({ soort: "keuze", waarde });
/** Steps 1 to 4 done, step 5 (Solliciteren) not yet: the job search is the open step. */
const TOT_SOLLICITEREN = {
  "sta.1": keuze("gedaan"), "sta.2": keuze("gedaan"), "sta.3": keuze("gedaan"), "sta.4": keuze("gedaan"),
  "sta.5": keuze("nog-niet"),
};

const volgendeStap = (page) => page.locator("section.volgende-stap").textContent();
const stappenBlok = (page) => page.locator("section.blok:has(h2#p-stappen)");

async function naarProfiel(page) {
  await page.goto(`${server.url}#/profiel`);
  await wachtOpKop(page);
  await page.locator("h2#p-stappen").waitFor();
}

for (const taal of ["nl", "en"]) {
  const T = {
    nl: { solliciteren: "Stap 5: Solliciteren", succesVraag: "Wat is succes voor jou?", rust: "Eerst rust en herstel",
      ruststap: "Kies deze week één moment om echt te rusten.", meervoud: "Een nieuwe baan is één goede uitkomst, niet de enige." },
    en: { solliciteren: "Step 5: Applying for jobs", succesVraag: "What does success mean for you?", rust: "Rest and recovery first",
      ruststap: "Choose one moment this week to really rest.", meervoud: "A new job is one good outcome, not the only one." },
  }[taal];

  test(`${taal}: after choosing '${T.rust}' the next small step is a rest step, never the job search`, async () => {
    const { context, page, fouten } = await nieuwePagina(browser, server.origin);
    await metAntwoorden(page, { stappen: TOT_SOLLICITEREN }, "#/profiel", taal);
    await page.locator("h2#p-stappen").waitFor();
    // Without a chosen success, the first open step of the seven: applying for jobs.
    assert.ok((await volgendeStap(page)).includes(T.solliciteren), await volgendeStap(page));
    // The profile says a new job is one good outcome among several, where success is shown.
    assert.ok((await stappenBlok(page).textContent()).includes(T.meervoud));

    // The person ticks "rest first" on the success question, as they would.
    await page.goto(`${server.url}#/stappen/3/6`);
    await wachtOpKop(page);
    assert.equal((await page.locator("form.vragen > .vraag legend").first().textContent()).trim(), T.succesVraag);
    await page.getByRole("checkbox", { name: T.rust, exact: true }).check();
    await wachtTot(async () => (await opgeslagen(page)).modules.stappen.antwoorden["sta.succes"]?.waarde?.includes("herstel"), "rest stored");

    await naarProfiel(page);
    const stap = await volgendeStap(page);
    assert.ok(stap.includes(T.ruststap), stap);
    assert.ok(stap.includes(T.rust), `names the success it follows: ${stap}`);
    assert.ok(!stap.includes(T.solliciteren), stap);
    assert.ok(await stappenBlok(page).locator("ul.chips li", { hasText: T.rust }).isVisible(), "the chosen success is shown");
    assert.deepEqual(fouten, []);
    await context.close();
  });
}

test("a step marked 'Past nu niet bij mij' leaves the count and is not suggested as the next step", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await metAntwoorden(page, { stappen: { "sta.1": keuze("gedaan"), "sta.2": keuze("bezig"), "sta.5": keuze("nog-niet") } }, "#/profiel");
  await page.locator("h2#p-stappen").waitFor();
  // The steps done or under way, by name as chips, each with its status; no count (issue 24, item 6).
  const opWeg = () => stappenBlok(page).locator("ul.stap-chips li").evaluateAll((els) => els.map((e) => `${e.className}: ${e.textContent.trim()}`));
  const telt = async () => assert.doesNotMatch(await stappenBlok(page).textContent(), /\d+ van \d+ stappen/);
  assert.deepEqual((await opWeg()).map((c) => c.split(":")[0]), ["gedaan", "bezig"]);
  assert.ok((await opWeg())[1].includes("Weten wie je bent"), (await opWeg()).join(" | "));
  await telt();
  assert.equal(await stappenBlok(page).locator("progress").count(), 0, "no bar that reads as a verdict");
  assert.ok((await volgendeStap(page)).includes("Stap 2:"), "first open step: step 2, marked 'bezig'");

  // Step 5 through the module, as the person would.
  await page.goto(`${server.url}#/stappen/3/1`);
  await wachtOpKop(page);
  assert.equal((await page.locator("form.vragen > .vraag legend").first().textContent()).trim(), "Stap 5: Solliciteren");
  const optie = page.getByRole("radio", { name: /^Past nu niet bij mij/ });
  assert.ok((await optie.locator("xpath=ancestor::label").textContent()).includes("eerst rust"), "the option says rest first is fine");
  await optie.check();
  await wachtTot(async () => (await opgeslagen(page)).modules.stappen.antwoorden["sta.5"]?.waarde === "past-niet", "status stored");

  await naarProfiel(page);
  assert.deepEqual((await opWeg()).map((c) => c.split(":")[0]), ["gedaan", "bezig"], "a step that does not fit is no chip");
  await telt();
  // Where the statuses are listed, step 5 says it does not fit now.
  await stappenBlok(page).locator("summary", { hasText: "Bekijk alle stappen" }).click();
  const rij = stappenBlok(page).locator("ol.stappen li", { hasText: "Stap 5: Solliciteren" });
  assert.equal((await rij.locator(".stap-status").textContent()).trim(), "Past nu niet bij mij");
  // Also after "bezig" turns "gedaan", step 5 is not offered: nothing open is left.
  await page.goto(`${server.url}#/stappen/1/3`);
  await wachtOpKop(page);
  assert.equal((await page.locator("form.vragen > .vraag legend").first().textContent()).trim(), "Stap 2: Weten wie je bent, wat je kunt en wat je wilt");
  await page.getByRole("radio", { name: "Gedaan", exact: true }).check();
  await wachtTot(async () => (await opgeslagen(page)).modules.stappen.antwoorden["sta.2"]?.waarde === "gedaan", "step 2 stored");
  await naarProfiel(page);
  assert.deepEqual((await opWeg()).map((c) => c.split(":")[0]), ["gedaan", "gedaan"]);
  await telt();
  assert.equal(await page.locator("section.volgende-stap").count(), 0, "no next step from the seven; certainly not step 5");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the printed conversation sheet carries the capacity caution with the capacity answers", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await metAntwoorden(page, { "wat-kan-ik": { "wki.nu.uren": { soort: "getal", waarde: 4 } } }, "#/profiel");
  await page.emulateMedia({ media: "print" });
  const blad = page.locator("section.gespreksblad");
  await blad.waitFor({ state: "visible" });
  assert.ok(!(await page.locator(".alleen-scherm.profiel").isVisible()), "only the sheet prints");
  const kop = blad.locator("h3", { hasText: "Wat ik nu aankan, in mijn eigen woorden" });
  const voorbehoud = kop.locator("xpath=following-sibling::p[1]");
  assert.equal((await voorbehoud.textContent()).trim(),
    "Dit is jouw eigen beeld. Je bedrijfsarts (arts voor ziekte en werk) beoordeelt wat je kunt. Deel het alleen als je wilt.");
  assert.ok(await voorbehoud.isVisible(), "printed, not only in the page");
  assert.ok((await kop.locator("xpath=following-sibling::ul[1]").textContent()).includes("4"), "with the answers");
  assert.deepEqual(fouten, []);
  await context.close();
});
