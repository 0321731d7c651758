// BULLETINS_DIR=/some/folder npm run build builds that folder instead of
// content/bulletins: here seed 004 as is and seed 001 re-encoded as GB18030
// with CRLF line endings, as a Chinese Windows export would be.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePages, page, siteFiles } from '../support/site.ts';
import { buildTemp, type TempBuild } from '../support/build.ts';

const SEEDS = join(process.cwd(), 'content', 'bulletins');
let build: TempBuild;
let out: string;

beforeAll(() => {
  build = buildTemp('bulletins', (input) => {
    copyFileSync(join(SEEDS, '004_513619527335753d.txt'), join(input, 'zhejiang-2021-14.txt'));
    const text = readFileSync(join(SEEDS, '001_e03f40994a3cdccb.txt'), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(join(input, 'jiaxing-2023-03.txt'), iconv.encode(text, 'gb18030'));
  });
  out = build.out;
});
afterAll(() => build.remove());

describe('BULLETINS_DIR', () => {
  it('builds the given folder', () => {
    expect(build.status, build.log).toBe(0);
    expect(articlePages(out).sort()).toEqual([
      '/jiaxing-qingnian-gongzuo-xinxi/2023/03/1/',
      '/jiaxing-qingnian-gongzuo-xinxi/2023/03/2/',
      '/jiaxing-qingnian-gongzuo-xinxi/2023/03/3/',
      '/jiaxing-qingnian-gongzuo-xinxi/2023/03/4/',
      '/zhejiang-qingnian-gongzuo-xinxi/2021/14/1/',
      '/zhejiang-qingnian-gongzuo-xinxi/2021/14/2/',
      '/zhejiang-qingnian-gongzuo-xinxi/2021/14/3/',
    ]);
    expect(siteFiles(out).some((f) => f.includes('000-49c0a554d6294698'))).toBe(false);
  });

  it('decodes the GB18030 file and says so, naming it', () => {
    expect(build.log).toMatch(/jiaxing-2023-03\.txt[^\n]*(GB18030|gb18030)/);
    expect(page('/jiaxing-qingnian-gongzuo-xinxi/2023/03/3/', out)).toContain('团海宁市委全面推进青年发展');
    expect(page('/jiaxing-qingnian-gongzuo-xinxi/2023/03/source.txt', out)).toContain('嘉兴青年工作信息');
  });
});
