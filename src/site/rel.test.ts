import { describe, expect, it } from 'vitest';
import { rel } from './rel.ts';

describe('rel', () => {
  it('links down, up and across', () => {
    expect(rel('/', '/a/')).toBe('a/');
    expect(rel('/', '/')).toBe('./');
    expect(rel('/a/b/', '/')).toBe('../../');
    expect(rel('/a/b/', '/a/')).toBe('../');
    expect(rel('/a/b/', '/a/c/')).toBe('../c/');
    expect(rel('/a/b/', '/a/b/')).toBe('./');
    expect(rel('/a/b/', '/a/b/3/')).toBe('3/');
    expect(rel('/districts/330400/', '/assets/site.css')).toBe('../../assets/site.css');
    expect(rel('/404.html', '/search/')).toBe('search/');
    expect(rel('/a/', '/a/#p3')).toBe('./#p3');
  });
});
