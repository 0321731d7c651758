// How each reading of the archive model was reached, for `npm run check`:
// per issue its publication, year, number, date and publisher, per article
// its title, organisation and district, each of one kind, so the archivist
// knows which readings to look at first.
import type { Article, Issue } from './types.ts';

/** The kinds of decision, in the order an archivist should look at them. */
export const DECISION_KINDS = ['missing', 'layout', 'inferred', 'printed', 'contents', 'sidecar'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** What each kind means, for the summary. */
export const DECISION_MEANING: Record<DecisionKind, string> = {
  missing: 'not found in the text nor set in a sidecar',
  layout: 'titles found by their layout alone (no contents entry confirms them)',
  inferred: 'inferred (a district from a place name in the title or from the publisher, a year from the date, a publisher from the printing line)',
  printed: "printed where they stand (masthead fields, an organisation at a title's head, the division it names)",
  contents: 'titles printed and confirmed by the contents',
  sidecar: 'set or corrected by the archivist in a sidecar',
};

export interface Decision {
  /** What was decided: year, issue, title, organisation, … */
  what: string;
  kind: DecisionKind;
  /** For inferred facts: how. */
  via?: string;
}

type Fact = { provenance: 'printed' | 'sidecar' | 'inferred'; via?: string } | undefined;
const fromFact = (what: string, fact: Fact): Decision => (fact ? { what, kind: fact.provenance, ...(fact.provenance === 'inferred' && fact.via ? { via: fact.via } : {}) } : { what, kind: 'missing' });

/** The issue's own decisions (a standalone document has no issue number to find). */
export function issueDecisions(issue: Issue): Decision[] {
  return [{ what: 'publication', kind: issue.publicationProvenance }, fromFact('year', issue.year), ...(issue.standalone ? [] : [fromFact('issue', issue.number)]), fromFact('date', issue.date), fromFact('publisher', issue.publisher)];
}

/** An article's title, organisation and district; one the sidecar set to none counts as the sidecar's. */
export function articleDecisions(article: Article): [title: Decision, organisation: Decision, district: Decision] {
  const byArchivist = (field: 'organisation' | 'district', fact: Fact) => (!fact && article.corrected?.includes(field) ? { what: field, kind: 'sidecar' as const } : fromFact(field, fact));
  return [{ what: 'title', kind: article.basis }, byArchivist('organisation', article.organisation), byArchivist('district', article.district)];
}

/** Decisions per kind, every kind present (0 when none). */
export function countDecisions(decisions: readonly Decision[]): Record<DecisionKind, number> {
  const counts = Object.fromEntries(DECISION_KINDS.map((k) => [k, 0])) as Record<DecisionKind, number>;
  for (const d of decisions) counts[d.kind]++;
  return counts;
}
