// Every built HTML page is valid HTML: html-validate with its standard preset
// (project config .htmlvalidate.json).
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, page, siteFiles } from '../support/site.ts';

describe('html-validate over every page', () => {
  it('finds no error or warning', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = siteFiles().filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    const reports = [];
    for (const p of pages) reports.push(await validator.validateString(page(p), join(DIST, p)));
    const messages = reports.flatMap((r) => r.results);
    const text = messages.length ? formatterFactory('text')(messages) : '';
    console.log(`html-validate: ${pages.length} pages validated, ${messages.reduce((n, r) => n + r.messages.length, 0)} messages`);
    expect(text).toBe('');
  });
});
