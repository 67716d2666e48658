// The core journeys in every engine people use: Chromium, Firefox and WebKit
// (the engine of Safari and of every browser on an iPhone), through W3C
// WebDriver. Every result names its engine: "[webkit] 3. ...". Where an engine
// lacks an API the app uses, the fallback is shown to work: natively where
// the engine lacks it, and in every engine on a copy of the build whose page
// first takes the API away (see shimKopie in hulp.mjs).
//
//   SPOORWIJZER_ENGINES=firefox,webkit node --test tests/engines/   runs a subset.
import { describe, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { By } from "selenium-webdriver";
import { serveer, DIST } from "../e2e/hulp.mjs";
import { MOTOREN, gekozen } from "./motoren.mjs";
import { reizen } from "./reizen.mjs";
import {
  TIJD, wachtOp, js, open, herlaad, wachtOpKop, element, klik, knop, klikLink, wachtOpTekst, dokument, vulZorgen, stapPlaats, volgendeStap, vorigeStap, telefoonVenster,
  wachtOpDownload, binnen, GeenAntwoord, vangBlobs, laatsteBlob, hostMap, bewaakteApp, openZonder, opgenomenFouten,
} from "./hulp.mjs";
import { leesPdf, zonderWit } from "./pdf.mjs";

/**
 * Where "carry on" on the home page leads. Once a day the energy question stands
 * in that place first (issue 29): it is skipped, as a person may.
 */
async function verderLink(d) {
  if (await js(d, () => [...document.querySelectorAll("section.verder button")].some((b) => b.textContent.trim() === "Sla over"))) await knop(d, "Sla over");
  return wachtOp(d, () => js(d, () => document.querySelector("section.verder a.knop")?.getAttribute("href")), "the carry-on link");
}

assert.ok(fs.existsSync(path.join(DIST, "index.html")), `no build in ${DIST}: run make build first`);

// Every journey runs on the watched copy of the build (shimKopie): the same files, and
// index.html first loads a small same-origin script that records errors, console
// errors, CSP violations, failed loads and requests off the origin in every engine,
// also where the driver cannot read the console. Each session is checked at its end.
const app = bewaakteApp();
// A practice's page on another origin that embeds the app (after the app, whose address it needs).
let host, hostDir;
before(async () => {
  await app.klaar;
  hostDir = hostMap(app.url);
  host = await serveer(hostDir);
});
after(async () => {
  await host?.close();
  if (hostDir) fs.rmSync(hostDir, { recursive: true, force: true });
});

const BEWAARBESTAND = /^spoorwijzer-bewaarbestand-\d{4}-\d{2}-\d{2}\.json$/;

for (const motor of gekozen()) {
  describe(`${motor}`, { concurrency: 1 }, () => {
    const { reis, metSessie, gat } = reizen(motor, () => app.origin);

    reis(`1. on a phone-sized window: switch the language through the Menu, reload, the language is kept`, async (t) => {
      await metSessie(t, "1-taal", async (d) => {
        const breed = await telefoonVenster(d, motor);
        await open(d, `${app.url}#/`, "Welkom bij Spoorwijzer");
        assert.equal(await js(d, () => document.documentElement.lang), "nl");
        // On a phone the language buttons are behind the Menu button.
        const menu = () => js(d, () => {
          const k = document.querySelector("#menu-knop");
          const p = document.querySelector("#kop-paneel");
          return { knop: !!k && getComputedStyle(k).display !== "none", open: k?.getAttribute("aria-expanded"), paneel: !!p && !p.hidden && p.getBoundingClientRect().height > 0 };
        });
        assert.deepEqual(await menu(), { knop: true, open: "false", paneel: false }, `the Menu button shows and the panel is closed at ${breed}px`);
        const english = () => d.findElement(By.xpath("//button[normalize-space()='English']"));
        assert.equal(await (await english()).isDisplayed(), false, "the language buttons are hidden until the menu opens");
        await knop(d, "Menu");
        await wachtOp(d, async () => (await menu()).paneel, "the menu panel to open");
        assert.equal((await menu()).open, "true");
        await knop(d, "English");
        await wachtOpKop(d, "Welcome to Spoorwijzer");
        assert.equal(await herlaad(d, "Welcome to Spoorwijzer"), "Welcome to Spoorwijzer");
        assert.equal(await js(d, () => document.documentElement.lang), "en");
        assert.equal((await dokument(d)).instellingen.taal, "en");
        assert.equal((await menu()).paneel, false, "a reload starts with the menu closed");
        // And back: Dutch is kept too.
        await knop(d, "Menu");
        await knop(d, "Nederlands");
        await wachtOpKop(d, "Welkom bij Spoorwijzer");
        await herlaad(d, "Welkom bij Spoorwijzer");
        assert.equal(await js(d, () => document.documentElement.lang), "nl");
        t.diagnostic(`[${motor}] phone-sized window: ${breed} px wide inside; language switched through the Menu button`);
      });
    });

    reis(`2. a reload on a step's address keeps the step, its answers and where "carry on" leads`, async (t) => {
      await metSessie(t, "2-module", async (d) => {
        await open(d, `${app.url}#/wat-wil-ik`, "Wat wil ik?");
        await klikLink(d, "Begin");
        await wachtOp(d, async () => /^Deel 1 van \d+ · .*\(#\/wat-wil-ik\/1\/1\)$/.test((await stapPlaats(d)) ?? ""), "the first question");
        while (!/^Deel 2 van/.test(await stapPlaats(d))) await volgendeStap(d);
        const radio = async (i) => (await d.findElements(By.css("form.vragen fieldset input[type=radio]")))[i];
        const adres = (h) => wachtOp(d, () => js(d, (h) => location.hash === h && !!document.querySelector("section.stap"), h), `the address ${h}`);
        // Part 2 is a run of statements on one screen (issue 24): a tap each, and the screen
        // stays until the last. Row 1 point 5, row 3 point 2 (five points a row).
        const eerste = "#/wat-wil-ik/2/1";
        await adres(eerste);
        await klik(d, () => radio(4), "answer 5 of statement 1 of part 2");
        await klik(d, () => radio(11), "answer 2 of statement 3 of part 2");
        const plaats = await stapPlaats(d);
        await wachtOp(d, async () => Object.keys((await dokument(d))?.modules?.["wat-wil-ik"]?.antwoorden ?? {}).length >= 2, "both answers stored");
        assert.equal(await js(d, () => location.hash), eerste, "a run does not move on per statement");

        await herlaad(d, "Wat wil ik?");
        assert.equal(await wachtOp(d, () => stapPlaats(d), "the step after the reload"), plaats, "the same step after the reload");
        await wachtOp(d, () => js(d, () => document.activeElement?.id === "module-kop"), "focus on the step's heading");
        await wachtOp(d, async () => (await radio(4)).isSelected() && (await radio(11)).isSelected(), "both answers still chosen");
        // On to part 3 and back: the run's one address, its answers there.
        await volgendeStap(d);
        await adres("#/wat-wil-ik/3/1");
        await vorigeStap(d);
        await wachtOp(d, () => js(d, (h) => location.hash === h, eerste), `the address ${eerste}`);
        await wachtOp(d, async () => (await radio(4)).isSelected() && (await radio(11)).isSelected(), "the answers after Back");
        // "Carry on" on the home page leads to the step last shown.
        await open(d, `${app.url}#/`, "Welkom bij Spoorwijzer");
        assert.equal(await verderLink(d), eerste);
      });
    });

    reis(`3. the timeline from a #/tijdlijn?start= link shows the dates written out, also when pasted into a running tab`, async (t) => {
      await metSessie(t, "3-tijdlijn", async (d) => {
        await open(d, `${app.url}#/tijdlijn?start=2026-01-05`, "Mijn tijdlijn");
        const melding = await wachtOpTekst(d, "#mijlpaal-42e-weeksmelding", /maandag 26 oktober 2026/);
        assert.match(melding, /week 43/);
        assert.match(await wachtOpTekst(d, "#mijlpaal-wia-aanvraag-uiterlijk", /2027/), /zondag 17 oktober 2027/);
        assert.match(await wachtOpTekst(d, "#mijlpaal-einde-wachttijd", /2028/), /zondag 2 januari 2028/);
        assert.equal(await js(d, () => document.querySelector("#tl-start").value), "2026-01-05");
        assert.equal(await js(d, () => location.hash), "#/tijdlijn", "the address is cleaned");
        // However the engine draws the date field, the chosen date is also written out in words.
        await wachtOpTekst(d, "#tl-start-gekozen", /maandag 5 januari 2026/);
        const soort = await js(d, () => document.querySelector("#tl-start").type);
        t.diagnostic(`[${motor}] <input type="date"> is ${soort === "date" ? "supported (a date picker)" : `a plain "${soort}" box`}`);
        // The same link in English.
        await open(d, `${app.url}?lang=en#/tijdlijn?start=2026-01-05`, "My timeline");
        await wachtOpTekst(d, "#mijlpaal-42e-weeksmelding", /Monday 26 October 2026/);
      });
      // Pasted into a tab where the app runs (only the fragment changes): the date reaches the
      // timeline's entry, stored and shown; another date is asked about first (issue 22).
      await metSessie(t, "3-geplakt", async (d) => {
        await open(d, `${app.url}?lang=nl#/`, "Welkom bij Spoorwijzer");
        await js(d, () => { location.hash = "#/tijdlijn?start=2026-01-05"; });
        await wachtOp(d, async () => (await d.getCurrentUrl()).includes("/tijdlijn.html?lang=nl#/tijdlijn"), "the timeline's entry, query kept", TIJD.lang);
        await wachtOpKop(d, "Mijn tijdlijn");
        await wachtOp(d, () => js(d, () => document.querySelector("#tl-start")?.value === "2026-01-05"), "the link's date in the form");
        await wachtOp(d, async () => (await dokument(d))?.tijdlijn?.eerste_ziektedag === "2026-01-05", "the link's date stored");
        await wachtOpTekst(d, "#mijlpaal-42e-weeksmelding", /maandag 26 oktober 2026/);
        await js(d, () => { location.hash = "#/tijdlijn?start=2026-02-02"; });
        await wachtOpTekst(d, "section.tl-link-vraag", /maandag 2 februari 2026/);
        assert.equal((await dokument(d)).tijdlijn.eerste_ziektedag, "2026-01-05", "nothing replaced before the answer");
        await knop(d, "Vervang mijn datum");
        await wachtOp(d, async () => (await dokument(d))?.tijdlijn?.eerste_ziektedag === "2026-02-02", "the new date stored");
        await wachtOpTekst(d, "#tl-link-antwoord", /maandag 2 februari 2026/);
      });
    });

    reis(`4. a share link with a code, opened in a fresh profile, shows the coach what was shared`, async (t) => {
      const { link, code, keuze } = await metSessie(t, "4-kandidaat", async (d) => {
        const keuze = await vulZorgen(d, app.url);
        await open(d, `${app.url}#/delen`);
        await klik(d, () => d.findElement(By.css('input[name=deel-module][value="zorgen"]')), "the worries module");
        await knop(d, "Maak een", { begin: true });
        const veld = await element(d, "#deel-link");
        const link = await js(d, (el) => el.value, veld);
        const code = (await (await element(d, ".deel-code")).getText()).trim();
        assert.ok(link.startsWith(`${app.url}coach.html#/gedeeld/`), link);
        assert.match(code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
        const inVoorbeeld = await js(d, () => document.querySelector(".voorbeeld-kader")?.textContent ?? "");
        assert.ok(inVoorbeeld.includes(keuze), "the preview shows the choice");
        return { link, code, keuze };
      });
      t.diagnostic(`[${motor}] share link: ${link.length} characters`);
      await metSessie(t, "4-coach", async (d) => {
        // In the form sent before the coach's side had its own entry: it moves there.
        await open(d, link.replace("coach.html#", "#"));
        assert.equal(await d.getCurrentUrl(), link);
        const invoer = await element(d, "#code");
        await invoer.sendKeys(code);
        await klik(d, () => d.findElement(By.css("form.code-formulier button[type=submit]")), "Bekijk de antwoorden");
        await element(d, "#gedeeld-kop", TIJD.lang);
        const gezien = await js(d, () => document.querySelector(".voorbeeld-kader").textContent);
        assert.ok(gezien.includes(keuze), `the coach sees "${keuze}"`);
        assert.deepEqual(Object.keys((await dokument(d))?.modules ?? {}), [], "nothing is stored on the coach's device");
      });
    });

    reis(`5. export the save file, import it into a fresh profile`, async (t) => {
      const { pad, docA } = await metSessie(t, "5-export", async (d, s) => {
        await vulZorgen(d, app.url);
        await open(d, `${app.url}#/delen`);
        for (const n of fs.readdirSync(s.downloads)) if (BEWAARBESTAND.test(n)) fs.rmSync(path.join(s.downloads, n));
        await vangBlobs(d);
        await knop(d, "Download het bewaarbestand");
        const gemaakt = await wachtOp(d, () => laatsteBlob(d), "the app to make the save file");
        let pad;
        if (MOTOREN[motor].kanDownloaden) {
          pad = await wachtOpDownload(s.downloads, BEWAARBESTAND);
          assert.equal(fs.readFileSync(pad, "utf8"), gemaakt, "the downloaded file is what the app made");
          t.diagnostic(`[${motor}] real download: ${path.basename(pad)}`);
        } else {
          // No download folder this driver can see: the prepared file is the one the app's own export made.
          pad = path.join(s.downloads, `spoorwijzer-bewaarbestand-voorbereid-${motor}.json`);
          fs.writeFileSync(pad, gemaakt);
          t.diagnostic(`[${motor}] the driver cannot download: importing the file the app's export code made (read from its Blob)`);
        }
        const json = JSON.parse(fs.readFileSync(pad, "utf8"));
        assert.equal(json.formaat, "spoorwijzer-bewaarbestand");
        const docA = await dokument(d);
        assert.deepEqual(json.dokument.modules, docA.modules);
        // Outside the download folder, which the next session may share (WebKit).
        const kopie = path.join(path.dirname(s.downloads), `sw-import-${motor}-${process.pid}.json`);
        fs.copyFileSync(pad, kopie);
        return { pad: kopie, docA };
      });
      try {
        await metSessie(t, "5-import", async (d) => {
          await open(d, `${app.url}#/delen`);
          assert.equal((await dokument(d))?.modules?.zorgen, undefined, "a fresh profile");
          const invoer = await element(d, "#import-bestand");
          await invoer.sendKeys(pad);
          await element(d, "#import-voorbeeld", TIJD.lang);
          await knop(d, "Samenvoegen");
          await wachtOpTekst(d, "#import-status", /Klaar\./);
          const docB = await dokument(d);
          assert.deepEqual(docB.modules.zorgen.antwoorden, docA.modules.zorgen.antwoorden, "the answers arrived");
        });
      } finally {
        fs.rmSync(pad, { force: true });
      }
    });

    reis(`6. embedded with embed.js on another origin, the frame follows the content's height`, async (t) => {
      await metSessie(t, "6-embed", async (d) => {
        assert.notEqual(host.origin, app.origin);
        await d.get(host.url);
        const iframe = await element(d, "iframe");
        const frameHoogte = () => js(d, () => document.querySelector("iframe").getBoundingClientRect().height);
        /** Inside the frame: the content height the app reports, and the page's heading. */
        const binnen = async (fn) => {
          await d.switchTo().frame(iframe);
          try { return await fn(); } finally { await d.switchTo().defaultContent(); }
        };
        const inhoud = () => binnen(() => js(d, () => ({
          hoogte: Math.ceil(document.body.getBoundingClientRect().height),
          kop: document.querySelector("main h1")?.textContent.trim() ?? "",
          balk: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
        })));
        /** Wait until the frame is as tall as its content (within 2 px; the host allows 150 px at least). */
        const volgt = async (wat) => wachtOp(d, async () => {
          const [h, i] = [await frameHoogte(), await inhoud()];
          return i.kop && Math.abs(h - Math.max(150, i.hoogte)) <= 2 ? { frame: h, ...i } : false;
        }, `the frame to follow the content height (${wat})`, TIJD.lang);

        await binnen(() => wachtOpKop(d, "Welkom bij Spoorwijzer"));
        assert.equal(await binnen(() => js(d, () => document.documentElement.classList.contains("embed"))), true);
        const start = await volgt("start page");
        assert.ok(start.frame > 600, `the start page is taller than the first 600 px (${start.frame})`);
        assert.equal(start.balk, false, "no scrollbar inside the frame");

        // A short page: the frame shrinks. A long page: it grows again.
        await binnen(async () => { await js(d, () => { location.hash = "#/bestaat-niet"; }); await wachtOpKop(d, "Deze pagina bestaat niet"); });
        const kort = await volgt("a short page");
        assert.ok(kort.frame < start.frame - 50, `the frame shrank (${start.frame} -> ${kort.frame})`);
        await binnen(async () => { await js(d, () => { location.hash = "#/privacy"; }); await wachtOpKop(d, "Privacy: wat we bewaren en waar"); });
        const lang = await volgt("a long page");
        assert.ok(lang.frame > kort.frame + 50, `the frame grew (${kort.frame} -> ${lang.frame})`);
        assert.equal(lang.balk, false, "no scrollbar inside the frame");
        t.diagnostic(`[${motor}] frame heights: start ${start.frame}, short ${kort.frame}, long ${lang.frame}`);
        assert.equal(await js(d, () => document.querySelector("#na").previousElementSibling.tagName), "SCRIPT");
      });
    });

    reis(`7. the profile page in print media renders the conversation sheet`, async (t) => {
      await metSessie(t, "7-print", async (d) => {
        const keuze = await vulZorgen(d, app.url);
        await open(d, `${app.url}#/profiel`, "Mijn profiel");
        const stand = () => js(d, () => {
          const zichtbaar = (s) => { const el = document.querySelector(s); return !!el && getComputedStyle(el).display !== "none" && el.getBoundingClientRect().height > 0; };
          return { blad: zichtbaar(".gespreksblad"), kop: zichtbaar("header.kop"), scherm: zichtbaar(".alleen-scherm"), h1: zichtbaar("main h1"), print: matchMedia("print").matches };
        });
        assert.deepEqual(await stand(), { blad: false, kop: true, scherm: true, h1: true, print: false }, "on screen: the profile, not the sheet");
        const blad = await js(d, () => document.querySelector(".gespreksblad").textContent);
        assert.ok(blad.includes("Mijn gespreksblad") && blad.includes(keuze), "the sheet holds its title and the chosen worry");
        const inPrint = { blad: true, kop: false, scherm: false, h1: false };

        // (a) Real print media, where the driver can switch it: Chromium, through DevTools.
        if (motor === "chromium") {
          await d.sendDevToolsCommand("Emulation.setEmulatedMedia", { media: "print" });
          const s = await stand();
          assert.equal(s.print, true, "print media is on");
          assert.deepEqual({ ...s, print: undefined }, { ...inPrint, print: undefined }, "print media: only the sheet");
          await d.sendDevToolsCommand("Emulation.setEmulatedMedia", { media: "" });
          t.diagnostic(`[${motor}] print media emulated through DevTools: only the sheet shows`);
        }

        // (b) Every engine: the page's own print rules, switched on for the screen through the CSSOM.
        const omgezet = await js(d, () => {
          let print = 0;
          const loop = (regels) => {
            for (const r of regels) {
              if (r.media && r.cssRules) {
                const m = r.media.mediaText;
                if (/\bprint\b/.test(m)) { r.media.mediaText = "all"; print++; } else if (/^\s*screen\s*$/.test(m)) r.media.mediaText = "not all";
                loop(r.cssRules);
              }
            }
          };
          for (const s of document.styleSheets) { try { loop(s.cssRules); } catch { /* another origin: none here */ } }
          return print;
        });
        assert.ok(omgezet >= 1, "the page has print rules");
        const s = await stand();
        assert.deepEqual({ blad: s.blad, kop: s.kop, scherm: s.scherm, h1: s.h1 }, inPrint, "with the print rules applied: only the sheet");
        // Laid out at the printable width of A4 (210 mm less the 2 x 14 mm @page margins),
        // the sheet must fit the printable height (297 - 28 = 269 mm): an estimate, for
        // the engine without a PDF; Chromium and Firefox also print it below.
        const mm = await js(d, () => {
          document.body.style.width = "182mm";
          const h = document.querySelector(".gespreksblad").getBoundingClientRect().height;
          document.body.style.width = "";
          return (h * 25.4) / 96;
        });
        assert.ok(mm > 50 && mm <= 269, `the sheet is ${mm.toFixed(0)} mm tall at A4 print width; one page holds 269 mm`);
        t.diagnostic(`[${motor}] print rules applied through the CSSOM (${omgezet} @media print blocks): only the sheet shows, ${mm.toFixed(0)} mm tall at A4 width (one page: 269 mm)`);
        await herlaad(d, "Mijn profiel");

        // (c) The printed PDF, where the driver has W3C "Print Page".
        let pdf = null;
        try {
          pdf = Buffer.from(await d.printPage({ width: 21, height: 29.7, background: true }), "base64");
        } catch (e) {
          if (!/unknown command|unsupported operation|not implemented/i.test(`${e.name} ${e.message}`)) throw e;
          t.diagnostic(`[${motor}] GAP: this driver has no W3C Print Page command (${e.name}); no PDF: its page count and text are not checked (the one-page fit is the layout estimate above)`);
        }
        if (pdf) await keurPdf(t, pdf, keuze);
      });
    });

    /** The printed profile: one A4 page with the sheet, not the screen heading. */
    async function keurPdf(t, pdf, keuze) {
      const { paginas, tekst } = leesPdf(pdf);
      assert.equal(paginas, 1, "the sheet prints on one A4 page");
      if (tekst === null) {
        t.diagnostic(`[${motor}] the PDF has one page; its text could not be extracted`);
      } else {
        const vlak = zonderWit(tekst);
        assert.ok(vlak.includes("Mijngespreksblad"), "the PDF shows the sheet's title");
        assert.ok(vlak.includes(zonderWit(keuze)), "the PDF shows the chosen worry");
        assert.ok(!vlak.includes("Mijnprofiel"), "the screen heading is not printed");
        t.diagnostic(`[${motor}] W3C Print Page: one A4 page with the sheet's title and the chosen worry`);
      }
    }

    reis(`8. the browser's Back goes to the previous step, also from one part to the one before`, async (t) => {
      await metSessie(t, "8-terug", async (d) => {
        await open(d, `${app.url}#/zorgen`, "Zorgen en gedachten");
        await klikLink(d, "Begin");
        const vakje = await element(d, "form.vragen input[type=checkbox]");
        await klik(d, vakje, "the first worry");
        await wachtOp(d, async () => Object.keys((await dokument(d))?.modules?.zorgen?.antwoorden ?? {}).length > 0, "the worry to be stored");
        const stappen = [await stapPlaats(d)];
        while (!/^Deel 2 van/.test(stappen[stappen.length - 1])) stappen.push(await volgendeStap(d));
        assert.deepEqual(stappen, [
          "Deel 1 van 2 · nog 1 vraag (#/zorgen/1/1)",
          "Deel 1 van 2 · laatste vraag (#/zorgen/1/2)",
          "Deel 2 van 2 · nog 1 vraag (#/zorgen/2/1)",
        ]);
        assert.deepEqual((await dokument(d)).modules.zorgen.delen_klaar, ["gedachten"], "leaving the last question of part 1 marked it done");
        // Back: part 2, question 1 -> the last question of part 1 -> the first question.
        await d.navigate().back();
        await wachtOp(d, async () => (await stapPlaats(d)) === stappen[1], `Back to "${stappen[1]}"`, TIJD.lang);
        assert.equal(await js(d, () => location.hash), "#/zorgen/1/2");
        await d.navigate().back();
        await wachtOp(d, async () => (await stapPlaats(d)) === stappen[0], `Back to "${stappen[0]}"`, TIJD.lang);
        await wachtOp(d, async () => (await d.findElement(By.css("form.vragen input[type=checkbox]"))).isSelected(), "the ticked worry after Back");
        // Forward, and a reload on that step.
        await d.navigate().forward();
        await wachtOp(d, async () => (await stapPlaats(d)) === stappen[1], `Forward to "${stappen[1]}"`, TIJD.lang);
        await herlaad(d, "Zorgen en gedachten");
        assert.equal(await wachtOp(d, () => stapPlaats(d), "the step after the reload"), stappen[1], "a reload stays on the step");
      });
    });

    reis(`9. text typed into a field is kept when the page is reloaded right away`, async (t) => {
      await metSessie(t, "9-tekst", async (d) => {
        await open(d, `${app.url}#/zorgen/2/1`, "Zorgen en gedachten");
        const veld = await element(d, "form.vragen textarea");
        await klik(d, veld, "the text field");
        await veld.sendKeys("Hoe ik mijn dagen indeel.");
        // No wait at all: the last letter must already be stored.
        await d.navigate().refresh();
        await wachtOp(d, () => js(d, () => !!document.querySelector("form.vragen textarea")), "the text field after the reload", TIJD.lang);
        assert.equal(await js(d, () => document.querySelector("form.vragen textarea").value), "Hoe ik mijn dagen indeel.");
        assert.equal((await dokument(d)).modules.zorgen.antwoorden["zor.gesprek"].waarde, "Hoe ik mijn dagen indeel.");
        await open(d, `${app.url}#/`, "Welkom bij Spoorwijzer");
        assert.equal(await verderLink(d), "#/zorgen/2/1", "the module counts as started");
      });
    });

    reis(`10. an encrypted save file: save with a passphrase, delete everything, open the file with the passphrase, the answers are back`, async (t) => {
      await metSessie(t, "10-versleuteld", async (d, s) => {
        const keuze = await vulZorgen(d, app.url);
        const voor = await dokument(d);
        await open(d, `${app.url}#/delen`, "Delen met je coach");
        await klik(d, await element(d, "#bewaar-met-ww"), "Beveilig het bestand met een wachtwoord");
        const WW = "paard batterij niet";
        await (await element(d, "#ww-1")).sendKeys(WW);
        await (await element(d, "#ww-2")).sendKeys(WW);
        await vangBlobs(d);
        for (const n of fs.readdirSync(s.downloads)) if (BEWAARBESTAND.test(n)) fs.rmSync(path.join(s.downloads, n));
        await knop(d, "Download het bewaarbestand");
        // Encryption (PBKDF2, 600 000 rounds) takes a moment in a slow engine.
        const gemaakt = await wachtOp(d, () => laatsteBlob(d), "the app to make the encrypted save file", TIJD.lang);
        const json = JSON.parse(gemaakt);
        assert.equal(json.formaat, "spoorwijzer-bewaarbestand");
        assert.ok(json.versleuteld && !("dokument" in json), "the file holds only encrypted data");
        assert.ok(!gemaakt.includes(keuze) && !gemaakt.includes("zor."), "no answer readable in the file");
        // The file to open: the real download where the engine saved one, otherwise the exact bytes the app offered.
        let pad = path.join(path.dirname(s.downloads), `sw-versleuteld-${motor}-${process.pid}.json`);
        try {
          fs.copyFileSync(await wachtOpDownload(s.downloads, BEWAARBESTAND), pad);
          assert.equal(fs.readFileSync(pad, "utf8"), gemaakt, "the downloaded file is what the app made");
        } catch (e) {
          if (!/no download matching/.test(e.message)) throw e;
          gat(t, "no encrypted save file appeared in the download folder; opening the exact file the app's export made (read from its Blob)");
          fs.writeFileSync(pad, gemaakt);
        }
        try {
          // Delete everything, as a person would on the privacy page.
          await open(d, `${app.url}#/privacy`, "Privacy: wat we bewaren en waar");
          await knop(d, "Wis al mijn gegevens");
          await knop(d, "Ja, wis alles");
          await wachtOp(d, async () => (await dokument(d))?.modules?.zorgen === undefined, "the answers to be deleted");
          // Open the file with the passphrase.
          await open(d, `${app.url}#/delen`, "Delen met je coach");
          await (await element(d, "#import-bestand")).sendKeys(pad);
          await wachtOpTekst(d, "main", /beveiligd met een wachtwoord/);
          await (await element(d, "#import-ww")).sendKeys(WW);
          await knop(d, "Open het bestand");
          await element(d, "#import-voorbeeld", TIJD.lang);
          await knop(d, "Samenvoegen");
          await wachtOpTekst(d, "#import-status", /Klaar\./);
          const na = await dokument(d);
          assert.deepEqual(na.modules.zorgen.antwoorden, voor.modules.zorgen.antwoorden, "the answers are back");
          t.diagnostic(`[${motor}] encrypted save file: ${gemaakt.length} bytes, opened with its passphrase after deleting everything`);
        } finally {
          fs.rmSync(pad, { force: true });
        }
      });
    });

    reis(`12. two tabs: answer in one, delete everything there, then a choice in the other: nothing comes back`, async (t) => {
      await metSessie(t, "12-twee-tabs", async (d) => {
        await open(d, `${app.url}#/zorgen/2/1`, "Zorgen en gedachten");
        const veld = await element(d, "form.vragen textarea");
        await klik(d, veld, "the text field");
        await veld.sendKeys("Wat weg moet blijven");
        await wachtOp(d, async () => (await dokument(d))?.modules?.zorgen?.antwoorden?.["zor.gesprek"]?.waarde === "Wat weg moet blijven", "the text to be stored");
        const eerste = await d.getWindowHandle();
        // Tab commands, each within a deadline: where one hangs, the failure names it.
        const naar = (handvat, wat) => binnen(d.switchTo().window(handvat), TIJD.kort, `switching to the ${wat} tab`);
        try {
          // Some drivers never answer this command: give it 20 seconds.
          await binnen(d.switchTo().newWindow("tab"), 20000, "opening a second tab");
        } catch (e) {
          if (e instanceof GeenAntwoord) throw e;
          gat(t, `the driver cannot open a second tab (${e.message}); the two-tab wipe is covered in Chromium (tests/e2e/opslag.test.mjs)`);
          return;
        }
        const tweede = await binnen(d.getWindowHandle(), TIJD.kort, "reading the second tab's handle");
        t.diagnostic(`[${motor}] second tab open`);
        await open(d, `${app.url}#/`, "Welkom bij Spoorwijzer");
        // Back in the first tab: to the privacy page inside the app, and delete everything.
        await naar(eerste, "first");
        await js(d, () => { location.hash = "#/privacy"; });
        await wachtOpKop(d, "Privacy: wat we bewaren en waar");
        await knop(d, "Wis al mijn gegevens");
        await knop(d, "Ja, wis alles");
        await wachtOpTekst(d, "main", /Alles is gewist\./);
        t.diagnostic(`[${motor}] wiped in the first tab`);
        // A choice in the second tab is written; the first tab hears it.
        await naar(tweede, "second");
        await knop(d, "English");
        // Where the second tab has not heard of the wipe yet (WebKit may hold a
        // hidden tab's storage events), the choice was made on a wiped copy: it
        // is dropped and the tab says so. The person then chooses again.
        const taalBewaard = async () => (await dokument(d))?.instellingen?.taal === "en";
        const gemeld = () => js(d, () => /Alles is gewist in een ander venster/.test(document.body.innerText));
        await wachtOp(d, async () => (await taalBewaard()) || (await gemeld()), "the second tab's language to be stored, or the wipe to be told");
        if (!(await taalBewaard())) {
          t.diagnostic(`[${motor}] the second tab heard of the wipe at its write: the choice was dropped and the wipe told; chosen again`);
          await knop(d, "English");
        }
        await wachtOp(d, taalBewaard, "the second tab's language to be stored");
        await naar(eerste, "first");
        await wachtOp(d, () => js(d, () => document.documentElement.lang === "en"), "the first tab to follow the second tab's language");
        const alles = await js(d, () => Object.entries(localStorage).filter(([k]) => k.startsWith("spoorwijzer.")).map(([, v]) => v).join("\n"));
        assert.ok(!alles.includes("Wat weg moet blijven"), `[${motor}] nothing wiped is back in storage`);
        await naar(tweede, "second");
        await binnen(d.close(), TIJD.kort, "closing the second tab");
        await naar(eerste, "first");
      });
    });

    reis(`11. "Kijk van een ander": an invitation answered in a fresh profile comes back and is added to the profile`, async (t) => {
      // The candidate invites; their document (with the invitation) is carried to
      // the last session as a save file would carry it.
      const { uitnodiging, doc } = await metSessie(t, "11-uitnodiging", async (d) => {
        await open(d, `${app.url}#/anderen`, "Hoe zien anderen jou?");
        await (await element(d, "#kijk-naam")).sendKeys("Sanne");
        await knop(d, "Maak een uitnodiging");
        const uitnodiging = await js(d, (el) => el.value, await element(d, "#uitnodiging-link"));
        assert.ok(uitnodiging.startsWith(`${app.url}#/kijk/`), uitnodiging);
        return { uitnodiging, doc: await dokument(d) };
      });
      const { link, code } = await metSessie(t, "11-antwoord", async (d) => {
        await open(d, uitnodiging, "Sanne vraagt: hoe zie jij mij?");
        await knop(d, "Begin ›");
        await klik(d, () => d.findElement(By.css("input[name=kijk-kwaliteit][value=geduldig]")), "Geduldig");
        for (let n = 0; n < 4; n++) {
          await element(d, "#vraag-kop");
          await knop(d, "Volgende ›");
        }
        await (await element(d, "#kijk-van")).sendKeys("Ahmed");
        await knop(d, "Maak mijn antwoord klaar");
        const link = await js(d, (el) => el.value, await element(d, "#antwoord-link"));
        const code = (await (await element(d, "#antwoord-code")).getText()).trim();
        assert.deepEqual(await js(d, () => Object.keys(localStorage)), [], "nothing stored on the trusted person's device");
        return { link, code };
      });
      await metSessie(t, "11-toevoegen", async (d) => {
        await open(d, `${app.url}#/`, "Welkom bij Spoorwijzer");
        await js(d, (doc) => { localStorage.setItem("spoorwijzer.document", JSON.stringify(doc)); localStorage.setItem("spoorwijzer.revisie", String(doc.revisie)); }, doc);
        await open(d, link, "Een antwoord voor jou");
        await herlaad(d, "Een antwoord voor jou");
        await (await element(d, "#kijk-code")).sendKeys(code);
        await knop(d, "Bekijk het antwoord");
        await element(d, "#kijk-voorbeeld-kop", TIJD.lang);
        await knop(d, "Voeg toe aan mijn profiel");
        await wachtOpTekst(d, "#kijk-status", /Toegevoegd/);
        assert.deepEqual((await dokument(d)).kijk.map((r) => r.label), ["Ahmed"]);
        await open(d, `${app.url}#/profiel`, "Mijn profiel");
        const tekst = await wachtOpTekst(d, "section.blok", /Alleen anderen noemen het/);
        assert.match(tekst, /Geduldig\s*genoemd door Ahmed/);
      });
    });

    // ---- Fallbacks: what the app does where an engine lacks an API it uses.

    reis(`fallback: a share link without CompressionStream still reaches the coach`, async (t) => {
      const { link, code, keuze, natief } = await metSessie(t, "f-compressie", async (d) => {
        const natief = await js(d, () => typeof CompressionStream === "function");
        await openZonder(d, app.url, ["compression"], "#/", "Welkom bij Spoorwijzer");
        assert.equal(await js(d, () => typeof CompressionStream), "undefined");
        const keuze = await vulZorgen(d, app.url);
        await open(d, `${app.url}#/delen`);
        await klik(d, () => d.findElement(By.css('input[name=deel-module][value="zorgen"]')), "the worries module");
        await knop(d, "Maak een", { begin: true });
        const link = await js(d, (el) => el.value, await element(d, "#deel-link"));
        const code = (await (await element(d, ".deel-code")).getText()).trim();
        assert.deepEqual(await opgenomenFouten(d), [], "no error without CompressionStream");
        return { link, code, keuze, natief };
      });
      t.diagnostic(`[${motor}] CompressionStream: ${natief ? "present" : "MISSING"} natively; without it the link is ${link.length} characters (stored, not compressed)`);
      await metSessie(t, "f-compressie-coach", async (d) => {
        await open(d, link);
        await (await element(d, "#code")).sendKeys(code);
        await klik(d, () => d.findElement(By.css("form.code-formulier button[type=submit]")), "Bekijk de antwoorden");
        await element(d, "#gedeeld-kop", TIJD.lang);
        assert.ok((await js(d, () => document.querySelector(".voorbeeld-kader").textContent)).includes(keuze));
      });
    });

    reis(`fallback: copying without the Clipboard API selects the text and says how to copy`, async (t) => {
      await metSessie(t, "f-klembord", async (d) => {
        // As the engine is: either the clipboard takes it, or the fallback shows.
        await open(d, `${app.url}#/coach`, "Voor coaches");
        await knop(d, "Kopieer de link");
        const natief = await wachtOpTekst(d, ".coach-kopieer-status", /Gekopieerd\.|Kopiëren lukte niet vanzelf/);
        t.diagnostic(`[${motor}] Clipboard API ${await js(d, () => !!navigator.clipboard?.writeText) ? "present" : "MISSING"}; the copy button said: "${natief.trim().slice(0, 40)}"`);
        // Without the API.
        await openZonder(d, app.url, ["clipboard"], "#/coach", "Voor coaches");
        assert.equal(await js(d, () => navigator.clipboard === undefined), true);
        await knop(d, "Kopieer de link");
        await wachtOpTekst(d, ".coach-kopieer-status.zelf", /Kopiëren lukte niet vanzelf.*Ctrl\+C/);
        const selectie = await js(d, () => {
          const el = document.activeElement;
          return { id: el.id, heel: el.selectionStart === 0 && el.selectionEnd === el.value.length && el.value.length > 0 };
        });
        assert.deepEqual(selectie, { id: "coach-link", heel: true }, "the link is selected for copying by hand");
        assert.deepEqual(await opgenomenFouten(d), []);
      });
    });

    reis(`fallback: without a date picker the start date is typed as text`, async (t) => {
      await metSessie(t, "f-datum", async (d) => {
        await openZonder(d, app.url, ["date"], "#/tijdlijn", "Mijn tijdlijn");
        const veld = await element(d, "#tl-start");
        assert.equal(await js(d, (el) => el.type, veld), "text", "a plain text box, as in an engine without a date picker");
        assert.match(await js(d, () => document.querySelector(".tl-datumhint").textContent), /jaar-maand-dag/, "the hint explains what to type");
        await veld.sendKeys("5-1-2026");
        await js(d, (el) => el.blur(), veld);
        await wachtOpTekst(d, "#mijlpaal-42e-weeksmelding", /maandag 26 oktober 2026/);
        await wachtOpTekst(d, "#tl-start-gekozen", /maandag 5 januari 2026/);
        assert.deepEqual(await opgenomenFouten(d), []);
      });
    });

    reis(`fallback: in a private window, and without a service worker or persistent storage, the app works`, async (t) => {
      // (a) The engine's own private mode, on the real build.
      await metSessie(t, "f-prive", async (d) => {
        await open(d, `${app.url}#/`, "Welkom bij Spoorwijzer");
        const sw = await js(d, () => new Promise((klaar) => {
          if (!("serviceWorker" in navigator)) return klaar("not available");
          const klok = setTimeout(() => klaar("not registered after 5 s"), 5000);
          navigator.serviceWorker.ready.then(() => { clearTimeout(klok); klaar("registered"); }, (e) => klaar(`refused: ${e}`));
        }));
        const persist = await js(d, () => typeof navigator.storage?.persist === "function");
        t.diagnostic(`[${motor}] private window: service worker ${sw}; navigator.storage.persist ${persist ? "present" : "MISSING"}`);
        await knop(d, "English");
        await wachtOpKop(d, "Welcome to Spoorwijzer");
        await herlaad(d, "Welcome to Spoorwijzer");
      }, { prive: true });
      // (b) Both APIs taken away.
      await metSessie(t, "f-zonder-sw", async (d) => {
        await openZonder(d, app.url, ["serviceworker", "persist"], "#/", "Welkom bij Spoorwijzer");
        assert.equal(await js(d, () => "serviceWorker" in navigator), false);
        assert.equal(await js(d, () => typeof navigator.storage?.persist), "undefined");
        await knop(d, "English");
        await wachtOpKop(d, "Welcome to Spoorwijzer");
        await herlaad(d, "Welcome to Spoorwijzer");
        assert.equal((await dokument(d)).instellingen.taal, "en");
        assert.deepEqual(await opgenomenFouten(d), [], "no error without a service worker or persist()");
      });
    });
  });
}
