// Input text is always text (SPEC §9): a bulletin full of markup, template
// syntax, entities and Markdown is built into a temporary archive and every
// character shows as typed, none of it as markup. And the Content-Security-
// Policy of every page is active and search still works under it.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serve } from '../support/server.ts';
import { DIST, page, siteFiles } from '../support/site.ts';
import { buildTemp, type TempBuild } from '../support/build.ts';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'hostile', 'hostile.txt');
const ISSUE = '/ceshi-qingnian-gongzuo-xinxi/2024/07/'; // 测试青年工作信息 2024年第7期 (masthead of the fixture)

// As typed in the fixture: article 1 is lines 14–26, article 2 lines 27–31.
const TITLE_1 = '团测试市委<script>alert("标题")</script>推进{{ 青年 }}工作';
// biome-ignore lint/suspicious/noTemplateCurlyInString: hostile input: a template placeholder must reach the page as text
const TITLE_2 = '团测试县委${注入}与&amp;实体<img src=x onerror=alert(1)>探索';
const TEXT_1 = [
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(2)">链接</a>',
  '[点此](javascript:alert(3))',
  "{{ constructor.constructor('alert(4)')() }}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile input, as above
  '${process.env.HOME}',
  '{% raw %}',
  '---',
  'title: 伪造的前言',
  'layout: ../../evil.astro',
  '&lt;b&gt;粗体&lt;/b&gt;、&amp;、&#x3C;script&#x3E;、&nbsp;与&copy;',
];
const TEXT_2 = ['# 井号开头的一行', '_下划线_', '`代码`', '![图](x.png)', '[链接](https://example.com)', '> 引用符号开头的一行', '| 表格 | 竖线 |', '<!-- 注释 -->', '<style>body{display:none}</style>'];

let build: TempBuild;
let out: string;

beforeAll(() => {
  build = buildTemp('hostile', (input) => copyFileSync(FIXTURE, join(input, 'hostile.txt')));
  out = build.out;
});
afterAll(() => build.remove());

function text(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map((c) => text(c as Nodes)).join('');
  return '';
}
function elements(node: Nodes, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if (node.type === 'element' || node.type === 'root') for (const c of node.children) elements(c as Nodes, out);
  return out;
}
const tree = (path: string): Root => fromHtml(page(path, out));
const byTag = (root: Root, tag: string) => elements(root).filter((e) => e.tagName === tag);

describe('a hostile bulletin is published as text', () => {
  it('builds', () => {
    expect(build.status, build.log).toBe(0);
  });

  it('shows each title exactly as typed, in the h1 and the title', () => {
    for (const [k, title] of [
      [1, TITLE_1],
      [2, TITLE_2],
    ] as const) {
      const root = tree(`${ISSUE}${k}/`);
      expect(byTag(root, 'h1').map(text)).toEqual([title]);
      expect(text(byTag(root, 'title')[0]!)).toContain(title);
    }
  });

  it('shows every typed string of the body as text', () => {
    for (const [k, strings] of [
      [1, TEXT_1],
      [2, TEXT_2],
    ] as const) {
      const body = elements(tree(`${ISSUE}${k}/`)).find((e) => e.properties.dataSrc === 'body')!;
      const shown = text(body);
      for (const s of strings) expect(shown, `article ${k}`).toContain(s);
    }
    // and the issue page lists both titles in its contents
    const issueText = text(tree(ISSUE));
    expect(issueText).toContain(TITLE_1);
    expect(issueText).toContain(TITLE_2);
  });

  it('has no markup from the input on any page: only the site’s scripts, no on* handlers, no javascript: links, no style or img from the text', () => {
    const pages = siteFiles(out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      const all = elements(fromHtml(readFileSync(join(out, p), 'utf8')));
      for (const s of all.filter((e) => e.tagName === 'script')) {
        const ok = s.properties.type === 'application/ld+json' || ((s.properties.type === 'module' || s.properties.type === undefined) && typeof s.properties.src === 'string' && /^(?:\.\.\/)*(?:assets|pagefind)\//.test(s.properties.src));
        expect(ok, `${p}: <script ${JSON.stringify(s.properties)}>`).toBe(true);
      }
      for (const e of all) {
        // hast names event-handler attributes onError, onLoad, …
        const handlers = Object.keys(e.properties).filter((k) => /^on/i.test(k));
        expect(handlers, `${p}: <${e.tagName}>`).toEqual([]);
        for (const attr of ['href', 'src', 'action']) {
          const v = e.properties[attr];
          if (typeof v === 'string') expect(v.trim().toLowerCase().startsWith('javascript:'), `${p}: ${attr}=${v}`).toBe(false);
        }
      }
      expect(
        all.filter((e) => e.tagName === 'img' || e.tagName === 'style' || e.tagName === 'iframe'),
        p,
      ).toEqual([]);
    }
  });
});

describe('Content-Security-Policy', () => {
  let browser: Browser;
  let servers: Awaited<ReturnType<typeof serve>>[] = [];
  const policyOf = (html: string) => {
    const meta = elements(fromHtml(html)).find((e) => e.tagName === 'meta' && String(e.properties.httpEquiv).toLowerCase() === 'content-security-policy');
    return meta ? String(meta.properties.content) : undefined;
  };

  beforeAll(async () => {
    servers = [await serve(DIST), await serve(out)];
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });

  async function watched(url: string): Promise<{ tab: Page; violations: string[]; dialogs: string[] }> {
    const tab = await browser.newPage();
    const violations: string[] = [];
    const dialogs: string[] = [];
    tab.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    tab.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await tab.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await tab.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    await tab.goto(url);
    return { tab, violations, dialogs };
  }

  it('every page of the seed build carries the policy: only own scripts and styles, plus wasm-unsafe-eval', () => {
    const pages = siteFiles().filter((f) => f.endsWith('.html'));
    for (const p of pages) {
      const policy = policyOf(page(p));
      expect(policy, p).toBeDefined();
      const directives = Object.fromEntries(
        policy!
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([k, ...v]) => [k, v.join(' ')]),
      );
      expect(directives['script-src'], p).toBe("'self' 'wasm-unsafe-eval'");
      expect(directives['style-src'], p).toBe("'self'");
      expect(directives['default-src'], p).toBe("'self'");
    }
    console.log(`csp: ${pages.length} pages carry the policy`);
  });

  it('search works under it (window.archiveSearch) with no violation', async () => {
    const { tab, violations } = await watched(`${servers[0]!.url}/search/?q=${encodeURIComponent('亲青恋')}`);
    await tab.locator('#search-results li').first().waitFor();
    const results = await tab.evaluate(() => (window as unknown as { archiveSearch: (q: string) => Promise<unknown[]> }).archiveSearch('亲青恋'));
    // Three seed articles mention 亲青恋 (seed 000 lines 14 and 22, seed 004 line 75).
    expect(results).toHaveLength(3);
    expect(violations).toEqual([]);
    // The policy is live: an inline handler injected now is refused and reported.
    await tab.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="data:," onload="window.__ran = 1">'));
    await tab.waitForTimeout(200);
    expect(await tab.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
    await tab.close();
  });

  it('the hostile articles run nothing and break no rule in the browser', async () => {
    for (const k of [1, 2]) {
      const { tab, violations, dialogs } = await watched(`${servers[1]!.url}${ISSUE}${k}/`);
      await tab.waitForLoadState('load');
      expect(await tab.locator('h1').textContent()).toBe(k === 1 ? TITLE_1 : TITLE_2);
      expect(dialogs).toEqual([]);
      expect(violations).toEqual([]);
      await tab.close();
    }
  });
});
