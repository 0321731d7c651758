import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
const dir = 'dist/pagefind/fragment/';
let a = 0, b = 0, c = 0, n = 0;
const short = (cp) => cp < 35 * 1296 ? cp.toString(36).padStart(3, '0') : 'z' + cp.toString(36).padStart(4, '0');
for (const f of readdirSync(dir)) {
  const raw = gunzipSync(readFileSync(dir + f));
  // pagefind fragment: "pagefind_dcd" signature + json
  const text = raw.toString('utf8');
  const i = text.indexOf('{');
  const json = JSON.parse(text.slice(i));
  a += gzipSync(raw).length;
  const content = json.content.replace(/\bb([0-9a-z]{4})([0-9a-z]{4})(t?)\b/g, (m, x, y, t) => 'b' + short(parseInt(x, 36)) + (y === 'zzzz' ? 'zzz' : short(parseInt(y, 36))) + t);
  b += gzipSync(Buffer.from(text.slice(0, i) + JSON.stringify({ ...json, content }))).length;
  c += gzipSync(Buffer.from(json.content.replace(/\bb([0-9a-z]{4})([0-9a-z]{4})t?\b ?/g, (m, x) => String.fromCodePoint(parseInt(x, 36))))).length;
  n++;
}
console.log({ n, now: a / n, short: b / n, plainTextContentOnly: c / n });
