// The archive stage over real files in temporary folders: facts and their
// provenance, districts over time, and bad input that is reported with file
// and line while the rest of the archive still loads.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveError, loadArchive } from './index.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'content', 'bulletins');
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
const S001 = seed('001_e03f40994a3cdccb.txt');
const S004 = seed('004_513619527335753d.txt');

let dirs: string[] = [];
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A small 杭州 bulletin of a given year with one article by a given organisation. */
function hangzhou(year: number, issue: number, org: string): string {
  return [
    '内部资料',
    '杭州青年工作信息',
    `${year}年第${issue}期`,
    `共青团杭州市委                ${year}年6月1日`,
    '',
    `${org}深化青年志愿服务`,
    '',
    `今年以来，${org}组织开展青年志愿服务活动12场，服务群众3000余人次。`,
    '',
    '报：团省委办公室',
  ].join('\n');
}

const seedArchive = await loadArchive(SEEDS);

describe('loadArchive on the seeds', () => {
  const archive = seedArchive;

  it('loads 4 bulletins and 12 articles with no warnings or errors', () => {
    expect(archive.issues).toHaveLength(4);
    expect(archive.articles).toHaveLength(12);
    expect(archive.diagnostics.filter((d) => d.level !== 'notice')).toEqual([]);
  });

  it('records where each fact came from', () => {
    const i001 = archive.issues.find((i) => i.source.file.startsWith('001'))!;
    expect(i001.number).toEqual({ value: 3, provenance: 'printed' });
    expect(i001.date).toEqual({ value: '2023-10-20', provenance: 'printed' });
    const i000 = archive.issues.find((i) => i.source.file.startsWith('000'))!;
    expect(i000.year).toEqual({ value: 2022, provenance: 'sidecar' });
    expect(i000.publisher).toEqual({ value: '共青团嘉兴市委', provenance: 'sidecar' });
    expect(i000.number).toBeUndefined();
    expect(i000.path).toBe('/jiaxing-qingnian-gongzuo-xinxi/2022/000-49c0a554d6294698/');
  });

  it('resolves relative names against the publisher and infers 嘉善 from a title', () => {
    const a = (id: string) => archive.articles.find((x) => x.id === id)!;
    expect(a('jiaxing-qingnian-gongzuo-xinxi/2023/03/1').district).toMatchObject({ value: '330400', provenance: 'inferred' });
    expect(a('jiaxing-qingnian-gongzuo-xinxi/2023/03/2').district).toMatchObject({ value: '330421', provenance: 'inferred', via: 'title-place' });
    expect(a('jiaxing-qingnian-gongzuo-xinxi/2023/03/3').district).toMatchObject({ value: '330481', provenance: 'printed' });
    expect(a('jiaxing-qingnian-gongzuo-xinxi/2023/03/4').district).toMatchObject({ value: '330400' });
    expect(a('gongqingtuan-huzhou-shiwei/2017/003-808c91636a323c9c/1').district).toMatchObject({ value: '330500' });
  });

  it('counts articles up the district tree', () => {
    const d = (code: string) => archive.districts.find((x) => x.code === code)!;
    expect(d('330481').articles).toHaveLength(3);
    expect(d('330400').articles).toHaveLength(2);
    // 嘉兴市: 2 city-level + 嘉善 2 (000/1, 001/2) + 海宁 3 + 平湖 1 + 桐乡 1
    expect(d('330400').totalArticles).toBe(2 + 2 + 3 + 1 + 1);
    expect(d('330000').totalArticles).toBe(12);
  });
});

describe('districts over time', () => {
  it('a 2018 article of 团江干区委 belongs to 江干区 (330104), retired, with its successors', async () => {
    const archive = await loadArchive(folder({ 'hz-2018-05.txt': hangzhou(2018, 5, '团江干区委') }));
    const article = archive.articles[0]!;
    expect(article.organisation?.value).toBe('团江干区委');
    expect(article.district?.value).toBe('330104');
    const jianggan = archive.districts.find((d) => d.code === '330104')!;
    expect(jianggan.validTo).toBeDefined();
    expect(jianggan.successors.sort()).toEqual(['330102', '330114']);
    expect(jianggan.articles).toEqual([article.id]);
  });

  it('团临平区委 in 2022 belongs to 临平区 (330113)', async () => {
    const archive = await loadArchive(folder({ 'hz-2022-02.txt': hangzhou(2022, 2, '团临平区委') }));
    expect(archive.articles[0]!.district?.value).toBe('330113');
  });

  it('an organisation that names no division gets no district and a warning with its line', async () => {
    const archive = await loadArchive(folder({ 'hz-2020-01.txt': hangzhou(2020, 1, '浙江大学团委') }));
    expect(archive.articles[0]!.district).toBeUndefined();
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file: 'hz-2020-01.txt', level: 'warning', code: 'district-unresolved', line: 6 }));
  });
});

describe('bad input: a message with file and line, and the rest still loads', () => {
  it('skips an empty file, a binary file and a text with no article, keeping the good one', async () => {
    const archive = await loadArchive(
      folder({
        'a-empty.txt': '',
        'b-binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]),
        'c-noarticle.txt': '内部刊物\n\n嘉兴青年工作信息\n\n2023年 第5期\n\n共青团嘉兴市委    2023年11月1日\n',
        'd-good.txt': S004,
      }),
    );
    expect(archive.issues.map((i) => i.source.file)).toEqual(['d-good.txt']);
    expect(archive.skipped).toEqual(['a-empty.txt', 'b-binary.txt', 'c-noarticle.txt']);
    const codes = archive.diagnostics.filter((d) => d.level === 'error').map((d) => [d.file, d.code]);
    expect(codes).toEqual([
      ['a-empty.txt', 'empty-file'],
      ['b-binary.txt', 'binary-file'],
      ['c-noarticle.txt', 'no-article'],
    ]);
    for (const d of archive.diagnostics.filter((x) => x.level === 'error')) expect(d.message.length).toBeGreaterThan(10);
  });

  it('reports undecodable bytes with their byte offset and line', async () => {
    const bytes = Buffer.concat([Buffer.from('内部刊物\n嘉兴青年工作信息\n', 'utf8'), Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81]), Buffer.from('\n正文', 'utf8')]);
    const archive = await loadArchive(folder({ 'bad.txt': bytes, 'good.txt': S001 }));
    expect(archive.issues).toHaveLength(1);
    const error = archive.diagnostics.find((d) => d.file === 'bad.txt')!;
    expect(error).toMatchObject({ level: 'error', code: 'undecodable', line: 3 });
    expect(error.message).toMatch(/UTF-8/);
  });

  it('refuses the second bulletin that claims the same publication, year and number', async () => {
    const archive = await loadArchive(folder({ 'a.txt': S001, 'b.txt': S001.replace('团海宁市委全面推进', '团海宁市委积极推进') }));
    expect(archive.issues.map((i) => i.source.file)).toEqual(['a.txt']);
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file: 'b.txt', level: 'error', code: 'duplicate-issue' }));
    expect(archive.diagnostics.find((d) => d.code === 'duplicate-issue')!.message).toContain('a.txt');
  });

  it('names the sidecar line of an unknown key and of a bad date', async () => {
    const archive = await loadArchive(
      folder({
        'x.txt': S004,
        'x.meta.yml': '# a comment\npublisher: 共青团浙江省委\npublishr: 共青团浙江省委\ndate: 2021-13-45\n',
        'y.txt': S001,
      }),
    );
    expect(archive.issues.map((i) => i.source.file)).toEqual(['y.txt']);
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file: 'x.meta.yml', level: 'error', code: 'sidecar-key', line: 3 }));
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file: 'x.meta.yml', level: 'error', code: 'sidecar-value', line: 4 }));
  });

  it('a withdrawn sidecar without a reason or with a bad withdrawn_on is bad input', async () => {
    const archive = await loadArchive(folder({ 'x.txt': S004, 'x.meta.yml': 'status: withdrawn\nwithdrawn_on: 2024-02-30\n' }));
    expect(archive.issues).toHaveLength(0);
    const codes = archive.diagnostics.map((d) => d.code);
    expect(codes).toContain('sidecar-withdrawn');
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ code: 'sidecar-value', line: 2 }));
  });

  it('sidecar values win over the printed ones', async () => {
    const archive = await loadArchive(folder({ 'x.txt': S004, 'x.meta.yml': 'issue: 15\ndate: 2021-12-30\n' }));
    expect(archive.issues[0]!.number).toEqual({ value: 15, provenance: 'sidecar' });
    expect(archive.issues[0]!.path).toBe('/zhejiang-qingnian-gongzuo-xinxi/2021/15/');
  });

  it('stops on a publication slug that collides or is reserved', async () => {
    await expect(loadArchive(folder({ 'x.txt': S004, 'x.meta.yml': 'slug: districts\n' }))).rejects.toThrow(ArchiveError);
    await expect(loadArchive(folder({ 'x.txt': S004, 'y.txt': S001, 'y.meta.yml': 'slug: zhejiang-qingnian-gongzuo-xinxi\n' }))).rejects.toThrow(/both get the slug/);
  });
});

describe('Word and PDF files beside .txt (issue 22)', () => {
  it('takes .docx, .doc and .pdf as bulletins with their sidecars; a bad one is skipped with a message naming it', async () => {
    const archive = await loadArchive(folder({ 'good.txt': S001, 'x.docx': new Uint8Array(0), 'x.meta.yml': 'issue: 15\n', 'y.pdf': new Uint8Array(0), 'z.doc': new Uint8Array(0) }));
    expect(archive.issues.map((i) => i.source)).toEqual([expect.objectContaining({ file: 'good.txt', format: 'txt' })]);
    expect(archive.skipped).toEqual(['x.docx', 'y.pdf', 'z.doc']);
    for (const file of archive.skipped) expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file, level: 'error', message: expect.stringContaining(file) }));
    expect(archive.diagnostics.filter((d) => d.code === 'sidecar-orphan')).toEqual([]);
  });
});
