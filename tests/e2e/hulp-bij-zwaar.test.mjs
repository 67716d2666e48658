// Issue 23, item 1: help within one tap, everywhere. Every address of every
// entry, in both languages, has the quiet "Hulp als het te zwaar is" link in
// its footer; the help page's numbers are real tel: links and the chat a plain
// link to 113's site, also before the app runs and with the wasm blocked; the
// same block stands under the worries that signal despair and in the module
// about loss, after its opening text. Nothing is ever fetched from elsewhere.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, axe, PATRONEN, ADRES, ADRESSEN as ROUTES } from "./hulp.mjs";

const LINK = { nl: "Hulp als het te zwaar is", en: "Help if it gets too much" };
const KOP = { nl: "Als het te zwaar wordt", en: "If it gets too heavy" };
const NUMMERS = [["tel:113", "113"], ["tel:08000113", "0800-0113"], ["tel:112", "112"]];
const CHAT = "https://www.113.nl";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh page without the service worker: once it runs it would serve the wasm past the blocking. */
const zonderSw = (opties = {}) => nieuwePagina(browser, server.origin, { ...opties, context: { serviceWorkers: "block" } });

/** The help block's links under `root` (a CSS selector), as [href, text]. */
const links = (page, root) => page.$$eval(`${root} a[href]`, (as) => as.map((a) => [a.getAttribute("href"), a.textContent.trim()]));

function controleerNummers(gevonden, waar) {
  for (const [href, tekst] of NUMMERS) {
    assert.ok(gevonden.some(([h, t]) => h === href && t === tekst), `${waar}: ${tekst} is a link to ${href} (${JSON.stringify(gevonden)})`);
  }
  assert.ok(gevonden.some(([h, t]) => h === CHAT && t === "113.nl"), `${waar}: the chat links to ${CHAT}`);
}

test("every pattern of the app's addresses is visited", () => {
  assert.ok(PATRONEN.includes("/hulp"), "the help page has its own address");
  for (const p of PATRONEN) assert.ok(ADRES[p] || !p.includes(":"), `an address for ${p}`);
  assert.ok(ROUTES.length >= 22, ROUTES.join(" "));
});

for (const taal of ["nl", "en"]) {
  test(`every address of every entry has the help link in its footer, in ${taal}, and it opens the help page in that entry`, async () => {
    const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}?lang=${taal}#/`);
    await wachtOpKop(page);
    for (const route of ROUTES) {
      await page.goto(`${server.url}${route}`);
      await wachtOpKop(page);
      const link = page.locator('footer.voet a[href="#/hulp"]');
      assert.equal(await link.count(), 1, `${route}: one help link in the footer (${page.url()})`);
      assert.equal((await link.textContent()).trim(), LINK[taal], route);
      assert.equal(await page.getAttribute("html", "lang"), taal, route);
    }
    // From each entry the link stays in that entry: help is one tap away, the coach's side included.
    for (const [bestand, van] of [["", "#/"], ["tijdlijn.html", "#/tijdlijn"], ["delen.html", "#/delen"], ["coach.html", "#/coach"]]) {
      await page.goto(`${server.url}${bestand}${van}`);
      await wachtOpKop(page);
      await page.locator('footer.voet a[href="#/hulp"]').click();
      assert.equal(await wachtOpKop(page, LINK[taal]), LINK[taal], bestand);
      assert.equal(page.url(), `${server.url}${bestand}#/hulp`, "not moved to another entry");
      controleerNummers(await links(page, "main"), `${bestand}#/hulp`);
      const tekst = await page.locator("main").innerText();
      assert.ok(tekst.includes(KOP[taal]) && tekst.includes("113 Zelfmoordpreventie"), tekst);
      assert.match(tekst, taal === "nl" ? /dag en nacht, gratis en anoniem/ : /day and night, free of charge and anonymously/);
      assert.match(tekst, taal === "nl" ? /huisarts/ : /huisarts \(family doctor\)/);
    }
    // The chat opens in a tab of its own, so the person's place here stays.
    assert.equal(await page.getAttribute(`main a[href="${CHAT}"]`, "target"), "_blank");
    assert.deepEqual(await axe(page), [], "axe on the help page");
    assert.deepEqual(buiten, [], "nothing is fetched from elsewhere");
    // The page's Content-Security-Policy does not stop the person following the chat link
    // (answered here, never on the network), and the link carries no address along.
    let verwijzer = "niet gevraagd";
    await context.route(`${CHAT}/**`, (r) => {
      verwijzer = r.request().headers().referer ?? null;
      return r.fulfill({ status: 200, contentType: "text/html", body: "<title>113</title>" });
    });
    const [tab] = await Promise.all([context.waitForEvent("page"), page.click(`main a[href="${CHAT}"]`)]);
    await tab.waitForLoadState("domcontentloaded");
    assert.equal(tab.url(), `${CHAT}/`);
    assert.equal(verwijzer, null, "no Referer header");
    assert.ok(page.url().endsWith("#/hulp"), "the app stays where it was");
    assert.deepEqual(buiten, [`${CHAT}/`], "only the link the person followed");
    assert.deepEqual(fouten, [], "console errors (a CSP violation shows as one)");
    await context.close();
  });
}

// The footer is at a page's end: on a phone 1.5 to 5 screens down (measured 2026-12-06). The
// candidate's menu also has "Hulp", so help is reached from the top of any page without
// scrolling: on a wide screen one tap, on a phone Menu and then Hulp.
const NAV = { nl: "Hulp", en: "Help" };
const MENU_HULP = 'header nav a[href="#/hulp"]';
for (const [breedte, hoogte] of [[390, 844], [1280, 900]]) {
  test(`at ${breedte} px help is in the first screen of a worry step through the menu, in every candidate entry`, async () => {
    const { context, page, fouten } = await nieuwePagina(browser, server.origin, { viewport: { width: breedte, height: hoogte } });
    for (const taal of ["nl", "en"]) {
      for (const [bestand, van] of [["", "#/zorgen/1/1"], ["tijdlijn.html", "#/tijdlijn"], ["delen.html", "#/delen"], ["beroepen.html", "#/beroepen"]]) {
        await page.goto(`${server.url}${bestand}?lang=${taal}${van}`);
        await wachtOpKop(page);
        if (breedte === 390) await page.locator("#menu-knop").click();
        const link = page.locator(MENU_HULP);
        assert.equal((await link.textContent()).trim(), NAV[taal], `${bestand}${van}`);
        const vak = await link.boundingBox();
        assert.ok(vak && vak.y >= 0 && vak.y + vak.height <= hoogte, `${bestand}${van}: the menu's help link is in the first screen (${JSON.stringify(vak)})`);
        await link.click();
        assert.equal(await wachtOpKop(page, LINK[taal]), LINK[taal], `${bestand}${van}`);
        assert.equal(page.url().replace(/[?#].*$/, ""), `${server.url}${bestand}`, `${page.url()}: help in the same entry`);
        assert.ok(page.url().endsWith("#/hulp"), page.url());
        assert.equal(await page.locator(MENU_HULP).getAttribute("aria-current"), "page", "the menu marks the help page as the current one");
      }
    }
    assert.deepEqual(fouten, []);
    await context.close();
  });
}

test("with the wasm blocked, every entry still shows the footer link and the help page with its numbers as links", async () => {
  const { context, page, fouten, buiten } = await zonderSw({ viewport: { width: 390, height: 844 } });
  await page.route(/\.wasm$/, (route) => route.abort());
  for (const taal of ["nl", "en"]) {
    for (const bestand of ["", "tijdlijn.html", "delen.html", "coach.html"]) {
      for (const route of ["#/hulp", bestand ? `#/${bestand.replace(".html", "")}` : "#/privacy"]) {
        const adres = `${server.url}${bestand}?lang=${taal}${route}`;
        await page.goto("about:blank");
        await page.goto(adres);
        await page.locator("#voorscherm .vs-mislukt").waitFor();
        assert.equal(page.url(), adres, "the help page is not moved to another entry");
        const voet = page.locator('#voorscherm footer a[href="#/hulp"]');
        assert.ok(await voet.isVisible(), `${adres}: the footer link shows`);
        assert.equal((await voet.textContent()).trim(), LINK[taal], adres);
        if (route !== "#/hulp") continue;
        assert.equal((await page.textContent("#voorscherm h1")).trim(), LINK[taal], adres);
        // The help page as the app renders it (pwa/voorscherm/*.json), in the person's language.
        const blok = page.locator("#voorscherm main .pagina");
        assert.ok(await page.locator("#voorscherm main aside.hulp").isVisible(), `${adres}: the help block shows in ${taal}`);
        assert.equal(await page.getAttribute("html", "lang"), taal);
        // The query string is not glued onto a number (the first screen does that for links to other entries).
        controleerNummers(await links(page, "#voorscherm main .pagina"), adres);
        const tekst = await blok.innerText();
        for (const nodig of ["113 Zelfmoordpreventie", "0800-0113", "112", KOP[taal]]) assert.ok(tekst.includes(nodig), `${adres}: ${nodig}`);
        assert.deepEqual(await axe(page), [], `${adres}: axe on the static help page`);
      }
    }
  }
  // A tap on the footer link of a page that could not load shows the help, in that entry.
  await page.goto("about:blank");
  await page.goto(`${server.url}coach.html#/coach`);
  await page.locator("#voorscherm .vs-mislukt").waitFor();
  await page.locator('#voorscherm footer a[href="#/hulp"]').click();
  await page.waitForFunction(() => document.querySelector("#voorscherm h1")?.textContent === "Hulp als het te zwaar is");
  assert.equal(page.url(), `${server.url}coach.html#/hulp`);
  assert.ok(await page.locator('#voorscherm main a[href="tel:113"]').isVisible());
  assert.deepEqual(buiten, []);
  assert.deepEqual(fouten.filter((f) => !f.includes("Failed to fetch") && !f.includes("ERR_FAILED")), [], "no CSP violation and no other script error");
  await context.close();
});

test("the help block stands under the worries that signal despair, with a new worry whose reply is that help", async () => {
  const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.url}?lang=nl#/zorgen/1/1`);
  await wachtOpKop(page, "Zorgen en gedachten");
  const optie = (tekst) => page.locator(".optie-met-reactie", { has: page.getByText(tekst, { exact: true }) });
  for (const [tekst, hulp] of [
    ["Ik zie het soms niet meer zitten.", true],
    ["Ik ben verdrietig over mijn werk, zoals het was.", true],
    ["Ik sta er alleen voor.", true],
    ["Ik schaam me.", true],
    ["Ik heb geen energie.", true],
    ["Ik wil terug in mijn eigen werk.", false],
    ["Ik ben te oud.", false],
  ]) {
    await optie(tekst).locator("input[type=checkbox]").check();
    await optie(tekst).locator(".reactie").waitFor();
    const blok = optie(tekst).locator(".reactie aside.hulp");
    assert.equal(await blok.count(), hulp ? 1 : 0, `${tekst}: help ${hulp ? "under" : "not under"} its reply`);
    if (hulp) {
      assert.equal((await blok.locator("h3").textContent()).trim(), KOP.nl);
      controleerNummers(await blok.locator("a[href]").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent.trim()])), tekst);
    }
  }
  // The reply of the new worry points to the help right under it.
  assert.match(await optie("Ik zie het soms niet meer zitten.").locator(".reactie").innerText(), /hieronder/);
  assert.deepEqual(await axe(page), [], "axe with the replies open");
  // In English too.
  await page.goto(`${server.url}?lang=en#/zorgen/1/1`);
  await wachtOpKop(page, "Worries and thoughts");
  assert.equal((await optie("Sometimes I can't see a way forward any more.").locator(".reactie aside.hulp h3").textContent()).trim(), KOP.en);
  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, []);
  await context.close();
});

test("the module about loss frames the help as 'Als het te zwaar wordt', after its opening text", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}?lang=nl#/verlies-en-betekenis`);
  await wachtOpKop(page, "Verlies en betekenis");
  const volgorde = await page.evaluate(() => {
    const intro = document.querySelector(".module-start .intro");
    const hulp = document.querySelector("aside.hulp");
    return intro && hulp ? intro.compareDocumentPosition(hulp) & Node.DOCUMENT_POSITION_FOLLOWING : -1;
  });
  assert.ok(volgorde > 0, "the help comes after the opening text");
  const knopEerst = await page.evaluate(() => {
    const knop = document.querySelector("main .knoppen .knop");
    return knop.compareDocumentPosition(document.querySelector("aside.hulp")) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(knopEerst > 0, "the way in comes first, the help right under it");
  assert.equal((await page.locator("aside.hulp .hulp-kop").textContent()).trim(), KOP.nl);
  controleerNummers(await links(page, "aside.hulp"), "overview");
  await page.goto(`${server.url}#/verlies-en-betekenis/2/1`);
  await page.locator("form.vragen").waitFor();
  const stap = await page.evaluate(() => {
    const kop = document.querySelector("#module-kop");
    const hulp = document.querySelector("aside.hulp");
    return kop && hulp ? kop.compareDocumentPosition(hulp) & Node.DOCUMENT_POSITION_FOLLOWING : -1;
  });
  assert.ok(stap > 0, "on a step, after the part's heading and question");
  controleerNummers(await links(page, "aside.hulp"), "a step");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("after one visit the help page opens with the network off, in every entry, its numbers still links", async () => {
  const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await wachtOpKop(page);
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await context.setOffline(true);
  for (const bestand of ["", "coach.html"]) {
    await page.goto("about:blank");
    await page.goto(`${server.url}${bestand}#/hulp`);
    assert.equal(await wachtOpKop(page, LINK.nl), LINK.nl, `${bestand}#/hulp offline`);
    controleerNummers(await links(page, "main"), `${bestand}#/hulp offline`);
  }
  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, []);
  await context.close();
});
