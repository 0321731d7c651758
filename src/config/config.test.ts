// The settings as the environment gives them: defaults, normalising, and one
// line naming the setting when a value cannot be used.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './index.ts';

describe('readConfig', () => {
  it('has the documented defaults', () => {
    const c = readConfig({});
    expect(c.bulletinsDir).toBe(resolve('content/bulletins'));
    expect(c.redactions).toEqual({ file: resolve('content/redactions.yml'), named: false });
    expect(c.outDir).toBe(resolve('dist'));
    expect(c.cacheDir).toBe(resolve('node_modules/.astro'));
    expect(c.siteUrl).toBeUndefined();
    expect(c.strict).toBe(false);
    expect(c.shardBulletins).toBe(500);
  });

  it('takes the redaction list beside another bulletins folder, or the one REDACTIONS_FILE names', () => {
    expect(readConfig({ BULLETINS_DIR: '/a/b/input' }).redactions).toEqual({ file: join('/a/b', 'redactions.yml'), named: false });
    expect(readConfig({ BULLETINS_DIR: '/a/b/input', REDACTIONS_FILE: '/c/list.yml' }).redactions).toEqual({ file: '/c/list.yml', named: true });
  });

  it('counts an empty value as unset', () => {
    expect(readConfig({ BULLETINS_DIR: '', ARCHIVE_OUT_DIR: '', SITE_URL: '', REDACTIONS_FILE: '' })).toEqual(readConfig({}));
  });

  it('normalises SITE_URL once, with its path ending in /', () => {
    expect(readConfig({ SITE_URL: 'https://example.org/archive' }).siteUrl?.href).toBe('https://example.org/archive/');
    expect(readConfig({ SITE_URL: 'https://example.org' }).siteUrl?.href).toBe('https://example.org/');
  });

  it.each(['example.org/archive', 'ftp://example.org/', '/archive/', 'https://example.org/?a=1'])('refuses SITE_URL=%s in one line naming it', (value) => {
    expect(() => readConfig({ SITE_URL: value })).toThrow(ConfigError);
    expect(() => readConfig({ SITE_URL: value })).toThrow(/^SITE_URL "[^\n]+"[^\n]*SITE_URL=https:\/\/example\.org\/archive\/[^\n]*$/);
  });

  it('takes ARCHIVE_SEARCH_SHARD_BULLETINS as a whole number ≥ 1', () => {
    expect(readConfig({ ARCHIVE_SEARCH_SHARD_BULLETINS: '2' }).shardBulletins).toBe(2);
    for (const bad of ['0', '1.5', 'x', '-3']) expect(() => readConfig({ ARCHIVE_SEARCH_SHARD_BULLETINS: bad })).toThrow(/^ARCHIVE_SEARCH_SHARD_BULLETINS /);
  });

  it('is strict only with ARCHIVE_STRICT=1', () => {
    expect(readConfig({ ARCHIVE_STRICT: '1' }).strict).toBe(true);
    expect(readConfig({ ARCHIVE_STRICT: 'yes' }).strict).toBe(false);
  });
});
