// One PDF page's drawn characters with exact positions, from pdf.js's operator
// list: the text state machine of PDF 32000 §9 (Tm, Td, TL, Tc, Tw, Tz, Ts, TJ)
// under the graphics state (cm, q/Q, form XObjects), so every glyph, real
// space glyphs included, has its origin, advance, size, font and fill colour.
// pdf.js's getTextContent merges real spaces with the gaps it guesses from
// positions; reading glyphs instead is what lets lines keep real spaces and
// invent none between CJK characters.
import { OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

type Matrix = [number, number, number, number, number, number];

/** One drawn character in page coordinates (points, y downwards from the top of the page). */
export interface Glyph {
  /** The character(s) as Unicode; ' ' for a space glyph. */
  text: string;
  /** Origin on the baseline. */
  x: number;
  y: number;
  /** Horizontal advance (points). */
  width: number;
  /** Font size in points as drawn (text matrix and CTM applied). */
  size: number;
  /** pdf.js's loaded font id (e.g. g_d0_f3); see PageGlyphs.fonts. */
  font: string;
  /** Fill colour 'rrggbb'. */
  color: string;
  space: boolean;
}

export interface FontInfo {
  /** The font's name as in the file (subset prefix such as ABCDEF+ kept). */
  name: string;
  bold: boolean;
}

export interface PageGlyphs {
  glyphs: Glyph[];
  fonts: Map<string, FontInfo>;
  /** Images painted on the page (a page of only images and no text is a scan). */
  images: number;
  width: number;
  height: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m1 then m2 (PDF's row-vector convention: p' = p × m1 × m2). */
const mul = (m1: Matrix, m2: Matrix): Matrix => [m1[0] * m2[0] + m1[1] * m2[2], m1[0] * m2[1] + m1[1] * m2[3], m1[2] * m2[0] + m1[3] * m2[2], m1[2] * m2[1] + m1[3] * m2[3], m1[4] * m2[0] + m1[5] * m2[2] + m2[4], m1[4] * m2[1] + m1[5] * m2[3] + m2[5]];
/** A matrix operand: six numbers, given flat or as one (typed) array. */
function matrixOf(args: unknown[]): Matrix | undefined {
  const first = args[0];
  const m = (Array.isArray(first) || ArrayBuffer.isView(first) ? Array.from(first as ArrayLike<number>) : args) as number[];
  return m.length === 6 && m.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (m as Matrix) : undefined;
}
const apply = (m: Matrix, x: number, y: number): [number, number] => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];

interface TextState {
  font: string;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}
interface GState {
  ctm: Matrix;
  color: string;
  text: TextState;
}

interface PdfGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
}

const IMAGE_OPS = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask, OPS.paintInlineImageXObjectGroup].filter((x) => x !== undefined));

function hexColor(args: unknown[]): string | undefined {
  const [a] = args;
  if (typeof a === 'string' && /^#[0-9a-f]{6}$/i.test(a)) return a.slice(1).toLowerCase();
  if (args.length === 3 && args.every((v) => typeof v === 'number'))
    return (args as number[])
      .map((v) =>
        Math.round(Math.max(0, Math.min(1, v)) * 255)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('');
  return undefined;
}

export async function pageGlyphs(page: PDFPageProxy): Promise<PageGlyphs> {
  const ops = await page.getOperatorList({ annotationMode: 0 });
  // Page space → top-down points, whatever the page's rotation and crop box.
  const viewport = page.getViewport({ scale: 1 });
  const device = viewport.transform as Matrix;
  const fonts = new Map<string, FontInfo>();
  const fontMatrix = new Map<string, number>();
  const glyphs: Glyph[] = [];
  let images = 0;

  let gs: GState = { ctm: IDENTITY, color: '000000', text: { font: '', size: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 } };
  const stack: GState[] = [];
  const push = () => stack.push({ ...gs, text: { ...gs.text } });
  const pop = () => {
    gs = stack.pop() ?? gs;
  };
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  const translate = (m: Matrix, tx: number, ty: number): Matrix => mul([1, 0, 0, 1, tx, ty], m);
  const moveText = (tx: number, ty: number) => {
    tlm = translate(tlm, tx, ty);
    tm = tlm;
  };

  const fontOf = (id: string) => {
    if (!fonts.has(id)) {
      let info: FontInfo = { name: id, bold: false };
      let scale = 0.001;
      try {
        const f = page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean; fontMatrix?: number[] } | undefined;
        info = { name: f?.name ?? id, bold: !!(f?.bold || f?.black) };
        scale = f?.fontMatrix?.[0] || 0.001;
      } catch {
        // A font pdf.js could not load: names and widths fall back to defaults.
      }
      fonts.set(id, info);
      fontMatrix.set(id, scale);
    }
    return fontMatrix.get(id)!;
  };

  const show = (items: (PdfGlyph | number | null)[]) => {
    const t = gs.text;
    const scale = fontOf(t.font);
    for (const g of items) {
      if (g === null) continue;
      if (typeof g === 'number') {
        tm = translate(tm, (-g / 1000) * t.size * t.hScale, 0);
        continue;
      }
      const full = mul(tm, gs.ctm);
      const toDevice = mul(full, device);
      const [x, y] = apply(toDevice, 0, t.rise);
      const advance = (g.width * scale * t.size + t.charSpacing + (g.isSpace ? t.wordSpacing : 0)) * t.hScale;
      const [x2, y2] = apply(toDevice, advance, t.rise);
      // Drawn size: the font size scaled by the vertical extent of the matrices.
      const [, top] = apply(toDevice, 0, t.rise + t.size);
      const size = Math.abs(y - top) || Math.abs(t.size);
      const text = g.unicode ?? '';
      if (text !== '') glyphs.push({ text, x: Math.min(x, x2), y, width: Math.abs(x2 - x) || Math.abs(y2 - y), size, font: t.font, color: gs.color, space: /^\s+$/.test(text) });
      tm = translate(tm, advance, 0);
    }
  };

  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        push();
        break;
      case OPS.restore:
        pop();
        break;
      case OPS.transform: {
        const m = matrixOf(args);
        if (m) gs.ctm = mul(m, gs.ctm);
        break;
      }
      case OPS.paintFormXObjectBegin: {
        push();
        const m = matrixOf(args);
        if (m) gs.ctm = mul(m, gs.ctm);
        break;
      }
      case OPS.paintFormXObjectEnd:
        pop();
        break;
      case OPS.setFillRGBColor:
      case OPS.setFillColor: {
        const c = hexColor(args);
        if (c) gs.color = c;
        break;
      }
      case OPS.setFillGray:
        if (typeof args[0] === 'number') gs.color = hexColor([args[0], args[0], args[0]]) ?? gs.color;
        break;
      case OPS.beginText:
        tm = IDENTITY;
        tlm = IDENTITY;
        break;
      case OPS.setFont:
        gs.text.font = String(args[0]);
        gs.text.size = Number(args[1]);
        break;
      case OPS.setCharSpacing:
        gs.text.charSpacing = Number(args[0]);
        break;
      case OPS.setWordSpacing:
        gs.text.wordSpacing = Number(args[0]);
        break;
      case OPS.setHScale:
        gs.text.hScale = Number(args[0]) / 100;
        break;
      case OPS.setLeading:
        gs.text.leading = Number(args[0]);
        break;
      case OPS.setTextRise:
        gs.text.rise = Number(args[0]);
        break;
      case OPS.moveText:
        moveText(Number(args[0]), Number(args[1]));
        break;
      case OPS.setLeadingMoveText:
        gs.text.leading = -Number(args[1]);
        moveText(Number(args[0]), Number(args[1]));
        break;
      case OPS.setTextMatrix:
        tm = tlm = matrixOf(args) ?? tm;
        break;
      case OPS.nextLine:
        moveText(0, -gs.text.leading);
        break;
      case OPS.showText:
        show(args[0] as PdfGlyph[]);
        break;
      case OPS.showSpacedText:
        show(args[0] as (PdfGlyph | number)[]);
        break;
      case OPS.nextLineShowText:
        moveText(0, -gs.text.leading);
        show(args[0] as PdfGlyph[]);
        break;
      case OPS.nextLineSetSpacingShowText:
        gs.text.wordSpacing = Number(args[0]);
        gs.text.charSpacing = Number(args[1]);
        moveText(0, -gs.text.leading);
        show(args[2] as PdfGlyph[]);
        break;
      default:
        if (IMAGE_OPS.has(fn!)) images++;
    }
  }
  return { glyphs, fonts, images, width: viewport.width, height: viewport.height };
}
