// The district map (SVG drawn at build time from committed boundary data,
// scripts/map-data.ts) and the per-year bar chart.
export { districtMap, type DistrictMap, type DrawnArea } from './render.ts';
export { mapAreas, currentFor, shade, type MapArea, type MapDivision } from './areas.ts';
export { yearBars, type YearBars } from './bars.ts';
