// The in-memory gazetteer: divisions by code, children, and every written
// form of every name (full name, short name + suffix, short name).

import { CURRENT_DIVISION_CHANGES, RETIRED_DIVISIONS } from './changes.ts';
import { loadCurrentDivisions } from './dataset.ts';
import { levelOfCode, shortNameOf, suffixOf } from './names.ts';
import type { Division } from './types.ts';

/** How a written form relates to the division's name. */
export type FormKind =
  /** the full name: 景宁畲族自治县, 海宁市 */
  | 'full'
  /** short name + plain suffix, when that differs from the full name: 景宁县 */
  | 'suffixed'
  /** the short name alone: 景宁, 海宁 */
  | 'short';

export interface NameForm {
  code: string;
  kind: FormKind;
}

export interface Gazetteer {
  /** Every division, sorted by code. */
  readonly all: readonly Division[];
  get(code: string): Division | undefined;
  children(code: string): Division[];
  /** Divisions written exactly this way. */
  formsOf(text: string): readonly NameForm[];
  /** Every written form, longest first (for scanning text). */
  readonly formTexts: readonly string[];
  /** The written forms starting with a character, longest first. */
  formsStartingWith(ch: string): readonly string[];
  /** The prefecture-level city a division lies in (itself for a city; undefined for the province). */
  cityOf(code: string): string | undefined;
  /** Whether `code` is `ancestor` or lies below it. */
  isWithin(code: string, ancestor: string): boolean;
  /** The province code. */
  readonly provinceCode: string;
}

/** Build a gazetteer from a list of divisions (tests use synthetic lists). */
export function createGazetteer(divisions: readonly Division[]): Gazetteer {
  const all = [...divisions].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const byCode = new Map(all.map((d) => [d.code, d]));
  const children = new Map<string, Division[]>();
  for (const d of all) {
    if (!d.parent) continue;
    const list = children.get(d.parent) ?? [];
    list.push(d);
    children.set(d.parent, list);
  }
  const forms = new Map<string, NameForm[]>();
  const addForm = (text: string, form: NameForm): void => {
    if (text.length < 2) return;
    const list = forms.get(text) ?? [];
    if (!list.some((f) => f.code === form.code)) list.push(form);
    forms.set(text, list);
  };
  for (const d of all) {
    addForm(d.name, { code: d.code, kind: 'full' });
    const suffixed = d.shortName + suffixOf(d.name);
    if (suffixed !== d.name) addForm(suffixed, { code: d.code, kind: 'suffixed' });
    if (d.shortName !== d.name) addForm(d.shortName, { code: d.code, kind: 'short' });
  }
  const formTexts = [...forms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const byFirst = new Map<string, string[]>();
  for (const text of formTexts) {
    const list = byFirst.get(text.charAt(0)) ?? [];
    list.push(text);
    byFirst.set(text.charAt(0), list);
  }
  const province = all.find((d) => d.level === 'province');

  const cityOf = (code: string): string | undefined => {
    let d = byCode.get(code);
    while (d && d.level === 'county') d = d.parent ? byCode.get(d.parent) : undefined;
    return d && d.level === 'city' ? d.code : undefined;
  };
  const isWithin = (code: string, ancestor: string): boolean => {
    let d = byCode.get(code);
    while (d) {
      if (d.code === ancestor) return true;
      d = d.parent ? byCode.get(d.parent) : undefined;
    }
    return false;
  };

  return {
    all,
    get: (code) => byCode.get(code),
    children: (code) => [...(children.get(code) ?? [])],
    formsOf: (text) => forms.get(text) ?? [],
    formTexts,
    formsStartingWith: (ch) => byFirst.get(ch) ?? [],
    cityOf,
    isWithin,
    provinceCode: province?.code ?? '',
  };
}

/** Current divisions from the dataset, dated, plus the retired ones. */
export function buildZhejiangDivisions(): Division[] {
  const changes = new Map(CURRENT_DIVISION_CHANGES.map((c) => [c.code, c]));
  const current = loadCurrentDivisions().map((d): Division => {
    const change = changes.get(d.code);
    if (!change) return d;
    const dated: Division = { ...d, note: change.note, source: change.source };
    if (change.validFrom) dated.validFrom = change.validFrom;
    if (change.predecessors) dated.predecessors = [...change.predecessors];
    return dated;
  });
  const currentCodes = new Set(current.map((d) => d.code));
  const retired = RETIRED_DIVISIONS.filter((r) => !currentCodes.has(r.code)).map((r): Division => {
    const d: Division = {
      code: r.code,
      name: r.name,
      shortName: shortNameOf(r.name),
      level: levelOfCode(r.code),
      parent: r.parent,
      validTo: r.validTo,
      successors: [...r.successors],
      note: r.note,
      source: r.source,
    };
    if (r.validFrom) d.validFrom = r.validFrom;
    return d;
  });
  return [...current, ...retired];
}
