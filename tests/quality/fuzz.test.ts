// Fuzz (issue 19): the seeds, then the seeds plus a few dozen bad files drawn
// with a fixed seed from the categories a hostile publisher can put in the
// input folder: bad bytes and encodings, YAML bombs, bad sidecar values,
// markup and formula-like text, duplicates (one of a seed whose content hash
// sorts first, so only the last build's record keeps the seed's URL), file
// names that would take a page's URL, empty slugs, links, folders and pipes
// named x.txt. Built over the seeds' build (same output and cache folders),
// it must: exit 0 (bad files are skipped, README "Bad input"), name every bad
// file in the log and in `npm run check`, leave the seeds' pages byte for byte
// as the seeds-only build made them (only the listing pages that count or list
// every article may change: exactly those in LISTINGS), publish no live markup
// from the input, and write XML, CSV and JSON that real parsers accept.
// Not drawn: control characters and U+FFFE in titles, whose XML output is
// being fixed apart (tests/conformance/).
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { fromHtml } from 'hast-util-from-html';
import iconv from 'iconv-lite';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemp, rebuildTemp, type TempBuild } from '../support/build.ts';
import { siteFiles } from '../support/site.ts';
import type { Element, Root } from 'hast';

const SEEDS = join(process.cwd(), 'content', 'bulletins');
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
const SITE_URL = 'https://example.org/fuzz/';
/** Marks injected markup: it may appear in pages only as text. */
const MARK = 'FZX55';

/** mulberry32: a small PRNG, so every run draws the same cases. */
function prng(seedValue: number): () => number {
  let a = seedValue;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(19);
const choose = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

let issueNo = 0;
/** A well-formed bulletin of a publication no seed has, in a year no seed has (2020), of a district no seed has (丽水: seed pages list other articles of their district). */
function bulletin(title: string, body: string, day = 1 + Math.floor(rand() * 28)): string {
  issueNo++;
  return ['内部资料', '模糊测试青年工作信息', `2020年第${issueNo}期`, `共青团丽水市委                2020年6月${day}日`, '', title, '', body, '', '报：团省委办公室', ''].join('\n');
}

/** One drawn case: what it writes, and the file the messages must name. */
interface Case {
  category: string;
  /** Files the log must name (the bulletin, or its sidecar). */
  names: string[];
  /** Skipped (an error) or built with a warning naming it, or published as text. */
  outcome: 'skipped' | 'warned' | 'published';
  write: (dir: string) => void;
}

const S001 = seed('001_e03f40994a3cdccb.txt');
const S003 = seed('003_808c91636a323c9c.txt');

const MAKERS: Record<string, (id: string) => Case> = {
  binary: (id) => ({ category: 'binary', names: [`${id}.txt`], outcome: 'skipped', write: (d) => writeFileSync(join(d, `${id}.txt`), Buffer.from(Array.from({ length: 64 + Math.floor(rand() * 64) }, (_, i) => (i === 7 ? 0 : Math.floor(rand() * 256))))) }),
  badBytes: (id) => ({
    category: 'badBytes',
    names: [`${id}.txt`],
    outcome: 'skipped',
    write: (d) => {
      const lines = bulletin('团丽水市委开展青年志愿服务', '今年以来，团丽水市委组织开展青年志愿服务活动12场。').split('\n');
      const at = 1 + Math.floor(rand() * (lines.length - 2));
      writeFileSync(join(d, `${id}.txt`), Buffer.concat([Buffer.from(`${lines.slice(0, at).join('\n')}\n`), Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81]), Buffer.from(lines.slice(at).join('\n'))]));
    },
  }),
  empty: (id) => ({ category: 'empty', names: [`${id}.txt`], outcome: 'skipped', write: (d) => writeFileSync(join(d, `${id}.txt`), choose(['', ' \n\t\n', '\uFEFF'])) }),
  yamlBomb: (id) => ({
    category: 'yamlBomb',
    names: [`${id}.meta.yml`],
    outcome: 'skipped',
    write: (d) => {
      writeFileSync(join(d, `${id}.txt`), bulletin('团丽水市委深化青年志愿服务', '今年以来，团丽水市委组织开展青年志愿服务活动12场。'));
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)];
      writeFileSync(join(d, `${id}.meta.yml`), `${levels.join('\n')}\npublisher: *i\n`);
    },
  }),
  sidecarValue: (id) => ({
    category: 'sidecarValue',
    names: [`${id}.meta.yml`],
    outcome: 'skipped',
    write: (d) => {
      writeFileSync(join(d, `${id}.txt`), bulletin('团丽水市委推进青年发展型城市建设', '团丽水市委推进青年发展型城市建设，开展活动8场。'));
      writeFileSync(join(d, `${id}.meta.yml`), `# fuzz\n${choose(['issue: 1e21', 'date: 2021-13-45', 'publishr: 共青团丽水市委', 'status: withdrawn', 'slug: Bad Slug', 'year: 12', 'redact: 3', 'issue: -4'])}\n`);
    },
  }),
  sidecarTitle: (id) => ({
    category: 'sidecarTitle',
    names: [`${id}.meta.yml`],
    outcome: 'skipped',
    write: (d) => {
      writeFileSync(join(d, `${id}.txt`), bulletin('团丽水市委开展主题团日活动', '团丽水市委开展主题团日活动，覆盖团员3000名。'));
      writeFileSync(join(d, `${id}.meta.yml`), 'title: 一个不属于期刊的标题\n');
    },
  }),
  emptySlug: (id) => ({
    category: 'emptySlug',
    names: [`${id}.meta.yml`],
    outcome: 'skipped',
    write: (d) => {
      writeFileSync(join(d, `${id}.txt`), bulletin('团丽水市委开展青年夜校', '团丽水市委开展青年夜校课程20门。'));
      writeFileSync(join(d, `${id}.meta.yml`), `publication: ${choose(['《》——！', '——', '！！！', '“”'])}\n`);
    },
  }),
  stemUrl: (id) => {
    // File names shaped like a page's URL segment: a year (no year known), an issue number or a 增刊 (year known).
    const n = Number(id.slice(2));
    const [file, meta] = choose([
      [`${1960 + n}`, 'publisher: 共青团湖州市委\n'],
      [`${n + 100}`, 'publisher: 共青团湖州市委\nyear: 2017\n'],
      [`zengkan-${n}`, 'publisher: 共青团湖州市委\nyear: 2017\n'],
    ] as const);
    return {
      category: 'stemUrl',
      names: [`${file}.txt`],
      outcome: 'skipped',
      write: (d) => {
        writeFileSync(join(d, `${file}.txt`), S003);
        writeFileSync(join(d, `${file}.meta.yml`), meta);
      },
    };
  },
  duplicate: (id) => ({
    category: 'duplicate',
    names: [`${id}-b.txt`],
    outcome: 'skipped',
    write: (d) => {
      const text = bulletin('团丽水市委举办青年人才对接会', '团丽水市委举办青年人才对接会，签约项目5个。', 10);
      writeFileSync(join(d, `${id}-a.txt`), text);
      writeFileSync(join(d, `${id}-b.txt`), text.replace('2020年6月10日', '2020年6月11日').replace('5个', '6个'));
    },
  }),
  link: (id) => ({ category: 'link', names: [`${id}.txt`], outcome: 'skipped', write: (d) => (rand() < 0.5 ? symlinkSync(join(d, 'nowhere'), join(d, `${id}.txt`)) : symlinkSync(join(d, `${id}.txt`), join(d, `${id}.txt`))) }),
  folder: (id) => ({ category: 'folder', names: [`${id}.txt`], outcome: 'skipped', write: (d) => mkdirSync(join(d, `${id}.txt`)) }),
  pipe: (id) => ({ category: 'pipe', names: [`${id}.txt`], outcome: 'skipped', write: (d) => execFileSync('mkfifo', [join(d, `${id}.txt`)]) }),
  gbk: (id) => ({ category: 'gbk', names: [`${id}.txt`], outcome: 'warned', write: (d) => writeFileSync(join(d, `${id}.txt`), iconv.encode(bulletin('团丽水市委开展青年文明号创建', '团丽水市委开展青年文明号创建活动，新增集体15个。'), 'gbk')) }),
  gbkSidecar: (id) => ({
    category: 'gbkSidecar',
    names: [`${id}.meta.yml`],
    outcome: 'warned',
    write: (d) => {
      writeFileSync(join(d, `${id}.txt`), bulletin('团丽水市委开展青春助力乡村振兴行动', '团丽水市委开展青春助力乡村振兴行动，结对村社40个。'));
      writeFileSync(join(d, `${id}.meta.yml`), iconv.encode('# 来源：手工核对\npublisher: 共青团丽水市委\n', 'gbk'));
    },
  }),
  oddDate: (id) => ({
    category: 'oddDate',
    names: [`${id}.meta.yml`],
    outcome: 'warned',
    write: (d) => {
      writeFileSync(join(d, `${id}.txt`), bulletin('团丽水市委开展红领巾寻访', '团丽水市委开展红领巾寻访活动，参与少先队员900名。'));
      writeFileSync(join(d, `${id}.meta.yml`), `date: ${choose(['1921-07-01', '2091-01-01', '1948-12-31'])}\nyear: 2020\n`);
    },
  }),
  markup: (id) => ({
    category: 'markup',
    names: [],
    outcome: 'published',
    write: (d) => {
      const tag = choose([`<script>${MARK}()</script>`, `<img src=x onerror=${MARK}()>`, `<a href="javascript:${MARK}()">点此</a>`, `<svg onload=${MARK}()>`, `"><iframe srcdoc="${MARK}">`, `{{${MARK}}} \${${MARK}} &lt;b&gt;${MARK}`]);
      writeFileSync(join(d, `${id}.txt`), bulletin(`团丽水市委${tag}开展志愿服务`, `今年以来，团丽水市委${tag}组织开展志愿服务活动12场。</p><p>${MARK}`));
    },
  }),
  controlChars: (id) => ({
    category: 'controlChars',
    names: [`${id}.txt`],
    outcome: 'warned',
    write: (d) => writeFileSync(join(d, `${id}.txt`), bulletin(`团丽水市委${choose(['\x07', '\x1b[31m', '\uFFFE', '\uFFFF', '\x85', '\x7f'])}开展青年活动`, `团丽水市委开展青年活动${choose(['\x1b]0;标题\x07', '\x00', '\uFDD0'])}8场。`)),
  }),
  formula: (id) => ({
    category: 'formula',
    names: [],
    outcome: 'published',
    write: (d) => writeFileSync(join(d, `${id}.txt`), bulletin(`${choose(["=cmd|' /C calc'!A0", '=SUM(1,2)', '@HYPERLINK("http://x")', '=1+1'])}团丽水市委开展活动`, '团丽水市委开展活动10场。')),
  }),
};

/** Every category once, then a draw of the rest: a few dozen cases. */
const CATEGORIES = Object.keys(MAKERS);
const drawn = [...CATEGORIES, ...Array.from({ length: 14 }, () => choose(CATEGORIES.filter((c) => c !== 'pipe')))];
const cases: Case[] = drawn.map((category, i) => MAKERS[category]!(`fz${String(i).padStart(2, '0')}`));

/** Seed 001 again, same date, changed so its content hash sorts before the seed's, under a name that sorts first. */
function seedDuplicate(): Case {
  const seedHash = createHash('sha256').update(S001).digest('hex');
  let text = S001.replace('团海宁市委全面推进', '团海宁市委积极推进');
  for (let k = 0; createHash('sha256').update(text).digest('hex') >= seedHash; k++) text = `${text.trimEnd()}\n${' '.repeat(k % 7)}\n`;
  return { category: 'seedDuplicate', names: ['000-newcomer.txt'], outcome: 'skipped', write: (d) => writeFileSync(join(d, '000-newcomer.txt'), text) };
}
cases.push(seedDuplicate());

/**
 * Files the fuzz bulletins (丽水, 2020, a publication of their own) may change, because they count or list
 * every article or issue: home, years and districts indexes, 浙江省 (330000, totals) and 丽水 (331100),
 * feed, data files, search index, offline zip, sitemap. Every other file of the seeds' build stays byte for byte.
 */
const LISTINGS = [/^\/index\.html$/, /^\/years\/index\.html$/, /^\/districts\/index\.html$/, /^\/districts\/(330000|331100)\/index\.html$/, /^\/feed\.xml$/, /^\/data\//, /^\/pagefind\//, /^\/offline\.zip$/, /^\/sitemap-\d+\.xml$/];

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let build: TempBuild;
let fuzzed: TempBuild;
let before: Map<string, string>;
let checkOut: string;

beforeAll(() => {
  build = buildTemp(
    'fuzz',
    (input) => {
      for (const f of ['000_49c0a554d6294698.txt', '000_49c0a554d6294698.meta.yml', '001_e03f40994a3cdccb.txt', '003_808c91636a323c9c.txt', '003_808c91636a323c9c.meta.yml', '004_513619527335753d.txt']) writeFileSync(join(input, f), readFileSync(join(SEEDS, f)));
    },
    { env: { SITE_URL } },
  );
  expect(build.status, build.log).toBe(0);
  before = new Map(siteFiles(build.out).map((f) => [f, sha(join(build.out, f))]));
  for (const c of cases) c.write(build.input);
  fuzzed = rebuildTemp(build, { env: { SITE_URL } });
  const r = spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, BULLETINS_DIR: build.input, ARCHIVE_CACHE_DIR: join(build.work, 'cache'), SITE_URL }, encoding: 'utf8', timeout: 60_000 });
  checkOut = `${r.stdout}\n${r.stderr}`;
}, 300_000);
afterAll(() => build?.remove());

describe(`fuzz: the seeds plus ${cases.length} bad files (fixed seed)`, () => {
  it('draws every category', () => {
    expect(new Set(cases.map((c) => c.category)).size).toBe(CATEGORIES.length + 1);
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('builds: exit 0, the bad files skipped and counted', () => {
    expect(fuzzed.status, fuzzed.log).toBe(0);
    const skipped = cases.filter((c) => c.outcome === 'skipped').length;
    // Each skipped case skips one bulletin; a YAML bomb or bad sidecar skips its bulletin.
    expect(fuzzed.log).toMatch(new RegExp(`; ${skipped} files skipped`));
    expect(fuzzed.log).not.toMatch(/^\s+at /m);
    // Control characters of the input reach no terminal raw (they are shown as U+…); the log's own tab and newlines aside.
    expect(fuzzed.log).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\uFFFE\uFFFF]/);
  });

  it('names every bad file in the build log and in npm run check', () => {
    for (const c of cases) {
      for (const name of c.names) {
        const line = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+)?: (错误 error|警告 warning)`);
        expect(fuzzed.log, `${c.category}: ${name}`).toMatch(line);
        expect(checkOut, `check: ${c.category}: ${name}`).toMatch(line);
      }
    }
  });

  it("leaves the seeds' pages byte for byte as the seeds-only build made them; only listing pages change", () => {
    const after = new Map(siteFiles(fuzzed.out).map((f) => [f, sha(join(fuzzed.out, f))]));
    const changed = [...before].filter(([f, h]) => after.get(f) !== h).map(([f]) => f);
    expect(changed.filter((f) => !LISTINGS.some((re) => re.test(f)))).toEqual([]);
    // The seed's URL stayed with the seed: its duplicate's hash sorts first, so only the last build's record kept it.
    expect(changed.some((f) => f.startsWith('/jiaxing-qingnian-gongzuo-xinxi/'))).toBe(false);
    expect(fuzzed.log).toMatch(/000-newcomer\.txt:10: 错误 error: .*the last build published it there/);
    // And the fuzz bulletins did reach the listings (the comparison above is not vacuous).
    expect(changed).toContain('/index.html');
    expect([...after.keys()].some((f) => f.startsWith('/mohu-ceshi-qingnian-gongzuo-xinxi/2020/'))).toBe(true);
  });

  it('publishes no live markup from the input: injected tags are text', () => {
    let asText = 0;
    for (const f of siteFiles(fuzzed.out).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(join(fuzzed.out, f), 'utf8');
      if (!html.includes(MARK)) continue;
      const visit = (node: Root | Element): void => {
        for (const child of node.children) {
          if (child.type === 'text' && child.value.includes(MARK)) asText++;
          if (child.type !== 'element') continue;
          if (child.tagName === 'script') {
            const text = child.children.map((t) => (t.type === 'text' ? t.value : '')).join('');
            if (text.includes(MARK)) {
              expect(child.properties.type, f).toBe('application/ld+json');
              expect(() => JSON.parse(text), f).not.toThrow();
            }
            continue;
          }
          for (const [name, value] of Object.entries(child.properties)) {
            expect(/^on/i.test(name) && String(value).includes(MARK), `${f}: <${child.tagName} ${name}>`).toBe(false);
            if (['href', 'src', 'srcDoc', 'action', 'formAction'].includes(name)) expect(String(value), `${f}: <${child.tagName} ${name}>`).not.toContain(MARK);
          }
          expect(['iframe', 'svg', 'img', 'object', 'embed'].includes(child.tagName) && JSON.stringify(child.properties).includes(MARK), `${f}: <${child.tagName}>`).toBe(false);
          visit(child);
        }
      };
      visit(fromHtml(html));
    }
    expect(asText).toBeGreaterThan(0);
  });

  it('writes outputs their parsers accept: feed and sitemaps (xmllint), CSV (csv-parse), JSON', async () => {
    const xml = siteFiles(fuzzed.out).filter((f) => f.endsWith('.xml'));
    expect(xml).toEqual(expect.arrayContaining(['/feed.xml', '/sitemap-index.xml']));
    for (const f of xml) {
      const result = await validateXML({ xml: { fileName: f.slice(1), contents: readFileSync(join(fuzzed.out, f), 'utf8') }, normalization: 'format' });
      expect(result.errors, f).toEqual([]);
    }
    const csv = siteFiles(fuzzed.out).filter((f) => f.endsWith('.csv'));
    expect(csv.length).toBeGreaterThan(0);
    for (const f of csv) {
      const rows = parseCsv(readFileSync(join(fuzzed.out, f)), { bom: true, relaxQuotes: false, relaxColumnCount: false }) as string[][];
      expect(rows.length, f).toBeGreaterThan(12);
      // OWASP: no text cell a spreadsheet would run as a formula.
      for (const row of rows.slice(1)) for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell), `${f}: ${cell}`).toBe(false);
    }
    const json = siteFiles(fuzzed.out).filter((f) => f.endsWith('.json') && !f.startsWith('/pagefind/'));
    expect(json).toEqual(expect.arrayContaining(['/data/archive.json', '/data/datapackage.json']));
    for (const f of json) expect(() => JSON.parse(readFileSync(join(fuzzed.out, f), 'utf8')), f).not.toThrow();
  });
});
