// npm run check: parse the archive without rendering and print, per bulletin,
// what was recognised and every warning — the tool an archivist runs on a
// new batch of files. Each reading is tagged with how it was reached
// (src/archive/decisions.ts) and the run ends with a count per kind.
// Exit 1 on errors (and on warnings with --strict).
import { sharedArchive, bulletinsDir } from '../src/content/archive-source.ts';
import { formatDiagnostic } from '../src/archive/format-diagnostic.ts';
import { printable } from '../src/decode/control-chars.ts';
import { type Archive, ArchiveError } from '../src/archive/index.ts';
import { ConfigError, config } from '../src/config/index.ts';
import { checkInputs } from '../src/config/inputs.ts';
import { articleDecisions, countDecisions, DECISION_KINDS, DECISION_MEANING, issueDecisions, type Decision } from '../src/archive/decisions.ts';

const strict = process.argv.includes('--strict');
let archive: Archive;
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
const decisions: Decision[] = [];
/** `value [kind]`, and remembers the decision for the summary. */
const tagged = (value: string, d: Decision) => {
  decisions.push(d);
  return `${value} [${d.kind}${d.via ? `: ${d.via}` : ''}]`;
};
for (const issue of archive.issues) {
  const values: Record<string, string | number | undefined> = { publication: issue.publicationName, year: issue.year?.value, issue: issue.number?.value, date: issue.date?.value, publisher: issue.publisher?.value };
  console.log(`${printable(issue.source.file)} [${issue.source.encoding}] → ${issue.path}`);
  console.log(
    `  ${issueDecisions(issue)
      .map((d) => tagged(`${d.what} ${values[d.what] ?? '?'}`, d))
      .join(' · ')}`,
  );
  if (issue.withdrawn) console.log(`  WITHDRAWN 已撤回 on ${issue.withdrawn.on}: ${issue.withdrawn.reason} (${issue.withdrawn.characters} characters removed; its URLs show a notice)`);
  if (issue.redaction?.occurrences) console.log(`  redacted: ${issue.redaction.occurrences} occurrence(s), ${issue.redaction.characters} character(s) blanked with ■`);
  for (const id of issue.articleIds) {
    const a = articles.get(id)!;
    const d = a.district ? districts.get(a.district.value) : undefined;
    const [title, organisation, district] = articleDecisions(a);
    console.log(`  ${a.number}. ${tagged(`${a.headline}${a.title.subtitle ? ` ——${a.title.subtitle}` : ''}`, title)}`);
    console.log(`     ${tagged(`单位 ${a.organisation?.value ?? '—'}`, organisation)} · ${tagged(`地区 ${d ? `${d.name} ${d.code}` : '—'}`, district)} · ${a.blocks.length} blocks${a.corrected ? ` · corrected in the sidecar: ${a.corrected.join(', ')}` : ''}`);
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
const counts = countDecisions(decisions);
const width = Math.max(...DECISION_KINDS.map((k) => k.length));
const digits = String(decisions.length).length;
console.log(`\ndecisions by how they were reached (look at the first kinds first):`);
for (const kind of DECISION_KINDS) console.log(`  ${kind.padEnd(width)} ${String(counts[kind]).padStart(digits)}  ${DECISION_MEANING[kind]}`);
console.log(`  ${'total'.padEnd(width)} ${String(decisions.length).padStart(digits)}`);
console.log(`\n${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
process.exit(errors || (strict && warnings) ? 1 : 0);
