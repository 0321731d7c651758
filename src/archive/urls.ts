// Canonical site paths (SPEC §4). Derived only from printed facts:
// publication slug, year, issue number, article position, division code.

export const pad2 = (n: number): string => String(n).padStart(2, '0');

export const publicationPath = (pub: string): string => `/${pub}/`;
export const publicationYearPath = (pub: string, year: number): string => `/${pub}/${year}/`;

/** /{pub}/{yyyy}/{nn}/, or /{pub}/{yyyy}/{stem}/ and /{pub}/{stem}/ when the number (and year) are unknown. */
export function issuePath(pub: string, year: number | undefined, segment: string): string {
  return year === undefined ? `/${pub}/${segment}/` : `/${pub}/${year}/${segment}/`;
}

export const articlePath = (issue: string, k: number): string => `${issue}${k}/`;
export const districtPath = (code: string): string => `/districts/${code}/`;
export const yearPath = (year: number): string => `/years/${year}/`;

/** Issue or article id: the path without its slashes at the ends. */
export const idOf = (path: string): string => path.replace(/^\/|\/$/g, '');
