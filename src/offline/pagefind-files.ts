// Pagefind's index files as classic scripts: each file F becomes F.js, which
// registers F's bytes (base64) with the offline loader
// (public/assets/pagefind-offline.js). A query loads only the files it needs,
// one <script> each, as it would fetch them online.
export function registerScript(path: string, bytes: Uint8Array): string {
  return `__pagefindOfflinePut(${JSON.stringify(path)},"${Buffer.from(bytes).toString('base64')}");\n`;
}

/** Runtime files the search fetches (index, fragments, filters, meta, wasm, entry); not the UIs. */
export function isIndexFile(path: string): boolean {
  return !/\.(js|css)$/.test(path);
}
