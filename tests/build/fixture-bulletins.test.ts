// The family fixtures (tests/fixtures/bulletins/: other cities, years and
// editors than the seeds) built with the real build: every one is published,
// and the build's no-text-lost check passes on all of them (it fails the build).
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemp, type TempBuild } from '../support/build.ts';
import { jsonLd, page, siteFiles } from '../support/site.ts';
import { fromHtml } from 'hast-util-from-html';
import { sourceRegions, textOf } from '../../src/verify/html-text.ts';

/** Issue pages of a built site (JSON-LD PublicationIssue). */
const issuePages = (root: string): string[] =>
  siteFiles(root)
    .filter((f) => f.endsWith('/index.html'))
    .map((f) => f.replace(/index\.html$/, ''))
    .filter((p) => jsonLd(page(p, root)).some((r) => r['@type'] === 'PublicationIssue'));
const tree = (root: string, path: string) => fromHtml(page(path, root));

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'bulletins');
let build: TempBuild;

beforeAll(() => {
  build = buildTemp('family', (input) => cpSync(FIXTURES, input, { recursive: true }));
});
afterAll(() => build.remove());

describe('the family fixtures, built', () => {
  it('builds every fixture with no text lost', () => {
    expect(build.status, build.log).toBe(0);
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
    expect(build.log).toContain(`no text lost: ${files.length} bulletins checked`);
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(issuePages(build.out)).toHaveLength(files.length);
  });

  it('gives double, special and total-only issues the documented {nn}', () => {
    const pages = issuePages(build.out);
    expect(pages).toEqual(expect.arrayContaining(['/hangzhou-qingnian-gongzuo-dongtai/2009/05-06/', '/ningbo-tuanxun/2016/05-06/', '/wenzhou-qingnian-gongzuo-jianbao/2012/zengkan/', '/tiantai-qingnian/2024/tekan/', '/cixituanxun/2013/zong-112/']));
  });

  it("shows an editor's note before the first article on the issue page, as the issue's", () => {
    const wenzhou = tree(build.out, '/wenzhou-qingnian-gongzuo-jianbao/2012/zengkan/');
    const note = sourceRegions(wenzhou, 'note').map(textOf).join('');
    expect(note).toContain('编者按：今年以来，全市各级团组织围绕市委');
    const tiantai = tree(build.out, '/tiantai-qingnian/2024/tekan/');
    expect(sourceRegions(tiantai, 'note').map(textOf).join('')).toMatch(/^按语：今年是五四运动105周年/);
  });

  it('renders a flattened table as an HTML table, cells apart', () => {
    const jinhua = tree(build.out, '/jinhua-qingnian-gongzuo-kuaibao/2020/12/1/');
    const body = sourceRegions(jinhua, 'body')[0]!;
    const cells: string[] = [];
    const walk = (n: { type: string; tagName?: string; children?: unknown[] }) => {
      if (n.type === 'element' && (n.tagName === 'td' || n.tagName === 'th')) cells.push(textOf(n as never));
      else for (const c of (n.children ?? []) as never[]) walk(c);
    };
    walk(body as never);
    expect(cells.slice(0, 8)).toEqual(['镇街', '突击队（支）', '参与青年（人）', '服务企业（家）', '稠城街道', '18', '460', '95']);
    // The 表1 line printed right above it is its caption (the no-text-lost check reads it there).
    const table = (n: { type: string; tagName?: string; children?: unknown[] }): typeof n | undefined => (n.type === 'element' && n.tagName === 'table' ? n : ((n.children ?? []) as (typeof n)[]).map(table).find(Boolean));
    const caption = (table(body as never)!.children as { type: string; tagName?: string }[]).find((c) => c.type === 'element');
    expect([caption?.tagName, textOf(caption as never)]).toEqual(['caption', '表1　各镇街青年突击队服务情况']);
  });
});
