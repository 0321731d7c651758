// Absolute URLs when SITE_URL is set (src/config/), else site paths.
import { config } from '../config/index.ts';

/** Absolute URL when SITE_URL is set (e.g. https://example.org/archive/), else the site path. */
export function publicUrl(path: string): string {
  const base = config().siteUrl;
  return base ? new URL(path.replace(/^\//, ''), base).href : path;
}

/** Absolute URL of a site path, or undefined when SITE_URL is not set (canonical, og:url). */
export function absoluteUrl(path: string): string | undefined {
  return config().siteUrl ? publicUrl(path) : undefined;
}
