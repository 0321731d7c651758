// The codec's exactness argument, checked against plain substring search: a
// page's token stream is laid out at positions 0, 1, 2, … (one per word, as
// Pagefind counts them), a token's search finds exactly its own locations (no
// other word extends it), and a word is found wherever its cover tokens'
// locations line up (coverMatches). Pagefind itself is exercised by the e2e
// tests and `npm run bench:search`.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BODY, TITLE, coverMatches, decodePage, encodePage, normalise, ownMarks, ownText, pairTokens, wordCover } from '../../public/assets/search-codec.js';

/** Locations of each word of the stream; a search finds every word the token prefixes, which must be the token alone. */
function locate(stream: string): (token: string) => number[] {
  const at = new Map<string, number[]>();
  const words = stream.split(' ');
  for (const [i, w] of words.entries()) at.set(w, [...(at.get(w) ?? []), i]);
  // Words another word extends: in sorted order, a word's extensions follow it.
  const sorted = [...at.keys()].sort();
  const extended = new Set(sorted.filter((w, i) => sorted[i + 1]?.startsWith(w)));
  return (token) => {
    // Neither extended by another word, nor (were it missing) falling back to one that prefixes it.
    expect(extended.has(token), token).toBe(false);
    expect([...token].map((_, k) => token.slice(0, k)).filter((w) => at.has(w))).toEqual([]);
    return at.get(token) ?? [];
  };
}

const located = new Map<string, (token: string) => number[]>();
function found(stream: string, kind: string, word: string): boolean {
  if (!located.has(stream)) located.set(stream, locate(stream));
  const at = located.get(stream)!;
  const cover = wordCover(kind, word);
  return (
    coverMatches(
      cover,
      cover.map(({ token }) => at(token)),
    ).length > 0
  );
}

const seeds = readdirSync('content/bulletins')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`content/bulletins/${f}`, 'utf8'));

describe('wordCover', () => {
  it('takes every other pair and the last: ceil(n / 2) tokens for n characters', () => {
    expect(wordCover(BODY, '亲青').map((c) => c.offset)).toEqual([0]);
    expect(wordCover(BODY, '亲青恋').map((c) => c.offset)).toEqual([0, 1]);
    expect(wordCover(BODY, '青年之家').map((c) => c.offset)).toEqual([0, 2]);
    expect(wordCover(BODY, '青年人才驿站').map((c) => c.offset)).toEqual([0, 2, 4]);
    expect(wordCover(BODY, '青年人才驿').map((c) => c.offset)).toEqual([0, 2, 3]);
    const pairs = pairTokens(BODY, '青年人才驿站');
    expect(wordCover(BODY, '青年人才驿站').map((c) => c.token)).toEqual([pairs[0], pairs[2], pairs[4]]);
  });
});

describe('cover search over a token stream', () => {
  it('finds a word across a space only where the text has it without the space', () => {
    // 企业娘家人 服务门对门 (a seed line): 家人@p, 服务@p+2 would line up without the separator.
    const stream = encodePage([{ id: 'p1', text: '企业娘家人 服务门对门' }]);
    expect(found(stream, BODY, '家人服务')).toBe(false);
    expect(found(stream, BODY, '娘家人服务门')).toBe(false);
    expect(found(stream, BODY, '娘家人')).toBe(true);
    expect(found(stream, BODY, '服务门对门')).toBe(true);
  });

  it('does not match across two blocks', () => {
    const stream = encodePage([
      { id: 'p1', text: '团市委书记' },
      { id: 'p2', text: '调研青年' },
    ]);
    expect(found(stream, BODY, '书记调研')).toBe(false);
    expect(found(stream, BODY, '委书记调')).toBe(false);
  });

  it('agrees with substring search on every 2–7 character window of the seeds, and on windows across spaces', () => {
    let checked = 0;
    for (const text of seeds) {
      const lines = text.split('\n').filter((l) => l.trim());
      const blocks = lines.map((line, i) => ({ id: `p${i}`, text: line, title: i === 0 }));
      const stream = encodePage(blocks);
      const plain = blocks.map((b) => normalise(b.text));
      for (const [i, line] of plain.entries()) {
        // Windows of the line with its spaces removed: some exist in the text, those spanning a space mostly do not.
        const squeezed = [...line.replace(/\s+/gu, '')];
        for (let at = 0; at < squeezed.length; at += 3) {
          for (let n = 2; n <= 7 && at + n <= squeezed.length; n++) {
            const word = squeezed.slice(at, at + n).join('');
            const kind = blocks[i]!.title ? TITLE : BODY;
            const truth = plain.some((t, j) => t.includes(word) && (kind === TITLE) === blocks[j]!.title);
            expect(found(stream, kind, word), `${word} in ${blocks[i]!.id}`).toBe(truth);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  }, 60_000); // every window of the seeds: seconds alone, far more on a loaded machine; a bound on waiting, not a timing assertion

  it('decodes back to the text, separators dropped', () => {
    const blocks = [{ id: 'p1', text: '企业娘家人 服务门对门' }];
    expect(decodePage(encodePage(blocks))).toEqual([{ id: 'p1', text: '企业娘家人 服务门对门' }]);
  });
});

describe('own text (what NFKC changed, kept beside the tokens)', () => {
  const decoded = (text: string) => decodePage(encodePage([{ id: 'p1', text }]))[0]!.text;
  const collapsed = (text: string) => text.split(/\s+/u).filter(Boolean).join(' ');

  it('gives back the text as written from the decoded text, whitespace runs as one space', () => {
    const text = '青年，志愿“服务”：（一）ＡＢ  第１期\u3000完';
    expect(decoded(text)).toBe('青年,志愿“服务”:(一)AB 第1期 完');
    expect(ownMarks(text)).toBe('2，6：（1）ＡＢ2１');
    expect(ownText(decoded(text), ownMarks(text)).text).toBe('青年，志愿“服务”：（一）ＡＢ 第１期 完');
  });

  it('maps decoded offsets to own ones, a character NFKC made longer as a whole', () => {
    const text = '第㈠条，青年';
    const own = ownText(decoded(text), ownMarks(text)); // decoded: 第(一)条,青年
    expect(own.text).toBe(text);
    expect([own.at(0), own.at(1), own.at(2), own.at(2, true), own.at(4), own.at(6), own.at(7)]).toEqual([0, 1, 1, 2, 2, 4, 5]);
  });

  it('gives up on a block NFKC does not change character by character, which then shows normalised', () => {
    expect(ownMarks('a\u0308b')).toBe('');
    expect(ownText('äb', '').text).toBe('äb');
  });

  it('round-trips every line of the seeds', () => {
    let changed = 0;
    for (const line of seeds.flatMap((t) => t.split('\n'))) {
      const marks = ownMarks(line);
      if (marks) changed++;
      expect(ownText(decoded(line), marks).text).toBe(collapsed(line));
    }
    expect(changed).toBeGreaterThan(50);
  });
});
