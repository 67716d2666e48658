// Issue 23, item 2: honest about who reads what. A second-track coach often
// reports to the employer, so one calm line says so before the choice on
// #/delen and above the part of "Zorgen en gedachten" written for the coach.
// The worries about resistance, anger and "ze willen van me af" are labelled
// possibly sensitive on #/delen and never ticked by default: the preview, and
// the link a coach opens, leave them out until the person ticks one.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, axe, volgendeStap, linkEnCode, coachOpent } from "./hulp.mjs";

const TAAL = {
  nl: {
    wieLeest: "Een coach voor het tweede spoor (werk buiten je eigen bedrijf) schrijft vaak verslagen voor je werkgever.",
    vraag: "Vraag je coach wat er in een verslag komt.",
    gewoon: "Ik ben te ziek voor spoor 2",
    gevoelig: ["Ik wil eigenlijk niet aan spoor 2", "Ik ben boos op mijn werkgever", "Ik denk: ze willen van me af."],
    label: "Mogelijk gevoelig",
    kop: "Gedachten die mogelijk gevoelig zijn",
    zorgen: "Zorgen en gedachten",
    coachKop: "Voor je gesprek met je coach",
    maak: "Maak een link met code",
  },
  en: {
    wieLeest: "A coach for the second track (work outside your own company) often writes reports for your employer.",
    vraag: "Ask your coach what goes into a report.",
    gewoon: "I am too ill for the second track",
    gevoelig: ["I don't really want to do the second track", "I am angry with my employer", "I think: they want to get rid of me."],
    label: "Possibly sensitive",
    kop: "Thoughts that may be sensitive",
    zorgen: "Worries and thoughts",
    coachKop: "For your talk with your coach",
    maak: "Make a link with a code",
  },
};

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Whether `a` comes before `b` in the document (both CSS selectors, first match each). */
const ervoor = (page, a, b) => page.evaluate(([a, b]) => {
  const [x, y] = [document.querySelector(a), document.querySelector(b)];
  return Boolean(x && y && x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
}, [a, b]);

for (const taal of ["nl", "en"]) {
  const t = TAAL[taal];

  test(`${taal}: the who-reads line above the coach part, then on #/delen before the choice, with the sensitive worries labelled and unticked`, async () => {
    const { page, fouten, buiten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}?lang=${taal}#/zorgen`);
    await wachtOpKop(page, t.zorgen);
    await page.locator("main .knoppen .knop").first().click();
    await page.locator("section.stap").waitFor();
    // Not above the worries themselves: the line belongs with what is written for the coach.
    assert.equal(await page.locator(".wie-leest").count(), 0, "no who-reads line on the first part");
    for (const tekst of [t.gewoon, ...t.gevoelig]) {
      await page.locator("form.vragen label.optie", { hasText: tekst }).locator("input[type=checkbox]").check();
    }
    await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") ?? "").includes("weg-willen"));

    // On to the part for the coach: the line stands above each of its questions.
    let vragen = 0;
    while ((await page.locator("#module-kop").textContent()).trim() !== t.coachKop) await volgendeStap(page);
    while ((await page.locator("#module-kop").textContent()).trim() === t.coachKop) {
      const lijn = page.locator("section.stap aside.wie-leest");
      assert.equal(await lijn.count(), 1, "the who-reads line on this question");
      const tekst = await lijn.textContent();
      assert.ok(tekst.includes(t.wieLeest) && tekst.includes(t.vraag), tekst);
      assert.ok(await ervoor(page, "section.stap aside.wie-leest", "form.vragen"), "above the question");
      if (vragen === 0) assert.deepEqual(await axe(page), [], "axe on the coach part");
      vragen += 1;
      await volgendeStap(page);
    }
    assert.equal(vragen, 2, "both questions of the part for the coach");

    await page.goto(`${server.url}#/delen`);
    await wachtOpKop(page);
    // The line, before the choice of what to share.
    const lijn = page.locator("#deel-kop ~ aside.wie-leest");
    assert.equal(await lijn.count(), 1);
    assert.ok((await lijn.textContent()).includes(t.wieLeest));
    assert.ok(await ervoor(page, "aside.wie-leest", "fieldset.deel-keuze"), "before the choice");

    // The three worries, each labelled and unticked; the ordinary one is not among them.
    const groep = page.locator("fieldset.deel-gevoelig");
    assert.equal((await groep.locator("legend").textContent()).trim(), t.kop);
    const labels = groep.locator("label.optie");
    assert.equal(await labels.count(), 3);
    for (const [i, tekst] of t.gevoelig.entries()) {
      const label = labels.nth(i);
      const inhoud = await label.textContent();
      assert.ok(inhoud.includes(tekst) && inhoud.includes(t.label), inhoud);
      assert.equal(await label.locator("input[type=checkbox]").isChecked(), false, `${tekst}: not ticked by default`);
    }
    assert.ok(!(await groep.textContent()).includes(t.gewoon));

    // Ticking the module shares the ordinary worry and none of the sensitive ones.
    await page.locator('input[name=deel-module][value="zorgen"]').check();
    const voorbeeld = page.locator(".voorbeeld-kader");
    await voorbeeld.waitFor();
    const gezien = await voorbeeld.textContent();
    assert.ok(gezien.includes(t.gewoon), gezien);
    for (const tekst of t.gevoelig) assert.ok(!gezien.includes(tekst), `${tekst} stays out of the preview`);
    assert.deepEqual(await axe(page), [], "axe on #/delen");

    // Ticked one by one: only the ticked worry joins.
    await labels.nth(1).locator("input[type=checkbox]").check();
    await page.waitForFunction((tekst) => document.querySelector(".voorbeeld-kader")?.textContent.includes(tekst), t.gevoelig[1]);
    const nu = await voorbeeld.textContent();
    assert.ok(!nu.includes(t.gevoelig[0]) && !nu.includes(t.gevoelig[2]), nu);
    await labels.nth(1).locator("input[type=checkbox]").uncheck();
    await page.waitForFunction((tekst) => !document.querySelector(".voorbeeld-kader")?.textContent.includes(tekst), t.gevoelig[1]);

    // What the coach opens from a link made with the defaults holds none of them either.
    await page.getByRole("button", { name: t.maak }).click();
    const { link, code } = await linkEnCode(page);
    // The coach's side speaks its own language (a fresh browser: Dutch) and shows the answers in it.
    const coach = await coachOpent(browser, server.origin, link, code);
    await coach.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
    const bijCoach = await coach.page.locator(".voorbeeld-kader").textContent();
    assert.ok(bijCoach.includes(TAAL.nl.gewoon), bijCoach);
    for (const tekst of TAAL.nl.gevoelig) assert.ok(!bijCoach.includes(tekst), `${tekst} is not in the link`);
    await coach.context.close();

    assert.deepEqual(buiten, [], "nothing is fetched from elsewhere");
    assert.deepEqual(fouten, [], "console errors");
  });
}

test("without sensitive worries there is no sensitive group, and the line still stands before the choice", async () => {
  const { page, context } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}?lang=nl#/delen`);
  await wachtOpKop(page);
  assert.equal(await page.locator("fieldset.deel-gevoelig").count(), 0);
  assert.ok((await page.locator("aside.wie-leest").textContent()).includes(TAAL.nl.wieLeest));
  await context.close();
});
