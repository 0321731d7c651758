// /feed.xml: Atom feed of the newest articles (src/site/atom.ts).
import type { APIRoute } from 'astro';
import { siteData } from '../site/data.ts';
import { config } from '../config/index.ts';
import { blockText } from '../parse/block-text.ts';
import { atom, type FeedEntry } from '../site/atom.ts';
import { articleBlocks } from '../site/article-body.ts';

/** How many of the newest articles the feed carries. */
const FEED_SIZE = 50;

export const GET: APIRoute = async () => {
  const data = await siteData();
  const entries: FeedEntry[] = [];
  // Newest issue first, its articles in print order; an article with no date or year cannot be placed in time.
  const order = new Map(data.issues.map((iss, i) => [iss.id, i]));
  const newest = [...data.articles].sort((x, y) => order.get(y.issue)! - order.get(x.issue)! || x.number - y.number);
  for (const a of newest) {
    const issue = data.issue.get(a.issue)!;
    if (issue.withdrawn) continue; // SPEC §8: withdrawn text leaves the feed
    const date = issue.date?.value ?? (issue.year ? `${issue.year.value}-01-01` : undefined);
    if (!date) continue;
    const district = a.district ? data.district.get(a.district.value) : undefined;
    const first = articleBlocks(a).map(blockText).join('');
    entries.push({
      path: a.path,
      title: a.headline,
      date,
      author: a.organisation?.value ?? issue.publisher?.value ?? issue.publicationName,
      summary: [...first].length > 160 ? `${[...first].slice(0, 160).join('')}…` : first,
      categories: [issue.publicationName, ...(district ? [district.name] : [])],
    });
    if (entries.length === FEED_SIZE) break;
  }
  const siteUrl = config().siteUrl;
  const body = atom({ title: '青年工作信息档案库', ...(siteUrl ? { site: siteUrl.href } : {}), entries });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
