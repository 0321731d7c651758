// Atom feed text: escaping, tag: ids, relative or absolute links.
import { describe, expect, it } from 'vitest';
import { atom, tagUri } from './atom.ts';

const entry = { path: '/a/2023/03/1/', title: '<标题> & “引号”', date: '2023-10-20', author: '团市委', summary: "它's", categories: ['嘉兴市'] };

describe('atom', () => {
  it('escapes text and attributes', () => {
    const xml = atom({ title: '档案', entries: [entry] });
    expect(xml).toContain('<title>&lt;标题&gt; &amp; “引号”</title>');
    expect(xml).toContain('<summary>它&apos;s</summary>');
    expect(xml).not.toContain('<标题>');
  });

  it('ids are tag: URIs of the site path, the same with or without a site URL', () => {
    expect(tagUri('/a/2023/03/1/')).toMatch(/^tag:[a-z0-9-]+,\d{4}:\/a\/2023\/03\/1\/$/);
    const rel = atom({ title: '档案', entries: [entry] });
    const abs = atom({ title: '档案', site: 'https://example.org/x/', entries: [entry] });
    const ids = (s: string) => [...s.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(abs)).toEqual(ids(rel));
  });

  it('links are relative to /feed.xml without a site URL, absolute with one', () => {
    expect(atom({ title: '档案', entries: [entry] })).toContain('href="a/2023/03/1/"');
    const abs = atom({ title: '档案', site: 'https://example.org/x/', entries: [entry] });
    expect(abs).toContain('href="https://example.org/x/a/2023/03/1/"');
    expect(abs).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/x/feed.xml"/>');
  });

  it('the feed is updated at its newest entry', () => {
    const xml = atom({ title: '档案', entries: [entry, { ...entry, path: '/b/', date: '2024-01-02' }] });
    expect(/<feed[^>]*>[\s\S]*?<updated>([^<]+)<\/updated>/.exec(xml)![1]).toBe('2024-01-02T00:00:00+08:00');
  });
});
