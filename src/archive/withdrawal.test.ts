// Withdrawal and redaction in the archive model (SPEC §8), over copies of the
// seeds: what a withdrawn issue keeps and loses, redaction reaching every
// text field, and bad withdrawal sidecars reported with file and line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveError, loadArchive } from './index.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'content', 'bulletins');
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
const S000 = seed('000_49c0a554d6294698.txt');
const S001 = seed('001_e03f40994a3cdccb.txt');
const S004 = seed('004_513619527335753d.txt');
const Z14 = 'zhejiang-qingnian-gongzuo-xinxi/2021/14';
const J03 = 'jiaxing-qingnian-gongzuo-xinxi/2023/03';

let dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'withdrawal-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

const WITHDRAW = 'status: withdrawn\nreason: 应编印单位要求撤回\nwithdrawn_on: 2024-05-06\n';

describe('a withdrawn issue', () => {
  const load = () => loadArchive(folder({ '001.txt': S001, '004.txt': S004, '004.meta.yml': WITHDRAW }));

  it('keeps its issue and article ids (the URLs) with what the notice needs', async () => {
    const archive = await load();
    const issue = archive.issues.find((i) => i.id === Z14)!;
    expect(issue.withdrawn).toMatchObject({ on: '2024-05-06', reason: '应编印单位要求撤回' });
    expect(issue.date?.value).toBe('2021-12-23'); // the bulletin's own date stays
    expect(issue.articleIds).toEqual([`${Z14}/1`, `${Z14}/2`, `${Z14}/3`]);
    expect(archive.articles.find((a) => a.id === `${Z14}/2`)!.headline).toBe('团宁波市江北区委探索“两新”群体服务新载体');
  });

  it('loses every line of its text: masthead, contents, bodies, footer, artefacts, and source.txt is a notice', async () => {
    const archive = await load();
    const issue = archive.issues.find((i) => i.id === Z14)!;
    const arts = archive.articles.filter((a) => a.issue === Z14);
    expect(issue).toMatchObject({ mastheadLines: [], contents: [], distribution: [], unassigned: [], artefacts: [] });
    expect(issue.printing).toBeUndefined();
    expect(arts.every((a) => a.blocks.length === 0 && a.mentions.length === 0 && a.length === 0)).toBe(true);
    // Sentences of seed 004's bodies and footer (lines 30, 68, 92).
    const everything = JSON.stringify({ issue, arts, source: archive.sources[Z14] });
    for (const s of ['团情云图', '甬爱e家', '红娘帮帮团', '团中央办公厅']) expect(everything).not.toContain(s);
    expect(archive.sources[Z14]).toContain('撤回日期：2024-05-06');
    expect(archive.sources[Z14]).toContain('撤回原因：应编印单位要求撤回');
  });

  it('counts on no district page', async () => {
    // 海宁市 (330481): seed 001 article 3 (团海宁市委) and seed 004 article 3 (团海宁市委).
    const haining = (await load()).districts.find((d) => d.code === '330481')!;
    expect(haining.articles).toEqual([`${J03}/3`]);
    expect(haining.mentionedIn.some((id) => id.startsWith(Z14))).toBe(false);
  });
});

describe('redaction in the model', () => {
  it('blanks a name in every field of every bulletin, from the archive-wide list and a sidecar', async () => {
    // 庄耀中: seed 000 line 41 (桐乡) and seed 001 line 23; 陈慧春: seed 001 line 23 only.
    const dir = folder({ '000.txt': S000, '001.txt': S001, '001.meta.yml': 'redact:\n  - 陈慧春\n', 'list.yml': 'redact:\n  - 庄耀中\n' });
    const archive = await loadArchive(dir, { redactionsFile: join(dir, 'list.yml') });
    const all = JSON.stringify(archive);
    expect(all).not.toContain('庄耀中');
    expect(all).not.toContain('陈慧春');
    expect(all).toContain('企业家■■■当选省青企协会长');
    expect(archive.issues.find((i) => i.id === J03)!.redaction).toEqual({ occurrences: 2, characters: 6 });
    expect(archive.diagnostics.filter((d) => d.code === 'redact-unused')).toEqual([]);
  });

  it('blanks a string the print layout cut over two title lines in the title, its lines, the contents and the body', async () => {
    // Seed 001 lines 52/54: 市直机关团工委持续擦亮“禾城朝阳”志愿 / 服务品牌 让青年…
    const archive = await loadArchive(folder({ '001.txt': S001, '001.meta.yml': 'redact:\n  - 志愿服务品牌\n' }));
    const a4 = archive.articles.find((a) => a.id === `${J03}/4`)!;
    expect(a4.titleLines.map((l) => l.text)).toEqual(['市直机关团工委持续擦亮“禾城朝阳”■■', '■■■■ 让青年志愿服务工作“活”起来']);
    const all = JSON.stringify(archive);
    expect(all.replace(/\s+/g, '')).not.toContain('志愿服务品牌');
    expect(archive.sources[J03]!.replace(/\s+/g, '')).not.toMatch(/志愿服务品|愿服务品牌/);
  });

  it('warns, naming the sidecar line, about an entry that matches nothing', async () => {
    const archive = await loadArchive(folder({ '001.txt': S001, '001.meta.yml': 'redact:\n  - 陈慧春\n  - 陈慧秋\n' }));
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file: '001.meta.yml', level: 'warning', code: 'redact-unused', line: 3 }));
    expect(archive.diagnostics.filter((d) => d.code === 'redact-unused')).toHaveLength(1);
  });

  it('stops on a broken archive-wide list, naming file and line, rather than publish what it should hide', async () => {
    const dir = folder({ '001.txt': S001, 'list.yml': 'redact:\n  - 陈慧春\n  - \n' });
    await expect(loadArchive(dir, { redactionsFile: join(dir, 'list.yml') })).rejects.toThrow(ArchiveError);
    await expect(loadArchive(dir, { redactionsFile: join(dir, 'list.yml') })).rejects.toThrow(/list\.yml:3: /);
  });

  it('stops when a named list (REDACTIONS_FILE) is missing or a folder; only an unnamed default may be absent', async () => {
    const dir = folder({ '001.txt': S001 });
    await expect(loadArchive(dir, { redactionsFile: join(dir, 'gone.yml'), redactionsRequired: true })).rejects.toThrow(/gone\.yml: the redaction list does not exist/);
    await expect(loadArchive(dir, { redactionsFile: dir, redactionsRequired: true })).rejects.toThrow(/the redaction list is a folder/);
    await expect(loadArchive(dir, { redactionsFile: dir })).rejects.toThrow(/the redaction list is a folder/);
    expect((await loadArchive(dir, { redactionsFile: join(dir, 'gone.yml') })).issues).toHaveLength(1);
  });
});

describe('bad withdrawal sidecars (SPEC §9)', () => {
  it('status: withdrawn without a reason names the sidecar and the status line; the issue is not published', async () => {
    const archive = await loadArchive(folder({ '001.txt': S001, '004.txt': S004, '004.meta.yml': '# withdrawn on request\nstatus: withdrawn\nwithdrawn_on: 2024-05-06\n' }));
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file: '004.meta.yml', level: 'error', code: 'sidecar-withdrawn', line: 2, message: expect.stringContaining('reason') }));
    expect(archive.issues.map((i) => i.id)).toEqual([J03]);
  });

  it('a withdrawn_on that is not a date names the sidecar and its line', async () => {
    const archive = await loadArchive(folder({ '004.txt': S004, '004.meta.yml': 'status: withdrawn\nreason: 应编印单位要求撤回\nwithdrawn_on: 6 May 2024\n' }));
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file: '004.meta.yml', level: 'error', code: 'sidecar-value', line: 3, message: expect.stringContaining('withdrawn_on') }));
    expect(archive.issues).toHaveLength(0);
  });

  it('reason without status: withdrawn is a warning on its line', async () => {
    const archive = await loadArchive(folder({ '004.txt': S004, '004.meta.yml': 'reason: 应编印单位要求撤回\n' }));
    expect(archive.diagnostics).toContainEqual(expect.objectContaining({ file: '004.meta.yml', level: 'warning', code: 'sidecar-withdrawn', line: 1 }));
    expect(archive.issues[0]!.withdrawn).toBeUndefined();
  });
});
