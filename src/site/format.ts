// How facts read on the page, in Chinese.
export function zhDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

export const PROVENANCE_LABEL = { printed: '原刊印', sidecar: '据附注', inferred: '推断' } as const;

/** The article fields a sidecar may correct (Article.corrected), as the page names them. */
export const CORRECTED_LABEL = { starts: '起讫', title: '标题', kicker: '引题', subtitle: '副题', organisation: '单位', district: '地区' } as const;
