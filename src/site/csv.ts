// RFC 4180 CSV (csv-stringify): header row, CRLF, fields quoted when they
// hold a comma, quote or line break; null → empty field. UTF-8 with a BOM so
// spreadsheet programs read the Chinese correctly.
import { stringify } from 'csv-stringify/sync';

export function toCsv<T extends object>(columns: (keyof T & string)[], rows: T[]): string {
  const body = stringify(
    rows.map((r) => columns.map((c) => r[c] ?? '')),
    // csv-stringify quotes only the record delimiter (CRLF); a bare LF or CR needs quotes too.
    { header: true, columns, record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: { number: (n) => String(n) } },
  );
  return `\uFEFF${body}`;
}
