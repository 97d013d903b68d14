/**
 * Reports received in the period, counted by type of tension, status of the information and source, and
 * (full tier) listed one by one. The edited tier lists none and withholds small counts as every count output
 * of the app does (SUPPRESSION.md): status and source counts add up to the total, so they are protected with
 * secondary suppression; a report may have several types, so type counts are protected one by one.
 */
import type { InformationStatus, ReportSourceKind, TensionReport, TensionType } from '../../types';
import type { MessageKey } from '../../i18n/translate';
import { protectCounts, protectedCell } from '../secondary-suppression';
import { suppressCell } from '../small-number-suppression';
import { day, literal, message, type ReportBlock, type ReportSection, type ReportText } from './report-document';
import type { TensionReportInput } from './report-input';
import type { ReportPeriod } from './report-period';
import { joinTexts } from './cia-section';
import { areaText } from './summary-section';

const TYPES: readonly TensionType[] = ['political', 'community', 'immigration-asylum-refugees', 'racial-religious', 'criminal', 'national-international', 'future', 'organisational-capacity'];
const STATUSES: readonly InformationStatus[] = ['experienced', 'evidenced', 'potential'];
const SOURCES: readonly ReportSourceKind[] = ['resident', 'area-worker', 'own-observation', 'partner-agency', 'media', 'social-media', 'other'];

/** Reports received in the period: not withdrawn, reporting something from its first to its last moment. */
export function reportsInPeriod(reports: readonly TensionReport[], period: ReportPeriod): TensionReport[] {
  return reports.filter((report) => !report.withdrawn && report.timeMs >= period.fromMs && report.timeMs <= period.toMs).sort((a, b) => a.timeMs - b.timeMs);
}

/** One count table: a row per category and a total row, each cell written as the tier allows. */
interface CountRows {
  labels: ReportText[];
  cells: Array<number | string>;
}

function countRows(keyPrefix: string, categories: readonly string[], counts: readonly number[], total: number, tier: TensionReportInput['tier'], addsUp: boolean): CountRows {
  const labels = [...categories.map((c) => message(`${keyPrefix}.${c}` as MessageKey)), message('document.reports.totalRow')];
  const values = [...counts, total];
  if (tier === 'full') return { labels, cells: values };
  if (!addsUp) return { labels, cells: values.map((value) => suppressCell(value, 'count') ?? '') };
  const { status } = protectCounts({ values, lines: [{ parts: counts.map((_, i) => i), total: counts.length }] });
  return { labels, cells: values.map((value, i) => protectedCell(value, status[i]) ?? '') };
}

function countTable(caption: ReportText, rows: CountRows): ReportBlock {
  return {
    kind: 'table',
    caption,
    header: [message('document.reports.category'), message('document.reports.count')],
    rows: rows.labels.map((label, i) => [label, literal(String(rows.cells[i]))]),
    widths: [4, 1],
  };
}

function placeText(input: TensionReportInput, report: TensionReport): ReportText {
  if (report.place.areaCode) return report.place.areaName ? literal(report.place.areaName) : areaText(input, report.place.areaCode);
  if (report.place.areaName) return literal(report.place.areaName);
  const position = report.place.position;
  return position ? message('document.place.position', { lat: position[1].toFixed(4), lng: position[0].toFixed(4) }) : literal('—');
}

/** The reports section for the period. */
export function reportsSection(input: TensionReportInput, period: ReportPeriod): ReportSection {
  const received = reportsInPeriod(input.reports, period);
  const total = received.length;
  const count = <T extends string>(categories: readonly T[], has: (report: TensionReport, category: T) => boolean) => categories.map((c) => received.filter((report) => has(report, c)).length);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: message('document.reports.total', { from: day(period.fromMs), to: day(period.toMs), count: input.tier === 'edited' ? String(suppressCell(total, 'count')) : total }) },
    countTable(message('document.reports.byType'), countRows('reports.type', TYPES, count(TYPES, (r, c) => r.tensionTypes.includes(c)), total, input.tier, false)),
    countTable(message('document.reports.byStatus'), countRows('reports.status', STATUSES, count(STATUSES, (r, c) => r.status === c), total, input.tier, true)),
    countTable(message('document.reports.bySource'), countRows('reports.source', SOURCES, count(SOURCES, (r, c) => r.sourceKind === c), total, input.tier, true)),
  ];
  if (input.tier === 'edited') blocks.push({ kind: 'paragraph', text: message('document.reports.suppression') });
  if (input.tier === 'full' && received.length) {
    blocks.push({ kind: 'heading', level: 3, text: message('document.reports.list') }, {
      kind: 'table',
      caption: message('document.reports.list'),
      header: [message('document.reports.when'), message('document.reports.where'), message('document.reports.types'), message('document.reports.narrative'), message('document.reports.recordedBy')],
      rows: received.map((report) => [
        day(report.timeMs),
        placeText(input, report),
        joinTexts(report.tensionTypes.map((type) => message(`reports.type.${type}` as MessageKey))),
        report.rumour ? message('document.reports.rumour', { text: report.narrative }) : literal(report.narrative),
        literal([report.recordedBy, report.agency].filter((name) => name.trim() !== '').join(', ')),
      ]),
      widths: [1.1, 1.5, 1.6, 3.4, 1.5],
    });
  }
  return { id: 'reports', title: message('document.section.reports'), blocks };
}
