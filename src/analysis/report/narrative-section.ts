/**
 * The report's narrative (full tier only): the notes recorded with the tension assessments in the period,
 * oldest first, so the group reads what lies behind the ratings.
 */
import { day, literal, message, type ReportSection } from './report-document';
import type { TensionReportInput } from './report-input';
import type { ReportPeriod } from './report-period';
import { areaText, communityText } from './summary-section';

/** The narrative section for the period. */
export function narrativeSection(input: TensionReportInput, period: ReportPeriod): ReportSection {
  const noted = input.assessments.filter((row) => row.notes && row.notes.trim() !== '' && row.timeMs >= period.fromMs && row.timeMs <= period.toMs);
  const title = message('document.section.narrative');
  if (noted.length === 0) return { id: 'narrative', title, blocks: [{ kind: 'paragraph', text: message('document.narrative.none') }] };
  return {
    id: 'narrative',
    title,
    blocks: [
      { kind: 'paragraph', text: message('document.narrative.intro', { from: day(period.fromMs), to: day(period.toMs) }) },
      {
        kind: 'table',
        caption: title,
        header: [message('document.narrative.date'), message('document.narrative.area'), message('document.narrative.community'), message('document.narrative.note')],
        rows: noted.map((row) => [day(row.timeMs), areaText(input, row.areaCode), communityText(row.communityType), literal(row.notes!.trim())]),
        widths: [1.2, 1.6, 1.6, 4],
      },
    ],
  };
}
