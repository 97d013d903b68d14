/**
 * Older share-package layouts, lifted to the current one. Each step takes the previous version's object
 * (already checked) and returns the next version's; reading applies them in order.
 */
import { SHARE_FORMAT, SMALL_COUNT_LIMIT, SUPPRESSED, type ShareCell, type SharePackage, type SharePackageV1 } from './format';

/**
 * Version 0: the pre-release draft layout (superseded before the first release; see FORMAT.md). One count
 * layer as `counts.byPeriod[period][areaCode]` with -1 for a suppressed cell, areas as a GeoJSON
 * FeatureCollection with `code`/`name` properties, and flat metadata.
 */
export interface SharePackageV0 {
  format: typeof SHARE_FORMAT;
  version: 0;
  authority: string;
  produced: string;
  marking: string;
  source: string;
  level: SharePackage['boundaries']['level'];
  areas: { type: 'FeatureCollection'; features: { type: 'Feature'; properties: { code: string; name?: string }; geometry: SharePackage['boundaries']['areas'][number]['geometry'] }[] };
  counts: { name: string; byPeriod: Record<string, Record<string, number | null>> };
}

/** Version 0 → 1: metadata gathered under `metadata`, areas flattened, the counts become one count layer. */
export function migrateV0toV1(old: SharePackageV0): SharePackageV1 {
  const periods = Object.keys(old.counts.byPeriod).sort();
  const areas = old.areas.features.map((f) => ({ areaCode: String(f.properties.code), areaName: f.properties.name ?? '', geometry: f.geometry }));
  const values: Record<string, ShareCell[]> = {};
  let suppressedAny = false;
  for (const area of areas) {
    values[area.areaCode] = periods.map((period) => {
      const v = old.counts.byPeriod[period][area.areaCode];
      if (v === -1) {
        suppressedAny = true;
        return SUPPRESSED;
      }
      return typeof v === 'number' ? v : null;
    });
  }
  return {
    format: SHARE_FORMAT,
    version: 1,
    metadata: {
      authority: { name: old.authority },
      producedAt: old.produced,
      appVersion: 'pre-release',
      sources: [old.source],
      period: { first: periods[0] ?? null, last: periods[periods.length - 1] ?? null },
      classification: null,
      marking: old.marking,
      suppression: { enabled: suppressedAny, limit: SMALL_COUNT_LIMIT, label: `<${SMALL_COUNT_LIMIT}` },
      pointsIncluded: false,
    },
    boundaries: { label: old.authority, level: old.level, areas },
    layers: [{ id: 'counts', name: old.counts.name, kind: 'count', unit: 'count', source: old.source, periods, values }],
    tension: null,
    incidents: null,
    reports: null,
  };
}

/** Version 1 → 2: packages gained the assessment summaries a sender may include; a version 1 package has none. */
export function migrateV1toV2(old: SharePackageV1): SharePackage {
  return { ...old, version: 2, assessments: [] };
}
