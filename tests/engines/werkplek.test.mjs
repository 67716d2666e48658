// "Mijn kandidaten" (issue 28) in every engine: WebCrypto's PBKDF2 and AES-GCM, the
// workspace's own storage key, and the lock, in Chromium, Firefox and WebKit. The core
// journey: a new workspace, one share opened with its code and kept, storage holds
// ciphertext only, locked on request, a wrong passphrase says so and changes nothing,
// the right one opens it again.
//
//   SPOORWIJZER_ENGINES=firefox,webkit node --test tests/engines/werkplek.test.mjs
import { describe } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { By } from "selenium-webdriver";
import { DIST } from "../e2e/hulp.mjs";
import { maakPakket } from "../e2e/pakket.mjs";
import { gekozen } from "./motoren.mjs";
import { reizen } from "./reizen.mjs";
import { TIJD, wachtOp, js, open, element, knop, wachtOpTekst, bewaakteApp } from "./hulp.mjs";

assert.ok(fs.existsSync(path.join(DIST, "index.html")), `no build in ${DIST}: run make build first`);

const WACHTWOORD = "lange rivier zachte lamp";
const app = bewaakteApp();

async function typ(d, css, tekst) {
  const veld = await element(d, css);
  await veld.clear();
  await veld.sendKeys(tekst);
  await wachtOp(d, () => js(d, (c, t) => document.querySelector(c)?.value === t, css, tekst), `${css} to hold the text`);
}

for (const motor of gekozen()) {
  describe(`${motor}`, { concurrency: 1 }, () => {
    const { reis, metSessie } = reizen(motor, () => app.origin);

    reis("Mijn kandidaten: a new workspace, a share kept with its code, ciphertext in storage, locked, a wrong passphrase changes nothing", async (t) => {
      const deel = await maakPakket(app.url, {
        versie: 2, taal: "nl", gemaakt_op: Date.now(), naam: "Sam", kandidaat: "kand-eng1-eng1-eng1", week: 61,
        modules: { zorgen: { "zor.gedachten": { soort: "keuzes", waarde: ["geld"] }, "zor.gesprek": { soort: "tekst", waarde: "Mijn uren" } } },
      });
      await metSessie(t, "werkplek", async (d) => {
        await open(d, `${app.url}coach.html#/kandidaten`, "Mijn kandidaten");
        await typ(d, "#werkplek-wachtwoord", WACHTWOORD);
        await typ(d, "#werkplek-herhaal", WACHTWOORD);
        await knop(d, "Maak mijn werkplek");
        await element(d, "#lijst-kop", TIJD.lang);
        await typ(d, "#open-links", deel.link);
        await knop(d, "Lees de links");
        await typ(d, "#open-1-code", deel.code);
        await knop(d, "Bekijk de antwoorden");
        await element(d, "form.open-nieuw", TIJD.lang);
        await knop(d, "Bewaar als nieuwe kandidaat");
        await wachtOpTekst(d, ".kandidaat-naam", /^Sam$/);
        assert.match(await js(d, () => document.querySelector(".kandidaat-rij").textContent), /week 61 van 104/);
        const opgeslagen = await js(d, () => localStorage.getItem("spoorwijzer-werkplek"));
        for (const leesbaar of ["Sam", "Mijn uren", "zorgen"]) assert.ok(!opgeslagen.includes(leesbaar), `[${motor}] ${leesbaar} is not readable in storage`);
        assert.equal(JSON.parse(opgeslagen).iteraties, 600000);

        await knop(d, "Zet op slot");
        await typ(d, "#werkplek-open", "dit is niet het wachtwoord");
        await knop(d, "Open mijn werkplek");
        await wachtOpTekst(d, "#werkplek-open-fout", /Dat wachtwoord klopt niet\. Er is niets veranderd\./);
        assert.equal(await js(d, () => localStorage.getItem("spoorwijzer-werkplek")), opgeslagen, `[${motor}] storage unchanged`);
        await typ(d, "#werkplek-open", WACHTWOORD);
        await knop(d, "Open mijn werkplek");
        await wachtOpTekst(d, ".kandidaat-naam", /^Sam$/);
        assert.equal((await d.findElements(By.css(".kandidaat-naam"))).length, 1);
      });
    });
  });
}
