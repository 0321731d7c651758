// Withdrawal and redaction (SPEC §8), proven on the output: the seeds built
// with seed 004 withdrawn, two names and a phrase the print layout cut over two
// title lines redacted; then every file of the output — Pagefind's gzipped
// files decompressed and their token streams decoded, the offline zip
// unpacked and its script-wrapped index decoded too — is searched for the
// withdrawn and redacted text, and the Pagefind index is queried through
// window.archiveSearch in Chromium. Each search is first run on the whole seed
// build (dist/), where it must find the text: so a zero here means gone, not
// a search that cannot see.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY, TITLE, decodePage, encodeText } from '../../public/assets/search-codec.js';
import { checkLinks } from '../support/links.ts';
import { launchChromium } from '../support/browser.ts';
import { buildTemp, type TempBuild } from '../support/build.ts';
import { serve } from '../support/server.ts';
import { DIST, page, siteFiles } from '../support/site.ts';

const SEEDS = join(process.cwd(), 'content', 'bulletins');
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
const Z14 = '/zhejiang-qingnian-gongzuo-xinxi/2021/14/';
const J03 = '/jiaxing-qingnian-gongzuo-xinxi/2023/03/';
const SITE_URL = 'https://example.org/archive/';
const REASON = '应编印单位要求撤回';

// Seed 004 (withdrawn): sentences of its three bodies (lines 39, 55, 81), its
// distribution footer (line 83) and printing line (line 91), none in another seed.
const WITHDRAWN = ['创新开发“团情云图”驾驶舱', '专门开发“甬爱e家”微信小程序', '组建“红娘帮帮团”', '报：省委办公厅、省政府办公厅，团中央办公厅', '共青团浙江省委办公室'];
// Redacted: 庄耀中 (archive-wide list; seed 000 line 41, seed 001 line 23),
// 陈慧春 (seed 001's sidecar; line 23), 志愿服务品牌 (seed 001's sidecar; cut
// over the title lines 52/54, whole in the contents line 20 and the body lines 56, 60).
const REDACTED = ['庄耀中', '陈慧春', '志愿服务品牌'];

let build: TempBuild;
let browser: Browser;
let tab: Page;
let servers: Awaited<ReturnType<typeof serve>>[] = [];

beforeAll(async () => {
  build = buildTemp(
    'withdrawal',
    (input, work) => {
      for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(input, f));
      writeFileSync(join(input, '004_513619527335753d.meta.yml'), `# withdrawn on request\nstatus: withdrawn\nreason: ${REASON}\nwithdrawn_on: 2024-05-06\n`);
      writeFileSync(join(input, '001_e03f40994a3cdccb.meta.yml'), 'redact:\n  - 陈慧春\n  - 志愿服务品牌\n');
      // The archive-wide list, beside the bulletins folder (as content/redactions.yml is).
      writeFileSync(join(work, 'redactions.yml'), 'redact:\n  - 庄耀中 # request of 2024-05-06\n');
    },
    { args: ['--strict'], env: { SITE_URL } },
  );
  servers = [await serve(DIST), await serve(build.out)];
  browser = await launchChromium();
  tab = await browser.newPage();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
  build?.remove();
});

/** Every text a file holds: itself, gunzipped, unzipped, a base64 payload of the offline index, a decoded token stream. */
function texts(name: string, bytes: Uint8Array, out: { name: string; text: string }[] = []): { name: string; text: string }[] {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return texts(`${name} (gunzipped)`, gunzipSync(bytes), out);
  if (name.endsWith('.zip')) {
    for (const [inner, data] of Object.entries(unzipSync(bytes))) texts(`${name}!${inner}`, data, out);
    return out;
  }
  const text = Buffer.from(bytes).toString('utf8');
  out.push({ name, text });
  const payload = /^__pagefindOfflinePut\("[^"]*","([A-Za-z0-9+/=]*)"\);/.exec(text);
  if (payload) texts(`${name} (payload)`, Buffer.from(payload[1]!, 'base64'), out);
  // Pagefind records of article pages hold the text as pair tokens (public/assets/search-codec.js).
  if (text.startsWith('pagefind_dcd{')) {
    // A fragment (JSON); an article's `content` is its token stream, with the zero-width spaces Pagefind adds.
    const content = (JSON.parse(text.slice('pagefind_dcd'.length)) as { content?: string }).content?.replace(/\u200b/g, '');
    if (content && /^k\S* [bt]/.test(content))
      out.push({
        name: `${name} (decoded tokens)`,
        text: decodePage(content)
          .map((b) => b.text)
          .join(''),
      });
  }
  return out;
}

/** Where each needle occurs, ignoring whitespace and the zero-width spaces Pagefind adds; plus its pair-token chain. */
function occurrences(root: string, needles: string[]): string[] {
  const hits: string[] = [];
  let files = 0;
  for (const f of siteFiles(root)) {
    files++;
    for (const { name, text } of texts(f, readFileSync(join(root, f)))) {
      const flat = text.replace(/[\s\u200b]+/g, '');
      for (const n of needles) {
        if (flat.includes(n.replace(/\s+/g, ''))) hits.push(`${name}: ${n}`);
        // As body text (article shards) and as title text (the titles index), without the end token and separator.
        for (const kind of [BODY, TITLE]) {
          const chain = encodeText(kind, n).slice(0, -2).join(' ');
          if (chain && text.replace(/\u200b/g, '').includes(chain)) hits.push(`${name}: ${n} (${kind === TITLE ? 'title ' : ''}tokens)`);
        }
      }
    }
  }
  expect(files).toBeGreaterThan(100);
  return hits;
}

async function search(base: string, query: string): Promise<string[]> {
  await tab.goto(`${base}/search/`);
  await tab.waitForFunction(() => typeof (window as unknown as { archiveSearch?: unknown }).archiveSearch === 'function');
  const results = await tab.evaluate((q) => (window as unknown as { archiveSearch: (q: string) => Promise<{ url: string }[]> }).archiveSearch(q), query);
  return results.map((r) => new URL(r.url, base).pathname);
}

describe('the seeds with one issue withdrawn and names redacted', () => {
  it('build with --strict, and the build says what it removed', () => {
    expect(build.status, build.log).toBe(0);
    expect(build.log).toMatch(/removed on purpose: 1 withdrawn \(\d+ characters\), [1-9]\d* redactions/);
  });

  it('the texts chosen are where the test says (read off the seeds)', () => {
    const others = ['000_49c0a554d6294698.txt', '001_e03f40994a3cdccb.txt', '003_808c91636a323c9c.txt'].map(seed).join('\n');
    for (const s of WITHDRAWN) {
      expect(seed('004_513619527335753d.txt')).toContain(s);
      expect(others).not.toContain(s);
    }
    expect(seed('000_49c0a554d6294698.txt')).toContain('庄耀中');
    expect(seed('001_e03f40994a3cdccb.txt')).toContain('企业家庄耀中当选');
    expect(seed('001_e03f40994a3cdccb.txt')).toContain('“禾城朝阳”志愿\n\n服务品牌 让青年');
  });

  it('a search of every file finds them in the whole seed build (the search can see)', () => {
    const hits = occurrences(DIST, [...WITHDRAWN, ...REDACTED]);
    for (const n of [...WITHDRAWN, ...REDACTED])
      expect(
        hits.some((h) => h.endsWith(`: ${n}`)),
        n,
      ).toBe(true);
    // …in the zip, and in Pagefind's records of the article pages.
    expect(hits.some((h) => h.includes('offline.zip!') && h.endsWith(': 庄耀中'))).toBe(true);
    expect(hits.some((h) => /^\/pagefind\/shard-\d+\/fragment\//.test(h) && h.includes('(decoded tokens)') && h.endsWith(': 庄耀中'))).toBe(true);
    expect(hits.some((h) => /^\/pagefind\/shard-\d+\/fragment\//.test(h) && h.endsWith(': 庄耀中 (tokens)'))).toBe(true);
    // The titles index (pagefind/fragment/) holds a redacted title's words as title tokens.
    expect(
      hits.some((h) => h.startsWith('/pagefind/fragment/') && h.endsWith(': 志愿服务品牌 (title tokens)')),
      hits.join('\n'),
    ).toBe(true);
  });

  it('and finds none of them anywhere in the output: pages, data, feed, sitemap, source.txt, the Pagefind files, the offline zip', () => {
    expect(occurrences(build.out, [...WITHDRAWN, ...REDACTED])).toEqual([]);
  });

  it('shows ■ of the same length where a name was, with a note on the page', () => {
    const a1 = page(`${J03}1/`, build.out);
    expect(a1).toContain('我市青年企业家■■■当选省青企协会长');
    expect(a1).toContain('市青联委员■■■当选省人大代表');
    expect(a1).toContain('redaction-note');
    // The title printed over two lines: both halves blanked, on the page and in source.txt.
    expect(page(`${J03}4/`, build.out)).toContain('“禾城朝阳”■■■■■■ 让青年志愿服务工作');
    expect(page(`${J03}source.txt`, build.out)).toContain('“禾城朝阳”■■\n\n■■■■ 让青年');
    expect(page(`${J03}`, build.out)).toContain('redaction-note');
    expect(page(`${J03}3/`, build.out)).not.toContain('redaction-note'); // nothing redacted there
  });

  it('search cannot find the withdrawn or the redacted text, which it finds in the seed build', async () => {
    const queries = ['团情云图', '甬爱e家', '红娘帮帮团', ...REDACTED];
    for (const q of queries) {
      expect((await search(servers[0]!.url, q)).length, `seed build: ${q}`).toBeGreaterThan(0);
      expect(await search(servers[1]!.url, q), q).toEqual([]);
    }
    // Titles stay on the notices, but notices are not indexed.
    expect(await search(servers[0]!.url, '团宁波市江北区委探索')).toContain(`${Z14}2/`);
    expect(await search(servers[1]!.url, '团宁波市江北区委探索')).toEqual([]);
    // The rest of the archive is still found: 亲青恋 is in seed 000 articles 1 and 2 (and in 004, withdrawn).
    expect((await search(servers[1]!.url, '亲青恋')).sort()).toEqual(['/jiaxing-qingnian-gongzuo-xinxi/2022/000-49c0a554d6294698/1/', '/jiaxing-qingnian-gongzuo-xinxi/2022/000-49c0a554d6294698/2/']);
  });
});

describe('every URL of the withdrawn issue still answers', () => {
  const htmlUrls = [Z14, `${Z14}1/`, `${Z14}2/`, `${Z14}3/`];
  // Seed 004's contents (lines 19-21): the three titles and their organisations.
  const titles = ['团杭州市委强化“三共”赋能 全面提升青年动员力服务力', '团宁波市江北区委探索“两新”群体服务新载体', '团海宁市委“三化”推进青年交友工作'];

  it('pages: a notice (noindex) of what was there, when and why it was withdrawn', async () => {
    for (const [i, url] of htmlUrls.entries()) {
      const res = await fetch(`${servers[1]!.url}${url}`);
      expect(res.status, url).toBe(200);
      const html = await res.text();
      expect(html, url).toContain('<meta name="robots" content="noindex">');
      expect(html, url).not.toContain('data-pagefind-body');
      expect(html, url).toContain('浙江青年工作信息');
      expect(html, url).toContain('2021年第14期');
      expect(html, url).toContain('<time datetime="2024-05-06">2024年5月6日</time>');
      expect(html, url).toContain(REASON);
      if (i === 0) for (const t of titles) expect(html).toContain(t);
      else {
        expect(html, url).toContain(titles[i - 1]);
        expect(html, url).toContain(['团杭州市委', '团宁波市江北区委', '团海宁市委'][i - 1]);
      }
    }
  });

  it('files beside them: source.txt and issue.json are notices, citations stay', async () => {
    const get = async (path: string) => {
      const res = await fetch(`${servers[1]!.url}${path}`);
      expect(res.status, path).toBe(200);
      return res.text();
    };
    const source = await get(`${Z14}source.txt`);
    expect(source).toContain('本期已撤回');
    expect(source).toContain(`撤回原因：${REASON}`);
    const data = JSON.parse(await get(`${Z14}issue.json`)) as { withdrawn: { on: string; reason: string }; articles: { headline: string }[] };
    expect(data.withdrawn).toEqual({ on: '2024-05-06', reason: REASON });
    expect(data.articles.map((a) => a.headline)).toEqual(titles);
    for (const k of [1, 2, 3]) {
      expect(await get(`${Z14}${k}/cite.bib`)).toContain('浙江青年工作信息');
      expect(await get(`${Z14}${k}/cite.ris`)).toContain('浙江青年工作信息');
    }
  });

  it('the notices are valid HTML (html-validate, the project config)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const results = [];
    for (const url of htmlUrls) results.push(...(await validator.validateString(page(url, build.out), join(build.out, url, 'index.html'))).results);
    expect(results.length ? formatterFactory('text')(results) : '').toBe('');
  });

  it('the notices are in the offline zip too', () => {
    const names = Object.keys(unzipSync(readFileSync(join(build.out, 'offline.zip'))));
    for (const url of htmlUrls) expect(names).toContain(`${url.slice(1)}index.html`);
  });

  it('no link of the build is broken', () => {
    const report = checkLinks(build.out);
    expect(report.broken.map((b) => `${b.page} → ${b.href}: ${b.reason}`)).toEqual([]);
  });
});

describe('lists, counts, feed, data and sitemap leave it out', () => {
  it('home: 3 issues and 9 articles (4 seeds with 4+4+1+3 articles, less seed 004); the issue is listed as withdrawn', () => {
    const home = page('/', build.out);
    expect(home).toContain('收录 3 种刊物、3 期、9 篇文章');
    expect(home).toMatch(/浙江青年工作信息 2021年第14期<\/a>\s*<span class="meta">\s*<time[^>]*>[^<]*<\/time>\s*<span class="tag">已撤回<\/span>/);
  });

  it('publication and year pages count nothing of it and mark it', () => {
    expect(page('/zhejiang-qingnian-gongzuo-xinxi/', build.out)).toContain('共 0 期，0 篇文章。');
    expect(page('/zhejiang-qingnian-gongzuo-xinxi/2021/', build.out)).toContain('已撤回');
    expect(page('/years/', build.out)).toMatch(/2021年<\/a>（0期，0篇）/);
  });

  it("district pages: 海宁市 keeps seed 001's article, loses seed 004's", () => {
    const haining = page('/districts/330481/', build.out);
    expect(haining).toContain('本地区单位的文章（2篇）'); // seed 000 article 3 and seed 001 article 3
    expect(haining).not.toContain('2021/14/3/');
  });

  it('feed, data files and sitemap carry no URL of it', () => {
    for (const f of ['/feed.xml', '/data/archive.json', '/data/articles.csv', '/sitemap-0.xml']) {
      const text = page(f, build.out);
      expect(text, f).not.toContain('zhejiang-qingnian-gongzuo-xinxi/2021/14');
      expect(text.length, f).toBeGreaterThan(200);
    }
    expect(page('/sitemap-0.xml', build.out)).toContain(`${SITE_URL}jiaxing-qingnian-gongzuo-xinxi/2023/03/4/`);
  });
});
