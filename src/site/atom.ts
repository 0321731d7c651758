// Atom 1.0 (RFC 4287) feed of the newest articles. Entry ids are tag: URIs
// (RFC 4151) made from the article's site path, so they never change when the
// site moves to another host or prefix; links are absolute when SITE_URL is
// set, else relative to /feed.xml.

export interface FeedEntry {
  /** Site path, e.g. /jiaxing-qingnian-gongzuo-xinxi/2023/03/1/ */
  path: string;
  title: string;
  /** YYYY-MM-DD (the date). */
  date: string;
  author: string;
  summary: string;
  categories: string[];
}

export interface Feed {
  title: string;
  /** Absolute site URL (SITE_URL) or undefined. */
  site?: string;
  entries: FeedEntry[];
}

/** The tagging entity: an authority name and a fixed date, never to change. */
export const TAG_AUTHORITY = 'bulletin-archive,2025';
export const tagUri = (path: string): string => `tag:${TAG_AUTHORITY}:${path}`;

const xml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const stamp = (date: string): string => `${date}T00:00:00+08:00`;

export function atom(feed: Feed): string {
  const href = (path: string) => (feed.site ? new URL(path.replace(/^\//, ''), feed.site).href : path.replace(/^\//, '') || './');
  // biome-ignore lint/complexity/useMathMinMax: dates are ISO strings, which Math.max would turn into NaN
  const updated = feed.entries.reduce((max, e) => (e.date > max ? e.date : max), '1970-01-01');
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${xml(tagUri(e.path))}</id>`,
      `    <title>${xml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(href(e.path))}"/>`,
      `    <updated>${stamp(e.date)}</updated>`,
      `    <author><name>${xml(e.author)}</name></author>`,
      ...e.categories.map((c) => `    <category term="${xml(c)}"/>`),
      `    <summary>${xml(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xml(tagUri('/'))}</id>`,
    `  <title>${xml(feed.title)}</title>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${xml(feed.title)}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${xml(href('/'))}"/>`,
    ...(feed.site ? [`  <link rel="self" type="application/atom+xml" href="${xml(href('/feed.xml'))}"/>`] : []),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
