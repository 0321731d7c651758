// How the search index is cut into shards (SPEC §10): one Pagefind indexing
// run per shard, each closed before the next starts, so no run holds the
// whole archive; the browser merges them (mergeIndex). A shard is a run of
// whole publication-years, in URL order, of about a number of bulletins, so
// adding a bulletin mostly changes only the shard of its publication-year.

/** Bulletins per shard: ARCHIVE_SEARCH_SHARD_BULLETINS, default 1,000 (~4,500 article pages, ~1.5 GB to index). */
export function shardBulletins(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ARCHIVE_SEARCH_SHARD_BULLETINS;
  const n = raw === undefined || raw === '' ? 1000 : Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`ARCHIVE_SEARCH_SHARD_BULLETINS must be a whole number ≥ 1, not "${raw}"`);
  return n;
}

/** Site path of an article page → its issue (/{pub}/{yyyy}/{nn}/) and publication-year (/{pub}/{yyyy}/). */
function keys(url: string): { issue: string; unit: string } {
  const parts = url.split('/').filter(Boolean);
  return { issue: parts.slice(0, -1).join('/'), unit: parts.slice(0, 2).join('/') };
}

/**
 * Article page URLs → shards (lists of URLs). As many shards as `size`
 * bulletins a shard needs, filled evenly: a shard closes after the
 * publication-year that brings it to its share; a publication-year larger
 * than a shard is cut between issues (at 1.25 × size), never inside one.
 */
export function planShards(urls: string[], size: number): string[][] {
  const units = new Map<string, Map<string, string[]>>();
  for (const url of [...urls].sort()) {
    const k = keys(url);
    const issues = units.get(k.unit) ?? new Map<string, string[]>();
    issues.set(k.issue, [...(issues.get(k.issue) ?? []), url]);
    units.set(k.unit, issues);
  }
  const total = [...units.values()].reduce((n, issues) => n + issues.size, 0);
  const share = total / Math.max(1, Math.ceil(total / size));
  const shards: string[][] = [];
  let current: string[] = [];
  let bulletins = 0;
  const close = () => {
    if (current.length) shards.push(current);
    current = [];
    bulletins = 0;
  };
  for (const issues of units.values()) {
    for (const pages of issues.values()) {
      if (bulletins >= size * 1.25) close();
      current.push(...pages);
      bulletins++;
    }
    if (bulletins >= share) close();
  }
  close();
  return shards;
}
