// The archive stage over real files in temporary folders: facts and their
// provenance, districts over time, and bad input that is reported with file
// and line while the rest of the archive still loads.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
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
  return ['内部资料', '杭州青年工作信息', `${year}年第${issue}期`, `共青团杭州市委                ${year}年6月1日`, '', `${org}深化青年志愿服务`, '', `今年以来，${org}组织开展青年志愿服务活动12场，服务群众3000余人次。`, '', '报：团省委办公室'].join('\n');
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

// Issue 19: a second bulletin claiming the URL of one already published.
describe('duplicates: the issue already there keeps its URL', () => {
  // Seed 001 is 嘉兴青年工作信息 2023 No. 3, its number printed on line 10, its date 2023-10-20 on line 12.
  const later = S001.replace('2023年10月20日', '2023年10月21日').replace('团海宁市委全面推进', '团海宁市委积极推进');
  const sameDay = S001.replace('团海宁市委全面推进', '团海宁市委积极推进');
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const ID = 'jiaxing-qingnian-gongzuo-xinxi/2023/03';
  const kept = async (dir: string, published?: Map<string, { file: string; sha256: string }>) => {
    const archive = await loadArchive(dir, published ? { published } : {});
    return { archive, file: archive.issues.find((i) => i.id === ID)?.source.file, duplicate: archive.diagnostics.find((d) => d.code === 'duplicate-issue') };
  };

  it('a newcomer whose name sorts first does not take the URL the last build published', async () => {
    // b.txt was published; a.txt arrives, same day, and its hash sorts before b's: only the record keeps b.
    const [low, high] = [S001, sameDay].sort((x, y) => sha(x).localeCompare(sha(y))) as [string, string];
    const r = await kept(folder({ 'a.txt': low, 'b.txt': high }), new Map([[ID, { file: 'b.txt', sha256: sha(high) }]]));
    expect(r.file).toBe('b.txt');
    expect(r.archive.skipped).toEqual(['a.txt']);
    expect(r.duplicate).toMatchObject({ file: 'a.txt', line: 10, level: 'error' });
    expect(r.duplicate!.message).toContain('the last build published it there');
  });

  it('a published bulletin renamed since is known by its bytes', async () => {
    const r = await kept(folder({ 'a.txt': later, 'z.txt': S001 }), new Map([[ID, { file: 'old-name.txt', sha256: sha(S001) }]]));
    expect(r.file).toBe('z.txt');
    expect(r.duplicate).toMatchObject({ file: 'a.txt' });
  });

  it('with no record, the earliest date keeps it, whatever the file names', async () => {
    expect((await kept(folder({ 'a.txt': later, 'b.txt': S001 }))).file).toBe('b.txt');
    expect((await kept(folder({ 'a.txt': S001, 'b.txt': later }))).file).toBe('a.txt');
  });

  it('with no record and the same date, the content hash decides, not the file names', async () => {
    const first = (await kept(folder({ 'a.txt': S001, 'b.txt': sameDay }))).archive.issues[0]!.source.sha256;
    const swapped = (await kept(folder({ 'a.txt': sameDay, 'b.txt': S001 }))).archive.issues[0]!.source.sha256;
    expect(first).toBe(swapped);
    expect(first).toBe([sha(S001), sha(sameDay)].sort()[0]);
  });

  it('the message names both files with the lines of their numbers and their conflicting dates', async () => {
    const { duplicate } = await kept(folder({ 'a.txt': later, 'b.txt': S001 }));
    expect(duplicate).toMatchObject({ file: 'a.txt', line: 10 });
    expect(duplicate!.message).toContain('a.txt:10 and b.txt:10 both claim 嘉兴青年工作信息 2023 No. 3');
    expect(duplicate!.message).toContain('a.txt is dated 2023-10-21 (a.txt:12), b.txt is dated 2023-10-20 (b.txt:12)');
  });

  it('a number given by a sidecar is named at its sidecar line', async () => {
    const { duplicate } = await kept(folder({ 'a.txt': S004, 'a.meta.yml': '# moved\nyear: 2023\nissue: 3\ndate: 2023-12-01\npublication: 嘉兴青年工作信息\n', 'b.txt': S001 }));
    expect(duplicate).toMatchObject({ file: 'a.meta.yml', line: 3 });
    expect(duplicate!.message).toContain('a.txt is dated 2023-12-01 (a.meta.yml:4)');
  });
});

describe('file-stem URLs never take the URL of a page', () => {
  // Seed 003 has no printed year or number; its sidecar names the publisher.
  const S003 = seed('003_808c91636a323c9c.txt');

  it('2023.txt with no printed year or number would be the year page /{pub}/2023/: an error naming it', async () => {
    const archive = await loadArchive(folder({ '2023.txt': S003, '2023.meta.yml': 'publisher: 共青团湖州市委\n', 'ok.txt': S004 }));
    expect(archive.issues.map((i) => i.source.file)).toEqual(['ok.txt']);
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file: '2023.txt', level: 'error', code: 'stem-url' }));
    expect(archive.diagnostics.find((d) => d.code === 'stem-url')!.message).toContain('/gongqingtuan-huzhou-shiwei/2023/');
  });

  it('07.txt with a year and no number would be issue 7 of that year', async () => {
    const archive = await loadArchive(folder({ '07.txt': S003, '07.meta.yml': 'publisher: 共青团湖州市委\nyear: 2017\n' }));
    expect(archive.issues).toEqual([]);
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file: '07.txt', code: 'stem-url' }));
  });

  it('stems shaped like the other printed segments (05-06, zengkan-02, zong-8) are errors too; one with a letter is not', async () => {
    const files: Record<string, string> = {};
    for (const stem of ['05-06', 'zengkan-02', 'zong-8', 'report-2017']) Object.assign(files, { [`${stem}.txt`]: S003, [`${stem}.meta.yml`]: `publisher: 共青团湖州市委\nyear: 2017\n` });
    const archive = await loadArchive(folder(files));
    expect(archive.issues.map((i) => i.path)).toEqual(['/gongqingtuan-huzhou-shiwei/2017/report-2017/']);
    expect(archive.diagnostics.filter((d) => d.code === 'stem-url').map((d) => d.file)).toEqual(['05-06.txt', 'zengkan-02.txt', 'zong-8.txt']);
  });

  it('two stems with one slug are a duplicate naming both files', async () => {
    const archive = await loadArchive(folder({ 'a b.txt': S003, 'a b.meta.yml': 'publisher: 共青团湖州市委\n', 'a-b.txt': S003.replace('湖州', '湖州市'), 'a-b.meta.yml': 'publisher: 共青团湖州市委\n' }));
    expect(archive.issues).toHaveLength(1);
    const d = archive.diagnostics.find((x) => x.code === 'duplicate-issue')!;
    expect(d.message).toMatch(/a b\.txt and a-b\.txt|a-b\.txt and a b\.txt/);
  });
});

describe('one bad file is one message naming it; the rest loads', () => {
  const good = { 'good.txt': S001 };
  const only = async (files: Record<string, string | Uint8Array>, make?: (dir: string) => void) => {
    const dir = folder({ ...good, ...files });
    make?.(dir);
    const archive = await loadArchive(dir);
    expect(archive.issues.map((i) => i.source.file)).toEqual(['good.txt']);
    const errors = archive.diagnostics.filter((d) => d.level === 'error');
    expect(errors).toHaveLength(1);
    return errors[0]!;
  };

  it('a publication name that slugs to nothing', async () => {
    expect(await only({ 'x.txt': S004, 'x.meta.yml': 'publication: 《》——！\n' })).toMatchObject({ file: 'x.meta.yml', line: 1, code: 'empty-slug' });
  });

  it('issue: 1e21 in a sidecar', async () => {
    expect(await only({ 'x.txt': S004, 'x.meta.yml': 'issue: 1e21\n' })).toMatchObject({ file: 'x.meta.yml', line: 1, code: 'sidecar-value' });
  });

  it('a sidecar saved in GBK is read as GBK (a warning), not as mojibake', async () => {
    const archive = await loadArchive(folder({ 'x.txt': S004, 'x.meta.yml': iconv.encode('# 来源：手工\npublisher: 共青团浙江省委\n', 'gbk') }));
    expect(archive.issues[0]!.publisher).toEqual({ value: '共青团浙江省委', provenance: 'sidecar' });
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file: 'x.meta.yml', level: 'warning', code: 'legacy-encoding' }));
  });

  it('a sidecar title on a bulletin with a masthead', async () => {
    expect(await only({ 'x.txt': S004, 'x.meta.yml': 'publisher: 共青团浙江省委\ntitle: 一个标题\n' })).toMatchObject({ file: 'x.meta.yml', line: 2, code: 'sidecar-title' });
  });

  it('a dangling symlink, a looping one, a folder named x.txt and a named pipe (never opened)', async () => {
    expect(await only({}, (d) => symlinkSync(join(d, 'nowhere'), join(d, 'x.txt')))).toMatchObject({ file: 'x.txt', code: 'not-a-file' });
    expect(await only({}, (d) => symlinkSync(join(d, 'x.txt'), join(d, 'x.txt')))).toMatchObject({ file: 'x.txt', code: 'not-a-file' });
    expect(await only({}, (d) => mkdirSync(join(d, 'x.txt')))).toMatchObject({ file: 'x.txt', code: 'not-a-file' });
    expect(await only({}, (d) => execFileSync('mkfifo', [join(d, 'x.txt')]))).toMatchObject({ file: 'x.txt', code: 'not-a-file' });
  });

  it('a sidecar that cannot be read skips its bulletin rather than build it without (it may hold redactions)', async () => {
    const archive = await loadArchive(folder({ ...good, 'x.txt': S004 }));
    expect(archive.issues).toHaveLength(2);
    const dir = folder({ ...good, 'x.txt': S004 });
    mkdirSync(join(dir, 'x.meta.yml'));
    const broken = await loadArchive(dir);
    expect(broken.issues.map((i) => i.source.file)).toEqual(['good.txt']);
    expect(broken.diagnostics.filter((d) => d.level === 'error').map((d) => [d.file, d.code])).toEqual([
      ['x.meta.yml', 'not-a-file'],
      ['x.txt', 'sidecar-unreadable'],
    ]);
  });
});

describe('file names and sidecar dates', () => {
  it('NAME.TXT and NAME.META.YML are read, in any case', async () => {
    const archive = await loadArchive(folder({ 'X.TXT': S004, 'X.META.YML': 'issue: 15\n', 'y.Txt': S001 }));
    expect(archive.issues.map((i) => [i.source.file, i.path]).sort()).toEqual([
      ['X.TXT', '/zhejiang-qingnian-gongzuo-xinxi/2021/15/'],
      ['y.Txt', '/jiaxing-qingnian-gongzuo-xinxi/2023/03/'],
    ]);
  });

  it('sidecar dates before 1949 or after today are warnings with file and line', async () => {
    const archive = await loadArchive(folder({ 'x.txt': S004, 'x.meta.yml': 'publisher: 共青团浙江省委\ndate: 1921-12-30\n', 'y.txt': S001, 'y.meta.yml': '\ndate: 2031-01-01\n' }), { today: '2026-12-07' });
    expect(archive.issues).toHaveLength(2);
    expect(archive.diagnostics.filter((d) => d.code === 'sidecar-date').map((d) => [d.file, d.line, d.level])).toEqual([
      ['x.meta.yml', 2, 'warning'],
      ['y.meta.yml', 2, 'warning'],
    ]);
  });
});
