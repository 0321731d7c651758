// Every internal link and #anchor of the built site resolves (SPEC §9).
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links.ts';
import { DIST } from '../support/site.ts';

describe('internal links over the build', () => {
  it('every href/src names a file of the build and every #fragment an id on its page', () => {
    const report = checkLinks(DIST);
    console.log(`links: ${report.checked} internal links checked (${report.fragments} with #fragments) on ${report.pages} pages; ${report.broken.length} broken`);
    expect(report.pages).toBeGreaterThan(30);
    // Every page has a skip link to #main, so fragments are really looked up.
    expect(report.fragments).toBeGreaterThan(12);
    expect(report.broken.map((b) => `${b.page} → ${b.href}: ${b.reason}`)).toEqual([]);
  });
});
