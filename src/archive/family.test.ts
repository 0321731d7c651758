// The family fixtures (tests/fixtures/bulletins/) in the archive model: issue
// paths by the {nn} rule, labels, the editor's note and contents sections on
// the issue, and each article's district (GB/T 2260 codes written from the
// gazetteer's definitions, not from the code's output).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, type Archive } from './index.ts';

const DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'bulletins');
let archive: Archive;
beforeAll(async () => {
  archive = await loadArchive(DIR);
});
const issue = (file: string) => archive.issues.find((i) => i.source.file === file)!;
const districts = (file: string) => issue(file).articleIds.map((id) => archive.articles.find((a) => a.id === id)!.district?.value);
const provenances = (file: string) => issue(file).articleIds.map((id) => archive.articles.find((a) => a.id === id)!.district?.via);

describe('family fixtures in the archive model', () => {
  it('publishes every fixture', () => {
    expect(archive.skipped).toEqual([]);
    expect(archive.issues).toHaveLength(16);
  });

  it('gives double, combined, special and total-only issues their {nn} and label', () => {
    expect([issue('hangzhou-2009-05-06.txt').path, issue('hangzhou-2009-05-06.txt').label]).toEqual(['/hangzhou-qingnian-gongzuo-dongtai/2009/05-06/', '2009年第5-6期']);
    expect(issue('ningbo-2016-hekan.txt').segment).toBe('05-06');
    expect([issue('wenzhou-2012-zengkan.txt').segment, issue('wenzhou-2012-zengkan.txt').label]).toEqual(['zengkan', '2012年增刊']);
    expect([issue('tiantai-2024-tekan.txt').segment, issue('tiantai-2024-tekan.txt').label, issue('tiantai-2024-tekan.txt').totalNumber]).toEqual(['tekan', '2024年特刊', 200]);
    expect([issue('cixi-2013-112.txt').segment, issue('cixi-2013-112.txt').label]).toEqual(['zong-112', '2013年总第112期']);
    // The year of an issue that prints none comes from its date.
    expect(issue('huzhou-2014-03.txt').year).toEqual({ value: 2014, provenance: 'inferred', via: 'date' });
  });

  it("keeps the editor's note on the issue and contents sections unlinked", () => {
    expect(issue('wenzhou-2012-zengkan.txt').editorsNote?.label).toBe('编者按');
    expect(issue('tiantai-2024-tekan.txt').editorsNote?.beforeContents).toBe(true);
    expect(issue('ningbo-2016-hekan.txt').contents.map((c) => [c.role, c.article])).toEqual([
      ['section', undefined],
      [undefined, 1],
      ['section', undefined],
      [undefined, 2],
      [undefined, 3],
      ['section', undefined],
      [undefined, 4],
    ]);
  });

  it('resolves each article to its division', () => {
    expect(districts('shaoxing-2008-03.txt')).toEqual(['330621', '330682', '330624']); // 绍兴县, 上虞市: both retired since
    expect(districts('hangzhou-2009-05-06.txt')).toEqual(['330104', '330109', '330106']); // 江干区 (retired 2021)
    expect(districts('yuhuan-2010-08.txt')).toEqual(['331021', undefined, '331021']); // 团县委 of 玉环县; a town's committee has none
    expect(districts('quzhou-2011-04.txt')).toEqual(['330881', '330824', '330822']);
    expect(districts('wenzhou-2012-zengkan.txt')).toEqual(['330381', '330382', '330303', '330327']);
    expect(districts('cixi-2013-112.txt')).toEqual(['330282', '330282', '330282', undefined]);
    expect(districts('huzhou-2014-03.txt')).toEqual(['330502', '330523', '330521']); // from the bylines
    expect(districts('zhejiang-2015-11.txt')).toEqual(['330000', '330000', '330000', '330000', '330900']);
    expect(districts('ningbo-2016-hekan.txt')).toEqual([undefined, '330212', '330206', '330281']);
    expect(districts('shaoxing-2018-07.txt')).toEqual(['330681', '330603', '330602', '330683']);
    expect(districts('taizhou-2019-09.txt')).toEqual(['331081', '331002', '331000', '331004', '331083', '331003']);
    expect(provenances('taizhou-2019-09.txt')).toEqual(['explicit', 'explicit', 'work-committee', 'title-place', 'explicit', 'title-place']);
    expect(districts('hangzhou-2020-11.txt')).toEqual(['330100', '330110', '330105', '330103']); // 钱塘新区 → 杭州市; 下城区 (retired 2021)
    expect(districts('jinhua-2020-12.txt')).toEqual(['330782', '330723']);
    expect(districts('zhoushan-2021-09.txt')).toEqual(['330902', '330903', '330921']);
    expect(districts('lishui-2022-05.txt')).toEqual(['331127', '331122', '331181']);
    expect(districts('tiantai-2024-tekan.txt')).toEqual(['331023', '331023', '331023']);
  });

  it('says the unresolved ones in a warning naming file and line', () => {
    const unresolved = archive.diagnostics.filter((d) => d.code === 'district-unresolved').map((d) => `${d.file}:${d.line}`);
    expect(unresolved.sort()).toEqual(['cixi-2013-112.txt:31', 'ningbo-2016-hekan.txt:17', 'yuhuan-2010-08.txt:21']);
  });
});
