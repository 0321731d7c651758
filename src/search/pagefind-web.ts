// The part of Pagefind's browser API (pagefind/pagefind.js, 1.6.0) that the
// search page uses, typed once for the browser code (public/assets/*.js, by
// JSDoc import) and the tests; and the globals the offline copy adds
// (public/assets/pagefind-offline.js). Types only: nothing here runs. What the
// code assumes of Pagefind beyond this public surface (file formats, weights,
// chunk ranges) is in public/assets/pagefind-format.js.

export interface PagefindOptions {
  baseUrl?: string;
  basePath?: string;
  excerptLength?: number;
  noWorker?: boolean;
}

export interface SearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** A weighted word location of a result: weight as the page gave it (data-pagefind-weight), location a word position. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A page's fragment file ({bundle}/fragment/{id}.pf_fragment, ./pagefind-format.js): what a result shows. */
export interface FragmentData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  word_count: number;
}

/** A result's fragment, as data() gives it: the file's, and where the search words are. */
export interface ResultData extends FragmentData {
  /** The URL as indexed (url may carry a base URL or, offline, index.html). */
  raw_url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: WeightedLocation[];
  sub_results?: { url: string; title: string; locations: number[] }[];
}

/** One result of a search: its id (the fragment's hash), score, the positions of the words found, and its fragment on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<ResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts by filter value over the results. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options: (options: PagefindOptions) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (indexPath: string, options?: PagefindOptions) => Promise<void>;
  preload: (term: string, options?: SearchOptions) => Promise<void>;
  search: (term: string, options?: SearchOptions) => Promise<PagefindSearch>;
  debouncedSearch: (term: string, options?: SearchOptions, timeout?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

declare global {
  interface Window {
    /** The offline copy's Pagefind (public/assets/pagefind-offline.js), on file:// only. */
    __offlinePagefind?: () => Promise<Pagefind>;
    /** pagefind.classic.js (src/offline/classic-script.ts) sets this to Pagefind's module exports. */
    __pagefindClassic?: Pagefind;
    /** Each offline index file script registers its bytes (base64) here. */
    __pagefindOfflinePut?: (path: string, base64: string) => void;
    /** The search page's public contract: every matching article in rank order. */
    archiveSearch?: (query: string) => Promise<{ url: string; title: string }[]>;
  }
}
