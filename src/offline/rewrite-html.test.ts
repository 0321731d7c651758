import { describe, expect, it } from 'vitest';
import { rewriteHtml } from './rewrite-html.ts';

describe('rewriteHtml', () => {
  const page = `<!doctype html><html lang="zh-CN"><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><link rel="stylesheet" href="../assets/site.css"><script type="module" src="../assets/search.js"></script></head><body><a href="../">首页</a><p data-offline-download><a href="../offline.zip">下载离线版</a></p><form action="./"></form><img src="../x/"></body></html>`;
  const out = rewriteHtml(page, '../assets/pagefind-offline.js');
  it('rewrites links, drops the download paragraph and makes module scripts classic after the loader', () => {
    expect(out.html).toContain('<a href="../index.html">首页</a>');
    expect(out.html).toContain('<form action="index.html">');
    expect(out.html).toContain('<img src="../x/index.html">');
    expect(out.html).not.toContain('offline.zip');
    expect(out.html).toContain('<script defer src="../assets/pagefind-offline.js"></script><script src="../assets/search.classic.js" defer></script>');
    expect(out.html).not.toContain('type="module"');
    expect(out.moduleScripts).toEqual(['../assets/search.js']);
    expect(out.html).toContain('<link rel="stylesheet" href="../assets/site.css">');
  });
});
