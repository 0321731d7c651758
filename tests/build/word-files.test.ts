// Issue 22 end to end: a folder of Word files built by the real build. The
// photo is on its article page (size, alt, lazy) and in the offline zip, the
// table is a table (its caption no article title: the format says so), the
// original is published beside source.txt and linked as 原件, a withdrawn
// issue publishes neither, and bad files are named while the rest builds.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from '../support/site.ts';
import { buildTemp, type TempBuild } from '../support/build.ts';
import { loadArchive } from '../../src/archive/index.ts';
import { checkTextLost, lossMessage } from '../../src/verify/text-lost.ts';
import { checkTextLostInThreads } from '../../src/verify/check-threads.ts';
import { sourceRegions, textOf as regionText } from '../../src/verify/html-text.ts';
import { articleBlocks } from '../../src/search/article-record.ts';

const FORMATS = join(process.cwd(), 'tests', 'fixtures', 'formats');
const PHOTO = '/jiaxing-qingnian-gongzuo-xinxi/2023/06/';
const TABLE = '/jiaxing-qingnian-gongzuo-xinxi/2023/05/';
const WITHDRAWN = '/zhejiang-qingnian-gongzuo-xinxi/2021/14/';
const MASTHEAD = '/qingchun-jiaxing/2023/masthead-qingchun-jiaxing/';
let build: TempBuild;

beforeAll(() => {
  build = buildTemp('word-files', (input) => {
    for (const f of ['photo-2023-06.docx', 'table-2023-05.docx', 'masthead-qingchun-jiaxing.docx', '004_513619527335753d.docx']) copyFileSync(join(FORMATS, f), join(input, f));
    writeFileSync(join(input, '004_513619527335753d.meta.yml'), 'status: withdrawn\nreason: 应编印单位要求撤回\nwithdrawn_on: 2024-05-06\n');
    copyFileSync(join(FORMATS, 'bad', 'password.docx'), join(input, 'secret.docx'));
    writeFileSync(join(input, 'empty.docx'), '');
  });
}, 600_000);
afterAll(() => build?.remove());

const html = (path: string) => fromHtml(page(path, build.out));

/** Elements of `tree` (in document order) that are `tag` inside an element with class `within`. */
function selectAll(tag: string, within: string, tree: Root): Element[] {
  const out: Element[] = [];
  const walk = (node: Root | RootContent, inside: boolean) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    const here =
      inside ||
      (node.type === 'element' &&
        String(node.properties.className ?? '')
          .split(/[ ,]/)
          .includes(within));
    if (node.type === 'element' && here && node.tagName === tag) out.push(node);
    for (const c of node.children) walk(c, here);
  };
  walk(tree, false);
  return out;
}
const contains = (el: Element, inner: Element): boolean => el === inner || el.children.some((c) => c.type === 'element' && contains(c, inner));
const textOf = (el: Element): string => el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');

describe('a folder of Word files', () => {
  it('builds, naming each bad file and what to do', () => {
    expect(build.status, build.log).toBe(0);
    expect(build.log).toMatch(/secret\.docx.*protected with a password.*remove the password/);
    expect(build.log).toMatch(/empty\.docx.*is empty \(0 bytes\)/);
  });

  it('shows the photo after its paragraph: resized to 1600 px, with width, height, lazy loading and the caption as alt', async () => {
    const imgs = selectAll('img', 'photo', html(`${PHOTO}1/`));
    expect(imgs).toHaveLength(1);
    const p = imgs[0]!.properties;
    expect(p).toMatchObject({ src: 'photo-1.png', width: 1600, height: 1067, loading: 'lazy', alt: '团员青年在长安镇清理河岸垃圾' });
    const file = readFileSync(join(build.out, PHOTO, '1', 'photo-1.png'));
    expect(await sharp(file).metadata()).toMatchObject({ width: 1600, height: 1067 });
    // The bytes are sharp's resize of the picture in the .docx (what the build published before photos moved to files in the cache).
    const picture = Object.entries(unzipSync(new Uint8Array(readFileSync(join(FORMATS, 'photo-2023-06.docx'))))).find(([name]) => name.startsWith('word/media/'))![1];
    expect(file.equals(await sharp(picture).rotate().resize({ width: 1600, withoutEnlargement: true }).png({ compressionLevel: 9 }).toBuffer())).toBe(true);
    // …and the same bytes in the offline copy.
    const zip = unzipSync(new Uint8Array(readFileSync(join(build.out, 'offline.zip'))));
    expect(Buffer.from(zip[`${PHOTO.slice(1)}1/photo-1.png`]!).equals(file)).toBe(true);
  });

  it('keeps the article page within its budget (≤ 30 KB of HTML and CSS)', () => {
    const bytes = readFileSync(join(build.out, PHOTO, '1', 'index.html')).length + ['site.css', 'article.css'].reduce((n, f) => n + readFileSync(join(build.out, 'assets', f)).length, 0);
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
  });

  it('renders the tables as tables with their header rows, the line above each as its <caption>', () => {
    const tree = html(`${TABLE}1/`);
    const tables = selectAll('table', 'body', tree);
    expect(tables).toHaveLength(3);
    const first = tables[0]!;
    const inFirst = (tag: string) => selectAll(tag, 'body', tree).filter((e) => contains(first, e));
    expect(inFirst('th').map(textOf)).toEqual(['县（市、区）', '新建团组织（个）', '发展团员（名）', '开展活动（场）']);
    expect(inFirst('td')).toHaveLength(16);
    // 表1 … by its words; the others by their format: Word's Caption style, a centred bold line. None is a paragraph too.
    const captions = tables.map((t) => t.children.find((c): c is Element => c.type === 'element'));
    expect(captions.map((c) => [c?.tagName, c && textOf(c)])).toEqual([
      ['caption', '表1  2023年“两新”组织团建工作情况'],
      ['caption', '各地“青年之家”阵地建设情况'],
      ['caption', '2023年团干部培训情况'],
    ]);
    expect(
      selectAll('p', 'body', tree)
        .map(textOf)
        .filter((t) => /表1|阵地建设情况$|培训情况$/.test(t)),
    ).toEqual([]);
    // The no-text-lost check read the captions as the table's source text (it fails the build otherwise).
    expect(build.log).toMatch(/no text lost: \d+ bulletins checked/);
  });

  it('reports a loss in a Word bulletin with its file, line and Word paragraph', async () => {
    const archive = await loadArchive(build.input);
    const article = archive.articles.find((a) => a.path === `${TABLE}1/`)!;
    // Ten characters of the article's last paragraph: dropped from the built page, as a broken renderer would.
    const last = article.blocks[article.blocks.length - 1]!;
    const chunk =
      last.type === 'paragraph'
        ? last.children
            .map((c) => c.value)
            .join('')
            .slice(10, 20)
        : '';
    const file = join(build.out, article.path, 'index.html');
    const page = readFileSync(file, 'utf8');
    expect(page.split(chunk)).toHaveLength(2);
    try {
      writeFileSync(file, page.replace(chunk, ''));
      const losses = checkTextLost(archive, build.out);
      expect(losses).toHaveLength(1);
      // The same loss when the check runs in worker threads (as builds of 200 bulletins or more do).
      expect(await checkTextLostInThreads(archive, build.out, undefined, { threads: 2, from: 0 })).toEqual(losses);
      // The Word paragraph, counted in the file itself: the w:p elements up to the one holding the text (table cells' included).
      const xml = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(join(FORMATS, 'table-2023-05.docx'))))['word/document.xml']!);
      const paragraph = xml.slice(0, xml.indexOf(chunk)).match(/<w:p[ >]/g)!.length;
      const line =
        readFileSync(join(build.out, TABLE, 'source.txt'), 'utf8')
          .split('\n')
          .findIndex((l) => l.includes(chunk)) + 1;
      expect(paragraph).toBeGreaterThan(20);
      expect(losses[0]).toMatchObject({ file: 'table-2023-05.docx', line, paragraph });
      expect(lossMessage(losses[0]!)).toMatch(new RegExp(`^table-2023-05\\.docx:${line} \\(Word paragraph ${paragraph}\\): text lost: the pages lack "${chunk}`));
    } finally {
      writeFileSync(file, page);
    }
  });

  it("takes the large red centred top line for the masthead and shows the Word file's bold runs as <strong>, the search record and the no-text-lost check reading the same characters", () => {
    expect(sourceRegions(html(MASTHEAD), 'masthead').map(regionText).join('').replace(/\s+/g, '')).toBe('青春嘉兴2023年7月14日');
    const tree = html(`${MASTHEAD}1/`);
    expect(selectAll('strong', 'body', tree).map(textOf)).toEqual(['坚持党建带团建。', '建强志愿队伍', '创新服务方式', '累计开展活动86场']);
    // What search indexes of the body is the printed paragraphs, character for character (source.txt holds the extracted text).
    const lines = readFileSync(join(build.out, MASTHEAD, 'source.txt'), 'utf8').split('\n');
    expect(
      articleBlocks(tree)
        .blocks.filter((b) => b.id.startsWith('p'))
        .map((b) => b.text),
    ).toEqual(lines.slice(3, 6));
    expect(build.log).toMatch(/no text lost: \d+ bulletins checked/);
  });

  it('publishes the original beside source.txt and links it from the issue page as 原件', () => {
    expect(readFileSync(join(build.out, PHOTO, 'source.docx')).equals(readFileSync(join(FORMATS, 'photo-2023-06.docx')))).toBe(true);
    const links = selectAll('a', 'downloads', html(PHOTO)).map((a) => [a.properties.href, textOf(a)]);
    expect(links).toContainEqual(['source.docx', '原件（source.docx，photo-2023-06.docx）']);
    expect(readFileSync(join(build.out, PHOTO, 'source.txt'), 'utf8')).toContain('（图为团员青年在长安镇清理河岸垃圾）');
  });

  it('publishes neither the original nor the text of a withdrawn issue', () => {
    expect(existsSync(join(build.out, WITHDRAWN, 'index.html'))).toBe(true);
    expect(existsSync(join(build.out, WITHDRAWN, 'source.docx'))).toBe(false);
    expect(readFileSync(join(build.out, WITHDRAWN, 'source.txt'), 'utf8')).not.toContain('一键入群');
  });
});
