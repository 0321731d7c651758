// The archive's order of issues, shared by the model and by the pages (whose
// collections come back in store order): oldest first by date (or year), then
// issue number, then id.
interface Ordered {
  id: string;
  date?: { value: string } | undefined;
  year?: { value: number } | undefined;
  number?: { value: number } | undefined;
}

export function compareIssues(a: Ordered, b: Ordered): number {
  const ka = a.date?.value ?? String(a.year?.value ?? '');
  const kb = b.date?.value ?? String(b.year?.value ?? '');
  return ka.localeCompare(kb) || (a.number?.value ?? 0) - (b.number?.value ?? 0) || a.id.localeCompare(b.id);
}
