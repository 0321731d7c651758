// RFC 4180 CSV (csv-stringify): header row, CRLF, fields quoted when they
// hold a comma, quote or line break; null → empty field. With a BOM (the
// spreadsheet file, /data/articles.csv: Excel reads BOM-less UTF-8 as the
// local code page) or without (the Data Package's file, which Frictionless
// tools read as the UTF-8 it declares: a BOM would become part of the first
// column's name).
import { stringify } from 'csv-stringify/sync';

/**
 * A text cell a spreadsheet would run as a formula (CSV injection): one that
 * starts with = + - @, tab or carriage return (OWASP "CSV Injection"), or
 * their full-width forms ＝＋－＠, which a CJK spreadsheet may read as them.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** OWASP's neutralisation: a single quote before the cell makes it text; the quote is all that is added. */
export const neutraliseFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

export function toCsv<T extends object>(columns: (keyof T & string)[], rows: T[], { bom }: { bom: boolean }): string {
  const body = stringify(
    rows.map((r) => columns.map((c) => r[c] ?? '')),
    // csv-stringify quotes only the record delimiter (CRLF); a bare LF or CR needs quotes too.
    // Numbers are never negative here (years, issue numbers, positions, counts): only text cells can start a formula.
    { header: true, columns, record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: { number: (n) => String(n), string: neutraliseFormula } },
  );
  return bom ? `\uFEFF${body}` : body;
}
