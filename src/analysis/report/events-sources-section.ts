/**
 * The report's forthcoming events (planned events on or after the report's day, soonest first) and its
 * sources (the logs and records it was made from). Events are placed by area; the edited tier gives no
 * point, only the area when one is named.
 */
import { startOfDayMs } from '../cia/review';
import { day, literal, message, type ReportSection, type ReportText } from './report-document';
import type { TensionReportInput } from './report-input';
import { areaText } from './summary-section';

/** The forthcoming events section. */
export function eventsSection(input: TensionReportInput): ReportSection {
  const today = startOfDayMs(input.atMs);
  const coming = input.events.filter((event) => event.timeMs >= today).sort((a, b) => a.timeMs - b.timeMs);
  const title = message('document.section.events');
  if (coming.length === 0) return { id: 'events', title, blocks: [{ kind: 'paragraph', text: message('document.events.none', { date: day(input.atMs) }) }] };
  const place = (event: (typeof coming)[number]): ReportText => {
    if (event.place.areaCode) return event.place.areaName ? literal(event.place.areaName) : areaText(input, event.place.areaCode);
    if (event.place.areaName) return literal(event.place.areaName);
    const position = event.place.position;
    return position && input.tier === 'full' ? message('document.place.position', { lat: position[1].toFixed(4), lng: position[0].toFixed(4) }) : literal('—');
  };
  return {
    id: 'events',
    title,
    blocks: [{
      kind: 'table',
      caption: title,
      header: [message('document.events.date'), message('document.events.place'), message('document.events.note')],
      rows: coming.map((event) => [day(event.timeMs), place(event), literal(event.note)]),
      widths: [1.2, 2, 4.5],
    }],
  };
}

/** The sources section: what the document was made from, and when. */
export function sourcesSection(input: TensionReportInput): ReportSection {
  const lines: ReportText[] = [
    ...input.tensionFiles.map((file) => message('document.sources.tensionFile', { file })),
    message('document.sources.entered', { count: input.enteredCount }),
    message('document.sources.reports', { count: input.reports.length }),
    message('document.sources.assessments', { count: input.cias.length, count2: input.actions.length }),
    message('document.sources.produced', { date: day(input.producedMs) }),
  ];
  return { id: 'sources', title: message('document.section.sources'), blocks: lines.map((text) => ({ kind: 'paragraph' as const, text })) };
}
