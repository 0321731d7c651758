// @ts-check
// The search page: exact search over Pagefind (SPEC §6), results and filters,
// and window.archiveSearch(query), the public contract: a Promise of every
// matching article in rank order, each {url, title}.
//
// Articles are indexed as pair-token chains (./search-codec.js): each query
// word is found from the locations of a few of its pair tokens (wordCover),
// over body tokens and title tokens (which rank first); words of a query must
// all occur.
import { BODY, TITLE, chainQuery, charQuery, coverMatches, decodePage, queryWords, wordCover } from './search-codec.js';
import { pageHref, pageRows, shardsFile } from './search-table.js';

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

/** @type {Promise<any> | undefined} */
let pagefindPromise;
/** Pagefind with every shard of the index merged (pagefind/shards.json). */
function pagefind() {
  pagefindPromise ??= (async () => {
    // From disk (the offline copy) Pagefind comes from assets/pagefind-offline.js.
    const offline = location.protocol === 'file:' ? /** @type {any} */ (window).__offlinePagefind : undefined;
    const pf = offline ? await offline() : await import(new URL('pagefind.js', pagefindDir).href);
    // No worker: one script less to load (~43 KB), and the offline fetch shim sees every request.
    await pf.options({ baseUrl: siteRoot.pathname, excerptLength: 40, noWorker: true });
    await pf.init();
    const { shards } = await shardsFile(pagefindDir);
    // Merged shards share the first one's wasm; each adds its entry and meta files.
    await Promise.all(shards.filter((dir) => dir).map((dir) => pf.mergeIndex(new URL(dir, pagefindDir).href, { baseUrl: siteRoot.pathname })));
    return pf;
  })();
  return pagefindPromise;
}

/** @type {Promise<string[][]> | undefined} */
let chunksPromise;
/** Index chunk ranges [from, to] of every shard (chunks.json beside each, src/search/index-site.ts). */
function chunkRanges() {
  chunksPromise ??= shardsFile(pagefindDir).then(async ({ shards }) =>
    (
      await Promise.all(
        shards.map((dir) =>
          fetch(new URL(`${dir}chunks.json`, pagefindDir))
            .then((r) => (r.ok ? r.json() : []))
            .catch(() => []),
        ),
      )
    ).flat(),
  );
  return chunksPromise;
}

/**
 * One-character words are prefix searches; Pagefind loads only the chunk that
 * holds the prefix and misses words in the next ones, so load every chunk the
 * prefix spans first, in every shard (research/pagefind.md §1.3).
 * @param {any} pf
 * @param {string} prefix
 */
async function preloadPrefix(pf, prefix) {
  const upper = `${prefix}\uffff`;
  const spans = (await chunkRanges()).filter(([from, to]) => from < upper && to >= prefix);
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
 * @typedef {{r: any, key: string, inTitle: number, score: number, order: number, date?: string}} Ranked
 * @typedef {Map<string, {r: any, score: number}>} Hits pages where a word occurs, by key; score: its occurrences
 */

/**
 * Where one word occurs, over body or title tokens, and how often (a page's
 * score). One character: a prefix search. More: one search per cover token
 * (each loads that token's index chunk in every shard; no other word extends
 * a pair token, so the search finds exactly its locations), then the start
 * positions where the tokens' locations line up (coverMatches).
 * @param {any} pf
 * @param {string} kind BODY or TITLE
 * @param {string} word
 * @param {Record<string, string[]>} filters
 * @param {(results: any[]) => Promise<Map<string, any>>} keyed
 * @returns {Promise<Hits>}
 */
async function wordHits(pf, kind, word, filters, keyed) {
  const chars = [...word];
  if (chars.length === 1) {
    const query = charQuery(kind, /** @type {string} */ (chars[0]));
    await preloadPrefix(pf, query);
    const found = await keyed((await pf.search(query, { filters })).results);
    return new Map([...found].map(([key, r]) => [key, { r, score: r.words.length }]));
  }
  const cover = wordCover(kind, word);
  const perToken = await Promise.all(cover.map(async ({ token }) => keyed((await pf.search(token, { filters })).results)));
  /** @type {Hits} */
  const hits = new Map();
  for (const [key, r] of /** @type {Map<string, any>} */ (perToken[0])) {
    const rs = perToken.map((m) => m.get(key));
    if (rs.some((x) => !x)) continue;
    const at = coverMatches(cover, rs.map((x) => x.words));
    if (at.length) hits.set(key, { r, score: at.length });
  }
  return hits;
}

/**
 * Every matching article, ranked (title matches first, then by how often the
 * words occur; or newest first), and a way to count them by filter value.
 * @param {string} query
 * @param {{filters?: Record<string, string[]>, sort?: string}} [opts]
 * @returns {Promise<{words: string[], results: Ranked[], countFilters: () => Promise<Record<string, Record<string, number>>>}>}
 */
async function run(query, opts = {}) {
  const words = queryWords(query);
  if (!words.length) return { words, results: [], countFilters: async () => ({}) };
  const pf = await pagefind();
  const collisions = new Set((await shardsFile(pagefindDir)).table.collisions);
  // Every page of these shards is an article (issue pages have their own index).
  const filters = opts.filters ?? {};
  const keyed = async (/** @type {any[]} */ results) => new Map(await Promise.all(results.map(async (r) => /** @type {[string, any]} */ ([await keyOf(r, collisions), r]))));
  const perWord = await Promise.all(
    words.map(async (word) => {
      // Body tokens hold the title too (src/search/article-record.ts indexes it as text as well): they decide which pages match; title tokens rank.
      const [body, title] = await Promise.all([wordHits(pf, BODY, word, filters, keyed), wordHits(pf, TITLE, word, filters, keyed)]);
      return { word, body, title };
    }),
  );
  const [first, ...rest] = perWord;
  /** @type {Ranked[]} */
  const ranked = [...first.body]
    .filter(([key]) => rest.every((w) => w.body.has(key)))
    .map(([key, { r, score }], order) => ({
      r,
      key,
      order,
      inTitle: perWord.filter((w) => w.title.has(key)).length,
      score: score + rest.reduce((sum, w) => sum + /** @type {{score: number}} */ (w.body.get(key)).score, 0),
    }));
  ranked.sort((a, b) => b.inTitle - a.inTitle || b.score - a.score || a.order - b.order);
  if (opts.sort === 'date') {
    const rows = await pageRows(pagefindDir, ranked.map((x) => x.r.id));
    await Promise.all(ranked.map(async (x) => (x.date = (x.key === x.r.id ? rows.get(x.r.id)?.[2] : undefined) ?? (await x.r.data()).meta.date ?? '')));
    // Stable: equal dates keep the relevance order.
    ranked.sort((a, b) => (/** @type {string} */ (b.date) < /** @type {string} */ (a.date) ? -1 : /** @type {string} */ (b.date) > /** @type {string} */ (a.date) ? 1 : 0));
  }
  /**
   * Filter counts over the exact result set. Few results: from the page table
   * (a few buckets). Many, one word: Pagefind's own counts for its whole
   * chain, quoted (exact), summed over shards once its filter files are loaded
   * (pf.filters()). Several words: Pagefind counts the first word's matches,
   * so the table.
   * @returns {Promise<Record<string, Record<string, number>>>}
   */
  const countFilters = async () => {
    if (words.length === 1 && ranked.length > TABLE_COUNTS_UP_TO) {
      await pf.filters();
      return (await pf.search(chainQuery(first.word), { filters })).filters;
    }
    /** @type {Record<string, Record<string, number>>} */
    const counts = {};
    for (const s of await summaries(ranked)) for (const [key, values] of Object.entries(s.filters)) for (const v of values) ((counts[key] ??= {})[v] = (counts[key][v] ?? 0) + 1);
    return counts;
  };
  return { words, results: ranked, countFilters };
}

/**
 * What the result list needs of every result without its fragment: the page
 * table's row, or (ids shared by two shards) the fragment's own data.
 * @param {Ranked[]} results
 * @returns {Promise<{url: string, title: string, filters: Record<string, string[]>}[]>}
 */
async function summaries(results) {
  const rows = await pageRows(pagefindDir, results.map((x) => x.r.id));
  return Promise.all(
    results.map(async (x) => {
      const row = x.key === x.r.id ? rows.get(x.r.id) : undefined;
      if (row) return { url: pageHref(row[0], siteRoot), title: row[1], filters: row[3] };
      const d = await x.r.data();
      return { url: new URL(d.url, location.href).href, title: d.meta.title, filters: d.filters ?? {} };
    }),
  );
}

/** @param {string} query */
async function archiveSearch(query) {
  const { results } = await run(query);
  return (await summaries(results)).map(({ url, title }) => ({ url, title }));
}
// @ts-ignore: the public contract lives on window.
window.archiveSearch = archiveSearch;

/**
 * The first block that holds every word (else any word), from a result's decoded tokens.
 * @param {string} content
 * @param {string[]} words
 */
function matchingBlock(content, words) {
  const blocks = decodePage(content).filter((b) => !b.title);
  return blocks.find((b) => words.every((w) => b.text.includes(w))) ?? blocks.find((b) => words.some((w) => b.text.includes(w))) ?? blocks[0];
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
  let search;
  try {
    search = await run(query, { filters, sort });
  } catch (error) {
    status.replaceChildren('检索无法运行：浏览器未能载入检索索引。可以按', ...browseLinks(), '浏览全部文章。');
    throw error;
  }
  const { words, results } = search;
  list.replaceChildren();
  const shown = query.trim();
  if (!results.length) {
    status.replaceChildren(`没有找到包含“${shown}”的文章。`);
    const hints = el('span', { className: 'empty-hints' }, words.length > 1 ? '多个词须同时出现，可以减少检索词；' : '可以换一个较短的词；');
    if (Object.keys(filters).length) {
      const all = new URLSearchParams({ q: shown, ...(sort !== 'relevance' ? { sort } : {}) });
      hints.append(el('a', { href: `?${all}` }, '去掉筛选条件再查'), '；');
    }
    hints.append('也可以按', ...browseLinks(), '浏览。');
    status.append(hints);
  } else status.textContent = `找到 ${results.length} 篇包含“${shown}”的文章。`;
  let next = 0;
  const more = el('button', { type: 'button', className: 'more' }, '显示更多结果');
  /** @type {Promise<void> | undefined} */
  let showing;
  const showPage = () => (showing ??= (async () => {
    const page = await Promise.all(results.slice(next, next + PAGE_SIZE).map((x) => x.r.data()));
    next += page.length;
    list.append(...page.map((d) => resultItem(d, query, words)));
    if (next >= results.length) more.remove();
    showing = undefined;
  })());
  // By keyboard or click: the next page, focus on its first result.
  more.addEventListener('click', async () => {
    const first = next;
    await showPage();
    /** @type {HTMLElement | null} */ (list.children[first]?.querySelector('a') ?? null)?.focus();
  });
  await showPage();
  if (next < results.length) {
    list.after(more);
    // Scrolling to the end of the list shows the next page by itself.
    new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && next < results.length && showPage(), { rootMargin: '0px 0px 200px 0px' }).observe(more);
  }
  await filterPanel(search, filters, params);
}

/**
 * The filter panel: shown when there are results, open when filters are in
 * use; the counts load when it is open (for a broad query they cost Pagefind's
 * filter files, more than the results themselves).
 * @param {{countFilters: () => Promise<Record<string, Record<string, number>>>, results: unknown[]}} search
 * @param {Record<string, string[]>} filters
 * @param {URLSearchParams} params
 */
async function filterPanel(search, filters, params) {
  const panel = /** @type {HTMLDetailsElement} */ (document.getElementById('search-filter-panel'));
  const box = /** @type {HTMLElement} */ (document.getElementById('search-filters'));
  if (!search.results.length && !Object.keys(filters).length) return;
  panel.hidden = false;
  /** @type {Promise<void> | undefined} */
  let loading;
  const load = () => (loading ??= (async () => {
    box.replaceChildren(el('p', { className: 'search-status' }, '正在统计…'));
    renderFilters(box, await search.countFilters(), filters, params);
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
