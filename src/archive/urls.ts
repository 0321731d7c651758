// Canonical site paths (SPEC §4). Derived only from printed facts:
// publication slug, year, issue number, article position, division code.

export const pad2 = (n: number): string => String(n).padStart(2, '0');

export const publicationPath = (pub: string): string => `/${pub}/`;
export const publicationYearPath = (pub: string, year: number): string => `/${pub}/${year}/`;

/**
 * The {nn} segment of an issue's path, from its printed numbers (README "URLs"):
 * - issue n → `nn` (two digits at least): 第3期 → `03`;
 * - a double or combined issue n–m → `nn-mm`: 第5-6期, 第5、6期合刊 → `05-06`;
 * - 增刊 / 特刊 → `zengkan` / `tekan`, with its own number k when printed → `zengkan-kk`;
 * - only 总第N期 printed → `zong-N`;
 * - nothing printed → undefined (the caller falls back to the file's stem).
 */
export function issueSegment(n: { number?: number; numberEnd?: number; special?: '增刊' | '特刊'; total?: number }): string | undefined {
  if (n.special) {
    const word = n.special === '增刊' ? 'zengkan' : 'tekan';
    return n.number !== undefined ? `${word}-${pad2(n.number)}` : word;
  }
  if (n.number !== undefined) return n.numberEnd !== undefined && n.numberEnd > n.number ? `${pad2(n.number)}-${pad2(n.numberEnd)}` : pad2(n.number);
  if (n.total !== undefined) return `zong-${n.total}`;
  return undefined;
}

/** /{pub}/{yyyy}/{nn}/, or /{pub}/{yyyy}/{stem}/ and /{pub}/{stem}/ when the number (and year) are unknown. */
export function issuePath(pub: string, year: number | undefined, segment: string): string {
  return year === undefined ? `/${pub}/${segment}/` : `/${pub}/${year}/${segment}/`;
}

/** Every shape issueSegment makes, and a year (all digits). */
const PAGE_SEGMENT = /^(?:\d+(?:-\d+)?|(?:zengkan|tekan)(?:-\d+)?|zong-\d+)$/;

/**
 * Whether a file-stem segment could be the URL of a page: digits are a year
 * (/{pub}/{yyyy}/) without a year, a printed issue (/{pub}/{yyyy}/{nn}/) with
 * one, as are the other shapes of issueSegment (05-06, zengkan-02, zong-8).
 * Any other slug can be no page's: nothing else lives in a publication's folder.
 */
export const stemTakesPageUrl = (segment: string): boolean => PAGE_SEGMENT.test(segment);

export const articlePath = (issue: string, k: number): string => `${issue}${k}/`;
export const districtPath = (code: string): string => `/districts/${code}/`;
export const yearPath = (year: number): string => `/years/${year}/`;

/** Issue or article id: the path without its slashes at the ends. */
export const idOf = (path: string): string => path.replace(/^\/|\/$/g, '');
