// Answerable before the app runs (issue 26), in every engine: a module's first
// question step from a link, on a slow line where the wasm has not arrived yet.
// The static first screen is the app's own render with real form controls, so a
// tap shows at once; when the wasm arrives the app takes each change through its
// own controls and stores it as if given there. The Chromium-only version with
// more cases is tests/e2e/vooraf.test.mjs.
//
//   SPOORWIJZER_ENGINES=firefox,webkit node --test tests/engines/vooraf.test.mjs   runs a subset.
import { describe } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { By } from "selenium-webdriver";
import { DIST } from "../e2e/hulp.mjs";
import { gekozen } from "./motoren.mjs";
import { reizen } from "./reizen.mjs";
import { TIJD, wachtOp, js, wachtOpKop, dokument, bewaakteApp } from "./hulp.mjs";

assert.ok(fs.existsSync(path.join(DIST, "index.html")), `no build in ${DIST}: run make build first`);

// The wasm is held back by the server until the journey lets it go: the slow line.
let poort = null;
let laat = () => {};
const sluit = () => { poort = new Promise((r) => { laat = r; }); };
const open = () => { laat(); poort = null; };

const app = bewaakteApp({ opties: { houd: (rel) => (rel.endsWith(".wasm") ? poort : null) }, voorSluiten: open });

const MODULE = "wie-ben-ik";
const VRAAG = "v-wbi-waarden";
const KAARTEN = `#voorscherm input[name="${VRAAG}"]`;

for (const motor of gekozen()) {
  describe(`${motor}`, { concurrency: 1 }, () => {
    const { reis, metSessie } = reizen(motor, () => app.origin);

    reis(`answer before the app: two cards ticked on a link's first question before the wasm arrives are shown at once and kept by the app`, async (t) => {
      await metSessie(t, "vooraf", async (d) => {
        sluit();
        let gekozen;
        try {
          // "none": the driver does not wait for the page to load (it never would, with its wasm held).
          await d.get(`${app.url}#/${MODULE}/1/1`);
          await wachtOp(d, async () => (await d.findElements(By.css(KAARTEN))).length >= 2, "the static first question", TIJD.lang);
          const waarden = (gekozen = await js(d, (css) => [...document.querySelectorAll(css)].slice(0, 2).map((i) => i.value), KAARTEN));
          // A tap on each card's label, as a thumb does.
          for (const w of waarden) {
            const label = await d.findElement(By.xpath(`//*[@id="voorscherm"]//label[.//input[@name="${VRAAG}" and @value="${w}"]]`));
            await d.executeScript("arguments[0].scrollIntoView({ block: 'center' })", label);
            await label.click();
          }
          const aan = () => js(d, (css) => [...document.querySelectorAll(`${css}:checked`)].map((i) => i.value), KAARTEN);
          assert.deepEqual((await aan()).sort(), [...waarden].sort(), "the browser shows both ticks at once");
          assert.equal(await dokument(d), null, "nothing is kept before the app runs");
          assert.equal(await js(d, () => !!document.getElementById("voorscherm")), true, "the app has not taken over yet");
        } finally {
          open();
        }
        // The wasm arrives: the app draws the same step and takes over both ticks.
        await wachtOp(d, () => js(d, () => !document.getElementById("voorscherm")), "the app to take over the first screen", TIJD.lang);
        await wachtOpKop(d);
        // Handed over one at a time, each after the app drew the one before.
        await wachtOp(d, async () => {
          const a = JSON.stringify((await dokument(d))?.modules?.[MODULE]?.antwoorden ?? {});
          return gekozen.every((w) => a.includes(`"${w}"`));
        }, "both ticks to be stored", TIJD.lang);
        const getoond = await js(d, (naam) => [...document.querySelectorAll(`main input[name="${naam}"]:checked`)].map((i) => i.value), VRAAG);
        assert.deepEqual(getoond.sort(), [...gekozen].sort(), "the app shows both ticks");
        t.diagnostic(`[${motor}] two ticks before the wasm, stored by the app: ${getoond.join(", ")}`);
      }, { laden: "none" });
    });
  });
}
