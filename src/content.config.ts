// The archive model as Astro content collections (SPEC §3), each with its schema.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { archiveLoader } from './content/loader.ts';

const provenance = z.enum(['printed', 'sidecar', 'inferred']);
const sourced = <T extends z.ZodType>(value: T) => z.object({ value, provenance, via: z.string().optional() });
const code = z.string().regex(/^\d{6}$/);
const diagnostic = z.object({ file: z.string(), level: z.enum(['notice', 'warning', 'error']), code: z.string(), message: z.string(), line: z.number().int().optional() });
const inline = z.object({ type: z.enum(['text', 'emphasis']), value: z.string() });
const block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), depth: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]), marker: z.string(), text: z.string(), lines: z.array(z.number().int()) }),
  z.object({ type: z.literal('paragraph'), children: z.array(inline), lines: z.array(z.number().int()) }),
  z.object({
    type: z.literal('table'),
    rows: z.array(z.array(z.object({ text: z.string(), line: z.number().int(), column: z.number().int() }))),
    caption: z.object({ text: z.string(), line: z.number().int(), spans: z.array(z.object({ line: z.number().int(), column: z.number().int(), length: z.number().int() })) }).optional(),
    lines: z.array(z.number().int()),
  }),
]);

const publications = defineCollection({
  loader: archiveLoader('publications'),
  schema: z.object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    publisher: z.string().optional(),
    publisherCode: code.optional(),
    issues: z.array(z.string()),
    standalone: z.boolean(),
  }),
});

const bulletins = defineCollection({
  loader: archiveLoader('bulletins'),
  schema: z.object({
    id: z.string(),
    path: z.string().startsWith('/').endsWith('/'),
    publication: z.string(),
    publicationName: z.string(),
    publicationProvenance: provenance,
    segment: z.string(),
    year: sourced(z.number().int()).optional(),
    number: sourced(z.number().int()).optional(),
    numberEnd: z.number().int().optional(),
    special: z.enum(['增刊', '特刊']).optional(),
    totalNumber: z.number().int().optional(),
    date: sourced(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
    category: z.string().optional(),
    categoryPrinted: z.string().optional(),
    marks: z.array(z.string()),
    publisher: sourced(z.string()).optional(),
    publisherCode: code.optional(),
    mastheadLines: z.array(z.string()),
    contents: z.array(z.object({ text: z.string(), article: z.number().int().optional(), role: z.enum(['section', 'heading']).optional() })),
    editorsNote: z.object({ label: z.string(), blocks: z.array(block), beforeContents: z.boolean() }).optional(),
    distribution: z.array(z.object({ label: z.string(), labelText: z.string(), text: z.string() })),
    printing: z.object({ text: z.string(), issuer: z.string().optional(), date: z.string().optional() }).optional(),
    unassigned: z.array(z.string()),
    standalone: z.boolean(),
    source: z.object({ file: z.string(), format: z.enum(['txt', 'docx', 'doc', 'pdf']), sha256: z.string().length(64), encoding: z.string(), bytes: z.number().int(), places: z.object({ unit: z.enum(['paragraph', 'page']), starts: z.array(z.number().int()) }).optional() }),
    articleIds: z.array(z.string()),
    label: z.string(),
    artefacts: z.array(z.object({ kind: z.string(), line: z.number().int(), text: z.string() })),
    formatArtefacts: z.array(z.object({ kind: z.string(), text: z.string(), page: z.number().int().optional() })).optional(),
    repairs: z.array(z.object({ kind: z.string(), lines: z.array(z.number().int()) })),
    warnings: z.array(diagnostic),
    withdrawn: z.object({ on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), reason: z.string().min(1), characters: z.number().int() }).optional(),
    redaction: z.object({ occurrences: z.number().int(), characters: z.number().int() }).optional(),
  }),
});

const articles = defineCollection({
  loader: archiveLoader('articles'),
  schema: z.object({
    id: z.string(),
    path: z.string().startsWith('/').endsWith('/'),
    issue: z.string(),
    publication: z.string(),
    number: z.number().int().positive(),
    title: z.object({ kicker: z.string().optional(), main: z.string().min(1), subtitle: z.string().optional(), byline: z.string().optional() }),
    basis: z.enum(['contents', 'layout', 'sidecar']),
    corrected: z.array(z.enum(['starts', 'title', 'kicker', 'subtitle', 'organisation', 'district'])).optional(),
    headline: z.string().min(1),
    titleLines: z.array(z.object({ text: z.string(), line: z.number().int() })),
    contentsEntry: z.string().optional(),
    organisation: sourced(z.string()).optional(),
    district: sourced(code).optional(),
    mentions: z.array(code),
    blocks: z.array(block),
    startLine: z.number().int(),
    endLine: z.number().int(),
    length: z.number().int(),
    images: z.array(z.object({ src: z.string(), afterBlock: z.number().int(), width: z.number().int(), height: z.number().int(), alt: z.string().optional() })).optional(),
  }),
});

const districts = defineCollection({
  loader: archiveLoader('districts'),
  schema: z.object({
    code,
    name: z.string(),
    level: z.enum(['province', 'city', 'county']),
    parent: code.optional(),
    validFrom: z.string().optional(),
    validTo: z.string().optional(),
    successors: z.array(code),
    predecessors: z.array(code),
    note: z.string().optional(),
    articles: z.array(z.string()),
    mentionedIn: z.array(z.string()),
    totalArticles: z.number().int(),
  }),
});

export const collections = { publications, bulletins, articles, districts };
