/**
 * The share package (issue 7, "Sharing with neighbours"): one JSON file with boundaries and aggregated
 * layers for another authority's copy of the app. The layout is documented, with its version history, in
 * FORMAT.md beside this file; bump SHARE_FORMAT_VERSION and add a migration when it changes.
 */
import type { AreaLevel, InformationStatus, ReportSourceKind, SourceReliability, TensionScale, TensionType } from '../../types';

/** The `format` value every package starts with. */
export const SHARE_FORMAT = 'cohesion-atlas-share';

/** The version this app writes. Readers accept this and every older version (see migrate.ts). */
export const SHARE_FORMAT_VERSION = 2;

/** Counts from 1 to SMALL_COUNT_LIMIT − 1 are withheld when suppression is on (shown as "<5"). */
export const SMALL_COUNT_LIMIT = 5;

/** A cell withheld by the sender: not zero, not missing. */
export const SUPPRESSED = 'suppressed';

export type ShareCell = number | null | typeof SUPPRESSED;

/** Who produced the package and how it must be handled. */
export interface ShareMetadata {
  authority: { name: string; code?: string };
  /** ISO 8601 date-time. */
  producedAt: string;
  appVersion: string;
  /** Files and tables the layers were computed from. */
  sources: string[];
  /** First and last period covered by any layer ("2023-01", "2019"), null when none is dated. */
  period: { first: string | null; last: string | null };
  /** The sender's classification of the layer on screen when exporting, for reference. */
  classification: { field: string; method: string; classCount: number; paletteId: string; thresholds: number[] } | null;
  /** Sensitivity marking, e.g. "OFFICIAL-SENSITIVE". */
  marking: string;
  suppression: { enabled: boolean; limit: number; label: string };
  pointsIncluded: boolean;
}

/** One area: its GSS code and name and WGS84 geometry. */
export interface ShareArea {
  areaCode: string;
  areaName: string;
  geometry: import('geojson').Polygon | import('geojson').MultiPolygon;
}

/**
 * One aggregated layer. `values[areaCode][p]` is the value in `periods[p]`; `rateOf` names the count layer
 * a rate was computed from (its cells are suppressed where the count's are).
 */
export interface ShareLayer {
  id: string;
  name: string;
  kind: 'count' | 'rate' | 'indicator' | 'field';
  unit: 'count' | 'per-1000' | 'percent' | 'number';
  source: string;
  /** Period labels in time order: "YYYY-MM" months, "YYYY" years, or [""] for an undated layer. */
  periods: string[];
  rateOf?: string;
  values: Record<string, ShareCell[]>;
}

/** Tension ratings by area, community type and assessment date (notes are never exported). */
export interface ShareTension {
  scale: TensionScale;
  assessments: { areaCode: string; communityType: string; date: string; current: number; potential: number }[];
}

/** Incident points, only when the sender ticked the box and accepted the warning. */
export interface SharePoints {
  name: string;
  categories: string[];
  /** [lng, lat, timeMs, categoryIndex] per incident. */
  points: [number, number, number, number][];
}

/**
 * The fields of a tension report a sender may choose to share (issue 14), besides what always travels (id,
 * day, area code, types of tension, status of the information). `place` is the exact point and postcode;
 * `narrative` carries the rumour mark with it.
 */
export type ShareReportField = 'time' | 'communities' | 'reliability' | 'sourceKind' | 'place' | 'narrative' | 'actionTaken' | 'recordedBy' | 'agency';

/** Every field a sender may share, in the order the dialog lists them. */
export const SHARE_REPORT_FIELDS: readonly ShareReportField[] = ['time', 'communities', 'reliability', 'sourceKind', 'place', 'narrative', 'actionTaken', 'recordedBy', 'agency'];

/** Fields that can name people, repeat rumours or point at a home: left out unless the sender ticks them. */
export const SENSITIVE_REPORT_FIELDS: ReadonlySet<ShareReportField> = new Set(['place', 'narrative', 'actionTaken', 'recordedBy', 'agency']);

/** One shared report: what always travels, and each chosen field (absent when not chosen). */
export interface ShareReport {
  id: string;
  /** The day it happened, "YYYY-MM-DD"; with `time` chosen, `time` holds the minute ("HH:MM", UTC). */
  date: string;
  areaCode: string;
  tensionTypes: TensionType[];
  status: InformationStatus;
  time?: string;
  communities?: string[];
  reliability?: SourceReliability;
  sourceKind?: ReportSourceKind;
  position?: [number, number];
  postcode?: string;
  atPostcodeCentroid?: boolean;
  narrative?: string;
  rumour?: boolean;
  actionTaken?: string;
  recordedBy?: string;
  agency?: string;
}

/** Tension reports the sender chose to share, with the fields chosen (issue 14). Never present unless chosen. */
export interface ShareReports {
  fields: ShareReportField[];
  reports: ShareReport[];
}

/**
 * A Community Impact Assessment's edited summary (issue 17), only when the sender chose to include it: the
 * summary written for partners, its risk level and status, the day it was opened, and its areas among those
 * sent. Nothing else of an assessment ever travels.
 */
export interface ShareAssessmentSummary {
  id: string;
  summary: string;
  level: 'low' | 'medium' | 'high' | null;
  status: 'draft' | 'agreed' | 'closed';
  /** YYYY-MM-DD. */
  opened: string;
  areaCodes: string[];
}

/** A package in the current layout (older layouts are migrated to this on reading). */
export interface SharePackage {
  format: typeof SHARE_FORMAT;
  version: typeof SHARE_FORMAT_VERSION;
  metadata: ShareMetadata;
  boundaries: { label: string; level: AreaLevel; areas: ShareArea[] };
  layers: ShareLayer[];
  tension: ShareTension | null;
  incidents: SharePoints | null;
  /** Issue 14: an optional section of version 1 (absent in packages from earlier builds, read as null). */
  reports: ShareReports | null;
  /** Assessment summaries the sender chose to include (version 2 on); empty when none. */
  assessments: ShareAssessmentSummary[];
}

/** Version 1: the current layout without assessment summaries. */
export type SharePackageV1 = Omit<SharePackage, 'version' | 'assessments'> & { version: 1 };

/** True for a file name this app gives packages, or JSON bytes that start like a package. */
export function looksLikeSharePackage(name: string, bytes: ArrayBuffer): boolean {
  if (/\.atlas-share\.json$/i.test(name)) return true;
  if (!/\.json$/i.test(name)) return false;
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.slice(0, 400));
  return /"format"\s*:\s*"cohesion-atlas-share"/.test(head);
}
