// The divisions an article's body names (../gazetteer placesInText), kept
// between builds by the body and its context: finding them walks the
// gazetteer's names over every body (~2.5 s of a 10,000-bulletin rebuild in
// which one bulletin was added). Keyed by the gazetteer's code and data (the
// lock file names the dataset's version, ./code-version.ts); only this
// build's bodies are kept.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { placesInText } from '../gazetteer/index.ts';
import type { ResolveContext } from '../gazetteer/types.ts';
import { codeVersion } from './code-version.ts';
import { writeBeside } from '../files/write-beside.ts';

export interface PlacesMemo {
  /** placesInText(body, ctx), from the last build when it saw this body in this context. */
  of(body: string, ctx: ResolveContext): string[];
  save(): void;
}

/** A memo in `file` (none kept when it is undefined, or the gazetteer's source cannot be found to key it). */
export function placesMemo(file: string | undefined, root = process.cwd()): PlacesMemo {
  const code = file ? codeVersion(root, ['src/gazetteer']) : undefined;
  let last: Record<string, string[]> = {};
  try {
    const saved = code ? (JSON.parse(readFileSync(file!, 'utf8')) as { code: string; places: Record<string, string[]> }) : undefined;
    if (saved && saved.code === code) last = saved.places;
  } catch {
    // none yet, or damaged: every body is read
  }
  const next: Record<string, string[]> = {};
  return {
    of(body, ctx) {
      if (!code) return placesInText(body, ctx);
      const key = createHash('sha1')
        .update(`${ctx.publisherCode ?? ''}\0${ctx.date ?? ''}\0${body}`)
        .digest('base64url');
      const places = last[key] ?? placesInText(body, ctx);
      next[key] = places;
      return places;
    },
    save() {
      if (!code) return;
      mkdirSync(dirname(file!), { recursive: true });
      writeBeside(file!, JSON.stringify({ code, places: next }));
    },
  };
}
