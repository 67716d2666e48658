// The page's policy in every engine (issue 22): the pages require Trusted Types
// (require-trusted-types-for 'script', with one policy for the service worker's
// address) and send no referrer. Each engine opens every entry's first page, and
// nothing may report an error or a policy violation; where the engine has Trusted
// Types, a string given to a markup sink is refused, so the requirement is in force
// and not only written down. The diagnostic names what each engine does.
//
//   SPOORWIJZER_ENGINES=firefox,webkit node --test tests/engines/beleid.test.mjs   runs a subset.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { gekozen } from "./motoren.mjs";
import { reizen } from "./reizen.mjs";
import { TIJD, wachtOp, js, open, bewaakteApp, nazien } from "./hulp.mjs";

// The first page of each entry, and two more of the candidate's.
const PAGINAS = [
  ["#/", "Welkom bij Spoorwijzer"],
  ["#/wie-ben-ik/1/1", "Wie ben ik?"],
  ["#/privacy", "Privacy: wat we bewaren en waar"],
  ["tijdlijn.html#/tijdlijn", "Mijn tijdlijn"],
  ["delen.html#/delen", "Delen met je coach"],
  ["delen.html#/anderen", null],
  ["coach.html#/coach", "Voor coaches"],
];

const app = bewaakteApp();

for (const motor of gekozen()) {
  describe(`${motor}`, { concurrency: 1 }, () => {
    const { reis, metSessie } = reizen(motor, () => app.origin);

    // The collector is read before the probe below, which makes the engine report a refused
    // assignment on purpose: so no check at the session's end.
    reis(`every entry opens under the policy with Trusted Types, with no violation`, (t) => metSessie(t, "beleid", async (d) => {
        for (const [adres, kop] of PAGINAS) await open(d, `${app.url}${adres}`, kop ?? undefined);
        const stand = await js(d, () => ({
          beleid: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? "",
          verwijzer: document.querySelector('meta[name="referrer"]')?.content ?? null,
          tt: typeof window.trustedTypes,
          sw: "serviceWorker" in navigator,
        }));
        assert.match(stand.beleid, /require-trusted-types-for 'script'; trusted-types spoorwijzer-sw/);
        assert.equal(stand.verwijzer, "no-referrer");
        // The service worker registers through the loader's policy (where the engine has one).
        if (stand.sw) {
          await wachtOp(d, () => js(d, async () => !!(await navigator.serviceWorker.getRegistration())), "the service worker's registration", TIJD.lang);
        }
        const { fouten, buiten } = await nazien(d, app.origin);
        assert.deepEqual(fouten, [], `[${motor}] errors or policy violations`);
        assert.deepEqual(buiten, []);
        if (stand.tt === "undefined") {
          t.diagnostic(`[${motor}] no Trusted Types in this engine: the directives are ignored, the rest of the policy holds`);
          return;
        }
        // In force: a plain string is refused as markup, and no other policy can be made.
        const proef = await js(d, () => {
          const uit = {};
          try { document.createElement("div").innerHTML = "<b>x</b>"; uit.markup = "set"; } catch (e) { uit.markup = e.name; }
          try { window.trustedTypes.createPolicy("iets", { createHTML: (x) => x }); uit.policy = "made"; } catch (e) { uit.policy = e.name; }
          return uit;
        });
        assert.deepEqual(proef, { markup: "TypeError", policy: "TypeError" }, `[${motor}] Trusted Types are enforced`);
        t.diagnostic(`[${motor}] Trusted Types enforced: a string is refused as markup, no other policy can be made`);
    }, { nazien: false }));
  });
}
