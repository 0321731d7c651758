// The district map as data for the page: each current county-level division
// an area (SVG path, or a tile when the boundary data has no shape for it),
// shaded by its article count; city borders and names on top.
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import topoJson from './zhejiang-counties.topo.json';
import { mapAreas, shade, type MapArea, type MapDivision } from './areas.ts';
import { CompactPath } from './path.ts';

export const WIDTH = 400;
export const HEIGHT = 380;
const TILE = { w: 52, h: 22, gap: 6 };

interface ShapeProps {
  name: string;
}
const topo = topoJson as unknown as Topology<{ counties: GeometryCollection<ShapeProps> }>;
// Every shape is a (multi)polygon with its GB/T 2260 code as id (scripts/map-data.ts).
const shapes = topo.objects.counties.geometries as ((Polygon<ShapeProps> | MultiPolygon<ShapeProps>) & { id: string })[];

export interface DrawnArea extends MapArea {
  shade: number;
  /** Path data (shapes) or undefined for a tile. */
  d?: string;
  tile?: { x: number; y: number; w: number; h: number };
}

export interface DistrictMap {
  width: number;
  height: number;
  areas: DrawnArea[];
  max: number;
  cityBorders: string;
  outline: string;
  cities: { code: string; name: string; x: number; y: number }[];
  /** Where the boundary data comes from. */
  source: string;
}

function draw(path: ReturnType<typeof geoPath>, object: GeoPermissibleObjects): string {
  const ctx = new CompactPath();
  path.context(ctx as unknown as CanvasRenderingContext2D)(object);
  return ctx.toString();
}

export function districtMap(divisions: MapDivision[]): DistrictMap {
  const areas = mapAreas(
    divisions,
    shapes.map((s) => s.id),
  );
  const cityOf = new Map<string, string>();
  for (const a of areas) for (const s of a.shapes) cityOf.set(s, a.city);
  const tiles = areas.filter((a) => a.shapes.length === 0);
  const all = merge(topo, shapes);
  const projection = geoMercator().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    all,
  );
  const path = geoPath(projection);
  const max = Math.max(0, ...areas.map((a) => a.count));
  const byCode = new Map(shapes.map((s) => [s.id, s]));
  const drawn = areas.map<DrawnArea>((a) => {
    const base = { ...a, shade: shade(a.count, max) };
    if (a.shapes.length === 0) {
      // Tiles stack up from the bottom right corner, over the sea off Wenzhou and Taizhou.
      const i = tiles.indexOf(a);
      return { ...base, tile: { x: WIDTH - TILE.w - 8, y: HEIGHT - 8 - (tiles.length - i) * (TILE.h + TILE.gap) + TILE.gap, w: TILE.w, h: TILE.h } };
    }
    return {
      ...base,
      d: draw(
        path,
        merge(
          topo,
          a.shapes.map((c) => byCode.get(c)!),
        ),
      ),
    };
  });
  const cityBorders = draw(
    path,
    mesh(topo, topo.objects.counties, (x, y) => x !== y && cityOf.get(String(x.id)) !== cityOf.get(String(y.id))),
  );
  const outline = draw(
    path,
    mesh(topo, topo.objects.counties, (x, y) => x === y),
  );
  const cityCodes = [...new Set(areas.map((a) => a.city))].sort();
  const cities = cityCodes.map((code) => {
    const own = shapes.filter((s) => cityOf.get(s.id) === code);
    const [x, y] = path.centroid(merge(topo, own));
    return { code, name: divisions.find((d) => d.code === code)?.name ?? code, x: Math.round(x), y: Math.round(y) };
  });
  return { width: WIDTH, height: HEIGHT, areas: drawn, max, cityBorders, outline, cities, source: String((topoJson as { source?: string }).source ?? '') };
}
