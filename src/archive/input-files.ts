// The input folder's entries: which are bulletins (NAME.txt, .docx, .doc or
// .pdf, the extension in any case: ../extract/index.ts) and sidecars (NAME.meta.yml or .meta.yaml, any case), and whether
// each can be read. Only regular files are ever opened (a named pipe blocks a
// reader forever); a folder, a dangling or looping link, a pipe or a device
// gets a message naming it instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { bulletinFormat } from '../extract/index.ts';
import type { FileDiagnostic } from './types.ts';

const SIDECAR = /\.meta\.ya?ml$/i;

export interface InputFiles {
  /** Bulletin files that are regular files, sorted by name. */
  bulletins: string[];
  /** Sidecar files that are regular files, by the stem of the bulletin they belong to. */
  sidecars: Map<string, string[]>;
  /** Stems whose sidecar cannot be read: their bulletin is skipped, not built without it (it may hold redactions). */
  badSidecars: Map<string, string>;
  /** Entries named like inputs that cannot be read (folders, broken links, pipes…). */
  diagnostics: FileDiagnostic[];
}

/** The file's name without its extension: the stem its sidecar (STEM.meta.yml) and fallback URL segment share. */
export const bulletinStem = (file: string): string => file.slice(0, file.length - extname(file).length);
export const sidecarStem = (file: string): string => file.replace(SIDECAR, '');

/** Why `path` is no regular file that can be read, or undefined when it is one. */
export function notAFile(path: string): string | undefined {
  try {
    const stat = statSync(path); // follows links: a link to a regular file is read
    if (stat.isFile()) return undefined;
    if (stat.isDirectory()) return 'is a folder, not a file; rename it or move it out of the bulletins folder';
    return 'is not a regular file (a named pipe, socket or device); it is not read: put the text in an ordinary file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'is a symbolic link to a file that does not exist; point it at the bulletin or remove it';
    if (code === 'ELOOP') return 'is a symbolic link that loops (it leads back to itself); point it at the bulletin or remove it';
    return `cannot be read (${code ?? (error as Error).message}); check its permissions`;
  }
}

export function listInputs(dir: string): InputFiles {
  const bulletins: string[] = [];
  const sidecars = new Map<string, string[]>();
  const badSidecars = new Map<string, string>();
  const diagnostics: FileDiagnostic[] = [];
  for (const name of readdirSync(dir).sort()) {
    const isSidecar = SIDECAR.test(name);
    if (!isSidecar && bulletinFormat(name) === undefined) continue;
    const problem = notAFile(join(dir, name));
    if (problem) {
      diagnostics.push({ file: name, level: 'error', code: 'not-a-file', message: problem });
      if (isSidecar) badSidecars.set(sidecarStem(name), name);
      continue;
    }
    if (!isSidecar) bulletins.push(name);
    else sidecars.set(sidecarStem(name), [...(sidecars.get(sidecarStem(name)) ?? []), name]);
  }
  return { bulletins, sidecars, badSidecars, diagnostics };
}

/** The bytes of an input file, or the reason it cannot be read (it may have changed since it was listed). */
export function readInput(dir: string, file: string): { bytes: Uint8Array } | { problem: string } {
  const problem = notAFile(join(dir, file));
  if (problem) return { problem };
  try {
    return { bytes: readFileSync(join(dir, file)) };
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check its permissions` };
  }
}
