// Astro content loader: fills one collection from the shared archive model.
// An entry whose data and schema are as the last build left them is kept as
// stored, not validated and stored again: adding one bulletin to a large
// archive sets its own entries only (and those whose data it changed), so
// Astro writes only the parts of the store that changed.
import type { Loader } from 'astro/loaders';
import { bodyStoreDir, sharedArchive } from './archive-source.ts';
import { bodyStore } from './body-store.ts';
import type { Archive } from '../archive/index.ts';
import { codeVersion } from '../archive/code-version.ts';

type CollectionName = 'publications' | 'bulletins' | 'articles' | 'districts';

/** Each entry's id and data; an article's body blocks go to the body store in `bodyDir`, its entry names them. */
function entries(archive: Archive, name: CollectionName, bodyDir: string): { id: string; data: Record<string, unknown> }[] {
  switch (name) {
    case 'publications':
      return archive.publications.map((p) => ({ id: p.slug, data: { ...p } }));
    case 'bulletins':
      return archive.issues.map((i) => ({ id: i.id, data: { ...i } }));
    case 'articles': {
      const bodies = bodyStore(bodyDir);
      const list = archive.articles.map(({ blocks, ...a }) => ({ id: a.id, data: { ...a, body: bodies.put(blocks) } }));
      bodies.prune(); // bodies no article has any more
      return list;
    }
    case 'districts':
      return archive.districts.map((d) => ({ id: d.code, data: { ...d } }));
  }
}

/**
 * The schemas that turn an entry's data into what the store keeps: part of
 * every digest, since Astro clears the store when content.config.ts changes
 * but not when a module it imports does. With no source to hash, a random
 * salt: nothing is kept.
 */
const SCHEMA_CODE = ['src/archive/schema.ts', 'src/archive/sidecar-articles.ts', 'src/content/body-store.ts'];
export const schemaSalt = (root: string): string => codeVersion(root, SCHEMA_CODE) ?? `none ${Math.random()}`;
let salt: string | undefined;

export function archiveLoader(name: CollectionName): Loader {
  return {
    name: `bulletin-archive:${name}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const archive = await sharedArchive((done, total) => {
        if (done === total || done % 500 === 0) logger.info(`parsed ${done}/${total} bulletins`);
      });
      const next = entries(archive, name, bodyStoreDir());
      const ids = new Set(next.map((e) => e.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      salt ??= schemaSalt(process.cwd());
      let stored = 0;
      for (const { id, data } of next) {
        const digest = generateDigest(`${salt}\0${JSON.stringify(data)}`);
        if (store.get(id)?.digest === digest) continue;
        store.set({ id, data: await parseData({ id, data }), digest });
        stored++;
      }
      logger.info(`${stored} of ${next.length} entries stored anew (the rest unchanged since the last build)`);
    },
  };
}
