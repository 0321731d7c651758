// Where the build writes (astro.config.mjs, scripts/build.ts): ARCHIVE_OUT_DIR
// (default ./dist) and ARCHIVE_CACHE_DIR (Astro's cacheDir and ours, default
// ./node_modules/.astro), so temporary builds in tests keep to their folders.
export const outDir = (): string => process.env.ARCHIVE_OUT_DIR ?? './dist';
export const cacheDir = (): string => process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro';
