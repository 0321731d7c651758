// Offline search loader (SPEC §7), used only in the offline copy (dist/offline.zip).
// From file:// Chromium blocks module scripts and fetch, so Pagefind runs here
// as a classic script (pagefind/pagefind.classic.js) without its worker, and
// every index file it asks for arrives as a classic script
// (pagefind/<file>.js) that registers its bytes: a fetch shim loads those on
// demand, one <script> per file, so a query loads only what it needs.
// search.js asks for Pagefind through window.__offlinePagefind() on file://.
// The offline copy holds it bundled by esbuild into a classic script
// (src/offline/classic-script.ts), with what it imports.
// @ts-check
import { folderIndex } from './folder-index.js';

/** @typedef {import('../../src/search/pagefind-web.ts').Pagefind} Pagefind */
/** @typedef {import('../../src/search/pagefind-web.ts').PagefindSearch} PagefindSearch */
/** @typedef {import('../../src/search/pagefind-web.ts').ResultData} ResultData */
/** @typedef {import('../../src/search/pagefind-web.ts').SearchOptions} SearchOptions */
(function () {
  'use strict';
  var root = new URL('../', /** @type {HTMLScriptElement} */ (document.currentScript).src); // this file is assets/pagefind-offline.js
  var base = new URL('pagefind/', root).href;
  /** @type {Record<string, string>} */
  var registered = Object.create(null);
  /** @type {Record<string, Promise<void>>} */
  var loading = Object.create(null);

  /** @type {(path: string, base64: string) => void} */
  window.__pagefindOfflinePut = function (path, base64) {
    registered[path] = base64;
  };

  /** @param {string} src @returns {Promise<void>} */
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () {
        s.remove();
        resolve();
      };
      s.onerror = function () {
        s.remove();
        reject(new Error('离线检索文件无法载入：' + src));
      };
      document.head.append(s);
    });
  }

  /** @param {string} path */
  function bytesOf(path) {
    loading[path] = loading[path] || (path in registered ? Promise.resolve() : loadScript(base + path + '.js'));
    return loading[path].then(function () {
      var base64 = registered[path];
      if (base64 === undefined) throw new Error('离线检索文件缺失：' + path);
      var bin = atob(base64);
      var out = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
      return out;
    });
  }

  var realFetch = window.fetch;
  /** @type {typeof fetch} */
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    var abs = new URL(url, location.href).href;
    if (abs.indexOf(base) !== 0) return realFetch.call(this, input, init);
    var path = decodeURIComponent(abs.slice(base.length).replace(/[?#][\s\S]*/, '')); // without query or fragment
    return bytesOf(path).then(function (bytes) {
      var type = /\.json$/.test(path) ? 'application/json' : 'application/octet-stream';
      return new Response(bytes, { status: 200, headers: { 'Content-Type': type } });
    });
  };

  /** Clean URL → file: …/3/ → …/3/index.html (keeps ?query and #fragment). */
  /** @template T @param {T} url */
  function fileUrl(url) {
    return typeof url === 'string' ? folderIndex(url) : url;
  }
  /** @param {ResultData} d */
  function fixData(d) {
    d.url = fileUrl(d.url);
    if (Array.isArray(d.sub_results))
      d.sub_results.forEach(function (s) {
        s.url = fileUrl(s.url);
      });
    return d;
  }
  /** @template {PagefindSearch | null} S @param {S} search @returns {S} */
  function fixSearch(search) {
    if (search && Array.isArray(search.results)) {
      search.results = search.results.map(function (r) {
        return Object.assign({}, r, {
          data: function () {
            return r.data().then(fixData);
          },
        });
      });
    }
    return search;
  }

  /** Where search cannot run, say so and offer the browse pages (never fail silently). */
  function offerBrowse() {
    var status = document.getElementById('search-status');
    if (!status || document.getElementById('offline-browse')) return;
    var p = document.createElement('p');
    p.id = 'offline-browse';
    p.className = 'notice';
    p.append('离线版检索在此浏览器中无法运行。可以按');
    /** @type {[string, string][]} */ ([
      ['index.html', '刊物'],
      ['years/index.html', '年份'],
      ['districts/index.html', '地区'],
    ]).forEach(function (link, i) {
      var a = document.createElement('a');
      a.href = new URL(link[0], root).href;
      a.textContent = link[1];
      if (i) p.append(i === 2 ? '或' : '、');
      p.append(a);
    });
    p.append('浏览全部文章。');
    status.after(p);
  }

  /** @param {unknown} error @returns {never} */
  function failed(error) {
    offerBrowse();
    throw error;
  }

  /** @type {Promise<Pagefind> | undefined} */
  var pagefind;
  window.__offlinePagefind = function () {
    pagefind =
      pagefind ||
      loadScript(base + 'pagefind.classic.js')
        .then(function () {
          var pf = /** @type {Pagefind} */ (window.__pagefindClassic);
          if (!pf) throw new Error('离线检索程序未能载入');
          // basePath: where the shim serves files; path-only baseUrl (a file: URL is mangled by Pagefind).
          return pf
            .options({ basePath: base, baseUrl: root.pathname, noWorker: true })
            .then(function () {
              return pf.init();
            })
            .then(function () {
              return Object.assign({}, pf, {
                /** @param {string} q @param {SearchOptions} [o] */
                search: function (q, o) {
                  return pf.search(q, o).then(fixSearch, failed);
                },
                /** @param {string} q @param {SearchOptions} [o] @param {number} [t] */
                debouncedSearch: function (q, o, t) {
                  return pf.debouncedSearch(q, o, t).then(fixSearch, failed);
                },
              });
            });
        })
        .catch(failed);
    return pagefind;
  };
})();
