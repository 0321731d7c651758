// @ts-check
// The search page (SPEC §6): the query and filters from the URL, the first
// results as soon as they are known, more as the reader scrolls, counts and
// the filter panel on request; and window.archiveSearch(query), the public
// contract: a Promise of every matching article in rank order, each {url,
// title}. The index is read by ./search-index.js; what is shown, in which
// order, and how much of the index that costs is decided by ./search-rank.js.
// ./search.js starts it; the options are parameters so a test can vary them.
import { OWN_META, blockOwnMarks, decodePage, ownText, queryWords } from './search-codec.js';
import { indexReader, pageHref, remembered } from './search-index.js';
import { allResults as rankedResults, countByFilter, filterCountSource, firstResults } from './search-rank.js';

/** @typedef {import('../../src/search/pagefind-web.ts').FragmentData} FragmentData */
/** @typedef {import('./search-rank.js').Match} Match */

const FILTER_ORDER = ['刊物', '年份', '地区', '单位'];

/**
 * @typedef {object} SearchPageOptions
 * @property {number} [pageSize] results shown at a time: each costs its fragment (~5 KB). Five fill a
 * laptop screen; the next five load as the reader scrolls to the end of the list (or presses
 * 显示更多结果), so a first query fetches what is seen.
 * @property {number} [tableCountsUpTo] up to this many results, filter counts come from the page
 * table; beyond, from Pagefind's filter files (./search-rank.js filterCountSource).
 */

/**
 * Runs the search page of the document this script is in.
 * @param {SearchPageOptions} [options]
 */
export function searchPage({ pageSize = 5, tableCountsUpTo = 40 } = {}) {
  const here = new URL('.', import.meta.url); // …/assets/
  const siteRoot = new URL('../', here);
  const reader = indexReader(siteRoot);

  /** @type {Map<string, Promise<Match[]>>} */
  const everything = new Map();
  /**
   * Every matching article in rank order (all shards merged).
   * @param {string[]} words
   * @param {{filters?: Record<string, string[]>, sort?: string}} [opts]
   */
  const allResults = (words, opts = {}) => remembered(everything, JSON.stringify([words, opts.filters ?? {}, opts.sort ?? 'relevance']), () => rankedResults(reader, words, opts));

  /**
   * How many articles match, and their counts by filter value: over every
   * shard, but without ranking them (no page table for a broad query). Few
   * results: from the page table (a few buckets). Many, one word: Pagefind's
   * own counts for its whole chain, quoted (exact), summed over shards once its
   * filter files are loaded. Several words: Pagefind counts the first word's
   * matches, so the table.
   * @param {string[]} words
   * @param {Record<string, string[]>} filters
   * @returns {Promise<{total: number, countFilters: () => Promise<Record<string, Record<string, number>>>}>}
   */
  async function countMatches(words, filters) {
    const found = await reader.everyMatch(words, filters);
    const countFilters = async () => (filterCountSource(found.size, words, tableCountsUpTo) === 'pagefind' ? reader.pagefindFilterCounts(/** @type {string} */ (words[0]), filters) : countByFilter(await reader.summaries(found)));
    return { total: found.size, countFilters };
  }

  /** @param {string} query */
  async function archiveSearch(query) {
    const words = queryWords(query);
    if (!words.length) return [];
    return (await allResults(words)).map(({ url, title }) => ({ url, title }));
  }
  window.archiveSearch = archiveSearch;

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
      if (!filtered) return firstResults(reader, words, sort, n);
      const results = await all();
      return { results: results.slice(0, n), complete: true, total: results.length };
    };
    let first;
    try {
      first = await firstN(pageSize);
    } catch (error) {
      status.replaceChildren('检索无法运行：浏览器未能载入检索索引。可以按', ...browseLinks(siteRoot), '浏览全部文章。');
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
      hints.append('也可以按', ...browseLinks(siteRoot), '浏览。');
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
    const showPage = () =>
      (showing ??= (async () => {
        if (next + pageSize > source.results.length && !(source.complete && source.results.length >= source.total)) source = await firstN(next + pageSize);
        const page = await Promise.all(source.results.slice(next, next + pageSize).map((x) => x.data()));
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
    if (first.results.length || filtered)
      await filterPanel(
        async () => {
          const counts = await (await countMatches(words, filters)).countFilters();
          if (!filtered) await countAll();
          return counts;
        },
        filters,
        params,
      );
  }

  return render();
}

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
  const block = paragraphs.find(every) ?? blocks.find(every) ?? paragraphs.find(some) ?? blocks.find(some) ?? blocks[0];
  return block && { ...block, index: blocks.indexOf(block) };
}

/**
 * The article's own text with every occurrence of the words wrapped in
 * <mark>, trimmed around the first. Words are found in the decoded
 * (normalised) text, as the index found them; what is shown is the own text
 * of the same stretch (search-codec.js ownText).
 * @param {string} text decoded
 * @param {string[]} words
 * @param {{text: string, at: (i: number, end?: boolean) => number}} own
 */
function excerptNodes(text, words, own) {
  const first = Math.min(...words.map((w) => text.indexOf(w)).filter((i) => i >= 0), text.length);
  const start = Math.max(0, first - 30);
  const stop = Math.min(text.length, start + 110);
  const out = document.createDocumentFragment();
  if (start > 0) out.append('…');
  let at = start;
  let shown = own.at(start);
  while (at < stop) {
    let next = -1;
    let word = '';
    for (const w of words) {
      const i = text.indexOf(w, at);
      if (i >= 0 && i + w.length <= stop && (next < 0 || i < next || (i === next && w.length > word.length))) [next, word] = [i, w];
    }
    if (next < 0) break;
    const [from, to] = [own.at(next), own.at(next + word.length, true)];
    out.append(own.text.slice(shown, from), el('mark', {}, own.text.slice(from, to)));
    shown = to;
    at = next + word.length;
  }
  out.append(own.text.slice(shown, Math.max(shown, own.at(stop, true))));
  if (stop < text.length) out.append('…');
  return out;
}

/**
 * @param {string} tag
 * @param {Record<string, unknown>} [props]
 * @param {(Node | string)[]} children
 */
function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

/** Links to the browse pages: 刊物、年份或地区 (to index.html from disk). */
function browseLinks(/** @type {URL} */ siteRoot) {
  const link = (/** @type {string} */ path, /** @type {string} */ label) => el('a', { href: pageHref(path, siteRoot) }, label);
  return [link('/', '刊物'), '、', link('/years/', '年份'), '或', link('/districts/', '地区')];
}

/** 2022-03-05 → 2022年3月5日 */
const zhDate = (/** @type {string | undefined} */ iso) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月${+iso.slice(8)}日` : (iso ?? ''));

/**
 * @param {FragmentData} d a result's fragment
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
  if (block) excerpt.append(excerptNodes(block.text, words, ownText(block.text, blockOwnMarks(d.meta[OWN_META], block.index))));
  return el('li', {}, el('a', { href: href.href }, d.meta.title ?? ''), meta, excerpt);
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
  const load = () =>
    (loading ??= (async () => {
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
