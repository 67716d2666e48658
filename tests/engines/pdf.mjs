// Just enough PDF reading to check a printed page: the page count, and the
// text drawn on it (through each font's ToUnicode map). Handles what Chromium
// (Skia, Identity-H two-byte codes) and Firefox (cairo, one-byte subsets) write.
import zlib from "node:zlib";

/** Objects of the file: number -> { dict, stream (inflated Buffer or null) }. */
function objecten(pdf) {
  const bin = pdf.toString("latin1");
  const uit = new Map();
  const re = /(\d+)\s+0\s+obj\b([\s\S]*?)\bendobj/g;
  for (let m; (m = re.exec(bin));) {
    const lijf = m[2];
    const s = /stream\r?\n/.exec(lijf);
    let dict = lijf, stream = null;
    if (s) {
      dict = lijf.slice(0, s.index);
      const ruw = Buffer.from(lijf.slice(s.index + s[0].length).replace(/\r?\n?endstream\s*$/, ""), "latin1");
      if (/\/FlateDecode/.test(dict)) {
        try { stream = zlib.inflateSync(ruw); } catch { try { stream = zlib.inflateSync(ruw, { finishFlush: zlib.constants.Z_SYNC_FLUSH }); } catch { stream = null; } }
      } else stream = ruw;
    }
    uit.set(Number(m[1]), { dict, stream });
  }
  // Objects packed into object streams (Firefox writes its page tree and fonts there).
  for (const { dict, stream } of [...uit.values()]) {
    if (!stream || !/\/Type\s*\/ObjStm/.test(dict)) continue;
    const n = Number(/\/N\s+(\d+)/.exec(dict)?.[1] ?? 0), eerste = Number(/\/First\s+(\d+)/.exec(dict)?.[1] ?? 0);
    const tekst = stream.toString("latin1");
    const kop = tekst.slice(0, eerste).trim().split(/\s+/).map(Number);
    for (let i = 0; i < n; i++) {
      const van = eerste + kop[2 * i + 1], tot = i + 1 < n ? eerste + kop[2 * i + 3] : tekst.length;
      if (!uit.has(kop[2 * i])) uit.set(kop[2 * i], { dict: tekst.slice(van, tot), stream: null });
    }
  }
  return uit;
}

const hexNaarTekst = (h) => {
  const b = Buffer.from(h.length % 4 ? h.padEnd(h.length + (4 - (h.length % 4)), "0") : h, "hex");
  let t = "";
  for (let i = 0; i + 1 < b.length; i += 2) t += String.fromCharCode(b.readUInt16BE(i));
  return t;
};

/** A ToUnicode CMap: code (hex string, upper case) -> text; and the code width in bytes. */
function cmap(tekst) {
  const kaart = new Map();
  let breedte = 1;
  for (const blok of tekst.matchAll(/begincodespacerange([\s\S]*?)endcodespacerange/g)) {
    const eerste = /<([0-9a-fA-F]+)>/.exec(blok[1]);
    if (eerste) breedte = eerste[1].length / 2;
  }
  for (const blok of tekst.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const r of blok[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) kaart.set(r[1].toUpperCase(), hexNaarTekst(r[2]));
  }
  for (const blok of tekst.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const r of blok[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<([0-9a-fA-F]+)>|\[([^\]]*)\])/g)) {
      const van = parseInt(r[1], 16), tot = parseInt(r[2], 16), w = r[1].length;
      const lijst = r[5] ? [...r[5].matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => x[1]) : null;
      for (let c = van; c <= tot && c - van < 65536; c++) {
        const code = c.toString(16).toUpperCase().padStart(w, "0");
        if (lijst) kaart.set(code, hexNaarTekst(lijst[c - van] ?? ""));
        else {
          const basis = parseInt(r[4].slice(-4), 16) + (c - van);
          kaart.set(code, hexNaarTekst(r[4].slice(0, -4) + basis.toString(16).padStart(4, "0")));
        }
      }
    }
  }
  return { kaart, breedte };
}

/** Bytes of a PDF literal string `( ... )` body, escapes resolved. */
function letterlijk(s) {
  const uit = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\") { uit.push(c.charCodeAt(0) & 0xff); continue; }
    const n = s[++i];
    const esc = { n: 10, r: 13, t: 9, b: 8, f: 12, "(": 40, ")": 41, "\\": 92 };
    if (n in esc) uit.push(esc[n]);
    else if (/[0-7]/.test(n)) {
      let o = n;
      while (o.length < 3 && /[0-7]/.test(s[i + 1])) o += s[++i];
      uit.push(parseInt(o, 8) & 0xff);
    } else if (n === "\r" || n === "\n") { if (n === "\r" && s[i + 1] === "\n") i++; } else uit.push(n.charCodeAt(0));
  }
  return Buffer.from(uit);
}

/** { paginas, tekst } of a PDF given as a Buffer. `tekst` is null when no text could be decoded. */
export function leesPdf(pdf) {
  const objs = objecten(pdf);
  // The page count: the root of the page tree holds the largest /Count.
  let paginas = 0;
  for (const { dict } of objs.values()) {
    if (/\/Type\s*\/Pages\b/.test(dict)) paginas = Math.max(paginas, Number(/\/Count\s+(\d+)/.exec(dict)?.[1] ?? 0));
  }

  // Font resource name -> its ToUnicode map.
  const fonts = new Map();
  const alle = [...objs.values()].map((o) => o.dict).join("\n");
  for (const res of alle.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
    for (const f of res[1].matchAll(/\/([^\s/<>\[\]()]+)\s+(\d+)\s+0\s+R/g)) {
      const font = objs.get(Number(f[2]));
      const tu = font && /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font.dict);
      const st = tu && objs.get(Number(tu[1]))?.stream;
      if (st) fonts.set(f[1], cmap(st.toString("latin1")));
    }
  }
  if (!fonts.size) return { paginas, tekst: null };

  let tekst = "";
  for (const { stream } of objs.values()) {
    if (!stream) continue;
    const s = stream.toString("latin1");
    if (!/\bBT\b/.test(s) || !/T[Jj]\b/.test(s)) continue;
    let font = null;
    const decodeer = (bytes) => {
      if (!font) return "";
      let t = "";
      for (let i = 0; i + font.breedte <= bytes.length; i += font.breedte) {
        t += font.kaart.get(bytes.subarray(i, i + font.breedte).toString("hex").toUpperCase()) ?? "";
      }
      return t;
    };
    const tokens = /\/([^\s/<>\[\]()]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F\s]*)>|\(((?:\\[\s\S]|[^\\)])*)\)|\b(Td|TD|Tm|T\*|ET)\b/g;
    for (let m; (m = tokens.exec(s));) {
      if (m[1] !== undefined) font = fonts.get(m[1]) ?? null;
      else if (m[2] !== undefined) tekst += decodeer(Buffer.from(m[2].replace(/\s+/g, ""), "hex"));
      else if (m[3] !== undefined) tekst += decodeer(letterlijk(m[3]));
      else if (m[4] === "ET" || m[4] === "T*" || m[4] === "Tm") tekst += " ";
    }
    tekst += "\n";
  }
  return { paginas, tekst };
}

/** Text without any white space, for comparisons that do not depend on how a PDF spaces words. */
export const zonderWit = (t) => (t ?? "").replace(/\s+/g, "");
