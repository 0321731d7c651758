// @ts-check
// Reading the search index (src/search/index-site.ts wrote it): Pagefind on
// the titles index (pagefind/) with the article shards merged as they are
// needed, pagefind/shards.json, the page table, the titles groups' members and
// fragments read directly; and the searches built on them: where one word
// occurs (wordHits), the articles holding every word (bodyMatches,
// everyMatch), the title groups holding every word (titleCandidates). What is
// ranked, and how much of the index the first screen opens, is decided in
// ./search-rank.js, which takes this reader as a parameter.
import { BODY, TITLE, chainQuery, charQuery, coverMatches, wordCover } from './search-codec.js';
import { sortKey } from './search-order.js';
import { folderIndex } from './folder-index.js';
import { NEWEST_FIRST, chunksToPreload, fragmentFromBytes, weightSlot } from './pagefind-format.js';

/** @typedef {import('../../src/search/index-files.ts').PageRow} PageRow */
/** @typedef {import('../../src/search/index-files.ts').PageBucket} PageBucket */
/** @typedef {import('../../src/search/index-files.ts').Member} Member */
/** @typedef {import('../../src/search/index-files.ts').ShardsFile} ShardsFile */
/** @typedef {import('../../src/search/index-files.ts').ChunkList} ChunkList */
/** @typedef {import('../../src/search/pagefind-web.ts').Pagefind} Pagefind */
/** @typedef {import('../../src/search/pagefind-web.ts').PagefindResult} PagefindResult */
/** @typedef {import('../../src/search/pagefind-web.ts').ResultData} ResultData */
/** @typedef {import('../../src/search/pagefind-web.ts').SearchOptions} SearchOptions */
/** @typedef {import('./search-rank.js').IndexReader} IndexReader */
/** @typedef {import('./search-rank.js').Found} Found */
/** @typedef {import('./search-rank.js').Match} Match */

/**
 * What `make` promises for `key`, made once and kept in `cache`; a failure is
 * forgotten, so the next call tries again.
 * @template K, V
 * @param {Map<K, Promise<V>>} cache
 * @param {K} key
 * @param {() => Promise<V>} make
 * @returns {Promise<V>}
 */
export function remembered(cache, key, make) {
  let value = cache.get(key);
  if (!value) {
    value = make();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}

/**
 * The page-table file a result id is in (src/search/page-table.ts writes
 * them): the first `digits` hex digits of its hash (zh-cn_01264dd → 01 with
 * 2 digits), or "all" with none.
 * @param {string} id
 * @param {number} digits
 */
export function bucketOf(id, digits) {
  return digits ? id.slice(id.indexOf('_') + 1, id.indexOf('_') + 1 + digits) : 'all';
}

/** A table URL (site path, /pub/2023/03/2/) → the page's address here (…/index.html from disk). */
export function pageHref(/** @type {string} */ url, /** @type {URL} */ siteRoot) {
  const href = new URL(`.${url}`, siteRoot).href;
  return href.startsWith('file:') ? folderIndex(href) : href;
}

/**
 * A JSON file of the index that must be there (the error names it).
 * @template T
 * @param {URL} url
 * @param {string} name
 * @returns {Promise<T>}
 */
async function json(url, name) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${name}: ${r.status}`);
  return r.json();
}

// A broad query at 10,000 bulletins wants thousands of table files: fetched
// all at once, Chromium gives up ("Failed to fetch"); so a few dozen at a time.
const FETCHES_AT_ONCE = 32;

/**
 * The reader of the index under `siteRoot` (…/pagefind/). One per page: it
 * keeps what it fetched and the shards it merged.
 * @param {URL} siteRoot
 * @returns {IndexReader & {pagefind: () => Promise<Pagefind>, pageRows: (ids: string[]) => Promise<Map<string, PageRow>>, pagefindFilterCounts: (word: string, filters: Record<string, string[]>) => Promise<Record<string, Record<string, number>>>}}
 */
export function indexReader(siteRoot) {
  const pagefindDir = new URL('pagefind/', siteRoot);

  /** @type {Promise<Pagefind> | undefined} */
  let pagefindPromise;
  /** Pagefind on the titles index (pagefind/); article shards are merged as they are needed (mergeShards). */
  function pagefind() {
    pagefindPromise ??= (async () => {
      // From disk (the offline copy) Pagefind comes from assets/pagefind-offline.js.
      const offline = location.protocol === 'file:' ? window.__offlinePagefind : undefined;
      /** @type {Pagefind} */
      const pf = offline ? await offline() : await import(new URL('pagefind.js', pagefindDir).href);
      // No worker: one script less to load (~43 KB), and the offline fetch shim sees every request.
      await pf.options({ baseUrl: siteRoot.pathname, excerptLength: 40, noWorker: true });
      await pf.init();
      return pf;
    })();
    return pagefindPromise;
  }

  /** @type {Promise<ShardsFile> | undefined} */
  let shardsPromise;
  /** pagefind/shards.json (every build writes one). @returns {Promise<ShardsFile>} */
  const shardsFile = () => (shardsPromise ??= json(new URL('shards.json', pagefindDir), 'pagefind/shards.json'));

  /** @type {Map<number, Promise<void>>} */
  const merged = new Map();
  /**
   * Merge article shards into the search (each adds its entry and meta files; all share the titles bundle's wasm).
   * @param {Pagefind} pf
   * @param {number[]} shards
   */
  async function mergeShards(pf, shards) {
    const { shards: dirs } = await shardsFile();
    await Promise.all(
      shards.map((i) => {
        let done = merged.get(i);
        if (!done) merged.set(i, (done = pf.mergeIndex(new URL(/** @type {string} */ (dirs[i]), pagefindDir).href, { baseUrl: siteRoot.pathname })));
        return done;
      }),
    );
  }

  /** @type {Map<string, Promise<ChunkList>>} */
  const chunkLists = new Map();
  /** Index chunk ranges [from, to] of a bundle (chunks.json beside it, src/search/index-site.ts). */
  function chunkRanges(/** @type {string} */ dir) {
    let list = chunkLists.get(dir);
    if (!list) {
      list = fetch(new URL(`${dir}chunks.json`, pagefindDir))
        .then((r) => (r.ok ? r.json() : []))
        .catch(() => []);
      chunkLists.set(dir, list);
    }
    return list;
  }

  /**
   * One-character words are prefix searches; Pagefind loads only the chunk that
   * holds the prefix and misses words in the next ones, so load every chunk the
   * prefix spans first, in every bundle searched (research/pagefind.md §1.3).
   * @param {Pagefind} pf
   * @param {string} prefix
   * @param {string[]} dirs bundle folders ('' for the titles index)
   */
  async function preloadPrefix(pf, prefix, dirs) {
    const ranges = (await Promise.all(dirs.map(chunkRanges))).flat();
    await Promise.all(chunksToPreload(ranges, prefix).map((from) => pf.preload(from)));
  }

  /**
   * Where one word occurs: the pages and, for each, the start positions of the
   * word. One character: a prefix search (every location is a match). More: one
   * search per cover token (each loads that token's index chunk in every bundle
   * merged; no other word extends a pair token, so the search finds exactly its
   * locations), then the start positions where the tokens' locations line up
   * (coverMatches).
   * @param {Pagefind} pf
   * @param {string} kind BODY (article shards) or TITLE (the titles index)
   * @param {string} word
   * @param {SearchOptions} options Pagefind's
   * @param {string[]} dirs the bundles searched (for one-character preloads)
   * @param {(results: PagefindResult[]) => Promise<Map<string, PagefindResult>>} keyed
   * @returns {Promise<Map<string, {r: PagefindResult, at: number[]}>>}
   */
  async function wordHits(pf, kind, word, options, dirs, keyed) {
    const chars = [...word];
    if (chars.length === 1) {
      const query = charQuery(kind, /** @type {string} */ (chars[0]));
      await preloadPrefix(pf, query, dirs);
      const found = await keyed((await pf.search(query, options)).results);
      return new Map([...found].map(([key, r]) => [key, { r, at: r.words }]));
    }
    const cover = wordCover(kind, word);
    const perToken = await Promise.all(cover.map(async ({ token }) => keyed((await pf.search(token, options)).results)));
    /** @type {Map<string, {r: PagefindResult, at: number[]}>} */
    const hits = new Map();
    for (const [key, r] of /** @type {Map<string, PagefindResult>} */ (perToken[0])) {
      const rs = perToken.map((m) => m.get(key));
      if (rs.some((x) => !x)) continue;
      const at = coverMatches(
        cover,
        rs.map((x) => /** @type {PagefindResult} */ (x).words),
      );
      if (at.length) hits.set(key, { r, at });
    }
    return hits;
  }

  /**
   * Articles that hold every word, over the shards merged so far: key → result.
   * A result's key is its id, unless that id occurs in two shards
   * (page-table.ts), then its URL from the fragment.
   * @param {Pagefind} pf
   * @param {string[]} words
   * @param {SearchOptions} options
   * @param {string[]} dirs
   */
  async function bodyMatches(pf, words, options, dirs) {
    const collisions = new Set((await shardsFile()).table.collisions);
    const keyOf = async (/** @type {PagefindResult} */ r) => (collisions.has(r.id) ? `url:${(await r.data()).url}` : r.id);
    const keyed = async (/** @type {PagefindResult[]} */ results) => new Map(await Promise.all(results.map(async (r) => /** @type {[string, PagefindResult]} */ ([await keyOf(r), r]))));
    const perWord = await Promise.all(words.map((word) => wordHits(pf, BODY, word, options, dirs, keyed)));
    const [first, ...rest] = perWord;
    /** @type {Map<string, PagefindResult>} */
    const out = new Map();
    for (const [key, { r }] of first ?? []) if (rest.every((w) => w.has(key))) out.set(key, r);
    return out;
  }

  /** @type {Map<string, Promise<PageBucket>>} */
  const buckets = new Map();
  /**
   * Table rows for result ids (ids that collide across shards or miss from the table → undefined).
   * @param {string[]} ids
   * @returns {Promise<Map<string, PageRow>>}
   */
  async function pageRows(ids) {
    const { table } = await shardsFile();
    const out = new Map();
    const wanted = [...new Set(ids.map((id) => bucketOf(id, table.digits)))];
    const missing = wanted.filter((b) => !buckets.has(b));
    for (let i = 0; i < missing.length; i += FETCHES_AT_ONCE) {
      const batch = missing.slice(i, i + FETCHES_AT_ONCE);
      await Promise.all(batch.map((b) => remembered(buckets, b, () => fetch(new URL(`pages/${b}.json`, pagefindDir)).then((r) => (r.ok ? r.json() : {})))));
    }
    const loaded = new Map(await Promise.all(wanted.map(async (b) => /** @type {[string, PageBucket]} */ ([b, await buckets.get(b)]))));
    for (const id of ids) {
      const row = loaded.get(bucketOf(id, table.digits))?.[id];
      if (row) out.set(id, row);
    }
    return out;
  }

  /** @type {Map<number, Promise<Member[]>>} */
  const members = new Map();
  /** The members of a titles group, slot by slot. @returns {Promise<Member[]>} */
  const groupMembers = (/** @type {number} */ g) => remembered(members, g, () => json(new URL(`members/${g}.json`, pagefindDir), `pagefind/members/${g}.json`));

  /** @type {Map<string, Promise<ResultData>>} */
  const fragments = new Map();
  /**
   * A page's fragment, fetched by its shard folder and id without that shard's
   * Pagefind meta (a title match opens no shard), its URL made a link here.
   * @param {string} dir shard folder, e.g. "shard-1/"
   * @param {string} id
   */
  function fragmentData(dir, id) {
    const url = new URL(`${dir}fragment/${id}.pf_fragment`, pagefindDir).href;
    return remembered(fragments, url, async () => {
      const d = await readFragment(url);
      return { ...d, url: pageHref(d.url, siteRoot) };
    });
  }

  /** @type {Map<string, Promise<Map<string, PagefindResult>>>} */
  const matches = new Map();
  /**
   * Every article that holds every word, over every shard (all merged), in no
   * order: key → Pagefind result.
   * @param {string[]} words
   * @param {Record<string, string[]>} filters
   */
  function everyMatch(words, filters) {
    return remembered(matches, JSON.stringify([words, filters]), async () => {
      const pf = await pagefind();
      const file = await shardsFile();
      await mergeShards(
        pf,
        file.shards.map((_, i) => i),
      );
      return bodyMatches(pf, words, { filters }, file.shards);
    });
  }

  return {
    pagefind,
    shardsFile,
    pageRows,
    groupMembers,
    everyMatch,

    async titleCandidates(words) {
      const pf = await pagefind();
      const file = await shardsFile();
      const keyed = async (/** @type {PagefindResult[]} */ results) => new Map(results.map((r) => [r.id, r]));
      const perWord = await Promise.all(words.map((word) => wordHits(pf, TITLE, word, {}, [''], keyed)));
      const ids = [...(perWord[0] ?? new Map()).keys()].filter((id) => id in file.titles.groups && perWord.every((w) => w.has(id)));
      return ids.map((id) => ({
        group: /** @type {number} */ (file.titles.groups[id]),
        async slots() {
          // A location's weight is its title's slot in the group (src/search/titles-index.ts). One word
          // at a time: Pagefind keeps one fragment object per page and sets its locations on each data()
          // (./pagefind-format.js, 6).
          /** @type {Set<number>[]} */
          const slotSets = [];
          for (const w of perWord) {
            const { r, at } = /** @type {{r: PagefindResult, at: number[]}} */ (w.get(id));
            const weights = new Map((await r.data()).weighted_locations.map((l) => [l.location, l.weight]));
            slotSets.push(new Set(at.map((p) => weightSlot(/** @type {number} */ (weights.get(p))))));
          }
          return [.../** @type {Set<number>} */ (slotSets[0])].filter((slot) => slotSets.every((set) => set.has(slot))).sort((a, b) => a - b);
        },
      }));
    },

    async memberData([shard, id]) {
      const file = await shardsFile();
      return fragmentData(/** @type {string} */ (file.shards[shard]), id);
    },

    async matchesIn(shards, words) {
      const pf = await pagefind();
      const file = await shardsFile();
      await mergeShards(pf, shards);
      // A search covers every shard merged; telling these shards' results from the others' needs only these merged.
      if (merged.size > shards.length) return undefined;
      const found = await bodyMatches(
        pf,
        words,
        { sort: NEWEST_FIRST },
        shards.map((i) => /** @type {string} */ (file.shards[i])),
      );
      return new Map(
        [...found].map(([key, r]) => [
          key,
          {
            id: r.id,
            score: r.score,
            // Its place in the archive's order, from its fragment.
            async place() {
              const d = await r.data();
              return { key: sortKey(d.meta.date ?? '', d.raw_url ?? d.url), data: async () => d };
            },
          },
        ]),
      );
    },

    async summaries(found) {
      const rows = await pageRows([...found.values()].map((r) => r.id));
      return Promise.all(
        [...found].map(async ([key, r]) => {
          // Ids shared by two shards have no row: their own fragment says.
          const row = key === r.id ? rows.get(r.id) : undefined;
          if (row) return { key: sortKey(row[2], row[0]), title: row[1], url: pageHref(row[0], siteRoot), filters: row[3], data: () => r.data() };
          const d = await r.data();
          return { key: sortKey(d.meta.date ?? '', d.raw_url ?? d.url), title: d.meta.title ?? '', url: new URL(d.url, location.href).href, filters: d.filters ?? {}, data: () => r.data() };
        }),
      );
    },

    async pagefindFilterCounts(word, filters) {
      const pf = await pagefind();
      await pf.filters();
      return (await pf.search(chainQuery(word), { filters })).filters;
    },
  };
}

/** A page's fragment file read directly (./pagefind-format.js). */
async function readFragment(/** @type {string} */ url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return fragmentFromBytes(new Uint8Array(await r.arrayBuffer()));
}
