import { describe, it, expect } from 'vitest';
import { firstInvalidUtf8 } from './utf8.ts';

const b = (...xs: number[]): Uint8Array => new Uint8Array(xs);

describe('firstInvalidUtf8', () => {
  it('accepts valid sequences', () => {
    expect(firstInvalidUtf8(new Uint8Array(Buffer.from('a团𠀀é', 'utf8')))).toBeUndefined();
  });
  it('rejects overlongs, surrogates, out-of-range and stray bytes', () => {
    expect(firstInvalidUtf8(b(0x41, 0xc0, 0x80))).toBe(1);
    expect(firstInvalidUtf8(b(0xe0, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8(b(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(b(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8(b(0x41, 0x42, 0x80))).toBe(2);
    expect(firstInvalidUtf8(b(0x41, 0xe5, 0x9b))).toBe(1);
  });
});
