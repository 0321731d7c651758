// npm run check: what an archivist sees for a batch of files.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SEEDS = join(process.cwd(), 'content', 'bulletins');
const check = (dir?: string, ...args: string[]) => {
  const env = { ...process.env };
  if (dir) env.BULLETINS_DIR = dir;
  else delete env.BULLETINS_DIR;
  // A named pipe in the folder hung the check forever once: a time limit makes that a failure.
  return spawnSync(process.execPath, ['scripts/check.ts', ...args], { env, encoding: 'utf8', timeout: 60_000 });
};
const work = mkdtempSync(join(tmpdir(), 'check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run check', () => {
  it('prints what it recognised in each seed and exits 0', () => {
    const r = check();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('4 bulletins, 12 articles, 0 skipped');
    expect(r.stdout).toContain('004_513619527335753d.txt [utf-8] → /zhejiang-qingnian-gongzuo-xinxi/2021/14/');
    expect(r.stdout).toMatch(/2\. 团宁波市江北区委探索“两新”群体服务新载体 \[contents\]\n\s+单位 团宁波市江北区委 \[printed\] · 地区 江北区 330205 \[printed\]/);
    expect(r.stdout).toMatch(/单位 — \[missing\] · 地区 嘉善县 330421 \[inferred: title-place\]/);
    expect(r.stdout).toContain('0 error(s), 0 warning(s)');
  });

  it('names the bad file and its line, lists the good one, and exits 1', () => {
    copyFileSync(join(SEEDS, '004_513619527335753d.txt'), join(work, 'good.txt'));
    writeFileSync(join(work, 'bad.txt'), '内部刊物\n\n嘉兴青年工作信息\n\n2023年 第5期\n');
    writeFileSync(join(work, 'good.meta.yml'), 'publisher: 共青团浙江省委\nvolume: 3\n');
    const r = check(work);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/bad\.txt(:\d+)?: 错误 error: .*\[no-article\]/);
    expect(r.stdout).toMatch(/good\.meta\.yml:2: 错误 error: unknown key "volume"/);
  });

  it('lists withdrawn issues and redaction counts per bulletin', () => {
    const dir = join(work, 'withdrawn');
    spawnSync('mkdir', ['-p', dir]);
    copyFileSync(join(SEEDS, '001_e03f40994a3cdccb.txt'), join(dir, '001.txt'));
    copyFileSync(join(SEEDS, '004_513619527335753d.txt'), join(dir, '004.txt'));
    writeFileSync(join(dir, '004.meta.yml'), 'status: withdrawn\nreason: 应编印单位要求撤回\nwithdrawn_on: 2024-05-06\n');
    // 陈慧春 once, 庄耀中 once: both in seed 001 line 23.
    writeFileSync(join(dir, '001.meta.yml'), 'redact:\n  - 陈慧春\n  - 庄耀中\n');
    const r = check(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/004\.txt [^\n]*\n[^\n]*\n {2}WITHDRAWN 已撤回 on 2024-05-06: 应编印单位要求撤回/);
    expect(r.stdout).toMatch(/001\.txt [^\n]*\n[^\n]*\n {2}redacted: 2 occurrence\(s\), 6 character\(s\)/);
    expect(r.stdout).toContain('withdrawn: 004.txt (/zhejiang-qingnian-gongzuo-xinxi/2021/14/, 2024-05-06)');
    expect(r.stdout).toContain('redacted: 001.txt ×2');
    expect(r.stdout).not.toContain('陈慧春');
  });

  it('tags each reading with how it was reached and ends with a count per kind', () => {
    // The two corrections fixtures and seed 003 (a standalone report with a sidecar). Counted by hand from the texts and sidecars:
    // taizhou: 5 masthead fields printed; 1 title corrected, its 团温岭市委 and 温岭市 printed at its head;
    //   2 title in the contents, organisation and (so) district set in the sidecar; 3 started by the sidecar, no organisation, district set.
    // lishui: 5 masthead fields printed; 1 title by layout, 团缙云县委 (subtitle) and 缙云县 printed;
    //   2 title corrected, no organisation, 遂昌县 inferred from the title.
    // 003: publication = the sidecar's publisher (inferred), year and publisher from the sidecar, no date, no issue number
    //   to find (standalone); its title by layout, 团市委 printed in the subtitle, 湖州市 inferred from the publisher.
    const dir = join(work, 'decisions');
    spawnSync('mkdir', ['-p', dir]);
    for (const f of ['taizhou-2019-04.txt', 'taizhou-2019-04.meta.yml', 'lishui-2021-02.txt', 'lishui-2021-02.meta.yml']) copyFileSync(join(process.cwd(), 'tests', 'fixtures', 'corrections', f), join(dir, f));
    for (const f of ['003_808c91636a323c9c.txt', '003_808c91636a323c9c.meta.yml']) copyFileSync(join(SEEDS, f), join(dir, f));
    const r = check(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('publication 共青团湖州市委 [inferred] · year 2017 [sidecar] · date ? [missing] · publisher 共青团湖州市委 [sidecar]');
    expect(r.stdout).toMatch(/3\. 三门县开展青年人才回引行动 \[sidecar\]\n\s+单位 — \[missing\] · 地区 三门县 331022 \[sidecar\] · 1 blocks · corrected in the sidecar: starts, district/);
    const counts = Object.fromEntries([...r.stdout.matchAll(/^ {2}(missing|layout|inferred|printed|contents|sidecar|total) +(\d+)/gm)].map((m) => [m[1], Number(m[2])]));
    expect(counts).toEqual({ missing: 1 + 1 + 1, layout: 1 + 1, inferred: 1 + 2, printed: 5 + 2 + 5 + 2 + 1, contents: 1, sidecar: 1 + 2 + 2 + 1 + 2, total: 15 + 10 + 7 });
    // The summary lists the kinds in the order to look at them.
    expect(r.stdout).toMatch(/decisions by how they were reached[^\n]*\n {2}missing[^\n]*\n {2}layout[^\n]*\n {2}inferred[^\n]*\n {2}printed[^\n]*\n {2}contents[^\n]*\n {2}sidecar[^\n]*\n {2}total/);
  });

  it('--strict exits 1 on a warning', () => {
    const dir = join(work, 'strict');
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'x.txt'), ['内部资料', '杭州青年工作信息', '2020年第1期', '共青团杭州市委    2020年6月1日', '', '浙江大学团委深化青年志愿服务', '', '今年以来，浙江大学团委组织开展青年志愿服务活动12场。', ''].join('\n'));
    expect(check(dir).status).toBe(0);
    const r = check(dir, '--strict');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/x\.txt:6: 警告 warning: .*\[district-unresolved\]/);
  });

  // Issue 19: what the build rejects, check reports too (they share the archive stage); each file named once, the rest listed.
  it('names every file the build would skip: bad slug, bad sidecar values, links, folders, pipes, stem URLs, duplicates', () => {
    const dir = join(work, 'rejects');
    mkdirSync(dir);
    copyFileSync(join(SEEDS, '001_e03f40994a3cdccb.txt'), join(dir, 'good.txt'));
    const s004 = readFileSync(join(SEEDS, '004_513619527335753d.txt'), 'utf8');
    writeFileSync(join(dir, 'slug.txt'), s004);
    writeFileSync(join(dir, 'slug.meta.yml'), 'publication: 《》——！\n');
    writeFileSync(join(dir, 'huge.txt'), s004);
    writeFileSync(join(dir, 'huge.meta.yml'), 'issue: 1e21\n');
    writeFileSync(join(dir, 'titled.txt'), s004);
    writeFileSync(join(dir, 'titled.meta.yml'), 'title: 一个标题\n');
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.txt'));
    symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt'));
    mkdirSync(join(dir, 'folder.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, '2017.txt'), readFileSync(join(SEEDS, '003_808c91636a323c9c.txt')));
    writeFileSync(join(dir, '2017.meta.yml'), 'publisher: 共青团湖州市委\n');
    writeFileSync(join(dir, 'dup.txt'), readFileSync(join(SEEDS, '001_e03f40994a3cdccb.txt'), 'utf8').replace('2023年10月20日', '2023年10月22日'));
    const r = check(dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('1 bulletins, 4 articles, 9 skipped');
    for (const [file, code] of [
      ['slug.meta.yml:1', 'empty-slug'],
      ['huge.meta.yml:1', 'sidecar-value'],
      ['titled.meta.yml:1', 'sidecar-title'],
      ['dangling.txt', 'not-a-file'],
      ['loop.txt', 'not-a-file'],
      ['folder.txt', 'not-a-file'],
      ['pipe.txt', 'not-a-file'],
      ['2017.txt', 'stem-url'],
      ['dup.txt:10', 'duplicate-issue'],
    ]) {
      expect(
        r.stdout.split('\n').filter((l) => l.startsWith(`${file}: 错误 error:`) && l.endsWith(`[${code}]`)),
        `${file} ${code}`,
      ).toHaveLength(1);
    }
    expect(r.stdout).not.toMatch(/^\s+at /m);
  });
});
