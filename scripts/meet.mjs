// How the candidate side measures on a phone (issue 10): the release build in
// dist/, served on loopback, in headless Chromium at 390 x 844 CSS px, in
// Dutch. Prints the header's height, each page's length in phone screens
// (document height / 844), and whether the main next action is in the first
// screen. Then at 320 x 568 with the largest text (chosen in the header's
// menu): the header's height, and for each module's first question where its
// first answer option begins, as a share of the screen height (issue 24, item 8).
// Reports figures; the budgets themselves are asserted by
// tests/e2e/telefoon.test.mjs and tests/e2e/smal.test.mjs.
//
//   make meet        (builds first)   or   node scripts/meet.mjs
import fs from "node:fs";
import path from "node:path";
import {
  DIST, serveer, start, nieuwePagina, wachtOpKop, vulModuleIn, gevarieerd, beantwoordStap, stapInfo, volgendeStap, opgeslagen,
  grootsteTekst, moduleAdressen, eersteAntwoord,
} from "../tests/e2e/hulp.mjs";

const BREED = 390;
const HOOG = 844;
const MODULES = ["wie-ben-ik", "wat-kan-ik", "wat-wil-ik", "energie", "zorgen", "stappen", "verlies-en-betekenis"];

if (!fs.existsSync(path.join(DIST, "index.html"))) {
  console.error(`No build in ${DIST}: run make build (or make meet) first.`);
  process.exit(1);
}

const server = await serveer();
const browser = await start();
const fouten = [];

/** Open a route and wait until the page has drawn what it shows. */
async function naar(page, route, wacht) {
  await page.goto(`${server.url}${route}`);
  await wachtOpKop(page);
  if (wacht) await page.locator(wacht).first().waitFor();
}

const lengte = (page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Whether `locator` lies wholly inside the first screen (the page scrolled to the top). */
async function inEersteScherm(locator) {
  const page = locator.page();
  await page.evaluate(() => scrollTo(0, 0));
  const vak = await locator.first().boundingBox();
  return !!vak && vak.y >= 0 && vak.y + vak.height <= HOOG;
}

const rijen = [];
async function meet(naam, page, actie) {
  const px = await lengte(page);
  rijen.push({ naam, px, schermen: px / HOOG, actie: actie ? `${actie.naam}: ${(await inEersteScherm(actie.locator)) ? "yes" : "NO"}` : "" });
}

try {
  // First visit: nothing stored.
  const eerst = await nieuwePagina(browser, server.origin, { viewport: { width: BREED, height: HOOG } });
  await naar(eerst.page, "#/");
  const kop = await eerst.page.locator("header.kop").evaluate((el) => el.getBoundingClientRect().height);
  await meet("home (first visit)", eerst.page, { naam: "\"Begin met Wie ben ik?\"", locator: eerst.page.getByRole("link", { name: "Begin met Wie ben ik?" }) });

  // A step: the forward button and the first answer.
  for (const route of ["#/wie-ben-ik/1/1", "#/wat-wil-ik/1/1"]) {
    await naar(eerst.page, route, "section.stap form.vragen");
    await meet(`step ${route}`, eerst.page, { naam: "Volgende", locator: eerst.page.locator(".stap-nav .knop").last() });
    rijen[rijen.length - 1].actie += `; first answer: ${(await inEersteScherm(eerst.page.locator("form.vragen input").first())) ? "yes" : "NO"}`;
  }

  // Returning: one question answered, then home.
  await naar(eerst.page, "#/wie-ben-ik/1/1", "section.stap form.vragen");
  await beantwoordStap(eerst.page, await stapInfo(eerst.page), 0);
  await volgendeStap(eerst.page);
  await naar(eerst.page, "#/", "section.verder");
  await meet("home (returning)", eerst.page, { naam: "\"Ga verder\"", locator: eerst.page.locator("section.verder").getByRole("link", { name: "Ga verder" }) });
  fouten.push(...eerst.fouten);
  await eerst.context.close();

  // All six modules answered through the UI.
  // Counting taps on the way: every trusted click with a pointer, from "Begin" to the finish page
  // (one per chosen option or tick, and each button; typing is not counted).
  const vol = await nieuwePagina(browser, server.origin, {
    viewport: { width: BREED, height: HOOG },
    initScript: () => {
      window.__tikken = 0;
      document.addEventListener("click", (e) => { if (e.isTrusted && e.detail > 0) window.__tikken++; }, true);
    },
  });
  const tikken = [];
  for (const id of MODULES) {
    await vol.page.evaluate(() => { window.__tikken = 0; }).catch(() => {});
    const stappen = await vulModuleIn(vol.page, server.url, id, gevarieerd, { tekst: "Rustig beginnen met een paar uur per week" });
    tikken.push({ id, tikken: await vol.page.evaluate(() => window.__tikken), schermen: stappen.length });
  }
  const doc = await opgeslagen(vol.page);
  const antwoorden = MODULES.reduce((n, id) => n + Object.keys(doc.modules[id]?.antwoorden ?? {}).length, 0);
  await naar(vol.page, "#/profiel", "h2#p-stappen");
  await meet(`profile (every module, ${antwoorden} answers)`, vol.page);
  await naar(vol.page, "#/delen");
  await meet("#/delen", vol.page);
  await naar(vol.page, "#/tijdlijn");
  await meet("#/tijdlijn (no start date yet)", vol.page);
  fouten.push(...vol.fouten);
  await vol.context.close();

  // A small phone with the largest text: the first answer of each module's first question.
  const SMAL = { width: 320, height: 568 };
  const smal = await nieuwePagina(browser, server.origin, { viewport: SMAL });
  await naar(smal.page, "#/");
  await grootsteTekst(smal.page);
  const smalKop = await smal.page.locator("header.kop").evaluate((el) => el.getBoundingClientRect().height);
  const eerste = [];
  for (const href of await moduleAdressen(smal.page, server.url)) eerste.push({ href, ...(await eersteAntwoord(smal.page, server.url, href)) });
  fouten.push(...smal.fouten);
  await smal.context.close();

  const versie = browser.version();
  const map = DIST.startsWith(process.cwd()) ? path.relative(process.cwd(), DIST) : DIST;
  console.log(`Spoorwijzer on a phone: ${BREED} x ${HOOG} CSS px, Chromium ${versie}, Dutch, release build in ${map}\n`);
  // The two home pages together.
  rijen.splice(1, 0, ...rijen.splice(rijen.findIndex((r) => r.naam === "home (returning)"), 1));
  console.log(`header height: ${kop.toFixed(1)} px = ${((kop / HOOG) * 100).toFixed(1)}% of ${HOOG} px\n`);
  const kolommen = ["page", "length (px)", "screens", "main action in first screen"];
  const tabel = rijen.map((r) => [r.naam, String(r.px), r.schermen.toFixed(2), r.actie || "–"]);
  const breedtes = kolommen.map((k, i) => Math.max(k.length, ...tabel.map((r) => r[i].length)));
  const regel = (cellen) => `| ${cellen.map((c, i) => (i === 1 || i === 2 ? c.padStart(breedtes[i]) : c.padEnd(breedtes[i]))).join(" | ")} |`;
  console.log(regel(kolommen));
  console.log(`|${breedtes.map((b, i) => (i === 1 || i === 2 ? `${"-".repeat(b + 1)}:` : "-".repeat(b + 2))).join("|")}|`);
  for (const r of tabel) console.log(regel(r));
  console.log("\ntaps to finish each module, from Begin to the finish page (a tapped single choice moves on by itself; a run of statements on one screen after its last):");
  for (const t of tikken) console.log(`  ${t.id.padEnd(22)} ${String(t.tikken).padStart(3)} taps, ${t.schermen} screens`);
  console.log(`\nAt ${SMAL.width} x ${SMAL.height} CSS px with the largest text ("Extra grote tekst"), Dutch:`);
  console.log(`header height: ${smalKop.toFixed(1)} px = ${((smalKop / SMAL.height) * 100).toFixed(1)}% of ${SMAL.height} px`);
  console.log("first answer option of each module's first question, its top as a share of the screen height");
  console.log(`(the sticky Vorige/Volgende bar begins at ${(eerste[0].balk / SMAL.height).toFixed(2)}):`);
  for (const e of eerste) console.log(`  ${e.href.padEnd(24)} ${(e.top / SMAL.height).toFixed(2)}${e.top + Math.min(e.hoogte, 44) > e.balk ? "  (hidden under the bar)" : ""}`);
  if (fouten.length) {
    console.log(`\nconsole errors while measuring:\n${fouten.join("\n")}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
