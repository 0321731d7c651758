// npm run check: parse the archive without rendering and print, per bulletin,
// what was recognised and every warning — the tool an archivist runs on a
// new batch of files. Exit 1 on errors (and on warnings with --strict).
import { sharedArchive, bulletinsDir } from '../src/content/archive-source.ts';
import { formatDiagnostic } from '../src/integration/diagnostics.ts';
import { ArchiveError } from '../src/archive/index.ts';
import { ConfigError, config } from '../src/config/index.ts';
import { checkInputs } from '../src/config/inputs.ts';

const strict = process.argv.includes('--strict');
let archive;
try {
  checkInputs(config());
  archive = await sharedArchive();
} catch (error) {
  if (error instanceof ArchiveError || error instanceof ConfigError) {
    console.error(`错误 error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
const districts = new Map(archive.districts.map((d) => [d.code, d]));
const articles = new Map(archive.articles.map((a) => [a.id, a]));
console.log(`${bulletinsDir()}: ${archive.issues.length} bulletins, ${archive.articles.length} articles, ${archive.skipped.length} skipped\n`);
for (const issue of archive.issues) {
  const fact = (label: string, f: { value: string | number; provenance: string } | undefined) => (f ? `${label} ${f.value}${f.provenance === 'printed' ? '' : ` (${f.provenance})`}` : `${label} ?`);
  console.log(`${issue.source.file} [${issue.source.encoding}] → ${issue.path}`);
  console.log(`  ${issue.publicationName} · ${fact('year', issue.year)} · ${fact('issue', issue.number)} · ${fact('date', issue.date)} · ${fact('publisher', issue.publisher)}`);
  if (issue.withdrawn) console.log(`  WITHDRAWN 已撤回 on ${issue.withdrawn.on}: ${issue.withdrawn.reason} (${issue.withdrawn.characters} characters removed; its URLs show a notice)`);
  if (issue.redaction?.occurrences) console.log(`  redacted: ${issue.redaction.occurrences} occurrence(s), ${issue.redaction.characters} character(s) blanked with ■`);
  for (const id of issue.articleIds) {
    const a = articles.get(id)!;
    const d = a.district ? districts.get(a.district.value) : undefined;
    console.log(`  ${a.number}. ${a.headline}${a.title.subtitle ? ` ——${a.title.subtitle}` : ''}`);
    console.log(`     单位 ${a.organisation?.value ?? '—'} · 地区 ${d ? `${d.name} ${d.code}${a.district!.provenance === 'inferred' ? ` (inferred: ${a.district!.via})` : ''}` : '—'} · ${a.blocks.length} blocks`);
  }
  const counts = new Map<string, number>();
  for (const x of issue.artefacts) counts.set(x.kind, (counts.get(x.kind) ?? 0) + 1);
  for (const x of issue.repairs) counts.set(x.kind, (counts.get(x.kind) ?? 0) + 1);
  if (counts.size) console.log(`  repaired: ${[...counts].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  for (const w of issue.warnings) console.log(`  ${formatDiagnostic(w)}`);
}
const problems = archive.diagnostics.filter((d) => d.level === 'error' || !archive.issues.some((i) => i.warnings.includes(d)));
for (const d of problems) console.log(formatDiagnostic(d));
const errors = archive.diagnostics.filter((d) => d.level === 'error').length;
const warnings = archive.diagnostics.filter((d) => d.level === 'warning').length;
const notices = archive.diagnostics.filter((d) => d.level === 'notice').length;
const withdrawn = archive.issues.filter((i) => i.withdrawn);
const redacted = archive.issues.filter((i) => i.redaction?.occurrences);
console.log(`\nwithdrawn: ${withdrawn.length ? withdrawn.map((i) => `${i.source.file} (${i.path}, ${i.withdrawn!.on})`).join(', ') : 'none'}`);
console.log(`redacted: ${redacted.length ? redacted.map((i) => `${i.source.file} ×${i.redaction!.occurrences}`).join(', ') : 'none'}`);
console.log(`\n${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
process.exit(errors || (strict && warnings) ? 1 : 0);
