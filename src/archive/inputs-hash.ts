// One hash of several inputs, for the build's caches (the parse cache, the
// no-text-lost verdicts, the search record memo and shard cache): each input
// is prefixed by its length, so no two lists of inputs run together into the
// same bytes (['ab', 'c'] and ['a', 'bc'] hash apart).
import { createHash, type Hash } from 'node:crypto';

/** SHA-256 over the length-prefixed inputs; the caller picks the digest's encoding. */
export function inputsHash(inputs: Iterable<string | Uint8Array>): Hash {
  const hash = createHash('sha256');
  for (const input of inputs)
    hash
      .update(String(typeof input === 'string' ? input.length : input.byteLength))
      .update('\0')
      .update(input);
  return hash;
}
