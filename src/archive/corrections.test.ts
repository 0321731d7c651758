// Article corrections in the sidecar (`articles:`): each key through the real
// decode → parse → archive model of a small bulletin, the corrected reading and
// its provenance; and corrections that no longer match the text, reported with
// the sidecar's file and line. The fixtures are tests/fixtures/corrections/.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blockText, loadArchive, type Archive } from './index.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'corrections');
const TAIZHOU = readFileSync(join(FIXTURES, 'taizhou-2019-04.txt'), 'utf8');
const LISHUI = readFileSync(join(FIXTURES, 'lishui-2021-02.txt'), 'utf8');

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
/** One bulletin `b.txt` and its sidecar `b.meta.yml`, loaded. */
function load(text: string, sidecar: string): Promise<Archive> {
  const dir = mkdtempSync(join(tmpdir(), 'corrections-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'b.txt'), text);
  writeFileSync(join(dir, 'b.meta.yml'), sidecar);
  return loadArchive(dir);
}
const warnings = (archive: Archive) => archive.diagnostics.filter((d) => d.level !== 'notice').map((d) => ({ file: d.file, line: d.line, code: d.code }));
const paragraphs = (archive: Archive, n: number) => archive.articles[n - 1]!.blocks.map(blockText);

describe('article corrections, one key at a time', () => {
  it('starts: true starts an article at the line (a third article the contents misses)', async () => {
    // Without the sidecar, lines 23–25 are read as the end of article 2.
    expect((await load(TAIZHOU, '')).articles).toHaveLength(2);
    const archive = await load(TAIZHOU, 'articles:\n  - line: 23\n    starts: true\n');
    expect(archive.articles.map((a) => a.title.main)).toEqual(['【经验交流】团温岭市委：“青年之家”打通服务青年最后一公里', '黄岩区“小积分”激励青年志愿服务', '三门县开展青年人才回引行动']);
    const a3 = archive.articles[2]!;
    expect(a3).toMatchObject({ number: 3, basis: 'sidecar', corrected: ['starts'], startLine: 23, endLine: 25, titleLines: [{ text: '三门县开展青年人才回引行动', line: 23 }] });
    expect(paragraphs(archive, 3)).toEqual(['今年春节期间，三门县组织在外青年人才座谈会12场，收集回乡创业意向86个。']);
    expect(paragraphs(archive, 2)).toEqual(['黄岩区推出青年志愿服务积分制度，志愿者凭积分兑换图书、观影等服务，已有3000余名青年注册参与。', '联系人：李明  电话：0576-84123456']);
    // 三门县 331022, read from the title the sidecar made a title.
    expect(a3.district).toEqual({ value: '331022', provenance: 'inferred', via: 'title-place' });
    expect(warnings(archive)).toEqual([]);
  });

  it('starts: false makes the article read at the line part of the one before', async () => {
    expect((await load(LISHUI, '')).articles.map((a) => a.title.main)).toEqual(['缙云县“青年夜校”开课', '学员反响热烈', '遂昌县举办青年创业大赛62个项目同台竞技']);
    const archive = await load(LISHUI, 'articles:\n  - line: 10\n    text: 学员反响热烈\n    starts: false\n');
    expect(archive.articles.map((a) => a.title.main)).toEqual(['缙云县“青年夜校”开课', '遂昌县举办青年创业大赛62个项目同台竞技']);
    expect(archive.articles[0]).toMatchObject({ basis: 'layout', corrected: ['starts'], startLine: 5, endLine: 12 });
    expect(paragraphs(archive, 1)).toEqual(['3月起，缙云县在各乡镇开办“青年夜校”，首期开设电商直播、农技推广等课程8门，报名青年600余人。', '学员反响热烈', '首期学员中，已有40余人开设网店，带动农产品销售50余万元。']);
    // The merged line named no division: its warning is gone with it, and so is the notice that asked to check its title.
    expect(warnings(archive)).toEqual([]);
    expect(archive.diagnostics.filter((d) => d.code === 'title-by-shape').map((d) => d.line)).toEqual([5, 14]);
  });

  it('title sets the main title, and the organisation at its head is read from it', async () => {
    const archive = await load(TAIZHOU, 'articles:\n  - line: 13\n    title: 团温岭市委：“青年之家”打通服务青年最后一公里\n');
    const a1 = archive.articles[0]!;
    expect(a1.title.main).toBe('团温岭市委：“青年之家”打通服务青年最后一公里');
    expect(a1).toMatchObject({ basis: 'sidecar', corrected: ['title'] });
    // The printed lines stay as printed.
    expect(a1.titleLines).toEqual([{ text: '【经验交流】团温岭市委：“青年之家”打通服务青年最后一公里', line: 13, column: 0 }]);
    expect(a1.organisation).toEqual({ value: '团温岭市委', provenance: 'printed' });
    expect(a1.district).toMatchObject({ value: '331081', provenance: 'printed' });
  });

  it('kicker sets the kicker (with the title, a column label taken out of it)', async () => {
    const archive = await load(TAIZHOU, 'articles:\n  - line: 13\n    kicker: 【经验交流】\n    title: 团温岭市委：“青年之家”打通服务青年最后一公里\n');
    const a1 = archive.articles[0]!;
    expect(a1.title).toEqual({ kicker: '【经验交流】', main: '团温岭市委：“青年之家”打通服务青年最后一公里' });
    expect(a1.corrected).toEqual(['title', 'kicker']);
    expect(a1.headline).toBe('【经验交流】 团温岭市委：“青年之家”打通服务青年最后一公里');
  });

  it('subtitle sets the subtitle (a second title line that is one)', async () => {
    const archive = await load(LISHUI, 'articles:\n  - line: 14\n    title: 遂昌县举办青年创业大赛\n    subtitle: 62个项目同台竞技\n');
    const a3 = archive.articles[2]!;
    expect(a3.title).toEqual({ main: '遂昌县举办青年创业大赛', subtitle: '62个项目同台竞技' });
    expect(a3).toMatchObject({ basis: 'sidecar', corrected: ['title', 'subtitle'] });
    expect(a3.district).toEqual({ value: '331123', provenance: 'inferred', via: 'title-place' });
  });

  it("organisation sets the organisation, and its division is the archivist's reading too", async () => {
    const archive = await load(TAIZHOU, 'articles:\n  - line: 17\n    organisation: 团黄岩区委\n');
    const a2 = archive.articles[1]!;
    expect(a2.organisation).toEqual({ value: '团黄岩区委', provenance: 'sidecar' });
    expect(a2.district).toEqual({ value: '331003', provenance: 'sidecar', via: 'explicit' });
    expect(a2).toMatchObject({ basis: 'contents', corrected: ['organisation'] });
  });

  it('district sets the district (and an unplaced article is no longer a warning)', async () => {
    expect(warnings(await load(LISHUI, ''))).toEqual([{ file: 'b.txt', line: 10, code: 'district-unresolved' }]);
    const archive = await load(LISHUI, "articles:\n  - line: 10\n    district: '331122'\n");
    expect(archive.articles[1]!.district).toEqual({ value: '331122', provenance: 'sidecar' });
    expect(archive.articles[1]!.corrected).toEqual(['district']);
    expect(archive.districts.find((d) => d.code === '331122')!.articles).toContain(archive.articles[1]!.id);
    expect(warnings(archive)).toEqual([]);
  });
});

describe('corrections that no longer match the text', () => {
  it('are warnings naming the sidecar and its line; a moved line found by its text is applied there', async () => {
    // Two lines added at the top since the sidecar was written: line 13 is now 15.
    const moved = `台州市\n\n${TAIZHOU}`;
    const sidecar = [
      'articles:',
      '  - line: 13', // 2
      '    text: 【经验交流】团温岭市委',
      '    title: 团温岭市委：“青年之家”打通服务青年最后一公里',
      '  - line: 19', // 5: line 19 is 黄岩区… now, but the title is not printed there
      '    title: 黄岩区“大积分”激励青年志愿服务',
      '  - line: 120', // 7: past the end
      '    organisation: 团黄岩区委',
      '  - line: 17', // 9: a body line, where no article starts
      "    district: '331003'",
      '  - text: 临海市', // 11: printed nowhere
      '    starts: true',
      '  - line: 3', // 13: the masthead
      '    starts: true',
    ].join('\n');
    const archive = await load(moved, sidecar);
    const stale = archive.diagnostics.filter((d) => d.code === 'correction-stale').sort((a, b) => a.line! - b.line!);
    expect(stale.map((d) => [d.file, d.line, d.level])).toEqual([
      ['b.meta.yml', 2, 'warning'],
      ['b.meta.yml', 6, 'warning'],
      ['b.meta.yml', 7, 'warning'],
      ['b.meta.yml', 9, 'warning'],
      ['b.meta.yml', 11, 'warning'],
      ['b.meta.yml', 14, 'warning'],
    ]);
    expect(stale[0]!.message).toMatch(/line 13 of the bulletin does not begin with "【经验交流】团温岭市委"; it begins line 15, so the correction is applied there: set "line: 15"/);
    expect(stale[1]!.message).toMatch(/the title "黄岩区“大积分”激励青年志愿服务" is not printed at lines 19–25/);
    expect(stale[2]!.message).toMatch(/not 120/);
    expect(stale[3]!.message).toMatch(/no article starts at line 17 \(articles start at lines 15, 19\)/);
    expect(stale[4]!.message).toMatch(/no line of the bulletin begins with "临海市"/);
    expect(stale[5]!.message).toMatch(/no article could start at line 3/);
    // The moved correction is applied; the stale ones change nothing.
    expect(archive.articles.map((a) => a.title.main)).toEqual(['团温岭市委：“青年之家”打通服务青年最后一公里', '黄岩区“小积分”激励青年志愿服务']);
    expect(archive.articles[1]!.corrected).toBeUndefined();
    expect(archive.articles[1]!.district).toMatchObject({ provenance: 'inferred' });
  });

  it('bad keys and values are warnings with the sidecar line, and the rest applies', async () => {
    const archive = await load(TAIZHOU, ['articles:', '  - line: 17', "    district: '339999'", '    titel: 黄岩', '  - line: 13', '    starts: yes please', '    title: 团温岭市委：“青年之家”打通服务青年最后一公里', '  - title: 无行号'].join('\n'));
    expect(archive.diagnostics.filter((d) => d.level === 'warning').map((d) => [d.file, d.line, d.code])).toEqual([
      ['b.meta.yml', 3, 'sidecar-article'],
      ['b.meta.yml', 4, 'sidecar-article'],
      ['b.meta.yml', 2, 'sidecar-article'],
      ['b.meta.yml', 6, 'sidecar-article'],
      ['b.meta.yml', 8, 'sidecar-article'],
    ]);
    expect(archive.diagnostics.find((d) => d.line === 3)!.message).toMatch(/"district" must be the six-digit GB\/T 2260 code .* "339999" is none/);
    expect(archive.articles[0]!.title.main).toBe('团温岭市委：“青年之家”打通服务青年最后一公里');
    expect(archive.articles).toHaveLength(2);
  });
});
