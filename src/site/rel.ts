// Links relative to the page that carries them, so the site works under any
// path prefix and opened from disk (SPEC §7). Paths are site paths ('/a/b/').

/** Relative href from the page at `from` (a directory path like /a/b/ or a file like /404.html) to `to`. */
export function rel(from: string, to: string): string {
  const fromDir = from.endsWith('/') ? from : from.slice(0, from.lastIndexOf('/') + 1);
  const [toPath, hash = ''] = to.split('#', 2) as [string, string?];
  const a = fromDir.split('/').filter(Boolean);
  const b = toPath.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => '..');
  const down = b.slice(i);
  let out = [...up, ...down].join('/');
  if (toPath.endsWith('/') && down.length) out += '/';
  else if (toPath.endsWith('/') && !down.length) out = up.length ? `${up.join('/')}/` : './';
  return hash ? `${out}#${hash}` : out;
}
