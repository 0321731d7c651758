// Organisation name → district (SPEC §3 "Organisation → district").
//
//   团X省委 / 团X市委 / 团X县委 / 团X区委 / 团X市Y区委, 共青团X委(员会),
//   中国共产主义青年团X委员会          → the division named ('explicit', printed)
//   团省委 / 团市委 / 团县委 / 团区委  → the publisher's division at that level
//                                      ('relative-to-publisher', inferred)
//   …团工委, 团…工委, 共青团…工作委员会 → a working body of the committee above:
//                                      the division it names ('work-committee',
//                                      printed), else the publisher's (inferred)
//   X团市委 (a common but incorrect order) → the division named, if the level fits
//   X市…团委 (a unit committee whose name starts with a full division name,
//            e.g. 海宁市税务局团委)  → that division ('unit-in-division', printed)
//   anything else (浙江大学团委, 某某公司团委, 团X镇委) → no district, a warning.
//
// Ambiguity and time:
//   - A name is looked up in the whole province; when divisions of several
//     cities bear it, the publisher's city decides ('bare-name-in-city',
//     inferred); with the province (or nobody) as publisher → a warning.
//   - A name is what was printed: 团江干区委 is 江干区 (330104) in 2018 and
//     still 330104 in 2022, after its retirement; 团临平区委 dated 2019 is
//     临平区 (330113) although it was set up in 2021. Outside the division's
//     validity the resolution carries a `note` (not a warning); successors are
//     for the district page, never substituted. Within the year of a change
//     given only as a year, nothing is noted.
//   - Where one written form names divisions of different times (the bare
//     奉化 → 奉化市 until 2016, 奉化区 since), the one valid on the bulletin's
//     date wins; without a date, the current one.

import { leadingChain, resolveChain, segmentChain, type Token } from './chain.ts';
import type { Gazetteer } from './gazetteer.ts';
import { anachronismNote } from './temporal.ts';
import type { Division, Resolution, ResolveContext } from './types.ts';

const LONG_PREFIX = /^(?:中国共产主义青年团|共青团)/u;
const ANY_PREFIX = /^(?:中国共产主义青年团|共青团|团)/u;

function clean(org: string): string {
  return org.normalize('NFKC').replace(/[\s\u3000]+/gu, '');
}

// A department of a committee speaks for the committee: 团省委学校部 → 团省委.
const DEPARTMENT = /(?<=委(?:员会)?)(?:办公室|组织部|宣传部|学校部|少年部|青年发展部|社会联络部|权益部|维护青少年权益部|统战部|志愿者工作部|基层组织建设部|青工部|青农部|学少部|社会工作部|城市青年工作部|农村青年工作部|研究室)$/u;
// The federations the league leads at each level: 省青联, 嘉兴市学联, 海宁市少工委.
const FEDERATION = /^(.*?)(?:青联|学联|少工委|青年联合会|学生联合会|少先队工作委员会)$/u;

export function resolveOrganisation(g: Gazetteer, org: string, ctx: ResolveContext): Resolution {
  const name = clean(org).replace(DEPARTMENT, '');
  if (name === '') return { code: null, warning: 'empty organisation name' };
  const label = `organisation ${name}`;

  // 0. 省青联 / 省学联 / 省少工委 (and 团省委): the province is Zhejiang, whoever publishes; 市青联 → the publisher's city.
  const federation = FEDERATION.exec(name);
  if (federation) {
    const [, where = ''] = federation;
    if (where === '') return { code: null, warning: `${label}: the federation's level is not printed; no district assigned` };
    if (/^(?:浙江)?省$/u.test(where)) return { code: g.provinceCode, provenance: where === '省' ? 'inferred' : 'printed', via: where === '省' ? 'province' : 'explicit' };
    if (/^[市县区]$/u.test(where)) return resolveRelative(g, where, ctx, label);
    const tokens = segmentChain(g, where);
    if (tokens && tokens.length > 0) return fromChain(g, tokens, ctx, label, 'explicit');
    return { code: null, warning: `${label}: ${where} is not a county-level or higher division of the gazetteer; no district assigned` };
  }

  // 1. Work committees: 市直机关团工委, 团市直机关工委, 共青团桐乡市快递物流行业工作委员会.
  const work = /^(?:中国共产主义青年团|共青团)(.+)工作委员会$/u.exec(name) ?? /^(?:中国共产主义青年团|共青团|团)(.+)工委$/u.exec(name) ?? /^(.*?)团工委$/u.exec(name);
  if (work) {
    const [, unitName = ''] = work;
    return resolveWorkCommittee(g, unitName, ctx, label);
  }

  // 2. Committees of a division: 团嘉兴市委, 共青团温州市委员会, 团市委.
  const prefix = ANY_PREFIX.exec(name);
  const suffix = /(?:委员会|委)$/u.exec(name);
  if (prefix && suffix && prefix[0].length < suffix.index) {
    const middle = name.slice(prefix[0].length, suffix.index);
    // 团省委: the gazetteer is Zhejiang's, so the province needs no publisher.
    if (middle === '省' && !ctx.publisherCode) return { code: g.provinceCode, provenance: 'inferred', via: 'province' };
    if (/^[省市县区]$/u.test(middle)) return resolveRelative(g, middle, ctx, label);
    const tokens = segmentChain(g, middle);
    if (tokens && tokens.length > 0) return fromChain(g, tokens, ctx, label, 'explicit');
    if (LONG_PREFIX.test(name) || name.startsWith('团')) {
      return {
        code: null,
        warning: `${label}: ${middle} is not a county-level or higher division of the gazetteer (towns, schools and companies have none); no district assigned`,
      };
    }
  }

  // 3. 嘉兴团市委: a common inversion of 团嘉兴市委.
  const inverted = /^(.+)团([省市县区])委$/u.exec(name);
  if (inverted) {
    const [, place = '', level = ''] = inverted;
    const tokens = segmentChain(g, place);
    if (tokens && tokens.length > 0) {
      const r = fromChain(g, tokens, ctx, label, 'explicit');
      if (r.code === null) return r;
      const d = g.get(r.code);
      if (d && levelFits(d, level)) return r;
    }
  }

  // 4. Unit committees named after their division: 海宁市税务局团委; a division's name alone (椒江区团委) is its committee.
  const unit = /^(.+?)团(?:委|总支|支部)$/u.exec(name);
  if (unit) {
    const [, unitName = ''] = unit;
    if (name.endsWith('团委')) {
      const whole = segmentChain(g, unitName, ['full', 'suffixed']);
      if (whole && whole.length > 0) return fromChain(g, whole, ctx, label, 'explicit');
    }
    const lead = leadingChain(g, unitName, ['full', 'suffixed']);
    if (lead && lead.rest !== '' && lead.tokens[0]?.forms.some((f) => f.kind !== 'short')) {
      return fromChain(g, lead.tokens, ctx, label, 'unit-in-division');
    }
    return {
      code: null,
      warning: `${label}: the committee of a unit (school, company, agency), not of a division; no district assigned`,
    };
  }

  return { code: null, warning: `${label}: not recognised as a Youth League committee of a division; no district assigned` };
}

function fromChain(g: Gazetteer, tokens: Token[], ctx: ResolveContext, label: string, via: string): Resolution {
  const r = resolveChain(g, tokens, ctx, label);
  if ('warning' in r) return { code: null, warning: r.warning };
  const viaOut = r.via === 'bare-name-in-city' ? r.via : via;
  return withNote(g, { code: r.division.code, provenance: r.provenance, via: viaOut }, r.division, ctx);
}

function withNote(g: Gazetteer, res: { code: string; provenance: 'printed' | 'inferred'; via: string }, division: Division, ctx: ResolveContext): Resolution {
  const note = anachronismNote(division, ctx.date, (c) => g.get(c)?.name ?? c);
  return note ? { ...res, note } : res;
}

/** Whether a division can be called a 省/市/县/区 (海宁市 is a county-level 市). */
function levelFits(d: Division, level: string): boolean {
  switch (level) {
    case '省':
      return d.level === 'province';
    case '市':
      return d.level === 'city' || (d.level === 'county' && d.name.endsWith('市'));
    case '县':
      return d.level === 'county' && d.name.endsWith('县');
    case '区':
      return d.level === 'county' && d.name.endsWith('区');
    default:
      return false;
  }
}

function publisherOf(g: Gazetteer, ctx: ResolveContext): Division | undefined {
  return ctx.publisherCode ? g.get(ctx.publisherCode) : undefined;
}

/** 团省委 / 团市委 / 团县委 / 团区委 against the publisher. */
function resolveRelative(g: Gazetteer, level: string, ctx: ResolveContext, label: string): Resolution {
  const pub = publisherOf(g, ctx);
  if (!pub) {
    return { code: null, warning: `${label}: a relative name needs the bulletin's publisher, which is unknown; no district assigned` };
  }
  let target: Division | undefined;
  if (level === '省') target = g.get(g.provinceCode);
  else if (levelFits(pub, level)) target = pub;
  else if (level === '市' && pub.level === 'county' && pub.parent) target = g.get(pub.parent);
  if (!target) {
    return {
      code: null,
      warning: `${label}: the publisher is ${pub.name}, so which 团${level}委 is meant is not known; no district assigned`,
    };
  }
  return { code: target.code, provenance: 'inferred', via: 'relative-to-publisher' };
}

/** A 团工委: the division its name starts with, else the publisher's. */
function resolveWorkCommittee(g: Gazetteer, body: string, ctx: ResolveContext, label: string): Resolution {
  const lead = leadingChain(g, body);
  if (lead) {
    const r = resolveChain(g, lead.tokens, ctx, label);
    if (!('warning' in r)) {
      // A 新区 named after a county-level place (钱塘新区) is a zone of the city above it, not that district.
      const zone = lead.rest === '新区' && r.division.level === 'county' && r.division.parent ? g.get(r.division.parent) : undefined;
      const d = zone ?? r.division;
      return withNote(g, { code: d.code, provenance: r.provenance, via: 'work-committee' }, d, ctx);
    }
  }
  const pub = publisherOf(g, ctx);
  if (!pub) {
    return {
      code: null,
      warning: `${label}: a working committee (团工委) belongs to the committee above it, but the bulletin's publisher is unknown; no district assigned`,
    };
  }
  return { code: pub.code, provenance: 'inferred', via: 'work-committee' };
}

/** 共青团嘉兴市委 → 330400; 共青团浙江省委办公室 → 330000 (a department of the committee). */
export function resolvePublisher(g: Gazetteer, publisher: string): string | undefined {
  const name = clean(publisher);
  const whole = resolveOrganisation(g, name, {});
  if (whole.code !== null && whole.provenance === 'printed') return whole.code;
  // Drop a trailing department: …委办公室, …委员会宣传部.
  const committee = /^((?:中国共产主义青年团|共青团|团).+?委(?:员会)?)(?=[^员会]).+$/u.exec(name);
  if (committee) {
    const [, committeeName = ''] = committee;
    const r = resolveOrganisation(g, committeeName, {});
    if (r.code !== null && r.provenance === 'printed') return r.code;
  }
  return undefined;
}
