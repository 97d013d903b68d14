/**
 * The report's tension summary: the guide's summary form for the whole district, then for each area of
 * concern (an area whose overall current or potential rating calls for a Community Impact Assessment), with
 * trend arrows and the group's recorded judgement. The edited tier leaves out the rows naming who rated.
 */
import type { TensionSummaryCell, TensionSummaryRow } from '../../types';
import type { MessageKey } from '../../i18n/translate';
import { areaTensionOverall } from '../tension/area-overall';
import { tensionSummaryTable } from '../tension/summary-table';
import { TREND_ARROWS } from '../tension/tension-scale';
import { communityTypeKey } from '../tension/community-type-keys';
import { day, literal, message, type ReportBlock, type ReportSection, type ReportText } from './report-document';
import type { TensionReportInput } from './report-input';

/** The end of the report's day: ratings made that day count. */
const endOfDay = (atMs: number) => Math.floor(atMs / 86_400_000) * 86_400_000 + 86_399_999;

/** A community type in the report's language (standard types translated, the user's own as written). */
export function communityText(communityType: string): ReportText {
  const key = communityTypeKey(communityType);
  return key ? message(key) : literal(communityType);
}

/** An area's name from the boundary layers, else as the log gave it, else its code. */
export function areaText(input: Pick<TensionReportInput, 'areaNames' | 'assessments'>, areaCode: string): ReportText {
  const name = input.areaNames[areaCode] ?? input.assessments.find((row) => row.areaCode === areaCode && row.areaName)?.areaName;
  return literal(name ?? areaCode);
}

function cellText(cell: TensionSummaryCell): ReportText {
  const level = message(`tension.level.${cell.rating.scale}.${cell.rating.level}` as MessageKey);
  return message('document.summary.cell', { level, arrow: cell.trend === null ? '' : TREND_ARROWS[cell.trend] });
}

function rowLabel(row: TensionSummaryRow, table: readonly TensionSummaryRow[], tier: TensionReportInput['tier']): ReportText {
  if (row.kind === 'source') return message('tension.sourceRow', { community: communityText(row.label), agency: row.agency ?? '—' });
  if (row.kind === 'agreed') return tier === 'full' && row.agency ? message('tension.agreedRow', { agency: row.agency }) : message('document.summary.agreed');
  if (row.kind === 'overall') return table.some((r) => r.kind === 'agreed') ? message('tension.mostAlarmingRow') : message('tension.overallAssessment');
  return communityText(row.label);
}

function formTable(input: TensionReportInput, area: string | 'district', atMs: number, caption: ReportText): ReportBlock | null {
  const table = tensionSummaryTable(input.assessments, atMs, area, input.communityOrder, input.judgements);
  const shown = input.tier === 'full' ? table : table.filter((row) => row.kind !== 'source');
  if (shown.length === 0) return null;
  return {
    kind: 'table',
    caption,
    header: [message('document.summary.row'), message('document.summary.current'), message('document.summary.potential'), message('document.summary.assessed')],
    rows: shown.map((row) => [rowLabel(row, table, input.tier), cellText(row.current), cellText(row.potential), day(row.timeMs)]),
    widths: [3, 1.4, 1.4, 1.4],
  };
}

/** The area codes of concern on the report's day, in area code order. */
export function areasOfConcern(input: Pick<TensionReportInput, 'assessments' | 'atMs'>): string[] {
  return areaTensionOverall(input.assessments, endOfDay(input.atMs)).filter((area) => area.impactAssessment !== null).map((area) => area.areaCode);
}

/** The summary section: the district's form, then one form per area of concern. */
export function summarySection(input: TensionReportInput): ReportSection {
  const atMs = endOfDay(input.atMs);
  const title = message('document.section.summary');
  const district = formTable(input, 'district', atMs, message('tension.summaryHeading', { scope: message('document.summary.district'), date: day(input.atMs) }));
  if (!district) return { id: 'summary', title, blocks: [{ kind: 'paragraph', text: message('document.summary.none', { date: day(input.atMs) }) }] };
  const concern = areasOfConcern(input);
  const blocks: ReportBlock[] = [district, { kind: 'paragraph', text: message('document.summary.arrows') }];
  blocks.push({ kind: 'paragraph', text: concern.length ? message('document.summary.concernIntro', { date: day(input.atMs), count: concern.length }) : message('document.summary.noConcern', { date: day(input.atMs) }) });
  for (const areaCode of concern) {
    const name = areaText(input, areaCode);
    const table = formTable(input, areaCode, atMs, message('tension.summaryHeading', { scope: name, date: day(input.atMs) }));
    if (table) blocks.push({ kind: 'heading', level: 3, text: name }, table);
  }
  return { id: 'summary', title, blocks };
}
