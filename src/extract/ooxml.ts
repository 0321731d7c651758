// A WordprocessingML package (the unzipped parts of a .docx) → ExtractedDocument.
// Body paragraphs become lines (a w:br inside one starts a new line of the same
// paragraph), table rows lines of tab-joined cells, drawings images after their
// line; headers, footers and PAGE fields are artefacts, not text. Formatting
// (bold, size, colour, alignment, first-line indent, font) is resolved through
// the styles and kept per line as evidence for the parser.
import { posix } from 'node:path';
import sharp from 'sharp';
import type { BulletinFormat, ExtractedArtefact, ExtractedDocument, ExtractedImage, ExtractedLine, LineFormat } from './types.ts';
import { Styles, toggle, type ParaProps, type RunProps } from './ooxml-styles.ts';
import { child, childrenNamed, descendants, parseXml, textOf, type XmlNode } from './xml.ts';

/** Fields whose result is page furniture, not text of the bulletin. */
const PAGE_FIELDS = /^\s*(PAGE|NUMPAGES|SECTIONPAGES)\b/i;
const CAPTION = /^（图为(.+?)）$/u;
const decoder = new TextDecoder('utf-8');

interface Piece {
  text: string;
  run: RunProps;
}

/** One paragraph read: its lines' pieces, page-field text, drawings, page breaks. */
interface ReadParagraph {
  lines: Piece[][];
  fieldText: string;
  /** The paragraph holds a PAGE (NUMPAGES …) field, shown or not. */
  pageField: boolean;
  drawings: XmlNode[];
  pageBreaks: number;
}

export class WordPackage {
  private readonly styles: Styles;
  private readonly rels: Map<string, string>;
  private readonly parts: Record<string, Uint8Array>;

  constructor(parts: Record<string, Uint8Array>) {
    this.parts = parts;
    this.styles = new Styles(this.xml('word/styles.xml'));
    this.rels = relationships(this.xml('word/_rels/document.xml.rels'), 'word');
  }

  private xml(name: string): XmlNode | undefined {
    const bytes = this.parts[name];
    return bytes ? parseXml(decoder.decode(bytes)) : undefined;
  }

  async read(format: BulletinFormat, original: Uint8Array): Promise<ExtractedDocument> {
    const document = this.xml('word/document.xml')!;
    const body = child(document, 'w:body');
    const lines: ExtractedLine[] = [];
    const artefacts: ExtractedArtefact[] = [];
    const drawings: { afterLine: number; node: XmlNode }[] = [];
    let page = 1;
    let paragraph = 0;
    let table = 0;

    const addParagraph = (p: XmlNode) => {
      paragraph++;
      const pPr = child(p, 'w:pPr');
      if (child(pPr, 'w:pageBreakBefore') && lines.length) page++;
      const props = this.styles.paragraph(pPr);
      const read = this.paragraph(p, props);
      if (read.pageField) artefacts.push({ kind: 'page-number', text: read.fieldText.trim(), page });
      for (const pieces of read.lines) lines.push({ text: pieces.map((x) => x.text).join(''), format: lineFormat(pieces, props), page, paragraph });
      for (const node of read.drawings) drawings.push({ afterLine: lines.length, node });
      page += read.pageBreaks;
    };
    const addTable = (tbl: XmlNode) => {
      table++;
      childrenNamed(tbl, 'w:tr').forEach((tr, row) => {
        // A row's place in the document: its first cell's paragraph (every cell's paragraphs are counted, as Word counts them).
        const first = paragraph + 1;
        const cells = childrenNamed(tr, 'w:tc').map((tc) => {
          const texts: string[] = [];
          for (const p of descendants(tc, 'w:p')) {
            paragraph++;
            const read = this.paragraph(p, this.styles.paragraph(child(p, 'w:pPr')));
            texts.push(read.lines.map((l) => l.map((x) => x.text).join('')).join(' '));
            for (const node of read.drawings) drawings.push({ afterLine: lines.length + 1, node });
          }
          // A tab or line break inside a cell would split it: cells hold spaces only.
          return texts.join(' ').replace(/[\t\n]/g, ' ');
        });
        const header = toggle(child(child(tr, 'w:trPr'), 'w:tblHeader')) ?? (row === 0 && this.rowIsBold(tr));
        lines.push({ text: cells.join('\t'), page, paragraph: first, table: { table, row: row + 1, header } });
      });
    };
    const walk = (nodes: XmlNode[]) => {
      for (const n of nodes) {
        if (n.name === 'w:p') addParagraph(n);
        else if (n.name === 'w:tbl') addTable(n);
        else if (n.name === 'w:sdt') walk(child(n, 'w:sdtContent')?.children ?? []);
        else if (n.name === 'w:customXml') walk(n.children);
      }
    };
    walk(body?.children ?? []);

    artefacts.push(...this.headersAndFooters());
    const images = await this.images(drawings, lines);
    return { format, lines, artefacts, images, original, encoding: format, diagnostics: [] };
  }

  private rowIsBold(tr: XmlNode): boolean {
    const runs = descendants(tr, 'w:p').flatMap((p) => {
      const props = this.styles.paragraph(child(p, 'w:pPr'));
      return descendants(p, 'w:r')
        .filter((r) => textOf(child(r, 'w:t') ?? { name: '', attrs: {}, children: [] }).trim())
        .map((r) => this.styles.run(props, child(r, 'w:rPr')));
    });
    return runs.length > 0 && runs.every((r) => r.bold);
  }

  /** The runs of a paragraph in order, complex fields (w:fldChar) and simple ones (w:fldSimple) told apart. */
  private paragraph(p: XmlNode, props: ParaProps): ReadParagraph {
    const out: ReadParagraph = { lines: [[]], fieldText: '', pageField: false, drawings: [], pageBreaks: 0 };
    // Complex fields nest: a stack of [instruction, past the separator].
    const fields: { instr: string; result: boolean }[] = [];
    const inPageField = () => fields.some((f) => f.result && PAGE_FIELDS.test(f.instr));
    const emit = (text: string, run: RunProps) => {
      if (inPageField()) out.fieldText += text;
      else out.lines[out.lines.length - 1]!.push({ text, run });
    };
    const visit = (node: XmlNode, simpleField?: string) => {
      switch (node.name) {
        case 'w:r': {
          const run = this.styles.run(props, child(node, 'w:rPr'));
          for (const c of node.children) {
            if (c.name === 'w:t') {
              if (simpleField && PAGE_FIELDS.test(simpleField)) out.fieldText += textOf(c);
              else emit(textOf(c), run);
            } else if (c.name === 'w:tab' || c.name === 'w:ptab') emit('    ', run);
            else if (c.name === 'w:noBreakHyphen') emit('-', run);
            else if (c.name === 'w:sym') emit(String.fromCodePoint(parseInt(c.attrs['w:char'] ?? '20', 16) & 0xffff || 0x20), run);
            else if (c.name === 'w:br' || c.name === 'w:cr') {
              if (c.attrs['w:type'] === 'page') out.pageBreaks++;
              else if (c.attrs['w:type'] !== 'column') out.lines.push([]);
            } else if (c.name === 'w:fldChar') {
              const type = c.attrs['w:fldCharType'];
              if (type === 'begin') fields.push({ instr: '', result: false });
              else if (type === 'separate' && fields.length) fields[fields.length - 1]!.result = true;
              else if (type === 'end') fields.pop();
            } else if (c.name === 'w:instrText' && fields.length) {
              fields[fields.length - 1]!.instr += textOf(c);
              if (PAGE_FIELDS.test(fields[fields.length - 1]!.instr)) out.pageField = true;
            } else if (c.name === 'w:drawing' || c.name === 'w:pict') out.drawings.push(c);
            else if (c.name === 'mc:AlternateContent') {
              const drawing = descendants(c, 'w:drawing')[0];
              if (drawing) out.drawings.push(drawing);
            }
          }
          return;
        }
        case 'w:fldSimple':
          if (PAGE_FIELDS.test(node.attrs['w:instr'] ?? '')) out.pageField = true;
          for (const c of node.children) visit(c, node.attrs['w:instr'] ?? '');
          return;
        case 'w:del':
        case 'w:moveFrom':
        case 'w:pPr':
        case 'w:rPr':
          return; // deleted text and properties are no text
        default:
          for (const c of node.children) visit(c, simpleField); // w:hyperlink, w:ins, w:smartTag, w:sdt …
      }
    };
    for (const c of p.children) visit(c);
    return out;
  }

  /** Every header and footer part the document uses: its text as running header/footer, its PAGE fields as page numbers. */
  private headersAndFooters(): ExtractedArtefact[] {
    const out: ExtractedArtefact[] = [];
    for (const [, target] of [...this.rels].sort(([a], [b]) => a.localeCompare(b))) {
      const kind = /\/header\d*\.xml$/.test(target) ? 'running-header' : /\/footer\d*\.xml$/.test(target) ? 'running-footer' : undefined;
      const part = kind ? this.xml(target) : undefined;
      if (!kind || !part) continue;
      for (const p of descendants(part, 'w:p')) {
        const read = this.paragraph(p, this.styles.paragraph(child(p, 'w:pPr')));
        const text = read.lines
          .map((l) => l.map((x) => x.text).join(''))
          .join(' ')
          .trim();
        // — 1 — around a PAGE field: the whole line is the page number.
        if (read.pageField) out.push({ kind: 'page-number', text: `${text.replace(/\s+/g, ' ')} ${read.fieldText.trim()}`.trim() });
        else if (text) out.push({ kind, text });
      }
    }
    return out;
  }

  private async images(drawings: { afterLine: number; node: XmlNode }[], lines: ExtractedLine[]): Promise<ExtractedImage[]> {
    const out: ExtractedImage[] = [];
    for (const { afterLine, node } of drawings) {
      const embed = descendants(node, 'a:blip')[0]?.attrs['r:embed'] ?? descendants(node, 'v:imagedata')[0]?.attrs['r:id'];
      const target = embed ? this.rels.get(embed) : undefined;
      const data = target ? this.parts[target] : undefined;
      if (!data) continue;
      let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
      try {
        meta = await sharp(data).metadata();
      } catch {
        continue; // a format sharp cannot read (EMF, WMF): not publishable as a web image
      }
      if (!meta.width || !meta.height || !meta.format) continue;
      const docPr = descendants(node, 'wp:docPr')[0];
      // Alt text: the caption line （图为……） right after the photo (or right before), else the drawing's own description.
      const caption = [lines[afterLine], lines[afterLine - 1]].map((l) => l?.text.trim().match(CAPTION)?.[1]).find(Boolean);
      const alt = caption ?? (docPr?.attrs.descr || docPr?.attrs.title || undefined);
      out.push({ afterLine, data, mime: `image/${meta.format === 'jpeg' ? 'jpeg' : meta.format}`, width: meta.width, height: meta.height, ...(alt ? { alt } : {}) });
    }
    return out;
  }
}

/** A part's relationships: id → part name inside the package (external targets left out). */
function relationships(rels: XmlNode | undefined, base: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of childrenNamed(rels, 'Relationship')) {
    if (r.attrs.TargetMode === 'External' || !r.attrs.Id || !r.attrs.Target) continue;
    const target = r.attrs.Target.startsWith('/') ? r.attrs.Target.slice(1) : posix.normalize(posix.join(base, r.attrs.Target));
    out.set(r.attrs.Id, target);
  }
  return out;
}

/** What the runs of one line say about it. */
function lineFormat(pieces: Piece[], props: ParaProps): LineFormat | undefined {
  const format: LineFormat = {};
  if (props.align) format.align = props.align;
  if (props.firstLineIndent) format.firstLineIndent = true;
  if (props.caption) format.caption = true;
  const inked = pieces.filter((p) => p.text.trim());
  if (!inked.length) return Object.keys(format).length ? format : undefined;
  if (inked.every((p) => p.run.bold)) format.bold = true;
  else {
    // Bold runs inside the line (a lead-in, a phrase): their characters, adjacent runs merged.
    const runs: [number, number][] = [];
    let at = 0;
    for (const p of pieces) {
      const last = runs[runs.length - 1];
      if (p.run.bold && p.text.trim()) {
        if (last && last[1] === at) last[1] = at + p.text.length;
        else runs.push([at, at + p.text.length]);
      }
      at += p.text.length;
    }
    if (runs.length) format.boldRuns = runs;
  }
  const sizes = inked.map((p) => p.run.halfPoints ?? 0).filter((s) => s > 0);
  if (sizes.length) format.sizePt = Math.max(...sizes) / 2;
  const colors = inked.map((p) => p.run.color).filter((c): c is string => !!c && c !== 'auto' && c !== '000000');
  if (colors.length === inked.length) format.color = colors[0]!;
  const font = inked[0]!.run.font;
  if (font) format.font = font;
  return format;
}
