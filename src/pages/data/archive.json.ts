// /data/archive.json: every publication, issue and article with its URL
// (SPEC §4). URLs are absolute when SITE_URL is set, else site paths.
import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { publicUrl } from '../../site/public-url.ts';
import { articleRecords } from '../../site/records.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  // Withdrawn issues and their articles are left out (SPEC §8); their URLs answer with a notice.
  const live = data.issues.filter((i) => !i.withdrawn);
  const isLive = new Set(live.map((i) => i.id));
  const body = {
    publications: data.publications.map((p) => ({ slug: p.slug, name: p.name, ...(p.publisher ? { publisher: p.publisher } : {}), url: publicUrl(`/${p.slug}/`), issues: p.issues.filter((id) => isLive.has(id)) })),
    issues: live.map((i) => ({
      id: i.id,
      url: publicUrl(i.path),
      publication: i.publication,
      year: i.year?.value ?? null,
      issue: i.number?.value ?? null,
      date: i.date?.value ?? null,
      label: i.label,
      source: publicUrl(`${i.path}source.txt`),
      data: publicUrl(`${i.path}issue.json`),
      articles: i.articleIds,
    })),
    articles: articleRecords(data),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
