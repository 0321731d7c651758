// publishedText: what the issue page publishes before the articles is read in
// page order, the editor's note (above or below the contents, as printed) and
// the 未归入文章的原文 block of unplaced lines included.
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { publishedText } from './text-lost.ts';

const issuePage = (head: string) => fromHtml(`<main>${head}<section><h2>本期文章</h2><ul><li>链接</li></ul></section><footer data-src="footer"><p>报：团省委</p></footer></main>`);
const articlePage = fromHtml('<header data-src="title"><h1>标题</h1></header><div data-src="body"><p>正文。</p><table><tr><td>甲</td><td>1</td></tr></table></div>');

describe('publishedText', () => {
  it("reads an editor's note printed above the contents before the contents", () => {
    const page = issuePage('<header data-src="masthead"><p>天台青年</p></header><section><h2 data-nosrc>本期按语</h2><div data-src="note"><p>按语：纪念五四。</p></div></section><ul data-src="contents"><li>目　录</li><li>一、综述</li></ul>');
    expect(publishedText(page, [articlePage])).toBe('天台青年按语：纪念五四。目录一、综述标题正文。甲1报：团省委');
  });

  it("reads an editor's note and unplaced lines after the contents, as published text", () => {
    const page = issuePage('<header data-src="masthead"><p>温州青年工作简报</p></header><ul data-src="contents"><li>条目</li></ul><div data-src="unassigned"><p>无处安放的一行</p></div><div data-src="note"><p>编者按：供各地借鉴。</p></div>');
    expect(publishedText(page, [articlePage])).toBe('温州青年工作简报条目无处安放的一行编者按：供各地借鉴。标题正文。甲1报：团省委');
  });
});
