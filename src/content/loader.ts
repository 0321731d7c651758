// Astro content loader: fills one collection from the shared archive model.
import type { Loader } from 'astro/loaders';
import { sharedArchive } from './archive-source.ts';
import type { Archive } from '../archive/index.ts';

type CollectionName = 'publications' | 'bulletins' | 'articles' | 'districts';

function entries(archive: Archive, name: CollectionName): { id: string; data: Record<string, unknown> }[] {
  switch (name) {
    case 'publications':
      return archive.publications.map((p) => ({ id: p.slug, data: { ...p } }));
    case 'bulletins':
      return archive.issues.map((i) => ({ id: i.id, data: { ...i } }));
    case 'articles':
      return archive.articles.map((a) => ({ id: a.id, data: { ...a } }));
    case 'districts':
      return archive.districts.map((d) => ({ id: d.code, data: { ...d } }));
  }
}

export function archiveLoader(name: CollectionName): Loader {
  return {
    name: `bulletin-archive:${name}`,
    load: async ({ store, parseData, logger }) => {
      const archive = await sharedArchive((done, total) => {
        if (done === total || done % 500 === 0) logger.info(`parsed ${done}/${total} bulletins`);
      });
      store.clear();
      for (const { id, data } of entries(archive, name)) {
        store.set({ id, data: await parseData({ id, data }) });
      }
    },
  };
}
