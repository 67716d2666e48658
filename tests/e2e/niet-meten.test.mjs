// Nothing that measures the person (issue 24, item 6). A modest answerer (two
// skills "Gaat me goed af", the rest "Gaat redelijk", one step done, one under way) opens #/profiel and a coach
// opens what they shared, in Dutch and in English: no count of answers or steps
// ("6 van 147 vragen", "7 of 7 steps done") anywhere in the profile, not even
// folded; the "redelijk" qualities and the steps done show as chips without opening
// anything. The focus ring is for keyboard users: a heading the app focuses on
// arrival after a tap or a click has no outline, while after Tab the focused
// control shows one.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, axe, metAntwoorden, linkEnCode } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const SKILLS = [
  "wki.mensen.uitleggen", "wki.mensen.luisteren", "wki.mensen.zorgen", "wki.mensen.klanten", "wki.mensen.samenwerken",
  "wki.mensen.overtuigen", "wki.info.opzoeken", "wki.info.rekenen", "wki.info.schrijven", "wki.info.computer",
  "wki.info.controleren", "wki.info.uitzoeken", "wki.handen.repareren", "wki.handen.bouwen", "wki.handen.koken",
  "wki.handen.gereedschap", "wki.handen.planten", "wki.handen.rijden", "wki.org.plannen", "wki.org.regelen",
  "wki.org.ordenen", "wki.org.groep", "wki.org.geld", "wki.org.beslissen", "wki.creatief.ideeen",
  "wki.creatief.tekenen", "wki.creatief.verhalen", "wki.creatief.muziek", "wki.creatief.inrichten",
];
const keuze = (waarde) => ({ soort: "keuze", waarde });
/** A modest answerer: two skills "goed", the rest "redelijk" but one; one step done, one under way, the rest not yet. */
const BESCHEIDEN = {
  "wie-ben-ik": { "wbi.kwaliteiten": { soort: "keuzes", waarde: ["eerlijk", "rustig"] } },
  "wat-kan-ik": {
    ...Object.fromEntries(SKILLS.map((id, i) => [id, keuze(i < 2 ? "goed" : "redelijk")])),
    "wki.creatief.foto": keuze("liever-niet"),
    "wki.nu.uren": { soort: "getal", waarde: 3 },
  },
  stappen: {
    "sta.1": keuze("gedaan"), "sta.2": keuze("bezig"), "sta.3": keuze("nog-niet"), "sta.4": keuze("nog-niet"),
    "sta.5": keuze("past-niet"), "sta.6": keuze("nog-niet"), "sta.7": keuze("nog-niet"),
  },
};
const REDELIJK = { nl: "Gaat redelijk", en: "I'm fairly good at this" };
const STAPPEN = {
  nl: ["Zelf aan het stuur van je loopbaan (Gedaan)", "Weten wie je bent, wat je kunt en wat je wilt (Ben ik mee bezig)"],
  en: ["In the driver's seat of your career (Done)", "Knowing who you are, what you can do and what you want (Working on it)"],
};
// "6 van 147 vragen", "7 van de 7 stappen", "6 of 147 questions", "7 of the 7 steps", "Meer (3)" is no such count.
const TELLING = /\d+\s+(van|of)\s+(de\s+|the\s+)?\d+/i;

/** The text of `sel`, folded parts included (textContent, not innerText). */
const tekstVan = (page, sel) => page.locator(sel).first().evaluate((el) => el.textContent.replace(/\s+/g, " "));

/** What a modest answerer depends on, in the profile under `sel` (own or shared). */
async function geenTellingEnChips(page, sel, taal, wat) {
  const tekst = await tekstVan(page, sel);
  assert.doesNotMatch(tekst, TELLING, `${wat} (${taal}) counts the person: "${tekst.match(TELLING)?.[0]}"`);
  // The "redelijk" qualities: chips in view, under their own heading, nothing to open first.
  const sterk = page.locator(`${sel} section[aria-labelledby=p-sterk]`);
  const kop = sterk.locator("h3", { hasText: REDELIJK[taal] });
  assert.equal(await kop.count(), 1, `${wat} (${taal}): a heading "${REDELIJK[taal]}" above the chips`);
  const chips = kop.locator("xpath=following-sibling::ul[1][contains(@class,'chips')]/li");
  assert.equal(await chips.count(), SKILLS.length - 2, `${wat} (${taal}): every "redelijk" skill is a chip`);
  for (const chip of await chips.all()) assert.ok(await chip.isVisible(), `${wat} (${taal}): chip "${await chip.textContent()}" visible without opening anything`);
  assert.equal(await sterk.locator("details summary", { hasText: REDELIJK[taal] }).count(), 0, `${wat}: "redelijk" is not folded`);
  assert.doesNotMatch(await tekstVan(page, `${sel} section[aria-labelledby=p-sterk]`), /\(\d+\)/, `${wat}: no "(30)" beside a group`);
  // The steps: the one done and the one under way show as chips, by name, the status in words too.
  const stapChips = page.locator(`${sel} section[aria-labelledby=p-stappen] ul.stap-chips li`);
  assert.deepEqual(await stapChips.allTextContents(), STAPPEN[taal], `${wat} (${taal}): the steps done and under way, as chips`);
  for (const chip of await stapChips.all()) assert.ok(await chip.isVisible());
}

for (const taal of ["nl", "en"]) {
  test(`${taal}: a modest answerer's profile and the coach's view of it count nothing and show "redelijk" as chips`, async () => {
    const { page, fouten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
    await metAntwoorden(page, server.url, BESCHEIDEN, "#/profiel", taal);
    await geenTellingEnChips(page, "main .profiel", taal, "#/profiel");
    assert.deepEqual(await axe(page), [], "axe on the modest profile at 390 px");

    // Shared with a coach: the preview on #/delen and the coach's own view.
    await page.goto(`${server.url}#/delen`);
    await wachtOpKop(page);
    for (const id of ["wie-ben-ik", "wat-kan-ik", "stappen"]) await page.locator(`input[name=deel-module][value="${id}"]`).check();
    assert.doesNotMatch(await tekstVan(page, ".deel-voorbeeld .profiel"), TELLING, `the preview on #/delen (${taal})`);
    await page.locator("#deel-maak").click();
    const { link, code } = await linkEnCode(page);
    const coach = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
    // The coach reads in the same language: ?lang before the fragment.
    await coach.page.goto(link.replace("#", `?lang=${taal}#`));
    await wachtOpKop(coach.page);
    await coach.page.locator("#code").fill(code);
    await coach.page.locator("form button[type=submit]").click();
    await coach.page.locator(".voorbeeld-kader .profiel").waitFor();
    await geenTellingEnChips(coach.page, ".voorbeeld-kader .profiel", taal, "the coach's view");
    assert.deepEqual(fouten, []);
    assert.deepEqual(coach.fouten, []);
    await coach.page.context().close();
    await page.context().close();
  });
}

/** The outline of the focused element: { tag, stijl, breedte, schaduw }. */
const ring = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const s = getComputedStyle(el);
  return { tag: el.tagName, id: el.id, stijl: s.outlineStyle, breedte: parseFloat(s.outlineWidth), schaduw: s.boxShadow };
});
const geenRing = (r) => (r.stijl === "none" || r.breedte === 0) && r.schaduw === "none";

test("a heading focused on arrival after a tap or a click has no ring; after Tab the focused control has one", async () => {
  for (const [wijze, opties] of [
    ["tap", { viewport: { width: 390, height: 844 }, context: { hasTouch: true, isMobile: true } }],
    ["click", { viewport: { width: 1280, height: 900 } }],
  ]) {
    const { page, fouten } = await nieuwePagina(browser, server.origin, opties);
    await metAntwoorden(page, server.url, BESCHEIDEN, "#/profiel");
    const doe = (loc) => (wijze === "tap" ? loc.tap() : loc.click());
    // From the profile to a module's overview ("Vul in: Energie"), and from there into its first step.
    await doe(page.locator('main section.blok a[href^="#/"]').first());
    await wachtOpKop(page, /^(?!Mijn profiel$)/);
    let r = await ring(page);
    assert.equal(r.tag, "H1", `${wijze}: the page's heading has focus on arrival`);
    assert.ok(geenRing(r), `${wijze}: no ring around the heading: ${JSON.stringify(r)}`);
    await doe(page.locator("main .knoppen .knop").first());
    await page.locator("section.stap #module-kop").waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "module-kop");
    r = await ring(page);
    assert.ok(geenRing(r), `${wijze}: no ring around the step's heading: ${JSON.stringify(r)}`);

    // A keyboard user: Tab reaches a control, which shows a clear ring.
    await page.keyboard.press("Tab");
    r = await ring(page);
    assert.match(r.tag, /^(A|BUTTON|INPUT|TEXTAREA|SELECT|SUMMARY)$/, `${wijze}: Tab lands on a control (${r.tag})`);
    assert.ok(r.stijl !== "none" && r.breedte >= 2, `${wijze}: the control focused by Tab has a ring: ${JSON.stringify(r)}`);
    assert.deepEqual(fouten, []);
    await page.context().close();
  }
});

test("a keyboard user who follows a link keeps a calm ring on the heading they arrive at", async () => {
  const { page } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await metAntwoorden(page, server.url, BESCHEIDEN, "#/profiel");
  await page.locator('main section.blok a[href^="#/"]').first().focus();
  await page.keyboard.press("Enter");
  await wachtOpKop(page, /^(?!Mijn profiel$)/);
  const r = await ring(page);
  assert.equal(r.tag, "H1");
  assert.ok(r.stijl !== "none" && r.breedte >= 2 && r.schaduw === "none", `a thin calm ring, not the bright box of controls: ${JSON.stringify(r)}`);
  await page.context().close();
});
