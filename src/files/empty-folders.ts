// Folders a removal left empty, removed up to the built folder: a removed
// page's or file's folder (a removed article's) does not stay behind.
import { readdirSync, rmdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Removes the folder holding `file`, and each folder above it, while it is empty; never `root` or above it. */
export function removeEmptyFolders(file: string, root: string): void {
  const top = `${resolve(root)}/`;
  for (let dir = dirname(resolve(file)); dir.startsWith(top) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
}
