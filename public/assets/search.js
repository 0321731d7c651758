// @ts-check
// The search page: exact search over Pagefind (SPEC §6), results and filters,
// and window.archiveSearch(query), the public contract: a Promise of every
// matching article in rank order, each {url, title}.
//
// Articles are indexed as pair-token chains (./search-codec.js): each query
// word is found from the locations of a few of its pair tokens (wordCover);
// words of a query must all occur. Rank: articles whose title holds every
// word first, then the rest; each part newest first (./search-order.js). Or,
// sorted by date, all newest first.
//
// The index comes in parts (src/search/index-site.ts): the titles index
// (pagefind/, opened first) and the article shards, each one stretch of the
// archive's order, newest first. The first screen needs only its few results:
// title matches from the titles index (the newest matching groups'
// fragments); if they are too few, the shards are merged one by one, newest
// first, until the next unopened shard can hold nothing newer than what is
// shown (firstResults). Everything else merges every shard: counts and
// filter counts need no order (countMatches); archiveSearch and a filtered
// list are ranked from the page table (allResults), in the same order.
import { BODY, TITLE, chainQuery, charQuery, coverMatches, decodePage, normalise, queryWords, wordCover } from './search-codec.js';
import { newestFirst, sortKey } from './search-order.js';
import { fragmentData, groupMembers, pageHref, pageRows, remembered, shardsFile } from './search-table.js';

const here = new URL('.', import.meta.url); // …/assets/
const siteRoot = new URL('../', here);
const pagefindDir = new URL('pagefind/', siteRoot);
const FILTER_ORDER = ['刊物', '年份', '地区', '单位'];
// Results shown at a time: each costs its fragment (~5 KB). Five fill a
// laptop screen; the next five load as the reader scrolls to the end of the
// list (or presses 显示更多结果), so a first query fetches what is seen.
const PAGE_SIZE = 5;
// Up to this many results, filter counts come from the page table; beyond, from Pagefind's filter files.
const TABLE_COUNTS_UP_TO = 40;
// Each shard's results in the archive's order (its Pagefind sort, src/search/article-record.ts): a result's score is its place.
const NEWEST_FIRST = { key: 'desc' };

/** @type {Promise<any> | undefined} */
let pagefindPromise;
/** Pagefind on the titles index (pagefind/); article shards are merged as they are needed (mergeShards). */
function pagefind() {
  pagefindPromise ??= (async () => {
    // From disk (the offline copy) Pagefind comes from assets/pagefind-offline.js.
    const offline = location.protocol === 'file:' ? /** @type {any} */ (window).__offlinePagefind : undefined;
    const pf = offline ? await offline() : await import(new URL('pagefind.js', pagefindDir).href);
    // No worker: one script less to load (~43 KB), and the offline fetch shim sees every request.
    await pf.options({ baseUrl: siteRoot.pathname, excerptLength: 40, noWorker: true });
    await pf.init();
    return pf;
  })();
  return pagefindPromise;
}

/** @type {Map<number, Promise<void>>} */
const merged = new Map();
/**
 * Merge article shards into the search (each adds its entry and meta files; all share the titles bundle's wasm).
 * @param {any} pf
 * @param {number[]} shards
 */
async function mergeShards(pf, shards) {
  const { shards: dirs } = await shardsFile(pagefindDir);
  await Promise.all(
    shards.map((i) => {
      let done = merged.get(i);
      if (!done) merged.set(i, (done = pf.mergeIndex(new URL(/** @type {string} */ (dirs[i]), pagefindDir).href, { baseUrl: siteRoot.pathname })));
      return done;
    }),
  );
}

/** @type {Map<string, Promise<string[][]>>} */
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
 * @param {any} pf
 * @param {string} prefix
 * @param {string[]} dirs bundle folders ('' for the titles index)
 */
async function preloadPrefix(pf, prefix, dirs) {
  const upper = `${prefix}\uffff`;
  const spans = (await Promise.all(dirs.map(chunkRanges))).flat().filter(([from, to]) => /** @type {string} */ (from) < upper && /** @type {string} */ (to) >= prefix);
  await Promise.all([...new Set(spans.map(([from]) => from))].map((from) => pf.preload(from)));
}

/**
 * A result's identity across shards: its id, unless that id occurs in two
 * shards (page-table.ts), then its URL from the fragment.
 * @param {any} r
 * @param {Set<string>} collisions
 */
async function keyOf(r, collisions) {
  return collisions.has(r.id) ? `url:${(await r.data()).url}` : r.id;
}

/**
 * Where one word occurs: the pages and, for each, the start positions of the
 * word. One character: a prefix search (every location is a match). More: one
 * search per cover token (each loads that token's index chunk in every bundle
 * merged; no other word extends a pair token, so the search finds exactly its
 * locations), then the start positions where the tokens' locations line up
 * (coverMatches).
 * @param {any} pf
 * @param {string} kind BODY (article shards) or TITLE (the titles index)
 * @param {string} word
 * @param {{filters?: Record<string, string[]>, sort?: Record<string, string>}} options Pagefind's
 * @param {string[]} dirs the bundles searched (for one-character preloads)
 * @param {(results: any[]) => Promise<Map<string, any>>} keyed
 * @returns {Promise<Map<string, {r: any, at: number[]}>>}
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
  /** @type {Map<string, {r: any, at: number[]}>} */
  const hits = new Map();
  for (const [key, r] of /** @type {Map<string, any>} */ (perToken[0])) {
    const rs = perToken.map((m) => m.get(key));
    if (rs.some((x) => !x)) continue;
    const at = coverMatches(cover, rs.map((x) => x.words));
    if (at.length) hits.set(key, { r, at });
  }
  return hits;
}

/**
 * Articles that hold every word, over the shards merged so far: key → result.
 * @param {any} pf
 * @param {string[]} words
 * @param {{filters?: Record<string, string[]>, sort?: Record<string, string>}} options
 * @param {string[]} dirs
 */
async function bodyMatches(pf, words, options, dirs) {
  const collisions = new Set((await shardsFile(pagefindDir)).table.collisions);
  const keyed = async (/** @type {any[]} */ results) => new Map(await Promise.all(results.map(async (r) => /** @type {[string, any]} */ ([await keyOf(r, collisions), r]))));
  const perWord = await Promise.all(words.map((word) => wordHits(pf, BODY, word, options, dirs, keyed)));
  const [first, ...rest] = perWord;
  /** @type {Map<string, any>} */
  const out = new Map();
  for (const [key, { r }] of /** @type {Map<string, {r: any}>} */ (first)) if (rest.every((w) => w.has(key))) out.set(key, r);
  return out;
}

/** Whether a title holds every word (the titles index's question, asked of a known title). */
const titleHoldsAll = (/** @type {string} */ title, /** @type {string[]} */ words) => {
  const t = normalise(title);
  return words.every((w) => t.includes(w));
};

/**
 * @typedef {{url: string, content: string, meta: Record<string, string>, filters?: Record<string, string[]>}} ResultData a result's fragment, url made a link here
 * @typedef {{key: string, data: () => Promise<ResultData>}} Found a result in rank order
 * @typedef {Found & {ref: string}} Titled a title match; ref: its shard and id there, "{shard}:{id}"
 */

/**
 * Titles that hold every word, from the titles index, newest first: the
 * groups matching every word, in order, opened (their fragments give each
 * location's slot) only until `enough` titles are found.
 * @param {any} pf
 * @param {string[]} words
 * @param {number} enough
 * @returns {Promise<{found: Titled[], all: boolean}>} all: no more titles match
 */
async function titleResults(pf, words, enough) {
  const file = await shardsFile(pagefindDir);
  const keyed = async (/** @type {any[]} */ results) => new Map(results.map((r) => [r.id, r]));
  const perWord = await Promise.all(words.map((word) => wordHits(pf, TITLE, word, {}, [''], keyed)));
  const groupOf = (/** @type {string} */ id) => file.titles.groups[id] ?? -1;
  const candidates = [.../** @type {Map<string, any>} */ (perWord[0]).keys()].filter((id) => groupOf(id) >= 0 && perWord.every((w) => w.has(id))).sort((a, b) => groupOf(a) - groupOf(b));
  /** @type {Titled[]} */
  const found = [];
  for (const id of candidates) {
    if (found.length >= enough) return { found, all: false };
    // A location's weight is its title's slot in the group (src/search/titles-index.ts). One word
    // at a time: Pagefind keeps one fragment object per page and sets its locations on each data().
    /** @type {Set<number>[]} */
    const slotSets = [];
    for (const w of perWord) {
      const { r, at } = /** @type {{r: any, at: number[]}} */ (w.get(id));
      const weights = new Map((await r.data()).weighted_locations.map((/** @type {any} */ l) => [l.location, l.weight]));
      slotSets.push(new Set(at.map((p) => Math.round(/** @type {number} */ (weights.get(p)) * 24) - 1)));
    }
    const slots = [.../** @type {Set<number>} */ (slotSets[0])].filter((slot) => slotSets.every((set) => set.has(slot))).sort((a, b) => a - b);
    const members = slots.length ? await groupMembers(pagefindDir, groupOf(id)) : [];
    for (const slot of slots) {
      const [shard, pageId, url] = /** @type {[number, string, string]} */ (members[slot]);
      /** @type {Promise<ResultData> | undefined} */
      let data;
      found.push({
        key: `title:${url}`,
        ref: `${shard}:${pageId}`,
        data: () =>
          (data ??= fragmentData(pagefindDir, /** @type {string} */ (file.shards[shard]), pageId).then((d) => ({ ...d, url: pageHref(d.url, siteRoot) }))),
      });
    }
  }
  return { found, all: true };
}

/** A Pagefind result as Found, with its place in the archive's order from its fragment. */
async function placed(/** @type {any} */ r) {
  const d = await r.data();
  return { key: sortKey(d.meta.date ?? '', d.raw_url), data: async () => d };
}

/**
 * The first `need` results in rank order, opening as little of the index as
 * it can: for relevance, the title matches first (titles index); then the
 * shards, newest first, one more at a time, until the results in hand are
 * newer than anything the next shard holds. `complete` when every shard was
 * searched, with `total` the number of matches.
 * @param {string[]} words
 * @param {string} sort 'relevance' or 'date'
 * @param {number} need
 * @returns {Promise<{results: Found[], complete: boolean, total: number}>}
 */
async function firstResults(words, sort, need) {
  const pf = await pagefind();
  const file = await shardsFile(pagefindDir);
  /** @type {Titled[]} */
  let titled = [];
  if (sort !== 'date') {
    const t = await titleResults(pf, words, need);
    if (!t.all || t.found.length >= need) return { results: t.found.slice(0, need), complete: false, total: 0 };
    titled = t.found;
  }
  const want = need - titled.length;
  // Every title match is in hand here (fewer than need): the shards' results skip them.
  const ranked = new Set(titled.map((t) => t.ref));
  const order = file.shards.map((_, i) => i).sort((a, b) => newestFirst(/** @type {[string, string]} */ (file.ranges[a])[0], /** @type {[string, string]} */ (file.ranges[b])[0]));
  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {{key: string, data: () => Promise<any>}[]} */
  let pool = [];
  let total = 0;
  // Everything in hand already (the filter panel, archiveSearch): the same order from there.
  const fromAll = async () => {
    const results = await allResults(words, { sort });
    return { results: results.slice(0, need), complete: true, total: results.length };
  };
  for (const [k, shard] of order.entries()) {
    await mergeShards(pf, [shard]);
    // A search covers every shard merged; telling this shard's results from the others' needs them merged in this order.
    if (merged.size > k + 1) return fromAll();
    const dirs = order.slice(0, k + 1).map((i) => /** @type {string} */ (file.shards[i]));
    const found = await bodyMatches(pf, words, { sort: NEWEST_FIRST }, dirs);
    if (merged.size > k + 1) return fromAll();
    total = found.size;
    // This shard's matches: those not found before it was merged; its sort puts them newest first.
    const fresh = [...found].filter(([key]) => !seen.has(key)).map(([, r]) => r).sort((a, b) => b.score - a.score);
    for (const key of found.keys()) seen.add(key);
    let taken = 0;
    for (const r of fresh) {
      if (taken >= want) break;
      if (ranked.has(`${shard}:${r.id}`)) continue; // a title match, ranked above already
      pool.push(await placed(r));
      taken++;
    }
    pool = pool.sort((a, b) => newestFirst(a.key, b.key)).slice(0, want);
    const next = order[k + 1];
    const newestLeft = next === undefined ? undefined : /** @type {[string, string]} */ (file.ranges[next])[0];
    const ready = newestLeft === undefined ? pool : pool.filter((p) => p.key > newestLeft);
    if (ready.length >= want || newestLeft === undefined) return { results: [...titled, ...ready], complete: newestLeft === undefined, total };
  }
  return { results: titled, complete: true, total: titled.length }; // no shards
}

/** @type {Map<string, Promise<Map<string, any>>>} */
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
    const file = await shardsFile(pagefindDir);
    await mergeShards(pf, file.shards.map((_, i) => i));
    return bodyMatches(pf, words, { filters }, file.shards);
  });
}

/** Results with their page-table rows (none for ids shared by two shards). */
async function withRows(/** @type {Map<string, any>} */ found) {
  const rows = await pageRows(pagefindDir, [...found.values()].map((r) => r.id));
  return [...found].map(([key, r]) => ({ key, r, row: key === r.id ? rows.get(r.id) : undefined }));
}

/**
 * How many articles match, and their counts by filter value: over every
 * shard, but without ranking them (no page table for a broad query). Few
 * results: from the page table (a few buckets). Many, one word: Pagefind's
 * own counts for its whole chain, quoted (exact), summed over shards once its
 * filter files are loaded (pf.filters()). Several words: Pagefind counts the
 * first word's matches, so the table.
 * @param {string[]} words
 * @param {Record<string, string[]>} filters
 * @returns {Promise<{total: number, countFilters: () => Promise<Record<string, Record<string, number>>>}>}
 */
async function countMatches(words, filters) {
  const found = await everyMatch(words, filters);
  const countFilters = async () => {
    if (words.length === 1 && found.size > TABLE_COUNTS_UP_TO) {
      const pf = await pagefind();
      await pf.filters();
      return (await pf.search(chainQuery(/** @type {string} */ (words[0])), { filters })).filters;
    }
    /** @type {Record<string, Record<string, number>>} */
    const counts = {};
    for (const s of await summaries(await withRows(found))) for (const [key, values] of Object.entries(s.filters)) for (const v of values) ((counts[key] ??= {})[v] = (counts[key][v] ?? 0) + 1);
    return counts;
  };
  return { total: found.size, countFilters };
}

/** @type {Map<string, ReturnType<typeof rankAll>>} */
const everything = new Map();
/**
 * Every matching article in rank order (all shards merged): titles holding
 * every word first, then newest first (or all newest first), from the page
 * table's rows.
 * @param {string[]} words
 * @param {{filters?: Record<string, string[]>, sort?: string}} [opts]
 */
function allResults(words, opts = {}) {
  return remembered(everything, JSON.stringify([words, opts.filters ?? {}, opts.sort ?? 'relevance']), () => rankAll(words, opts));
}

/**
 * @param {string[]} words
 * @param {{filters?: Record<string, string[]>, sort?: string}} opts
 */
async function rankAll(words, opts) {
  const results = await Promise.all(
    (await withRows(await everyMatch(words, opts.filters ?? {}))).map(async ({ r, row }) => {
      // Ids shared by two shards have no row: their own fragment says.
      const d = row ? undefined : await r.data();
      const title = row ? row[1] : (d.meta.title ?? '');
      return { r, row, key: sortKey(row ? row[2] : (d.meta.date ?? ''), row ? row[0] : d.raw_url), titled: opts.sort !== 'date' && titleHoldsAll(title, words), data: () => r.data() };
    }),
  );
  return results.sort((a, b) => Number(b.titled) - Number(a.titled) || newestFirst(a.key, b.key));
}

/**
 * What the result list needs of every result without its fragment: the page
 * table's row, or (ids shared by two shards) the fragment's own data.
 * @param {{row?: import('./search-table.js').PageRow, r: any}[]} results
 * @returns {Promise<{url: string, title: string, filters: Record<string, string[]>}[]>}
 */
async function summaries(results) {
  return Promise.all(
    results.map(async ({ row, r }) => {
      if (row) return { url: pageHref(row[0], siteRoot), title: row[1], filters: row[3] };
      const d = await r.data();
      return { url: new URL(d.url, location.href).href, title: d.meta.title, filters: d.filters ?? {} };
    }),
  );
}

/** @param {string} query */
async function archiveSearch(query) {
  const words = queryWords(query);
  if (!words.length) return [];
  return (await summaries(await allResults(words))).map(({ url, title }) => ({ url, title }));
}
// @ts-ignore: the public contract lives on window.
window.archiveSearch = archiveSearch;

/**
 * The passage to show: the first paragraph that holds every word (else any
 * word), so a title match shows where the body speaks of it; a title or
 * header line only when no paragraph has the words.
 * @param {string} content a result's tokens
 * @param {string[]} words
 */
function matchingBlock(content, words) {
  const blocks = decodePage(content);
  const paragraphs = blocks.filter((b) => b.id);
  const every = (/** @type {{text: string}} */ b) => words.every((w) => b.text.includes(w));
  const some = (/** @type {{text: string}} */ b) => words.some((w) => b.text.includes(w));
  return paragraphs.find(every) ?? blocks.find(every) ?? paragraphs.find(some) ?? blocks.find(some) ?? blocks[0];
}

/**
 * Text with every occurrence of the words wrapped in <mark>, trimmed around the first.
 * @param {string} text
 * @param {string[]} words
 */
function excerptNodes(text, words) {
  const first = Math.min(...words.map((w) => text.indexOf(w)).filter((i) => i >= 0), text.length);
  const start = Math.max(0, first - 30);
  const slice = text.slice(start, start + 110);
  const out = document.createDocumentFragment();
  if (start > 0) out.append('…');
  let at = 0;
  while (at < slice.length) {
    let next = -1;
    let word = '';
    for (const w of words) {
      const i = slice.indexOf(w, at);
      if (i >= 0 && (next < 0 || i < next || (i === next && w.length > word.length))) [next, word] = [i, w];
    }
    if (next < 0) break;
    out.append(slice.slice(at, next), el('mark', {}, word));
    at = next + word.length;
  }
  out.append(slice.slice(at));
  if (start + 110 < text.length) out.append('…');
  return out;
}

/**
 * @param {string} tag
 * @param {Record<string, any>} [props]
 * @param {(Node | string)[]} children
 */
function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

/** Links to the browse pages: 刊物、年份或地区 (to index.html from disk). */
function browseLinks() {
  const link = (/** @type {string} */ path, /** @type {string} */ label) => el('a', { href: pageHref(path, siteRoot) }, label);
  return [link('/', '刊物'), '、', link('/years/', '年份'), '或', link('/districts/', '地区')];
}

/** 2022-03-05 → 2022年3月5日 */
const zhDate = (/** @type {string | undefined} */ iso) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月${+iso.slice(8)}日` : (iso ?? ''));

/**
 * @param {any} d a result's data()
 * @param {string} query
 * @param {string[]} words
 */
function resultItem(d, query, words) {
  const block = matchingBlock(d.content, words);
  const href = new URL(d.url, location.href);
  href.search = new URLSearchParams({ q: query.trim() }).toString();
  if (block?.id) href.hash = block.id;
  const meta = el('p', { className: 'meta' }, [d.meta.issue, zhDate(d.meta.date), d.meta.district].filter(Boolean).join(' · '));
  const excerpt = el('p', { className: 'excerpt' });
  if (block) excerpt.append(excerptNodes(block.text, words));
  return el('li', {}, el('a', { href: href.href }, d.meta.title), meta, excerpt);
}

async function render() {
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  const sort = params.get('sort') ?? 'relevance';
  /** @type {Record<string, string[]>} */
  const filters = {};
  for (const key of FILTER_ORDER) {
    const values = params.getAll(key);
    if (values.length) filters[key] = values;
  }
  const input = /** @type {HTMLInputElement} */ (document.getElementById('q'));
  const sortSelect = /** @type {HTMLSelectElement} */ (document.getElementById('sort'));
  const status = /** @type {HTMLElement} */ (document.getElementById('search-status'));
  const list = /** @type {HTMLElement} */ (document.getElementById('search-results'));
  input.value = query;
  sortSelect.value = sort;
  const siteBox = /** @type {HTMLInputElement | null} */ (document.getElementById('site-q'));
  if (siteBox) siteBox.value = query;
  if (!query.trim()) {
    status.textContent = '请输入检索词。';
    return;
  }
  status.textContent = '正在检索…';
  const words = queryWords(query);
  const filtered = Object.keys(filters).length > 0;
  const all = () => allResults(words, { filters, sort });
  /** The first n results; with filters, from the whole result set (filters narrow every shard). */
  const firstN = async (/** @type {number} */ n) => {
    if (!filtered) return firstResults(words, sort, n);
    const results = await all();
    return { results: results.slice(0, n), complete: true, total: results.length };
  };
  let first;
  try {
    first = await firstN(PAGE_SIZE);
  } catch (error) {
    status.replaceChildren('检索无法运行：浏览器未能载入检索索引。可以按', ...browseLinks(), '浏览全部文章。');
    throw error;
  }
  list.replaceChildren();
  const shown = query.trim();
  const counted = (/** @type {number} */ n) => (status.textContent = `找到 ${n} 篇包含“${shown}”的文章。`);
  /** Counts every match (all shards), on request or with the filter panel. */
  const countAll = async () => counted((await countMatches(words, filters)).total);
  if (!first.results.length) {
    status.replaceChildren(`没有找到包含“${shown}”的文章。`);
    const hints = el('span', { className: 'empty-hints' }, words.length > 1 ? '多个词须同时出现，可以减少检索词；' : '可以换一个较短的词；');
    if (filtered) {
      const all = new URLSearchParams({ q: shown, ...(sort !== 'relevance' ? { sort } : {}) });
      hints.append(el('a', { href: `?${all}` }, '去掉筛选条件再查'), '；');
    }
    hints.append('也可以按', ...browseLinks(), '浏览。');
    status.append(hints);
  } else if (first.complete) counted(first.total);
  else {
    // Not every shard was opened: the count costs all of them, so it waits to be asked for.
    const count = el('button', { type: 'button', className: 'count' }, '统计全部');
    count.addEventListener('click', () => countAll());
    status.replaceChildren(`包含“${shown}”的文章，${sort === 'date' ? '' : '标题含检索词的在前，'}按日期由新到旧排列。`, count);
  }
  let next = 0;
  let source = first;
  const more = el('button', { type: 'button', className: 'more' }, '显示更多结果');
  const exhausted = () => source.complete && next >= source.total;
  /** @type {Promise<void> | undefined} */
  let showing;
  const showPage = () => (showing ??= (async () => {
    if (next + PAGE_SIZE > source.results.length && !(source.complete && source.results.length >= source.total)) source = await firstN(next + PAGE_SIZE);
    const page = await Promise.all(source.results.slice(next, next + PAGE_SIZE).map((x) => x.data()));
    next += page.length;
    list.append(...page.map((d) => resultItem(d, query, words)));
    if (exhausted() || !page.length) more.remove();
    showing = undefined;
  })());
  // By keyboard or click: the next page, focus on its first result.
  more.addEventListener('click', async () => {
    const first = next;
    await showPage();
    /** @type {HTMLElement | null} */ (list.children[first]?.querySelector('a') ?? null)?.focus();
  });
  await showPage();
  if (!exhausted()) {
    list.after(more);
    // Scrolling to the end of the list shows the next page by itself.
    new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && !exhausted() && showPage(), { rootMargin: '0px 0px 200px 0px' }).observe(more);
  }
  if (first.results.length || filtered) await filterPanel(async () => {
    const counts = await (await countMatches(words, filters)).countFilters();
    if (!filtered) await countAll();
    return counts;
  }, filters, params);
}

/**
 * The filter panel: shown when there are results or filters, open when filters
 * are in use; the counts load when it is open (they cost every shard, and for
 * a broad query Pagefind's filter files, more than the results themselves).
 * @param {() => Promise<Record<string, Record<string, number>>>} countFilters
 * @param {Record<string, string[]>} filters
 * @param {URLSearchParams} params
 */
async function filterPanel(countFilters, filters, params) {
  const panel = /** @type {HTMLDetailsElement} */ (document.getElementById('search-filter-panel'));
  const box = /** @type {HTMLElement} */ (document.getElementById('search-filters'));
  panel.hidden = false;
  /** @type {Promise<void> | undefined} */
  let loading;
  const load = () => (loading ??= (async () => {
    box.replaceChildren(el('p', { className: 'search-status' }, '正在统计…'));
    renderFilters(box, await countFilters(), filters, params);
  })());
  panel.addEventListener('toggle', () => panel.open && load());
  if (Object.keys(filters).length) panel.open = true;
  if (panel.open) await load();
}

/**
 * @param {HTMLElement} box
 * @param {Record<string, Record<string, number>>} counts
 * @param {Record<string, string[]>} active
 * @param {URLSearchParams} params
 */
function renderFilters(box, counts, active, params) {
  box.replaceChildren();
  for (const key of FILTER_ORDER) {
    const values = Object.entries(counts[key] ?? {}).filter(([value, n]) => n > 0 || (active[key] ?? []).includes(value));
    if (!values.length) continue;
    const fieldset = el('fieldset', {}, el('legend', {}, key));
    for (const [value, n] of values) {
      const checked = (active[key] ?? []).includes(value);
      const next = new URLSearchParams(params);
      next.delete(key);
      for (const v of active[key] ?? []) if (v !== value) next.append(key, v);
      if (!checked) next.append(key, value);
      fieldset.append(el('a', { href: `?${next}`, className: checked ? 'filter active' : 'filter', ...(checked ? { ariaCurrent: 'true' } : {}) }, `${value}（${n}）`));
    }
    box.append(fieldset);
  }
}

render();
