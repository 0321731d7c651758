import { describe, it, expect } from 'vitest';
import { firstInvalidGb18030, readsAsChinese } from './gb18030.ts';

const b = (...xs: number[]): Uint8Array => new Uint8Array(xs);

describe('GB18030 helpers', () => {
  it('structure', () => {
    expect(firstInvalidGb18030(b(0x41, 0xcd, 0xc5, 0x81, 0x30, 0x81, 0x30))).toBeUndefined();
    expect(firstInvalidGb18030(b(0x41, 0x80))).toBe(1);
    expect(firstInvalidGb18030(b(0xcd, 0x0a))).toBe(0);
    expect(firstInvalidGb18030(b(0x41, 0x81, 0x30, 0x81))).toBe(1);
  });
  it('reads as Chinese', () => {
    expect(readsAsChinese('共青团嘉兴市委 2023年10月20日')).toBe(true);
    expect(readsAsChinese('na飗e r閟um� 黚er')).toBe(false);
    expect(readsAsChinese('plain ascii')).toBe(false);
    expect(readsAsChinese('团\u0001')).toBe(false);
  });
});
