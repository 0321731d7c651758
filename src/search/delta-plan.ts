// Which shards a build indexes, given the plan of the last build (SPEC §10,
// incremental path). A fresh plan (./shards.ts) re-cuts the whole archive, so
// one added bulletin can move every shard boundary and every shard would be
// indexed again. Instead the last build's base shards are kept (each holds the
// same pages as before, less pages that went: the shard cache reuses a shard
// whose records are unchanged and re-indexes one whose pages changed), and the
// pages added since go into one small delta shard, made again from all
// additions each build. The archive is re-planned fully when the delta passes
// a tenth of a shard (no shard grows past 1.1 of its size: Pagefind's memory),
// when base + delta would be more shards than a fresh plan plus the delta or
// fewer than a fresh plan (each shard costs a first search ~20–50 KB; the
// 1,001st bulletin makes a fresh plan of 2 shards, which base + delta are
// too), when a base shard has lost all its pages, when the base shards no
// longer hold separate stretches of the archive's order (a page's date was
// changed), or when the shard size changed.

/** What a build keeps for the next one: the shard size and the base shards' pages. */
export interface PlanState {
  size: number;
  base: string[][];
}

export interface ShardPlan {
  /** Base shards, in order; the first holds the shared Pagefind files. */
  base: string[][];
  /** Pages added since the base plan (one delta shard), empty when none. */
  delta: string[];
  /** Why the archive was planned afresh, or undefined when the last base was kept. */
  replanned?: string;
}

/** /{pub}/{yyyy}/{nn}/{k}/ → /{pub}/{yyyy}/{nn}/ (the bulletin a page belongs to). */
const bulletinOf = (url: string) => url.split('/').filter(Boolean).slice(0, -1).join('/');

/** Largest delta, in bulletins, before the archive is re-planned: a tenth of a shard. */
export const deltaLimit = (size: number): number => Math.ceil(size / 10);

/** Whether shards hold separate stretches of descending key order, the first the newest. */
export function inOrder(shards: string[][], key: (url: string) => string): boolean {
  const spans = shards.map((urls) => urls.map(key).sort());
  return spans.every((keys, i) => i === 0 || keys[keys.length - 1]! < spans[i - 1]![0]!);
}

/**
 * `urls`: the article pages of this build; `fresh`: their fresh plan
 * (planShards); `previous`: the last build's state, if any; `key`: a page's
 * place in the archive's order (./sort-key.ts).
 */
export function planIncremental(urls: string[], size: number, fresh: string[][], previous: PlanState | undefined, key: (url: string) => string): ShardPlan {
  const full = (replanned: string): ShardPlan => ({ base: fresh, delta: [], replanned });
  if (!previous) return full('no earlier plan');
  if (previous.size !== size) return full(`shard size changed (${previous.size} → ${size})`);
  const kept = previous.base.length;
  // Base + delta is kept + 1 shards: as many as a fresh plan, or one more.
  if (fresh.length !== kept && fresh.length !== kept + 1) return full(`a fresh plan has ${fresh.length} shard(s), the last base ${kept}`);
  const present = new Set(urls);
  const base = previous.base.map((pages) => pages.filter((url) => present.has(url)));
  if (base.some((pages) => !pages.length)) return full('a shard lost all its pages');
  if (!inOrder(base, key)) return full("the shards' stretches of the archive's order overlap");
  const inBase = new Set(base.flat());
  const delta = urls.filter((url) => !inBase.has(url)).sort();
  const bulletins = new Set(delta.map(bulletinOf)).size;
  if (bulletins > deltaLimit(size)) return full(`${bulletins} bulletins added since the last plan (limit ${deltaLimit(size)})`);
  return { base, delta };
}

/** Reads a stored state; anything malformed counts as none. */
export function parseState(text: string | undefined): PlanState | undefined {
  if (text === undefined) return undefined;
  try {
    const s = JSON.parse(text) as PlanState;
    const ok = Number.isInteger(s.size) && Array.isArray(s.base) && s.base.every((p) => Array.isArray(p) && p.every((u) => typeof u === 'string'));
    return ok ? s : undefined;
  } catch {
    return undefined;
  }
}
