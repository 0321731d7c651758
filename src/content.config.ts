// The archive model as Astro content collections (SPEC §3), each validated by
// the schema its model type is inferred from (src/archive/schema.ts). An
// article's body blocks are kept beside the store, its entry naming them
// (src/content/body-store.ts).
import { defineCollection } from 'astro:content';
import { archiveLoader } from './content/loader.ts';
import { bodyRef } from './content/body-store.ts';
import { article, districtEntry, issue, publication } from './archive/schema.ts';

const publications = defineCollection({ loader: archiveLoader('publications'), schema: publication });
const bulletins = defineCollection({ loader: archiveLoader('bulletins'), schema: issue });
const articles = defineCollection({ loader: archiveLoader('articles'), schema: article.omit({ blocks: true }).extend({ body: bodyRef }) });
const districts = defineCollection({ loader: archiveLoader('districts'), schema: districtEntry });

export const collections = { publications, bulletins, articles, districts };
