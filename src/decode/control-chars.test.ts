// Control characters and noncharacters: replaced once, named by line; printed escaped.
import { describe, expect, it } from 'vitest';
import { printable, replaceControlChars } from './control-chars.ts';
import { decodeBulletin } from './index.ts';

describe('replaceControlChars', () => {
  it('replaces C0 (but tab and LF), DEL, C1, noncharacters and lone surrogates by U+FFFD; VT and FF by a space', () => {
    const { text, lines } = replaceControlChars('a\x07b\tc\n\x1b[31m\x7f\x85\n\uFFFE\uFFFF\uFDD0\uD83F\uDFFE\uD800x\uDC00\n\x0B\x0C');
    expect(text).toBe('a\uFFFDb\tc\n\uFFFD[31m\uFFFD\uFFFD\n\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD\n  ');
    expect([...lines.keys()]).toEqual([1, 2, 3]);
    expect(lines.get(2)).toEqual(['\x1b', '\x7f', '\x85']);
  });

  it('leaves text without them, and paired surrogates, as it is', () => {
    const s = '团海宁市委\t“引号”😀\n𠀀';
    expect(replaceControlChars(s)).toEqual({ text: s, lines: new Map() });
  });
});

describe('decodeBulletin', () => {
  it('warns once, naming the file, the first line and the code points', () => {
    const r = decodeBulletin(new TextEncoder().encode('标题\n正文\x07与\x1b[1m\n'), 'x.txt');
    expect(r.text).toBe('标题\n正文\uFFFD与\uFFFD[1m\n');
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: 'warning', code: 'control-characters', line: 2, message: expect.stringContaining('line 2: U+0007 U+001B') })]);
  });
});

describe('printable', () => {
  it('shows control characters as their code points', () => {
    expect(printable('a\x1b[31mb\x07\tc')).toBe('a<U+001B>[31mb<U+0007>\tc');
  });
});
