import { describe, expect, it } from 'vitest';
import { rewriteHtml } from './rewrite-html.ts';

describe('rewriteHtml', () => {
  const page = `<!doctype html><html lang="zh-CN"><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><link rel="stylesheet" href="../assets/site.css"><script type="module" src="../assets/search.js"></script></head><body><a href="../">首页</a><p data-offline-download><a href="../offline.zip">下载离线版</a><br></p><form action="./"></form><img src="../x/"></body></html>`;
  it('rewrites links, drops the download paragraph and makes module scripts classic after the loader', async () => {
    const out = await rewriteHtml(page, '../assets/pagefind-offline.js');
    expect(out.html).toContain('<a href="../index.html">首页</a>');
    expect(out.html).toContain('<form action="index.html">');
    expect(out.html).toContain('<img src="../x/index.html">');
    expect(out.html).not.toContain('offline.zip');
    expect(out.html).not.toContain('下载离线版');
    expect(out.html).toContain('<script defer="" src="../assets/pagefind-offline.js"></script><script src="../assets/search.classic.js" defer=""></script>');
    expect(out.html).not.toContain('type="module"');
    expect(out.moduleScripts).toEqual(['../assets/search.js']);
    expect(out.html).toContain('<link rel="stylesheet" href="../assets/site.css">');
  });

  it('copies every token it does not change as it was written', async () => {
    // Unquoted and single-quoted attributes, entities, a comment, raw text in <script> and <style>, upper-case tags:
    // a parse into a tree and back would rewrite each of them.
    const kept = `<!DOCTYPE html><HTML lang=zh-CN><head><style>a>b{color:red}</style><script>if (a < b && c) {}</script></head><body><!-- note --><p class='x'>甲&amp;乙 &lt;丙&gt;</p><a href=page.html>页</a></body></HTML>`;
    expect((await rewriteHtml(kept, 'x.js')).html).toBe(kept);
  });

  it('drops the whole download element, nested elements and all, and keeps what follows', async () => {
    const html = '<body><div data-offline-download><p>甲<b>乙</b></p><img src="a.png"></div><p>丙</p></body>';
    expect((await rewriteHtml(html, 'x.js')).html).toBe('<body><p>丙</p></body>');
  });

  it('rewrites the links inside <noscript>, for a reader without scripts', async () => {
    const html = '<body><noscript><p>按<a href="../years/">年份</a>浏览</p></noscript><a href="../">首页</a></body>';
    expect((await rewriteHtml(html, 'x.js')).html).toBe('<body><noscript><p>按<a href="../years/index.html">年份</a>浏览</p></noscript><a href="../index.html">首页</a></body>');
  });
});
