// Derives the occupations Spoorwijzer ships (issue 27) from ESCO's Dutch export.
//
//   node scripts/esco.mjs [path/to/occupations_nl.csv]
//
// Default path: ../shared/data/esco/occupations_nl.csv (beside the checkout). Writes, in pwa/beroepen/:
// - index.nl.txt: the search index, one occupation a line:
//     code <TAB> title <TAB> synonyms joined by "|" <TAB> search-only terms joined by "|"
//   `code` is ESCO's own code (the ISCO-08 unit group, a dot, ESCO's suffix: "2221.1"), unique per
//   occupation, so it is the id in addresses (#/beroepen/2221.1) and in the person's kept list.
// - omschrijving-<d>.nl.txt, d = 0..9: the descriptions, one a line (code <TAB> description), split by
//   the first digit of the ISCO group, so opening an occupation fetches about a tenth of them.
// Lines are in code order, so the files only change when ESCO does. Nothing is reworded.
//
// What is left out (said on the page and on "Over de vragen"): the concept URIs, dates, status, scheme
// and regulation notes (administrative), ESCO's skills and the links between occupations and skills
// (not in this export). ESCO's hidden labels are kept as search-only terms: they mix real variants
// ("sous-chef", "head hunter") with misspellings ("welnesscentrum"); they help a search find the
// occupation but are never shown as its names.
//
// Plain node, no dependencies; the app reads these files (src/domain/beroepen), the tests read the
// committed copies (CI has no ../shared).
import fs from "node:fs";
import path from "node:path";

const hier = path.dirname(new URL(import.meta.url).pathname);
const bron = process.argv[2] ?? path.resolve(hier, "../../shared/data/esco/occupations_nl.csv");
const doel = path.resolve(hier, "../pwa/beroepen");

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function leesCsv(tekst) {
  const rijen = [];
  let rij = [];
  let veld = "";
  let inQuote = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i];
    if (inQuote) {
      if (c === '"') {
        if (tekst[i + 1] === '"') { veld += '"'; i++; } else inQuote = false;
      } else veld += c;
    } else if (c === '"') inQuote = true;
    else if (c === ",") { rij.push(veld); veld = ""; }
    else if (c === "\n") { rij.push(veld); rijen.push(rij); rij = []; veld = ""; }
    else if (c !== "\r") veld += c;
  }
  if (veld !== "" || rij.length) { rij.push(veld); rijen.push(rij); }
  return rijen;
}

// One line per occupation: tabs, line breaks and our separator "|" cannot appear inside a field.
const schoon = (s) => s.replace(/[\t\r\n|]+/g, " ").replace(/\s+/g, " ").trim();
const labels = (s) => {
  const gezien = new Set();
  return s.split("\n").map(schoon).filter((l) => l && !gezien.has(l.toLowerCase()) && gezien.add(l.toLowerCase()));
};

const [kop, ...rijen] = leesCsv(fs.readFileSync(bron, "utf8")).filter((r) => r.length > 1);
const k = Object.fromEntries(kop.map((n, i) => [n, i]));
for (const n of ["code", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels", "description", "status"]) {
  if (!(n in k)) throw new Error(`column ${n} missing from ${bron}`);
}
const beroepen = rijen
  .filter((r) => r[k.status] === "released")
  .map((r) => {
    const code = schoon(r[k.code]);
    if (!/^\d{4}(\.\d+)+$/.test(code) || !code.startsWith(r[k.iscoGroup])) throw new Error(`odd code ${code} for ${r[k.preferredLabel]}`);
    const titel = schoon(r[k.preferredLabel]);
    const syn = labels(r[k.altLabels]).filter((l) => l.toLowerCase() !== titel.toLowerCase());
    const bekend = new Set([titel, ...syn].map((l) => l.toLowerCase()));
    const zoek = labels(r[k.hiddenLabels]).filter((l) => !bekend.has(l.toLowerCase()));
    return { code, titel, syn, zoek, omschrijving: schoon(r[k.description]) };
  })
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
if (new Set(beroepen.map((b) => b.code)).size !== beroepen.length) throw new Error("codes are not unique");

fs.mkdirSync(doel, { recursive: true });
const index = beroepen.map((b) => [b.code, b.titel, b.syn.join("|"), b.zoek.join("|")].join("\t")).join("\n") + "\n";
fs.writeFileSync(path.join(doel, "index.nl.txt"), index);
for (let d = 0; d <= 9; d++) {
  const deel = beroepen.filter((b) => b.code.startsWith(String(d)));
  fs.writeFileSync(path.join(doel, `omschrijving-${d}.nl.txt`), deel.map((b) => `${b.code}\t${b.omschrijving}`).join("\n") + (deel.length ? "\n" : ""));
}
console.log(`${beroepen.length} occupations, ${beroepen.reduce((n, b) => n + b.syn.length, 0)} synonyms, ${beroepen.reduce((n, b) => n + b.zoek.length, 0)} search-only terms -> ${path.relative(process.cwd(), doel)}`);
