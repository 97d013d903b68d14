/**
 * Builds a share package from plain inputs: the chosen areas of a boundary layer, per-area layer values by
 * period, tension ratings and (only if asked) incident points, with small counts withheld by default.
 */
import type { AreaGeometry, AreaLevel } from '../../types';
import { SHARE_FORMAT, SHARE_FORMAT_VERSION, SMALL_COUNT_LIMIT, SUPPRESSED, type ShareCell, type ShareLayer, type ShareMetadata, type SharePackage, type SharePoints, type ShareReports, type ShareTension, type ShareAssessmentSummary } from './format';

/** A layer before packaging: `values[areaIndex][periodIndex]`, parallel to the boundary's areas. */
export interface ShareLayerInput extends Omit<ShareLayer, 'values'> {
  values: ReadonlyArray<ReadonlyArray<number | null>>;
}

/** Everything the builder needs; `areaIndexes` picks the areas to send (e.g. one authority's). */
export interface ShareBuildInput {
  metadata: Omit<ShareMetadata, 'suppression' | 'pointsIncluded' | 'period'>;
  suppressSmallCounts: boolean;
  boundaries: { label: string; level: AreaLevel; areaCodes: ReadonlyArray<string>; areaNames: ReadonlyArray<string>; geometries: ReadonlyArray<AreaGeometry> };
  areaIndexes: ReadonlyArray<number>;
  layers: ShareLayerInput[];
  tension: ShareTension | null;
  incidents: SharePoints | null;
  /** Tension reports with the fields the sender chose (issue 14); absent or null when not chosen. */
  reports?: ShareReports | null;
  /** Assessment summaries the sender chose to include (none unless chosen); their areas are cut to those sent. */
  assessments?: ShareAssessmentSummary[];
  /**
   * Cells withheld besides the small counts, by layer id then `[areaIndex][periodIndex]`: the complements
   * secondary suppression chose (computed by the caller, which may use analysis/) so no count is recovered.
   */
  withheld?: Record<string, ReadonlyArray<ReadonlyArray<boolean>>>;
}

/** True for a count the sender withholds: more than 0 and fewer than SMALL_COUNT_LIMIT. */
export function isSmallCount(value: number | null): boolean {
  return value !== null && value > 0 && value < SMALL_COUNT_LIMIT;
}

/** The current-version package for the inputs. Areas without a code are left out (nothing could join to them). */
export function buildSharePackage(input: ShareBuildInput): SharePackage {
  const { boundaries } = input;
  const indexes = input.areaIndexes.filter((i) => boundaries.areaCodes[i]);
  const codes = new Set(indexes.map((i) => boundaries.areaCodes[i]));
  const counts = new Map(input.layers.filter((l) => l.kind === 'count' || l.unit === 'count').map((l) => [l.id, l]));
  const layers: ShareLayer[] = input.layers.map((layer) => {
    const countLayer = layer.rateOf ? counts.get(layer.rateOf) : undefined;
    const isCount = counts.has(layer.id);
    const values: Record<string, ShareCell[]> = {};
    for (const i of indexes) {
      values[boundaries.areaCodes[i]] = layer.periods.map((_, p): ShareCell => {
        const value = layer.values[i]?.[p] ?? null;
        const cell = value !== null && Number.isFinite(value) ? value : null;
        if (!input.suppressSmallCounts) return cell;
        const withheld = (id: string, value: number | null) => isSmallCount(value) || input.withheld?.[id]?.[i]?.[p] === true;
        if (isCount && cell !== null && withheld(layer.id, cell)) return SUPPRESSED;
        if (countLayer && cell !== null && withheld(countLayer.id, countLayer.values[i]?.[p] ?? null)) return SUPPRESSED;
        return cell;
      });
    }
    return { ...layer, values };
  });
  const dated = layers.flatMap((l) => l.periods).filter((p) => p !== '').sort();
  return {
    format: SHARE_FORMAT,
    version: SHARE_FORMAT_VERSION,
    metadata: {
      ...input.metadata,
      period: { first: dated[0] ?? null, last: dated[dated.length - 1] ?? null },
      suppression: { enabled: input.suppressSmallCounts, limit: SMALL_COUNT_LIMIT, label: `<${SMALL_COUNT_LIMIT}` },
      pointsIncluded: input.incidents !== null,
    },
    boundaries: {
      label: boundaries.label,
      level: boundaries.level,
      areas: indexes.map((i) => ({ areaCode: boundaries.areaCodes[i], areaName: boundaries.areaNames[i] ?? '', geometry: boundaries.geometries[i] })),
    },
    layers,
    tension: input.tension ? { ...input.tension, assessments: input.tension.assessments.filter((a) => codes.has(a.areaCode)) } : null,
    incidents: input.incidents,
    reports: reportsIn(input.reports ?? null, codes),
    // A summary about none of the areas sent has nothing to say to the receiver here: it is left out.
    assessments: (input.assessments ?? []).map((a) => ({ ...a, areaCodes: a.areaCodes.filter((code) => codes.has(code)) })).filter((a) => a.areaCodes.length > 0),
  };
}

/** The reports placed in the areas sent; null when none is. */
function reportsIn(reports: ShareReports | null, codes: ReadonlySet<string>): ShareReports | null {
  const kept = reports?.reports.filter((report) => codes.has(report.areaCode)) ?? [];
  return reports && kept.length ? { fields: [...reports.fields], reports: kept } : null;
}

/** The package as the text of a `.atlas-share.json` file (format and version first, for sniffing). */
export function serializeSharePackage(pkg: SharePackage): string {
  return JSON.stringify(pkg);
}

/** A file name for the package: authority, date, and the `.atlas-share.json` suffix the app recognises. */
export function sharePackageFileName(authority: string, producedAt: string): string {
  const slug = authority.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'authority';
  return `${slug}-${producedAt.slice(0, 10)}.atlas-share.json`;
}
