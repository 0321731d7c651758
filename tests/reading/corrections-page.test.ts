// The archivist's corrections (sidecar `articles:`) on the built pages: the
// real build of tests/fixtures/corrections/ (two bulletins whose sidecars set
// a kicker and title, an organisation, a district, an article start, a merge
// and a subtitle). Each corrected fact says it was set in the sidecar; a
// corrected title keeps its printed lines on the page (the build's
// no-text-lost check passes with --strict); the pages stay valid HTML, pass
// axe in light and dark, and within the article page budget.
import { cpSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { buildTemp, type TempBuild } from '../support/build.ts';
import { launchChromium } from '../support/browser.ts';
import { serve } from '../support/server.ts';
import { sourceRegions, textOf } from '../../src/verify/html-text.ts';

const TZ = '/taizhou-qingnian-gongzuo-xinxi/2019/04';
const LS = '/lishui-qingnian-gongzuo-xinxi/2021/02';
let built: TempBuild;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
const html = (path: string) => readFileSync(join(built.out, path, 'index.html'), 'utf8');
/** Every text under a node, marked or not (what a reader sees). */
const shownText = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => shownText(c as Nodes)).join('') : '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The facts list of an article page: 单位 → its text, … */
function factsOf(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === 'div') {
      const [dt, dd] = node.children.filter((c): c is Element => c.type === 'element');
      if (dt?.tagName === 'dt' && dd) out[shownText(dt)] = squash(shownText(dd));
    }
    if ('children' in node) for (const c of node.children) walk(c as Nodes);
  };
  walk(fromHtml(html(path)));
  return out;
}
/** The title region: all it shows, the source text it carries (data-nosrc left out), and its h1. */
function titleRegion(path: string): { shown: string; source: string; h1: string | undefined } {
  const header = sourceRegions(fromHtml(html(path)), 'title')[0]!;
  return { shown: squash(shownText(header)), source: squash(textOf(header)), h1: /<h1[^>]*>([^<]*)<\/h1>/.exec(html(path))?.[1] };
}

beforeAll(async () => {
  built = buildTemp('corrections-page', (input) => cpSync(join(process.cwd(), 'tests', 'fixtures', 'corrections'), input, { recursive: true }), { args: ['--strict'] });
  server = await serve(built.out);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.remove();
});

describe('corrected articles on the built pages', () => {
  it('builds with --strict: no warning, no text lost', () => {
    expect(built.status, built.log).toBe(0);
  });

  it('a corrected kicker and title are shown as corrected, with the printed line and who set them', () => {
    const t = titleRegion(`${TZ}/1/`);
    expect(t.h1).toBe('团温岭市委：“青年之家”打通服务青年最后一公里');
    expect(t.shown).toBe('【经验交流】 团温岭市委：“青年之家”打通服务青年最后一公里 标题据附注订正，原刊印为：【经验交流】团温岭市委：“青年之家”打通服务青年最后一公里');
    // The source text of the title region is the printed line only.
    expect(t.source).toBe('【经验交流】团温岭市委：“青年之家”打通服务青年最后一公里');
    expect(factsOf(`${TZ}/1/`)).toMatchObject({ 订正: '标题、引题由整理者在附注中订正，原文未改', 单位: '团温岭市委', 地区: '台州市 › 温岭市' });
  });

  it('an organisation and a district set in the sidecar say so', () => {
    expect(factsOf(`${TZ}/2/`)).toMatchObject({ 单位: '团黄岩区委（据附注）', 地区: '台州市 › 黄岩区 （据附注）', 订正: '单位由整理者在附注中订正，原文未改' });
    expect(factsOf(`${TZ}/3/`)).toMatchObject({ 地区: '台州市 › 三门县 （据附注）', 订正: '起讫、地区由整理者在附注中订正，原文未改' });
    expect(html(`${TZ}/3/`)).toMatch(/<h1[^>]*>三门县开展青年人才回引行动<\/h1>/);
  });

  it('a merge and a subtitle: the article says where its extent and title come from', () => {
    expect(factsOf(`${LS}/1/`)).toMatchObject({ 订正: '起讫由整理者在附注中订正，原文未改' });
    expect(html(`${LS}/1/`)).toContain('学员反响热烈');
    const t = titleRegion(`${LS}/2/`);
    expect(t.shown).toBe('遂昌县举办青年创业大赛 ——62个项目同台竞技 标题据附注订正，原刊印为：遂昌县举办青年创业大赛 62个项目同台竞技');
    expect(factsOf(`${LS}/2/`)).toMatchObject({ 订正: '标题、副题由整理者在附注中订正，原文未改', 地区: '丽水市 › 遂昌县 （推断：据标题地名）' });
  });

  it('facts the sidecar did not set keep their own provenance', () => {
    // The merged article's organisation is printed (its subtitle), its title found by layout.
    expect(factsOf(`${LS}/1/`)).toMatchObject({ 单位: '团缙云县委', 地区: '丽水市 › 缙云县' });
    expect(titleRegion(`${LS}/1/`).shown).toBe('缙云县“青年夜校”开课 ——团缙云县委探索青年终身学习新路径');
  });

  it('pages stay valid HTML and within the article budget (HTML + CSS ≤ 30 KB)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const paths = [`${TZ}/1/`, `${TZ}/2/`, `${TZ}/3/`, `${LS}/1/`, `${LS}/2/`];
    const reports = await Promise.all(paths.map((p) => validator.validateString(html(p), join(built.out, p, 'index.html'))));
    const messages = reports.flatMap((r) => r.results);
    expect(messages.length ? formatterFactory('text')(messages) : '').toBe('');
    const css = ['site.css', 'article.css'].reduce((n, f) => n + statSync(join(built.out, 'assets', f)).size, 0);
    for (const p of paths) expect(Buffer.byteLength(html(p)) + css).toBeLessThanOrEqual(30 * 1024);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no WCAG 2.2 AA violation on a corrected article (${scheme})`, async () => {
      const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      const tab = await browser.newPage();
      try {
        await tab.emulateMedia({ colorScheme: scheme });
        await tab.goto(`${server.url}${TZ}/1/`);
        await tab.evaluate(axe);
        const result = (await tab.evaluate(() => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] }))) as {
          violations: { id: string }[];
        };
        expect(result.violations.map((v) => v.id)).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});
