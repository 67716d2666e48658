// Sessions sized to today's energy (issue 29, item 3). A person who began
// before is asked "Hoeveel energie heb je vandaag?" on the start page, at most
// once a calendar day, and may skip it. "Weinig" gives a session of whole parts
// of about 3 minutes; its end says "Klaar voor vandaag. Alles is bewaard." and
// offers to stop first. Everything done stays after a reload. A first visit is
// never asked. The day is the page's own clock (page.clock.setFixedTime), so
// "the next day" is a clock set forward, never a wait.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, opgeslagen, stapInfo, beantwoordStap, axe, gebrokenWoorden, wachtTot } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const TELEFOON = { width: 390, height: 844 };
const VRAAG = "Hoeveel energie heb je vandaag?";
const KLAAR_KOP = "Klaar voor vandaag. Alles is bewaard.";
const blokKop = (page) => page.evaluate(() => document.querySelector("#verder-kop")?.textContent.trim() ?? null);
/** The heading of home's "verder" block once the app has drawn it (just after the page's heading). */
const verderKop = async (page) => {
  await page.locator("#verder-kop").waitFor();
  return blokKop(page);
};

/** Home for someone who came back: the app draws its "verder" block (the question, or carrying on) just after the heading. */
async function thuis(page) {
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await page.locator("#verder-kop").waitFor();
}

/** A first visit in Dutch that opens "Wat wil ik?" (its parts take 2 minutes each) and looks at its first step. */
async function eersteBezoek(page, dag) {
  await page.clock.setFixedTime(new Date(`${dag}T10:00:00`));
  await page.goto(`${server.url}?lang=nl#/`);
  await wachtOpKop(page);
  assert.notEqual(await blokKop(page), VRAAG, "a first visit is not asked before seeing the app");
  assert.equal(await page.getByText(VRAAG).count(), 0);
  await page.goto(`${server.url}#/wat-wil-ik/1/1`);
  // The app's own step (the static first screen has the same form): the app notes the visit.
  await wachtOpKop(page);
  await page.locator("section.stap form.vragen").waitFor();
}

async function geenFouten(page, fouten) {
  for (const breedte of [320, 390, 1280]) {
    await page.setViewportSize({ width: breedte, height: 900 });
    assert.deepEqual(await axe(page), [], `axe at ${breedte} px`);
    assert.deepEqual(await gebrokenWoorden(page), [], `no word broken inside a button at ${breedte} px`);
  }
  await page.setViewportSize(TELEFOON);
  assert.deepEqual(fouten, []);
}

/** Focus goes to what came in place (the app moves it once the new block is drawn: a wait, not a look). */
const focusOpVerder = (page) =>
  wachtTot(async () => (await page.evaluate(() => document.activeElement?.id)) === "verder-kop", "focus on #verder-kop");

test("a session of 'weinig' is one whole part, ends at its point with everything kept, and offers to stop first", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  await eersteBezoek(page, "2026-12-07");
  await thuis(page);
  // Came back: asked, with three taps and a skip; nothing red.
  assert.equal(await verderKop(page), VRAAG);
  const knoppen = page.locator("section.sessie .knoppen.energie button");
  assert.deepEqual(await knoppen.allTextContents(), ["Weinig", "Wat", "Veel"]);
  assert.equal(await page.locator("section.sessie").getByRole("button", { name: "Sla over" }).count(), 1);
  await geenFouten(page, fouten);

  await knoppen.first().click();
  await page.locator("#verder-kop", { hasText: /^Vandaag: ongeveer 2 minuten\./ }).waitFor();
  // Focus goes to what came in place of the question.
  await focusOpVerder(page);
  // About 3 minutes: one part of 2 (the next would make 4), and it says where it ends.
  assert.deepEqual(await page.locator("section.sessie ol li").allTextContents(), ["Wat wil ik? – Wat doe je graag? Ronde 1 van 6"]);
  assert.match(await page.locator("section.sessie").textContent(), /Daarna ben je klaar voor vandaag\./);
  await geenFouten(page, fouten);

  await page.locator("section.sessie a.knop", { hasText: "Begin" }).click();
  await page.locator("section.stap form.vragen.reeks").waitFor();
  assert.equal(await page.evaluate(() => location.hash), "#/wat-wil-ik/1/1");
  const info = await stapInfo(page);
  const gekozen = await beantwoordStap(page, info, ({ r }) => r % 5);
  // The last tap of the part moves on by itself: to the start page, not on to part 2.
  await page.locator("#verder-kop", { hasText: KLAAR_KOP }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), "#/");
  const blok = page.locator("section.sessie");
  // Stopping is the first and larger button; going on is possible, smaller.
  const eerste = blok.locator("button, a").first();
  assert.equal((await eerste.textContent()).trim(), "Stop voor vandaag");
  assert.match(await eerste.getAttribute("class"), /\bgroot\b/);
  const verder = blok.getByRole("link", { name: "Toch verder gaan" });
  assert.equal(await verder.getAttribute("href"), "#/wat-wil-ik/2/1", "going on starts at the next part");
  assert.match(await page.locator("main").textContent(), /Je hebt 1 keer een stukje gedaan\. Elk stukje telt\./);
  await geenFouten(page, fouten);

  // Everything kept: after a reload the same day, still done, not asked again, every answer there.
  await page.reload();
  await wachtOpKop(page);
  assert.equal(await verderKop(page), KLAAR_KOP);
  const doc = await opgeslagen(page);
  assert.equal(Object.keys(doc.modules["wat-wil-ik"].antwoorden).length, info.rijen.length);
  assert.equal(doc.modules["wat-wil-ik"].delen_klaar.length, 1, "one part done, the session's");
  assert.equal(doc.sessies.dag, "2026-12-07", "the day, not a time");
  assert.equal(doc.sessies.keer, 1);
  await page.goto(`${server.url}#/wat-wil-ik/1/1`);
  // The app's own step, with the stored answers (the static first screen's is a new person's).
  await wachtOpKop(page);
  await page.locator("section.stap form.vragen.reeks").waitFor();
  for (const [r, rij] of info.rijen.entries()) {
    const i = rij.labels.indexOf(gekozen[r]);
    assert.ok(await page.locator(`.vraag#${rij.id} input[type=radio]`).nth(i).isChecked(), `${rij.vraag}: kept`);
  }

  // Stop: a calm goodbye in the same place, with focus on it.
  await thuis(page);
  await page.getByRole("button", { name: "Stop voor vandaag" }).click();
  await page.getByText("Tot een volgende keer. Je kunt dit venster nu sluiten.").waitFor();
  await focusOpVerder(page);
  assert.equal(await page.getByRole("button", { name: "Stop voor vandaag" }).count(), 0);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the question is skippable, never asked twice on one day, asked again the next day, and no streak is kept", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  await eersteBezoek(page, "2026-12-07");
  await thuis(page);
  assert.equal(await verderKop(page), VRAAG);
  await page.getByRole("button", { name: "Sla over" }).click();
  // Skipped: the usual carrying on, and the question stays away all day.
  await page.locator("#verder-kop", { hasText: "Ga verder waar je was" }).waitFor();
  await focusOpVerder(page);
  await page.reload();
  await wachtOpKop(page);
  assert.equal(await verderKop(page), "Ga verder waar je was");
  await page.clock.setFixedTime(new Date("2026-12-07T23:59:00"));
  await page.reload();
  await wachtOpKop(page);
  assert.equal(await verderKop(page), "Ga verder waar je was", "late the same day: not asked");
  const gisteren = await opgeslagen(page);
  assert.deepEqual(gisteren.sessies, { dag: "2026-12-07", keer: 0 }, "a skip keeps only the day");

  // The next day, and three days later: asked again, with no word about the days between.
  for (const dag of ["2026-12-08", "2026-12-11"]) {
    await page.clock.setFixedTime(new Date(`${dag}T08:30:00`));
    await page.reload();
    await wachtOpKop(page);
    assert.equal(await verderKop(page), VRAAG, dag);
    const tekst = await page.locator("main").textContent();
    assert.doesNotMatch(tekst, /gemist|achter elkaar|op rij|reeks|streak|missed|in a row/i);
    await page.getByRole("button", { name: "Veel" }).click();
    await page.locator("#verder-kop", { hasText: /^Vandaag: ongeveer \d+ minuten\./ }).waitFor();
  }
  // "Veel" (about 10 minutes) from part 1 of "Wat wil ik?": five parts of 2.
  assert.equal(await page.locator("section.sessie ol li").count(), 5);
  assert.equal((await opgeslagen(page)).sessies.dag, "2026-12-11", "only the last day is kept");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("in English too: the question, the offer and the end", async () => {
  const { page, context, fouten } = await nieuwePagina(browser, server.origin, { viewport: TELEFOON });
  await page.clock.setFixedTime(new Date("2026-12-07T10:00:00"));
  await page.goto(`${server.url}?lang=en#/wat-wil-ik/1/1`);
  // The app's own step: the app notes the visit (the static first screen has the same form).
  await wachtOpKop(page);
  await page.locator("section.stap form.vragen").waitFor();
  await thuis(page);
  assert.equal(await verderKop(page), "How much energy do you have today?");
  await page.getByRole("button", { name: "Little", exact: true }).click();
  await page.locator("#verder-kop", { hasText: /^Today: about 2 minutes\./ }).waitFor();
  await page.locator("section.sessie a.knop", { hasText: /^Start$/ }).click();
  await page.locator("section.stap form.vragen.reeks").waitFor();
  await beantwoordStap(page, await stapInfo(page), 1);
  await page.locator("#verder-kop", { hasText: "Done for today. Everything is saved." }).waitFor();
  assert.equal((await page.locator("section.sessie button").first().textContent()).trim(), "Stop for today");
  assert.match(await page.locator("main").textContent(), /You have done one piece of work\./);
  await geenFouten(page, fouten);
  await context.close();
});
