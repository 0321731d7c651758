// Paragraph and run properties of a WordprocessingML document, resolved
// through its styles (basedOn chains, document defaults) the way Word does:
// direct formatting over the paragraph style over the defaults.
import { child, childrenNamed, type XmlNode } from './xml.ts';

export interface RunProps {
  bold?: boolean;
  /** Half-points, as w:sz stores it. */
  halfPoints?: number;
  color?: string;
  font?: string;
}

export interface ParaProps {
  align?: 'left' | 'center' | 'right' | 'justify';
  firstLineIndent?: boolean;
  /** In Word's Caption style (built-in name "caption"), or one based on it. */
  caption?: boolean;
  run: RunProps;
}

const ALIGN: Record<string, ParaProps['align']> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'justify', distribute: 'justify' };

/** w:b and friends: present means on unless w:val says 0/false/off. */
export const toggle = (node: XmlNode | undefined): boolean | undefined => (node ? !['0', 'false', 'off'].includes(node.attrs['w:val'] ?? 'true') : undefined);

export function runProps(rPr: XmlNode | undefined): RunProps {
  if (!rPr) return {};
  const out: RunProps = {};
  const bold = toggle(child(rPr, 'w:b')) ?? toggle(child(rPr, 'w:bCs'));
  if (bold !== undefined) out.bold = bold;
  const sz = Number(child(rPr, 'w:sz')?.attrs['w:val'] ?? child(rPr, 'w:szCs')?.attrs['w:val']);
  if (sz > 0) out.halfPoints = sz;
  const color = child(rPr, 'w:color')?.attrs['w:val'];
  if (color) out.color = color.toLowerCase();
  const fonts = child(rPr, 'w:rFonts');
  const font = fonts?.attrs['w:eastAsia'] ?? fonts?.attrs['w:ascii'] ?? fonts?.attrs['w:hAnsi'];
  if (font) out.font = font;
  return out;
}

export function paraProps(pPr: XmlNode | undefined): Omit<ParaProps, 'run'> {
  const out: Omit<ParaProps, 'run'> = {};
  const jc = child(pPr, 'w:jc')?.attrs['w:val'];
  if (jc && ALIGN[jc]) out.align = ALIGN[jc];
  const ind = child(pPr, 'w:ind');
  if (ind) {
    const first = Number(ind.attrs['w:firstLine'] ?? 0) + Number(ind.attrs['w:firstLineChars'] ?? 0);
    out.firstLineIndent = first > 0;
  }
  return out;
}

const merge = <T extends object>(...layers: (T | undefined)[]): T => Object.assign({}, ...layers.filter(Boolean)) as T;

export class Styles {
  private readonly byId = new Map<string, XmlNode>();
  private readonly defaultRun: RunProps;
  private readonly defaultPara: Omit<ParaProps, 'run'>;
  private readonly defaultParaStyle: string | undefined;

  constructor(styles: XmlNode | undefined) {
    for (const s of childrenNamed(styles, 'w:style')) if (s.attrs['w:styleId']) this.byId.set(s.attrs['w:styleId'], s);
    const defaults = child(styles, 'w:docDefaults');
    this.defaultRun = runProps(child(child(defaults, 'w:rPrDefault'), 'w:rPr'));
    this.defaultPara = paraProps(child(child(defaults, 'w:pPrDefault'), 'w:pPr'));
    this.defaultParaStyle = childrenNamed(styles, 'w:style').find((s) => s.attrs['w:type'] === 'paragraph' && toggle({ name: '', attrs: { 'w:val': s.attrs['w:default'] ?? '0' }, children: [] }))?.attrs['w:styleId'];
  }

  /** The style's properties with those of the styles it is based on beneath (cycles cut). */
  private style(id: string | undefined, seen = new Set<string>()): ParaProps {
    const s = id ? this.byId.get(id) : undefined;
    if (!s || seen.has(id!)) return { run: {} };
    seen.add(id!);
    const base = this.style(child(s, 'w:basedOn')?.attrs['w:val'], seen);
    const caption = child(s, 'w:name')?.attrs['w:val']?.toLowerCase() === 'caption' ? { caption: true } : {};
    return { ...merge(base, paraProps(child(s, 'w:pPr')), caption), run: merge(base.run, runProps(child(s, 'w:rPr'))) };
  }

  /** A paragraph's resolved properties (its run properties are what a run without its own inherits). */
  paragraph(pPr: XmlNode | undefined): ParaProps {
    const style = this.style(child(pPr, 'w:pStyle')?.attrs['w:val'] ?? this.defaultParaStyle);
    return { ...merge(this.defaultPara, style, paraProps(pPr)), run: merge(this.defaultRun, style.run) };
  }

  /** A run's resolved properties within its paragraph. */
  run(para: ParaProps, rPr: XmlNode | undefined): RunProps {
    const charStyle = this.style(child(rPr, 'w:rStyle')?.attrs['w:val']).run;
    return merge(para.run, charStyle, runProps(rPr));
  }
}
