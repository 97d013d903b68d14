/**
 * The tension monitoring group's report (issue 18) as a document: the sections chosen, in the order chosen,
 * for the full tier (Gold and Silver) or the edited tier (Bronze and partner agencies), which leaves out the
 * narrative, contributor names, individual reports and points, withholds small counts, and names itself on
 * every page.
 */
import { day, EDITED_TIER_OMITS, message, type ReportDocument, type ReportSection, type TensionSectionId } from './report-document';
import type { TensionReportInput } from './report-input';
import { reportPeriod, type ReportPeriod } from './report-period';
import { summarySection } from './summary-section';
import { narrativeSection } from './narrative-section';
import { actionsSection, assessmentsSection } from './cia-section';
import { reportsSection } from './reports-section';
import { eventsSection, sourcesSection } from './events-sources-section';

function section(id: TensionSectionId, input: TensionReportInput, period: ReportPeriod): ReportSection {
  switch (id) {
    case 'summary': return summarySection(input);
    case 'narrative': return narrativeSection(input, period);
    case 'assessments': return assessmentsSection(input);
    case 'actions': return actionsSection(input, period);
    case 'reports': return reportsSection(input, period);
    case 'events': return eventsSection(input);
    case 'sources': return sourcesSection(input);
  }
}

/** The sections a tier includes from those chosen, in the chosen order (each once). */
export function includedSections(sections: readonly TensionSectionId[], tier: TensionReportInput['tier']): TensionSectionId[] {
  return [...new Set(sections)].filter((id) => tier === 'full' || !EDITED_TIER_OMITS.has(id));
}

/** Builds the tension monitoring group's report for `input.atMs`. */
export function buildTensionReport(input: TensionReportInput): ReportDocument {
  const period = reportPeriod(input.atMs, input.meetings);
  const tierLabel = message(input.tier === 'full' ? 'document.tier.fullShort' : 'document.tier.editedShort');
  return {
    kind: 'tension',
    tier: input.tier,
    title: message('document.tension.title'),
    subtitle: [
      message('document.tension.at', { date: day(input.atMs), from: day(period.fromMs), to: day(period.toMs) }),
      message(input.tier === 'full' ? 'document.tier.full' : 'document.tier.edited'),
      message('document.mapsOmitted'),
    ],
    marking: message(input.tier === 'full' ? 'document.marking.full' : 'document.marking.edited'),
    tierLabel,
    producedMs: input.producedMs,
    sections: includedSections(input.sections, input.tier).map((id) => section(id, input, period)),
  };
}
