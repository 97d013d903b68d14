/**
 * The tension reports and planned events (issue 14) an assessment cites: those in its footprint offered for
 * citing, and each citation found again by its stable id (a report withdrawn or removed since is said so,
 * never silently dropped).
 */
import type { AreaDataset, CiaLink, CommunityImpactAssessment, PlannedEvent, TensionReport } from '../../types';
import { reportAreaIndex } from '../reports/report-areas';

/** Up to this many characters of a report's narrative name it in a citation. */
const LABEL_CHARS = 80;

/** The link citing a report, labelled by the start of its narrative (kept for when the report is gone). */
export function reportLink(report: Pick<TensionReport, 'id' | 'narrative'>): CiaLink {
  const text = report.narrative.trim().replace(/\s+/g, ' ');
  return { kind: 'report', id: report.id, label: text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text };
}

/** The link citing a planned event, labelled by its note. */
export function eventLink(event: Pick<PlannedEvent, 'id' | 'note'>): CiaLink {
  return { kind: 'event', id: event.id, label: event.note };
}

/** A citation found again: the report or event it names, or `missing` when the workspace no longer holds it. */
export type ResolvedCitation =
  | { kind: 'report'; link: CiaLink; report: TensionReport }
  | { kind: 'event'; link: CiaLink; event: PlannedEvent }
  | { kind: 'missing'; link: CiaLink };

/** Each report or event citation of the assessment with what it names now, in citation order. */
export function resolveCitations(citations: readonly CiaLink[], reports: readonly TensionReport[], events: readonly PlannedEvent[]): ResolvedCitation[] {
  return citations.flatMap((link): ResolvedCitation[] => {
    if (link.kind === 'report') {
      const report = reports.find((r) => r.id === link.id);
      return [report ? { kind: 'report', link, report } : { kind: 'missing', link }];
    }
    if (link.kind === 'event') {
      const event = events.find((e) => e.id === link.id);
      return [event ? { kind: 'event', link, event } : { kind: 'missing', link }];
    }
    return [];
  });
}

/**
 * The reports (not withdrawn) and events in the footprint's areas (`codes` of `layer`) that the assessment
 * does not cite yet, newest first: the workspace's own records, gathered for the footprint. A record is in
 * the area it names, else the area holding its point, as the report counts place it.
 */
export function citableInFootprint(
  assessment: Pick<CommunityImpactAssessment, 'citations'>,
  layer: Pick<AreaDataset, 'areaCodes' | 'features'>,
  codes: readonly string[],
  reports: readonly TensionReport[],
  events: readonly PlannedEvent[],
): { reports: TensionReport[]; events: PlannedEvent[] } {
  const wanted = new Set(codes);
  const inside = (place: TensionReport['place']) => {
    const index = reportAreaIndex(place, layer);
    return index !== -1 && wanted.has(layer.areaCodes[index]);
  };
  const cited = new Set(assessment.citations.map((c) => `${c.kind}:${c.id}`));
  return {
    reports: reports.filter((r) => !r.withdrawn && !cited.has(`report:${r.id}`) && inside(r.place)).sort((a, b) => b.timeMs - a.timeMs),
    events: events.filter((e) => !cited.has(`event:${e.id}`) && inside(e.place)).sort((a, b) => b.timeMs - a.timeMs),
  };
}
