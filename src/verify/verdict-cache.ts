// The no-text-lost check's passes, remembered across builds: a bulletin whose
// source, artefacts, withdrawal and pages (their paths and exact bytes) are
// those of a bulletin that passed last time, checked by the same code, passes
// again without its pages being parsed (reading and hashing them is a small
// part of parsing them). Only passes are kept; a loss is found afresh each time.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { codeVersion } from '../archive/code-version.ts';
import { inputsHash } from '../archive/inputs-hash.ts';
import { writeBeside } from '../files/write-beside.ts';

/** Folders whose code decides the verdict (relative to the project root). */
const CODE = ['src/verify'];

interface Stored {
  version: string;
  passed: string[];
}

export class VerdictCache {
  private readonly file: string;
  private readonly version: string;
  /** The keys that passed in the last build. */
  readonly before: ReadonlySet<string>;
  private readonly now = new Set<string>();
  /** Bulletins found to have passed before, this build. */
  hits = 0;

  private constructor(file: string, version: string, before: ReadonlySet<string>) {
    this.file = file;
    this.version = version;
    this.before = before;
  }

  /** The cache stored in `file`, or undefined (check everything) when the check's source cannot be found to key it. */
  static open(file: string, root = process.cwd()): VerdictCache | undefined {
    const version = codeVersion(root, CODE);
    if (!version) return undefined;
    let before = new Set<string>();
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      if (stored.version === version) before = new Set(stored.passed);
    } catch {
      // none yet, or unreadable: check everything
    }
    return new VerdictCache(file, version, before);
  }

  /** The key of one bulletin's inputs to the check: strings and page bytes, each length-prefixed. */
  static key(inputs: (string | Uint8Array)[]): string {
    return inputsHash(inputs).digest('base64url');
  }

  /** Whether these inputs passed in the last build (then they are kept for the next). */
  passedBefore(key: string): boolean {
    if (!this.before.has(key)) return false;
    this.now.add(key);
    this.hits++;
    return true;
  }

  passed(key: string): void {
    this.now.add(key);
  }

  /** A pass found by a check that consulted `before` itself (./text-lost.ts checkBulletin): `hit` when it had passed before. */
  record(key: string, hit: boolean): void {
    if (!hit || !this.passedBefore(key)) this.passed(key);
  }

  /** Keeps this build's passes only (written whole, then renamed: an interrupted build leaves the old file). */
  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeBeside(this.file, JSON.stringify({ version: this.version, passed: [...this.now].sort() } satisfies Stored));
  }
}
