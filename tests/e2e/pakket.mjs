// A share package made in Node, as the candidate's app makes it once it sends its random
// candidate id (issue 28, item 1, on #/delen): the same frame and encryption as
// src/domain/envelop.rs (version byte, salt, iv, AES-GCM with a key from the code by
// PBKDF2-SHA-256 600,000 rounds, zlib inside, adler32 at the end, base64url).
import zlib from "node:zlib";

function adler32(buf) {
  let a = 1, b = 0;
  for (const x of buf) { a = (a + x) % 65521; b = (b + a) % 65521; }
  return ((b << 16) | a) >>> 0;
}

const CODE_TEKENS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** `inhoud`: the package's JSON (DeelInhoud). Returns { link, code } for the app at `appUrl`. */
export async function maakPakket(appUrl, inhoud) {
  const { subtle } = globalThis.crypto;
  // 248 = 8 * 31: bytes from there on would make some characters likelier.
  const code = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(40))).filter((b) => b < 248).slice(0, 10).map((b) => CODE_TEKENS[b % 31]).join("");
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const basis = await subtle.importKey("raw", new TextEncoder().encode(code), "PBKDF2", false, ["deriveKey"]);
  const sleutel = await subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", iterations: 600000, salt }, basis, { name: "AES-GCM", length: 256 }, false, ["encrypt"]);
  const geheim = new Uint8Array(await subtle.encrypt({ name: "AES-GCM", iv, tagLength: 128 }, sleutel, zlib.deflateSync(Buffer.from(JSON.stringify(inhoud)))));
  const kader = Buffer.concat([Buffer.from([1]), salt, iv, geheim]);
  const som = Buffer.alloc(4);
  som.writeUInt32BE(adler32(kader));
  const payload = Buffer.concat([kader, som]).toString("base64url");
  return { link: `${appUrl}coach.html#/gedeeld/${payload}`, code: `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}` };
}
