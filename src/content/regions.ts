// The country presets, one chunk each, imported relative to the bundle's URL. Static import() paths, so that
// rollup can see and split them.
import type { RegionId, RegionPreset } from './region.js';

export const regionLoaders: Record<RegionId, () => Promise<{ preset: () => RegionPreset }>> = {
  us: () => import('./regions/region-us.js'),
  gb: () => import('./regions/region-gb.js'),
  se: () => import('./regions/region-se.js'),
  de: () => import('./regions/region-de.js'),
};
