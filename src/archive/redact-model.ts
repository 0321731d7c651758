// Redaction applied to the archive model, once, before anything renders or
// indexes: every text field of an issue and its articles is blanked, so pages,
// titles, JSON-LD, citations, feed, data files and search records only ever
// see redacted text. Texts printed one after another (the lines of a masthead
// or a title, the runs and blocks of a body) are redacted as one sequence, so
// a name cut across them is blanked whole. Whatever this misses shows up in
// the no-text-lost check, which compares the pages with the redacted source.
import type { Article, Issue } from './types.ts';
import { redactPieces, redactText } from './redact.ts';

/** Redacts the texts reached by `get` as one sequence and writes them back with `set`. */
function sequence<T>(items: T[], strings: readonly string[], get: (item: T) => string[], set: (item: T, texts: string[]) => void): void {
  const counts = items.map((item) => get(item).length);
  const { pieces } = redactPieces(items.flatMap(get), strings);
  let at = 0;
  items.forEach((item, i) => {
    set(item, pieces.slice(at, at + counts[i]!));
    at += counts[i]!;
  });
}

export function redactIssue(issue: Issue, strings: readonly string[]): void {
  if (!strings.length) return;
  const one = (s: string) => redactText(s, strings);
  issue.publicationName = one(issue.publicationName);
  issue.label = one(issue.label);
  if (issue.category) issue.category = one(issue.category);
  if (issue.categoryPrinted) issue.categoryPrinted = one(issue.categoryPrinted);
  if (issue.publisher) issue.publisher = { ...issue.publisher, value: one(issue.publisher.value) };
  issue.marks = redactPieces(issue.marks, strings).pieces;
  issue.mastheadLines = redactPieces(issue.mastheadLines, strings).pieces;
  sequence(
    issue.contents,
    strings,
    (c) => [c.text],
    (c, [t]) => (c.text = t!),
  );
  issue.unassigned = redactPieces(issue.unassigned, strings).pieces;
  // The footer as printed: each list's label and text, then the printing line.
  const footer = [...issue.distribution.flatMap((d) => [d.labelText, d.text]), ...(issue.printing ? [issue.printing.text] : [])];
  const blanked = redactPieces(footer, strings).pieces;
  issue.distribution.forEach((d, i) => {
    d.labelText = blanked[2 * i]!;
    d.text = blanked[2 * i + 1]!;
  });
  if (issue.printing) {
    issue.printing.text = blanked[footer.length - 1]!;
    if (issue.printing.issuer) issue.printing.issuer = one(issue.printing.issuer);
  }
  for (const a of issue.artefacts) a.text = one(a.text);
  for (const w of issue.warnings) w.message = one(w.message);
}

export function redactArticle(article: Article, strings: readonly string[]): void {
  if (!strings.length) return;
  const one = (s: string) => redactText(s, strings);
  const { kicker, main, subtitle } = article.title;
  const [k, m, s] = redactPieces([kicker ?? '', main, subtitle ?? ''], strings).pieces;
  article.title = { main: m!, ...(kicker ? { kicker: k! } : {}), ...(subtitle ? { subtitle: s! } : {}) };
  article.headline = one(article.headline);
  sequence(
    article.titleLines,
    strings,
    (l) => [l.text],
    (l, [t]) => (l.text = t!),
  );
  if (article.contentsEntry) article.contentsEntry = one(article.contentsEntry);
  if (article.organisation) article.organisation = { ...article.organisation, value: one(article.organisation.value) };
  sequence(
    article.blocks,
    strings,
    (b) => (b.type === 'heading' ? [b.text] : b.type === 'table' ? [b.caption?.text ?? '', ...b.rows.flat().map((c) => c.text)] : b.children.map((c) => c.value)),
    (b, texts) => {
      if (b.type === 'heading') b.text = texts[0]!;
      else if (b.type === 'table') {
        if (b.caption) b.caption.text = texts[0]!;
        for (const [i, c] of b.rows.flat().entries()) c.text = texts[i + 1]!;
      } else for (const [i, c] of b.children.entries()) c.value = texts[i]!;
    },
  );
}
