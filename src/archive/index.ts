// Archive stage: input folder → archive model. extract (decode) → parse → facts
// (sidecar, masthead, gazetteer) → publications, issues, articles, districts.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { documentText, extractDocument, type BulletinFormat, type ExtractDiagnostic, type ExtractedArtefact } from '../extract/index.ts';
import { webImage, type WebImage } from './web-image.ts';
import { PhotoStore } from './photo-store.ts';
import { placeImages } from './images.ts';
import { placesOf, placeUnitOf, type SourcePlaces } from './source-places.ts';
import { blockText, parseBulletin } from '../parse/index.ts';
import type { Diagnostic, ParsedBulletin } from '../parse/types.ts';
import { allDivisions, inferFromTitle, resolveOrganisation, resolvePublisher } from '../gazetteer/index.ts';
import { placesMemo } from './places-memo.ts';
import { correctedTitle, fixesFor, furnitureLines, locateCorrections, sidecarStarts, type LocatedCorrection } from './corrections.ts';
import { decodeBulletin } from '../decode/index.ts';
import { MAX_ISSUE, isIssueNumber, readSidecar, type Sidecar, type SidecarRead } from './sidecar.ts';
import { bulletinStem, listInputs, readInput, type InputFiles } from './input-files.ts';
import { holderOf, type HeldBy } from './claims.ts';
import type { Published } from './published.ts';
import { ParseCache } from './parse-cache.ts';
import { compareIssues } from './order.ts';
import { readRedactions, type RedactionList } from './redactions-file.ts';
import { redactSource, redactText } from './redact.ts';
import { redactArticle, redactIssue } from './redact-model.ts';
import { withdrawIssue } from './withdraw.ts';
import { RESERVED_SLUGS, slugify, stemSlug } from './slug.ts';
import { articlePath, idOf, issuePath, issueSegment, stemTakesPageUrl } from './urls.ts';
import type { Archive, Article, Attachment, DistrictEntry, FileDiagnostic, Issue, Provenance, Publication, Sourced } from './types.ts';

export type { Archive, Article, DistrictEntry, FileDiagnostic, Issue, Publication, Sourced } from './types.ts';

/** Stops the build: a problem no single file can be skipped for (slug collisions, reserved names). */
export class ArchiveError extends Error {}

const sourced = <T>(value: T | undefined, provenance: Provenance, via?: string): Sourced<T> | undefined => (value === undefined ? undefined : via ? { value, provenance, via } : { value, provenance });

function pick<T>(sidecar: T | undefined, printed: T | undefined, inferred?: T, via?: string): Sourced<T> | undefined {
  return sourced(sidecar, 'sidecar') ?? sourced(printed, 'printed') ?? sourced(inferred, 'inferred', via);
}

export { blockText };

interface Prepared {
  file: string;
  stem: string;
  bytes: Uint8Array;
  text: string;
  encoding: string;
  format: BulletinFormat;
  formatArtefacts: ExtractedArtefact[];
  images: WebImage[];
  places?: SourcePlaces;
  sidecar: Sidecar;
  /** The sidecar's file name, when there is one. */
  sidecarFile?: string;
  /** Line of each sidecar key. */
  sidecarLines: SidecarRead['lines'];
  /** Line of each `redact:` entry of the sidecar. */
  redactLines: number[];
  parsed: ParsedBulletin;
  located: LocatedCorrection[];
  diagnostics: FileDiagnostic[];
}

/** What extracting and parsing one file gives: the part of `prepare` worth caching. */
interface DecodedAndParsed {
  text: string;
  encoding: string;
  format: BulletinFormat;
  /** Word: the text line each paragraph starts at; PDF: each printed page (./source-places.ts). */
  places?: SourcePlaces;
  decodeDiagnostics: ExtractDiagnostic[];
  parsed?: ParsedBulletin;
  /** The sidecar's article corrections found in the text (./corrections.ts), and those that name no line (sidecar lines). */
  located: LocatedCorrection[];
  locateDiagnostics: Diagnostic[];
  /** What the format marks as print furniture (Word headers, footers, page fields): counted, not text. */
  formatArtefacts: ExtractedArtefact[];
  /** Photos of a Word file, resized for the web. */
  images: WebImage[];
}

async function decodeAndParse(bytes: Uint8Array, file: string, sidecar: Sidecar, sidecarOk: boolean, photos: PhotoStore | undefined): Promise<DecodedAndParsed> {
  const doc = await extractDocument(bytes, file);
  const text = documentText(doc);
  const images: WebImage[] = [];
  for (const image of doc.images) images.push(await webImage(image, photos));
  const places = placesOf(doc.lines, placeUnitOf(doc.format));
  const extracted = { text, encoding: doc.encoding, format: doc.format, decodeDiagnostics: doc.diagnostics, ...(places ? { places } : {}), located: [], locateDiagnostics: [], formatArtefacts: doc.artefacts, images };
  if (!sidecarOk || doc.diagnostics.some((d) => d.level === 'error')) return extracted;
  // A Word or PDF file's formatting is evidence for the parser (src/parse/evidence.ts); a .txt has none.
  const format = doc.format === 'txt' ? undefined : doc.lines.map((l) => (l.format || l.table ? { ...l.format, ...(l.table ? { tableRow: true } : {}) } : undefined));
  const options = { ...(sidecar.title ? { standaloneTitle: sidecar.title } : {}), ...(format ? { format } : {}) };
  const parsed = parseBulletin(text, options);
  if (!sidecar.articles) return { ...extracted, parsed };
  // Corrections are located on the text as first read (a title printed in the contents too is looked
  // for outside it); an article start they set changes how the text is read, so it is read again.
  const { located, diagnostics: locateDiagnostics } = locateCorrections(text, sidecar.articles, furnitureLines(parsed));
  const starts = sidecarStarts(located);
  return { ...extracted, parsed: starts.length ? parseBulletin(text, { ...options, starts }) : parsed, located, locateDiagnostics };
}

/** A sidecar's text, in the encodings a bulletin may have (a GBK sidecar is read as such, not as mojibake). */
function readSidecarFile(dir: string, file: string, today: string): { read?: SidecarRead; diagnostics: FileDiagnostic[] } {
  const input = readInput(dir, file);
  if ('problem' in input) return { diagnostics: [{ file, level: 'error', code: 'not-a-file', message: input.problem }] };
  if (/^[\s\uFEFF]*$/.test(Buffer.from(input.bytes).toString('latin1'))) return { read: readSidecar('', { today }), diagnostics: [] };
  const decoded = decodeBulletin(input.bytes, file);
  const diagnostics = decoded.diagnostics.filter((d) => d.code !== 'empty-file').map((d) => ({ ...d, file, message: d.message.replace(`${file}: `, '') }));
  if (diagnostics.some((d) => d.level === 'error')) return { diagnostics };
  const read = readSidecar(decoded.text, { today });
  return { read, diagnostics: [...diagnostics, ...read.diagnostics.map((d) => ({ ...d, file }))] };
}

/** Reads and parses one bulletin file; returns diagnostics instead of throwing. */
async function prepare(dir: string, file: string, inputs: InputFiles, cache: ParseCache<DecodedAndParsed> | undefined, photos: PhotoStore | undefined, today: string): Promise<{ prepared?: Prepared; diagnostics: FileDiagnostic[] }> {
  const stem = bulletinStem(file);
  const error = (code: string, message: string, line?: number) => ({ diagnostics: [{ file, level: 'error' as const, code, message, ...(line ? { line } : {}) }] });
  const badSidecar = inputs.badSidecars.get(stem);
  if (badSidecar) return error('sidecar-unreadable', `its sidecar ${badSidecar} cannot be read (see there), so this bulletin is skipped rather than built without it`);
  const sidecarFiles = inputs.sidecars.get(stem) ?? [];
  if (sidecarFiles.length > 1) return error('sidecar-ambiguous', `has ${sidecarFiles.length} sidecars (${sidecarFiles.join(', ')}); keep one`);
  const input = readInput(dir, file);
  if ('problem' in input) return error('not-a-file', input.problem);
  const bytes = input.bytes;
  let sidecar: Sidecar = {};
  let sidecarLines: SidecarRead['lines'] = {};
  let redactLines: number[] = [];
  const sidecarDiagnostics: FileDiagnostic[] = [];
  const sidecarFile = sidecarFiles[0];
  if (sidecarFile) {
    const { read, diagnostics } = readSidecarFile(dir, sidecarFile, today);
    sidecarDiagnostics.push(...diagnostics);
    if (read) ({ sidecar, lines: sidecarLines, redactLines } = read);
  }
  const sidecarOk = !sidecarDiagnostics.some((d) => d.level === 'error');
  const compute = () => decodeAndParse(bytes, file, sidecar, sidecarOk, photos);
  // An entry whose photos are gone from the store is made again.
  const whole = (entry: DecodedAndParsed) => entry.images.every((im) => im.stored === undefined || photos?.has(im.stored) === true);
  const result = cache ? await cache.get([file, bytes, sidecar.title ?? '', String(sidecarOk), JSON.stringify(sidecar.articles ?? [])], compute, whole) : await compute();
  const diagnostics: FileDiagnostic[] = [...result.decodeDiagnostics.map((d) => ({ ...d, file })), ...sidecarDiagnostics, ...result.locateDiagnostics.map((d) => ({ ...d, file: sidecarFile ?? file }))];
  const parsed = result.parsed;
  if (!parsed || diagnostics.some((d) => d.level === 'error')) return { diagnostics };
  diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, file })));
  if (parsed.diagnostics.some((d) => d.level === 'error')) return { diagnostics };
  // A title is for a document without a masthead: on a periodical it would replace the first article's printed title.
  const masthead = parsed.masthead.publication ?? parsed.masthead.issueLine;
  if (sidecar.title !== undefined && masthead) {
    diagnostics.push({ file: sidecarFile ?? file, level: 'error', code: 'sidecar-title', line: sidecarLines.title, message: `"title" is only for a document without a masthead, and ${file} has one (line ${masthead.line}: ${masthead.text.trim()}); remove the title line` });
    return { diagnostics };
  }
  return {
    prepared: {
      file,
      stem,
      bytes,
      text: result.text,
      encoding: result.encoding,
      format: result.format,
      ...(result.places ? { places: result.places } : {}),
      formatArtefacts: result.formatArtefacts,
      images: result.images,
      sidecar,
      ...(sidecarFile ? { sidecarFile } : {}),
      sidecarLines,
      redactLines,
      parsed,
      located: result.located,
      diagnostics,
    },
    diagnostics,
  };
}

export interface LoadOptions {
  /** Called after each file, for progress on long runs. */
  onFile?: (done: number, total: number) => void;
  /** The archive-wide redaction list (SPEC §8), if the file exists. */
  redactionsFile?: string;
  /** The list was named (REDACTIONS_FILE): a missing or unreadable one stops the build instead of publishing what it should blank. */
  redactionsRequired?: boolean;
  /** Folder for the decode + parse cache (./parse-cache.ts); none when unset. */
  cacheDir?: string;
  /** File of the places each article's body names, kept between builds (./places-memo.ts); none when unset. */
  placesFile?: string;
  /** What the last build published (./published.ts): those issues keep their URLs against duplicates. */
  published?: Published;
  /** Today (YYYY-MM-DD), for implausible sidecar dates; defaults to the clock. */
  today?: string;
}

/** Reads the archive-wide redaction list; a broken list stops the build rather than publish what it should hide. */
function archiveRedactions(file: string | undefined, required: boolean): RedactionList & { name: string } {
  const name = file ? (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file)) : '';
  if (!file || (!required && !existsSync(file))) return { strings: [], lines: [], diagnostics: [], name };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : (err as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
    throw new ArchiveError(`${name}: the redaction list ${why}; fix REDACTIONS_FILE or the file, since building without it would publish what it blanks`);
  }
  const list = readRedactions(text);
  const error = list.diagnostics.find((d) => d.level === 'error');
  if (error) throw new ArchiveError(`${name}${error.line ? `:${error.line}` : ''}: ${error.message}`);
  return { ...list, name };
}

/** A prepared bulletin with the facts that decide its URL. */
interface Candidate {
  prepared: Prepared;
  fileDiagnostics: FileDiagnostic[];
  publicationName: string;
  standalone: boolean;
  publisher?: Sourced<string> | undefined;
  publisherCode?: string | undefined;
  date?: Sourced<string> | undefined;
  year?: Sourced<number> | undefined;
  number?: Sourced<number> | undefined;
  /** The last number of a double issue (05-06), and 增刊/特刊: numbered apart. */
  numberEnd?: number | undefined;
  special?: '增刊' | '特刊' | undefined;
  slug: string;
  segment: string;
  path: string;
  id: string;
  sha256: string;
}

/** Where a fact was written, as file:line: the sidecar line, or the printed line. */
function whereOf(c: Candidate, fact: 'issue' | 'date'): string {
  const p = c.prepared;
  const sourced = fact === 'issue' ? c.number : c.date;
  if (sourced?.provenance === 'sidecar' && p.sidecarFile) return `${p.sidecarFile}${p.sidecarLines[fact] ? `:${p.sidecarLines[fact]}` : ''}`;
  const m = p.parsed.masthead;
  const line = fact === 'issue' ? m.issueLine?.line : sourced?.provenance === 'printed' ? (m.dateLine?.line ?? m.issueLine?.line) : p.parsed.footer.printing?.lines[0];
  return `${p.file}${line ? `:${line}` : ''}`;
}

const dated = (c: Candidate) => (c.date ? `dated ${c.date.value} (${whereOf(c, 'date')})` : 'undated');
const claimAt = (c: Candidate) => (c.number ? whereOf(c, 'issue') : c.prepared.file);

/** The error for a bulletin that claims the URL another one holds: both files with lines, both dates, who keeps it and why. */
function duplicateMessage(c: Candidate, holder: Candidate, by: HeldBy): string {
  const what = c.number
    ? `${c.publicationName} ${c.year ? `${c.year.value} ` : ''}${c.special ?? ''}No. ${c.number.value}${c.numberEnd !== undefined ? `-${c.numberEnd}` : ''}`
    : c.segment.startsWith('zong-') || c.special
      ? `${c.publicationName} ${c.segment}`
      : `the URL their file names give them (no printed issue number)`;
  const why = by === 'published' ? 'the last build published it there' : by === 'date' ? 'its date is the earlier' : 'their dates do not differ and its content hash sorts first';
  return `${claimAt(c)} and ${claimAt(holder)} both claim ${what}, ${c.path}: ${c.prepared.file} is ${dated(c)}, ${holder.prepared.file} is ${dated(holder)}; ${holder.prepared.file} keeps the URL because ${why}, and ${c.prepared.file} is skipped: fix its issue number (in it or in a sidecar "issue:") or remove the duplicate`;
}

export async function loadArchive(dir: string, options: LoadOptions = {}): Promise<Archive> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // Bulletin files: .txt, .docx, .doc, .pdf (src/extract/index.ts), one per printed issue; other entries named so are reported.
  const inputs = listInputs(dir);
  const files = inputs.bulletins;
  const diagnostics: FileDiagnostic[] = [...inputs.diagnostics];
  const skipped: string[] = inputs.diagnostics.map((d) => d.file);
  const publications = new Map<string, Publication>();
  const slugOwner = new Map<string, string>(); // slug → publication name
  const issues: Issue[] = [];
  const articles: Article[] = [];
  const sources: Record<string, string> = {};
  const attachments: Record<string, Attachment> = {};
  const redactions = archiveRedactions(options.redactionsFile, options.redactionsRequired ?? false);
  const cache = options.cacheDir ? ParseCache.open<DecodedAndParsed>(options.cacheDir) : undefined;
  // Photos as files beside the cache's entries (with no cache, in memory).
  const photos = cache && options.cacheDir ? new PhotoStore(join(options.cacheDir, 'photos')) : undefined;
  const places = placesMemo(options.placesFile);
  const redactionUsed = redactions.strings.map(() => false);

  // Sidecars without a bulletin are a mistake worth naming.
  const stems = new Set(files.map(bulletinStem));
  for (const [stem, names] of inputs.sidecars) {
    for (const f of names) if (!stems.has(stem)) diagnostics.push({ file: f, level: 'warning', code: 'sidecar-orphan', line: 1, message: `no bulletin ${stem}.txt (or .docx, .doc, .pdf) beside this sidecar; rename it to match its bulletin` });
  }

  // Each file's diagnostics, reported in file order once every file is decided.
  const perFile = new Map<string, FileDiagnostic[]>();
  const candidates: Candidate[] = [];
  for (const [index, file] of files.entries()) {
    const { prepared, diagnostics: fileDiagnostics } = await prepare(dir, file, inputs, cache, photos, today);
    perFile.set(file, fileDiagnostics);
    options.onFile?.(index + 1, files.length);
    if (!prepared) {
      skipped.push(file);
      continue;
    }
    const { parsed, sidecar } = prepared;
    const m = parsed.masthead;
    const warn = (message: string, code: string, line?: number) => fileDiagnostics.push({ file, level: 'warning', code, message, ...(line ? { line } : {}) });
    const fail = (message: string, code: string, line?: number, on = file) => {
      fileDiagnostics.push({ file: on, level: 'error', code, message, ...(line ? { line } : {}) });
      skipped.push(file);
    };

    const standalone = !m.publication && !sidecar.publication;
    const issuerAsPublisher = parsed.footer.printing?.issuer?.replace(/办公室$/, '');
    const publisher = pick(sidecar.publisher, m.publisher, issuerAsPublisher, 'printing-line');
    const publicationName = sidecar.publication ?? m.publication?.text ?? publisher?.value;
    if (!publicationName) {
      fail('cannot tell which publication this is: no masthead and no publisher; add a sidecar with "publication" and "publisher"', 'no-publication');
      continue;
    }
    const date = pick(sidecar.date, m.date, parsed.footer.printing?.date, 'printing-line');
    const year = pick(sidecar.year, m.year, date ? Number(date.value.slice(0, 4)) : undefined, 'date');
    // A 增刊/特刊 is numbered apart: its number is its own (增刊第2期), never the regular issue's.
    const special = m.special;
    const number = pick(sidecar.issue, special ? m.specialNumber : m.issue);
    const numberEnd = !special && number?.provenance === 'printed' ? m.issueEnd : undefined;
    if (number && !isIssueNumber(number.value)) {
      fail(`the issue number ${number.value} is not a plausible issue number (a whole number from 1 to ${MAX_ISSUE}); fix it in a sidecar ("issue:")`, 'issue-number', m.issueLine?.line);
      continue;
    }
    const publisherCode = publisher ? resolvePublisher(publisher.value) : undefined;
    // Name the masthead line when the publisher is the printed one (SPEC §9: file and line).
    if (publisher && !publisherCode) warn(`publisher "${publisher.value}" names no division of the gazetteer; relative names like 团市委 cannot be placed`, 'publisher-unplaced', publisher.provenance === 'printed' ? m.publisherLine?.line : undefined);

    const slug = sidecar.slug ?? slugify(publicationName);
    if (!slug) {
      const [on, line] = sidecar.publication !== undefined ? [prepared.sidecarFile!, prepared.sidecarLines.publication] : [file, m.publication?.line];
      fail(`the publication name "${publicationName}" gives no URL slug (it has no letters, digits or Chinese characters); set one with "slug:" in the sidecar`, 'empty-slug', line, on);
      continue;
    }
    if (RESERVED_SLUGS.has(slug)) throw new ArchiveError(`${file}: the publication slug "${slug}" is a reserved name of the site; set another with "slug:" in the sidecar`);
    const owner = slugOwner.get(slug);
    if (owner !== undefined && owner !== publicationName) throw new ArchiveError(`${file}: publications "${owner}" and "${publicationName}" both get the slug "${slug}"; give one a "slug:" in its sidecar`);
    slugOwner.set(slug, publicationName);

    const printedSegment = issueSegment({ ...(number ? { number: number.value } : {}), ...(numberEnd !== undefined ? { numberEnd } : {}), ...(special ? { special } : {}), ...(m.totalIssue !== undefined ? { total: m.totalIssue } : {}) });
    const segment = printedSegment ?? stemSlug(prepared.stem);
    if (printedSegment === undefined && stemTakesPageUrl(segment)) {
      fail(
        `has no printed issue number${year ? '' : ' or year'}, so its URL would come from its file name, "${segment}", which has the shape of a ${year ? 'printed issue' : 'year page'}'s URL (${issuePath(slug, year?.value, segment)}); give it "year:" and "issue:" in a sidecar, or a file name that is not a number`,
        'stem-url',
      );
      continue;
    }
    const path = issuePath(slug, year?.value, segment);
    candidates.push({ prepared, fileDiagnostics, publicationName, standalone, publisher, publisherCode, date, year, number, numberEnd, special, slug, segment, path, id: idOf(path), sha256: createHash('sha256').update(prepared.bytes).digest('hex') });
  }

  // Bulletins claiming one URL: one keeps it (./claims.ts), the others are named and skipped.
  const claims = new Map<string, Candidate[]>();
  for (const c of candidates) claims.set(c.id, [...(claims.get(c.id) ?? []), c]);
  const accepted = candidates.filter((c) => {
    const rivals = claims.get(c.id)!;
    if (rivals.length === 1) return true;
    const { holder: held, by } = holderOf(
      rivals.map((r) => ({ file: r.prepared.file, sha256: r.sha256, date: r.date?.value, r })),
      options.published?.get(c.id),
    );
    const holder = held.r;
    if (holder === c) return true;
    const [file, line] = c.number ? whereOf(c, 'issue').split(/:(?=\d+$)/) : [c.prepared.file];
    c.fileDiagnostics.push({ file: file!, level: 'error', code: 'duplicate-issue', message: duplicateMessage(c, holder, by), ...(line ? { line: Number(line) } : {}) });
    skipped.push(c.prepared.file);
    return false;
  });

  for (const c of accepted) {
    const { prepared, fileDiagnostics, publicationName, standalone, publisher, publisherCode, date, year, number, numberEnd, special, slug, segment, path, id } = c;
    const { parsed, sidecar } = prepared;
    const m = parsed.masthead;
    const file = prepared.file;
    const warn = (message: string, code: string, line?: number) => fileDiagnostics.push({ file, level: 'warning', code, message, ...(line ? { line } : {}) });
    const ctx = { ...(publisherCode ? { publisherCode } : {}), ...(date ? { date: date.value } : year ? { date: String(year.value) } : {}) };
    const sidecarFile = prepared.sidecarFile ?? `${prepared.stem}.meta.yml`;
    const { fixes, diagnostics: fixDiagnostics } = fixesFor(parsed.articles, prepared.located, prepared.text);
    fileDiagnostics.push(...fixDiagnostics.map((d) => ({ ...d, file: sidecarFile })));
    const issueArticles: Article[] = parsed.articles.map((a) => {
      const ap = articlePath(path, a.number);
      const fix = fixes.get(a.number);
      const { title, basis, organisation } = correctedTitle(a, fix);
      const titleText = [title.kicker, title.main].filter(Boolean).join(' ');
      let district: Sourced<string> | undefined;
      if (fix?.district !== undefined) district = fix.district ? { value: fix.district, provenance: 'sidecar' } : undefined;
      else {
        const resolution = organisation ? resolveOrganisation(organisation.value, ctx) : inferFromTitle(title.main, ctx);
        // A division named by the archivist's organisation is the archivist's reading.
        if (resolution.code !== null) district = { value: resolution.code, provenance: resolution.provenance === 'printed' ? organisation!.provenance : resolution.provenance, via: resolution.via };
        else warn(`article ${a.number} 《${titleText}》: ${resolution.warning}`, 'district-unresolved', a.startLine);
      }
      const body = a.blocks.map(blockText).join('\n');
      const mentions = places.of(body, ctx).filter((c) => c !== district?.value);
      return {
        id: idOf(ap),
        path: ap,
        issue: id,
        publication: slug,
        number: a.number,
        title,
        basis,
        ...(fix?.corrected.length ? { corrected: fix.corrected } : {}),
        headline: titleText,
        titleLines: a.title.lines,
        ...(a.contentsEntry ? { contentsEntry: a.contentsEntry.text } : {}),
        ...(organisation ? { organisation } : {}),
        ...(district ? { district } : {}),
        mentions,
        blocks: a.blocks,
        startLine: a.startLine,
        endLine: a.endLine,
        length: [...body.replace(/\s/g, '')].length,
      };
    });

    const contents = parsed.contents.map((c) => {
      const match = c.role ? undefined : parsed.articles.find((a) => a.contentsEntry?.line === c.line);
      return { text: c.text, ...(match ? { article: match.number } : {}), ...(c.role ? { role: c.role } : {}) };
    });
    const mastheadLines = (m.printedLines ?? []).map((l) => l.text.trim()).filter(Boolean);
    const yearText = year ? `${year.value}年` : '';
    const label = special
      ? `${yearText}${special}${number ? `第${number.value}期` : ''}`
      : number && year
        ? `${yearText}第${number.value}${numberEnd !== undefined ? `-${numberEnd}` : ''}期`
        : !number && m.totalIssue !== undefined
          ? `${yearText}总第${m.totalIssue}期`
          : standalone && issueArticles[0]
            ? issueArticles[0].headline
            : `${year ? `${year.value}年 ` : ''}期号不详（${prepared.stem}）`;
    const issue: Issue = {
      id,
      path,
      publication: slug,
      publicationName,
      // The name from the sidecar, the masthead, or (no masthead) the publisher's.
      publicationProvenance: sidecar.publication ? 'sidecar' : m.publication ? 'printed' : 'inferred',
      segment,
      ...(year ? { year } : {}),
      ...(number ? { number } : {}),
      ...(numberEnd !== undefined ? { numberEnd } : {}),
      ...(special ? { special } : {}),
      ...(m.totalIssue ? { totalNumber: m.totalIssue } : {}),
      ...(date ? { date } : {}),
      ...(m.category ? { category: m.category } : {}),
      ...(m.categoryLine ? { categoryPrinted: m.categoryLine.text } : {}),
      marks: m.marks.map((x) => x.text),
      ...(publisher ? { publisher } : {}),
      ...(publisherCode ? { publisherCode } : {}),
      mastheadLines,
      contents,
      ...(parsed.editorsNote ? { editorsNote: { label: parsed.editorsNote.label, blocks: parsed.editorsNote.blocks, beforeContents: parsed.editorsNote.beforeContents } } : {}),
      distribution: parsed.footer.distribution.map((d) => ({ label: d.label, labelText: d.labelText ?? `${d.label}：`, text: d.text })),
      ...(parsed.footer.printing ? { printing: { text: parsed.footer.printing.text, ...(parsed.footer.printing.issuer ? { issuer: parsed.footer.printing.issuer } : {}), ...(parsed.footer.printing.date ? { date: parsed.footer.printing.date } : {}) } } : {}),
      unassigned: (parsed.unassigned ?? []).map((l) => l.text),
      standalone,
      source: { file, format: prepared.format, sha256: c.sha256, encoding: prepared.encoding, bytes: prepared.bytes.length, ...(prepared.places ? { places: prepared.places } : {}) },
      articleIds: issueArticles.map((a) => a.id),
      label,
      artefacts: parsed.artefacts,
      ...(prepared.formatArtefacts.length ? { formatArtefacts: prepared.formatArtefacts } : {}),
      repairs: parsed.repairs,
      warnings: fileDiagnostics.filter((d) => d.level !== 'error'),
    };
    // SPEC §8: redact, then withdraw, before anything is made of the model.
    let source = prepared.text;
    const strings = [...(sidecar.redact ?? []), ...redactions.strings];
    if (strings.length) {
      const redacted = redactSource(source, parsed.artefacts, strings);
      if (redacted.occurrences) {
        // Which entries matched: the sidecar's must each match here (a miss is likely a typo), the archive's somewhere.
        const matches = (s: string) => strings.length === 1 || redactSource(source, parsed.artefacts, [s]).occurrences > 0;
        sidecar.redact?.forEach((s, i) => {
          if (!matches(s)) warn(`this redact entry occurs nowhere in ${file}; check its spelling`, 'redact-unused', prepared.redactLines[i]);
        });
        for (const [i, s] of redactions.strings.entries()) redactionUsed[i] ||= matches(s);
      } else for (const i of sidecar.redact?.keys() ?? []) warn(`this redact entry occurs nowhere in ${file}; check its spelling`, 'redact-unused', prepared.redactLines[i]);
      // The warnings above name the file they concern: the sidecar.
      for (const d of fileDiagnostics) if (d.code === 'redact-unused') d.file = prepared.sidecarFile!;
      source = redacted.text;
      redactIssue(issue, strings);
      for (const a of issueArticles) redactArticle(a, strings);
      issue.redaction = { occurrences: redacted.occurrences, characters: redacted.characters };
      for (const d of fileDiagnostics) d.message = redactText(d.message, strings);
    }
    if (sidecar.status === 'withdrawn' && sidecar.reason && sidecar.withdrawn_on) {
      source = withdrawIssue(issue, issueArticles, { on: sidecar.withdrawn_on, reason: redactText(sidecar.reason, strings) }, source);
    }
    issues.push(issue);
    articles.push(...issueArticles);
    sources[id] = source;
    // The file as issued (source.docx …) and the photos, beside the pages; a withdrawn issue publishes neither.
    if (!issue.withdrawn) {
      if (prepared.format !== 'txt') attachments[`/${id}/source${extname(file).toLowerCase()}`] = { file: join(dir, file) };
      for (const placed of placeImages(
        prepared.images,
        issueArticles,
        (w) => warn(w.message, 'image-unplaced', w.line),
        (t) => redactText(t, strings),
        photos,
      ))
        attachments[`/${placed.articleId}/${placed.name}`] = placed.bytes;
    }
    const pub = publications.get(slug) ?? { slug, name: publicationName, ...(publisher ? { publisher: publisher.value } : {}), ...(publisherCode ? { publisherCode } : {}), issues: [], standalone };
    pub.issues.push(id);
    publications.set(slug, pub);
  }
  for (const file of files) diagnostics.push(...perFile.get(file)!);
  skipped.sort();

  redactions.strings.forEach((_, i) => {
    if (!redactionUsed[i]) diagnostics.push({ file: redactions.name, level: 'warning', code: 'redact-unused', line: redactions.lines[i]!, message: 'this redact entry occurs in no bulletin; check its spelling' });
  });

  issues.sort(compareIssues);
  const order = new Map(issues.map((iss, i) => [iss.id, i]));
  for (const pub of publications.values()) pub.issues.sort((a, b) => order.get(a)! - order.get(b)!);
  cache?.prune();
  photos?.prune();
  places.save();
  const withdrawnIds = new Set(issues.filter((i) => i.withdrawn).map((i) => i.id));
  articles.sort((a, b) => order.get(a.issue)! - order.get(b.issue)! || a.number - b.number);

  return {
    publications: [...publications.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
    issues,
    articles,
    // A withdrawn issue's articles count nowhere (SPEC §8): not on district pages either.
    districts: buildDistricts(
      articles.filter((a) => !withdrawnIds.has(a.issue)),
      order,
    ),
    diagnostics,
    skipped,
    sources,
    attachments,
  };
}

function buildDistricts(articles: Article[], order: Map<string, number>): DistrictEntry[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const newestFirst = (ids: string[]) => {
    return ids.sort((x, y) => {
      const a = byId.get(x)!;
      const b = byId.get(y)!;
      return order.get(b.issue)! - order.get(a.issue)! || a.number - b.number;
    });
  };
  // Articles by district and by mentioned division, grouped once (not one scan per division).
  const own = new Map<string, string[]>();
  const mentioning = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, code: string, id: string) => {
    const list = map.get(code);
    if (list) list.push(id);
    else map.set(code, [id]);
  };
  for (const a of articles) {
    if (a.district) add(own, a.district.value, a.id);
    for (const code of new Set(a.mentions)) add(mentioning, code, a.id);
  }
  const entries = allDivisions().map<DistrictEntry>((d) => ({
    code: d.code,
    name: d.name,
    level: d.level,
    ...(d.parent ? { parent: d.parent } : {}),
    ...(d.validFrom ? { validFrom: d.validFrom } : {}),
    ...(d.validTo ? { validTo: d.validTo } : {}),
    successors: d.successors ?? [],
    predecessors: d.predecessors ?? [],
    ...(d.note ? { note: d.note } : {}),
    articles: newestFirst(own.get(d.code) ?? []),
    mentionedIn: newestFirst(mentioning.get(d.code) ?? []),
    totalArticles: 0,
  }));
  const byCode = new Map(entries.map((e) => [e.code, e]));
  for (const a of articles) {
    for (let code = a.district?.value; code; code = byCode.get(code)?.parent) {
      const e = byCode.get(code);
      if (e) e.totalArticles++;
    }
  }
  return entries;
}
