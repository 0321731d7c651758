// @ts-check
// The search page: runs Pagefind in the browser, renders results and filters,
// and exposes window.archiveSearch(query) — the public contract (SPEC §6):
// a Promise of every matching article in rank order, each {url, title}.

const here = new URL('.', import.meta.url); // …/assets/
const siteRoot = new URL('../', here);
const FILTER_ORDER = ['刊物', '年份', '地区', '单位'];

/** @type {Promise<any> | undefined} */
let pagefindPromise;
function pagefind() {
  pagefindPromise ??= (async () => {
    const pf = await import(new URL('pagefind/pagefind.js', siteRoot).href);
    await pf.options({ baseUrl: siteRoot.pathname, excerptLength: 40 });
    await pf.init();
    return pf;
  })();
  return pagefindPromise;
}

/** Full-width ASCII forms → half-width, so ＡＢＣ１２３ and ABC123 are one query. */
function normalise(query) {
  return query.normalize('NFKC').trim();
}

/**
 * @param {string} query
 * @param {{filters?: Record<string, string[]>, sort?: string}} [opts]
 */
async function run(query, opts = {}) {
  const pf = await pagefind();
  const filters = { 类型: ['文章'], ...(opts.filters ?? {}) };
  const search = await pf.search(normalise(query), { filters, ...(opts.sort === 'date' ? { sort: { date: 'desc' } } : {}) });
  return search;
}

/** @param {string} query */
async function archiveSearch(query) {
  const search = await run(query);
  if (!search) return [];
  const data = await Promise.all(search.results.map((/** @type {any} */ r) => r.data()));
  return data.map((d) => ({ url: new URL(d.url, location.href).href, title: d.meta.title }));
}
// @ts-ignore: the public contract lives on window.
window.archiveSearch = archiveSearch;

/** Safe excerpt: Pagefind's excerpt is HTML with <mark>; keep only text and marks. */
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
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
  const filterBox = /** @type {HTMLElement} */ (document.getElementById('search-filters'));
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
    status.textContent = '检索无法运行：浏览器未能载入检索索引。可以按刊物、年份或地区浏览。';
    throw error;
  }
  const results = await Promise.all(search.results.map((/** @type {any} */ r) => r.data()));
  list.replaceChildren();
  status.textContent = results.length ? `找到 ${results.length} 篇包含“${query}”的文章。` : `没有找到包含“${query}”的文章。可以换一个词，或按刊物、年份、地区浏览。`;
  for (const d of results) {
    const meta = el('p', { className: 'meta' }, [d.meta.issue, d.meta.date, d.meta.district].filter(Boolean).join(' · '));
    const excerpt = el('p', { className: 'excerpt' });
    excerpt.append(excerptNodes(d.excerpt));
    list.append(el('li', {}, el('a', { href: new URL(d.url, location.href).href }, d.meta.title), meta, excerpt));
  }
  renderFilters(filterBox, search.filters ?? {}, filters, params);
}

function renderFilters(box, counts, active, params) {
  box.replaceChildren();
  for (const key of FILTER_ORDER) {
    const values = Object.entries(counts[key] ?? {}).filter(([, n]) => n > 0 || (active[key] ?? []).length);
    if (!values.length) continue;
    const fieldset = el('fieldset', {}, el('legend', {}, key));
    for (const [value, n] of values) {
      const checked = (active[key] ?? []).includes(value);
      const next = new URLSearchParams(params);
      next.delete(key);
      for (const v of active[key] ?? []) if (v !== value) next.append(key, v);
      if (!checked) next.append(key, value);
      fieldset.append(el('a', { href: `?${next}`, className: checked ? 'filter active' : 'filter' }, `${value}（${n}）`));
    }
    box.append(fieldset);
  }
}

render();
