// One page of the offline copy: the same HTML, read by a real tokenizer
// (parse5's, through parse5-html-rewriting-stream) and written back as it
// came, token for token, but for the tags that change: every relative link to
// a folder points at its index.html (file:// shows no index page for a
// folder), module scripts become deferred classic scripts (Chromium blocks
// module scripts on file://) with the offline search loader before them, and
// the "download the offline copy" paragraph is dropped (the copy has no zip).
// Untouched tokens are copied, not re-serialised: a parse into a tree and back
// cost ~4 ms a page (24 s of CPU over the 5,981 pages of 1,000 bulletins).
// The CSP stays as online: measured, 'self' admits the copy's own file:
// scripts and styles in both Chromium and Firefox and still blocks inline and
// remote script.
import { RewritingStream } from 'parse5-html-rewriting-stream';
import { folderIndex } from '../../public/assets/folder-index.js';

/** Module script file → its classic copy in the offline archive (assets/search.js → assets/search.classic.js). */
export function classicName(src: string): string {
  return src.replace(/\.m?js$/, '.classic.js');
}

export interface OfflinePage {
  html: string;
  /** Site-relative-to-page srcs of the module scripts that became classic scripts. */
  moduleScripts: string[];
}

const LINK_ATTRS = new Set(['href', 'src', 'action', 'poster']);
// Elements with no end tag: inside the dropped paragraph they open nothing.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** A start tag as HTML, attribute values double-quoted. */
function startTag(tag: { tagName: string; attrs: { name: string; value: string }[]; selfClosing: boolean }): string {
  const attrs = tag.attrs.map((a) => ` ${a.name}="${a.value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`).join('');
  return `<${tag.tagName}${attrs}${tag.selfClosing ? '/>' : '>'}`;
}

/** @param loaderFromPage the loader script's URL relative to this page, e.g. `../assets/pagefind-offline.js` */
export async function rewriteHtml(html: string, loaderFromPage: string): Promise<OfflinePage> {
  const rewriter = new RewritingStream();
  const moduleScripts: string[] = [];
  // The page as it is written out; a <noscript>'s content is one raw text token
  // (the tokenizer reads it as a browser with scripts on does), rewritten in turn
  // for readers without scripts.
  const parts: (string | Promise<string>)[] = [];
  let inNoscript = false;
  // Depth inside the dropped element (0: outside).
  let dropping = 0;
  rewriter.on('startTag', (tag, raw) => {
    const opens = !tag.selfClosing && !VOID.has(tag.tagName);
    if (dropping) {
      if (opens) dropping++;
      return;
    }
    if (tag.attrs.some((a) => a.name === 'data-offline-download')) {
      if (opens) dropping = 1; // the copy does not contain itself
      return;
    }
    inNoscript = tag.tagName === 'noscript';
    let changed = false;
    for (const attr of tag.attrs) {
      if (!LINK_ATTRS.has(attr.name)) continue;
      const value = folderIndex(attr.value);
      changed ||= value !== attr.value;
      attr.value = value;
    }
    const src = tag.attrs.find((a) => a.name === 'src')?.value;
    if (tag.tagName === 'script' && src !== undefined && tag.attrs.some((a) => a.name === 'type' && a.value === 'module')) {
      moduleScripts.push(src);
      parts.push(
        `${startTag({
          tagName: 'script',
          attrs: [
            { name: 'defer', value: '' },
            { name: 'src', value: loaderFromPage },
          ],
          selfClosing: false,
        })}</script>`,
      );
      tag.attrs = [...tag.attrs.filter((a) => a.name !== 'type' && a.name !== 'src'), { name: 'src', value: classicName(src) }, { name: 'defer', value: '' }];
      changed = true;
    }
    parts.push(changed ? startTag(tag) : raw);
  });
  rewriter.on('endTag', (_tag, raw) => {
    inNoscript = false;
    if (dropping) dropping--;
    else parts.push(raw);
  });
  rewriter.on('text', (_text, raw) => {
    if (dropping) return;
    parts.push(inNoscript ? rewriteHtml(raw, loaderFromPage).then((inner) => inner.html) : raw);
  });
  for (const kind of ['comment', 'doctype'] as const) {
    rewriter.on(kind, (_token: unknown, raw: string) => {
      if (!dropping) parts.push(raw);
    });
  }
  await new Promise<void>((resolve, reject) => {
    rewriter.once('error', reject);
    rewriter.once('finish', resolve);
    rewriter.end(html);
  });
  return { html: (await Promise.all(parts)).join(''), moduleScripts };
}
