// The temporal gazetteer of Zhejiang: current divisions from the dataset
// package plus retired ones with their dates and successors.

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  /** GB/T 2260 six-digit code: 330000, 330400, 330481. */
  code: string;
  /** Full name: 浙江省, 嘉兴市, 海宁市, 景宁畲族自治县. */
  name: string;
  /** Name without its 省/市/区/县/自治县 suffix: 嘉兴, 海宁, 景宁 (for matching bare names). */
  shortName: string;
  level: DivisionLevel;
  /** Code of the division above (undefined for the province). */
  parent?: string;
  /** ISO date (or year) from which the division exists, when known. */
  validFrom?: string;
  /** ISO date (or year) on which it was retired; undefined while current. */
  validTo?: string;
  /** Codes that took over a retired division. */
  successors?: string[];
  /** Codes this division was formed from (for new ones). */
  predecessors?: string[];
  /** A one-line note on the change, shown on the district page. */
  note?: string;
  /** Where the change data comes from (retired divisions and dated changes only). */
  source?: string;
}

export type Resolution =
  | {
      code: string;
      /** printed: the organisation names the division; inferred: read from a title or relative name. */
      provenance: 'printed' | 'inferred';
      /** How it was found: 'explicit', 'relative-to-publisher', 'work-committee', 'title-place', 'bare-name-in-city'. */
      via: string;
      /**
       * Set when the name is used outside the division's validity (a retired
       * division named after its retirement, a new one named before it
       * existed). Informational: the resolution stands.
       */
      note?: string;
    }
  | { code: null; warning: string };

export interface ResolveContext {
  /** Division code of the publisher (共青团嘉兴市委 → 330400). */
  publisherCode?: string;
  /** ISO date or year of the bulletin, to pick the divisions valid then. */
  date?: string;
}
