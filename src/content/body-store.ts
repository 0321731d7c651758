// Article bodies beside the content store, not in it: the content layer's
// store reaches the pages as one module that Vite bundles and every page
// process parses whole (./data-store-literals.ts), and the body blocks were
// two thirds of it (104 of 153 million characters at 10,000 bulletins). Each
// body is a file named by the hash of its blocks, so an article's entry
// carries that name and its digest, and with it every page key that covers
// the article (src/site/cache-keys.ts), changes exactly when its body does.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { block } from '../archive/schema.ts';
import { writeBeside } from '../files/write-beside.ts';
import type { Block } from '../parse/types.ts';

/** What an article's entry holds of its body: the body file's name and its number of blocks. */
export const bodyRef = z.object({ key: z.string().regex(/^[\w-]{43}$/), paragraphs: z.number().int().nonnegative() });
export type BodyRef = z.infer<typeof bodyRef>;

const blocks = z.array(block);
const fileOf = (dir: string, key: string) => join(dir, `${key}.json`);

/** The bodies kept in `dir` this build: `put` stores one (validated by the model's schema) unless it is there already, `prune` drops the rest. */
export function bodyStore(dir: string): { put(body: Block[]): BodyRef; prune(): number } {
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  return {
    put(body) {
      const text = JSON.stringify(body);
      const key = createHash('sha256').update(text).digest('base64url');
      const file = fileOf(dir, key);
      if (!used.has(key) && !existsSync(file)) {
        blocks.parse(body); // as the collection's schema would have, before the body left the store
        writeBeside(file, text);
      }
      used.add(key);
      return { key, paragraphs: body.length };
    },
    prune() {
      let gone = 0;
      for (const name of readdirSync(dir))
        if (!used.has(name.replace(/\.json$/, ''))) {
          rmSync(join(dir, name), { force: true });
          gone++;
        }
      return gone;
    },
  };
}

/** The body blocks `ref` names, from `dir`. */
export function readBody(dir: string, ref: BodyRef): Block[] {
  const file = fileOf(dir, ref.key);
  if (!existsSync(file)) throw new Error(`article body ${ref.key} is missing from ${dir}: the content layer did not store it this build`);
  return JSON.parse(readFileSync(file, 'utf8')) as Block[];
}
