// GB/T 7714-2015 reference for an article of a serial (domain.md §5.3):
// 责任者. 题名[J/OL]. 刊名, 年(期)[引用日期]. URL.
import type { Reference } from './reference.ts';

export function gbt7714(ref: Reference, citedOn = '引用日期'): string {
  const where = ref.standalone ? `${ref.year ?? ''}` : `${ref.journal}, ${ref.year ?? ''}${ref.issue ? `(${ref.issue})` : ''}`;
  const type = ref.standalone ? '[Z/OL]' : '[J/OL]';
  return `${ref.author ? `${ref.author}. ` : ''}${ref.title}${type}. ${where}[${citedOn}]. ${ref.url}.`;
}
