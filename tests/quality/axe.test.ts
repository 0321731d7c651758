// axe-core in real Chromium on one page of each type, light and dark:
// no WCAG 2.0/2.1/2.2 A or AA violation (SPEC §9).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { siteInChromium } from '../support/site-in-chromium.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const JX = '/jiaxing-qingnian-gongzuo-xinxi';
const PAGES: [string, string][] = [
  ['home', '/'],
  ['publication', `${JX}/`],
  ['publication year', `${JX}/2023/`],
  ['issue', `${JX}/2023/03/`],
  ['article', `${JX}/2023/03/3/`],
  ['district tree', '/districts/'],
  ['district', '/districts/330481/'],
  ['years', '/years/'],
  ['year', '/years/2023/'],
  ['search with results', `/search/?q=${encodeURIComponent('亲青恋')}`],
  ['404', '/404.html'],
];

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[];
  passes: { id: string }[];
  incomplete: { id: string }[];
  inapplicable: { id: string }[];
}

let context: BrowserContext;
const site = siteInChromium();
const rulesRun = new Set<string>();
const rulesPassed = new Set<string>();
const rulesFailed = new Set<string>();
let checks = 0;

beforeAll(async () => {
  context = await site.browser.newContext();
});
afterAll(async () => {
  console.log(`axe: ${checks} page checks (${PAGES.length} page types × light/dark); ${rulesRun.size} rules run per page, ${rulesPassed.size} applied and passed, ${rulesFailed.size} violated`);
});

describe('axe-core, WCAG 2.2 AA', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [kind, path] of PAGES) {
      it(`${kind} (${scheme})`, async () => {
        const tab = await context.newPage();
        try {
          await tab.emulateMedia({ colorScheme: scheme });
          await tab.goto(`${site.server.url}${path}`);
          if (path.startsWith('/search/')) await tab.locator('#search-results li').first().waitFor();
          // Evaluated through the DevTools protocol, so the page's CSP (which
          // allows only the site's own scripts) does not block the injection.
          await tab.evaluate(AXE);
          const result = (await tab.evaluate((tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), TAGS)) as AxeResult;
          checks++;
          for (const r of [...result.violations, ...result.passes, ...result.incomplete, ...result.inapplicable]) rulesRun.add(r.id);
          for (const r of result.passes) rulesPassed.add(r.id);
          for (const r of result.violations) rulesFailed.add(r.id);
          const violations = result.violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help}\n${v.nodes
                .slice(0, 5)
                .map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`)
                .join('\n')}`,
          );
          expect(violations, `${path} ${scheme}`).toEqual([]);
        } finally {
          await tab.close();
        }
      });
    }
  }
});
