import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AreaDataset, CiaLink, CommunityImpactAssessment, ReportPlace } from '../../types';
import { useCiaStore } from '../../state/cia-store';
import { useDataStore } from '../../state/data-store';
import { useReportStore } from '../../state/report-store';
import { citableInFootprint, eventLink, reportLink, resolveCitations, type ResolvedCitation } from '../../analysis/cia/citations';
import { footprintCodes } from '../../analysis/cia/assessment';
import { formatDate } from '../format-date';
import { useAreaName } from '../use-t';
import { useCiaWords } from './use-cia-words';

/** A place in words: its area's name on the footprint's layer, else the name or code given, else "a point". */
function usePlaceWords(layer: AreaDataset | undefined) {
  const { t } = useCiaWords();
  const areaName = useAreaName();
  return (place: ReportPlace) => {
    const index = layer && place.areaCode ? layer.areaCodes.indexOf(place.areaCode) : -1;
    return layer && index >= 0 ? areaName(layer, index) : place.areaName || place.areaCode || t('reports.pointOnly');
  };
}

/** One cited report or event, opened in full on demand. */
function Citation({ cited, layer, onRemove }: { cited: ResolvedCitation; layer: AreaDataset | undefined; onRemove: (() => void) | null }) {
  const { t } = useCiaWords();
  const place = usePlaceWords(layer);
  const [open, setOpen] = useState(false);
  const day = (ms: number) => formatDate(ms, 'day-month-year', t);
  const detailsId = `cia-citation-${cited.link.kind}-${cited.link.id}`;
  return (
    <li data-testid="cia-citation" data-kind={cited.kind}>
      {t(`cia2.citation.${cited.link.kind === 'event' ? 'event' : 'report'}`, { label: cited.link.label })}{' '}
      {cited.kind === 'missing'
        ? <em className="muted">{t('cia2.citation.missing')}</em>
        : <button type="button" className="link-button" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)} data-testid="cia-citation-open">{t(open ? 'cia2.citation.hide' : 'cia2.citation.open')}</button>}
      {onRemove && <>{' '}<button type="button" onClick={onRemove} aria-label={t('cia2.citation.remove', { label: cited.link.label })} data-testid="cia-citation-remove">×</button></>}
      {open && cited.kind === 'report' && (
        <div id={detailsId} className="cia-citation-body" data-testid="cia-citation-body">
          <p>{t('cia2.report.line', { place: place(cited.report.place), date: day(cited.report.timeMs), types: cited.report.tensionTypes.map((type) => t(`reports.type.${type}`)).join(', '), status: t(`reports.status.${cited.report.status}`), reliability: t(`reports.reliability.${cited.report.reliability}`) })}
            {cited.report.rumour && <> · {t('reports.rumour')}</>}{cited.report.withdrawn && <> · <strong>{t('reports.withdrawnMark')}</strong></>}</p>
          <p>{cited.report.narrative}</p>
          {cited.report.actionTaken && <p className="muted">{t('reports.action', { action: cited.report.actionTaken })}</p>}
        </div>
      )}
      {open && cited.kind === 'event' && (
        <div id={detailsId} className="cia-citation-body" data-testid="cia-citation-body">
          <p>{t('events.item', { date: day(cited.event.timeMs), place: place(cited.event.place), note: cited.event.note })}</p>
        </div>
      )}
    </li>
  );
}

/** The tension reports and planned events the assessment cites, and those of its geography not cited yet. */
export function CitationSection({ assessment }: { assessment: CommunityImpactAssessment }) {
  const { t } = useCiaWords();
  const saveAssessment = useCiaStore((s) => s.saveAssessment);
  const layer = useDataStore((s) => s.datasets[assessment.footprint.datasetId]);
  const { reports, events } = useReportStore(useShallow((s) => ({ reports: s.reports, events: s.events })));
  const place = usePlaceWords(layer);
  const resolved = useMemo(() => resolveCitations(assessment.citations, reports, events), [assessment.citations, reports, events]);
  const citable = useMemo(() => (layer ? citableInFootprint(assessment, layer, footprintCodes(assessment.footprint, layer.areaCodes), reports, events) : { reports: [], events: [] }), [assessment, layer, reports, events]);
  const editable = assessment.status !== 'closed';
  const cite = (link: CiaLink) => saveAssessment({ ...assessment, citations: [...assessment.citations, link] });
  const uncite = (link: CiaLink) => saveAssessment({ ...assessment, citations: assessment.citations.filter((c) => !(c.kind === link.kind && c.id === link.id)) });
  const day = (ms: number) => formatDate(ms, 'day-month-year', t);
  return (
    <div className="cia-citations" data-testid="cia-citations">
      <h4>{t('cia2.section.citations')}</h4>
      {resolved.length === 0 ? <p className="small muted">{t('cia2.citation.none')}</p> : (
        <ul className="small">{resolved.map((cited) => <Citation key={`${cited.link.kind}:${cited.link.id}`} cited={cited} layer={layer} onRemove={editable ? () => uncite(cited.link) : null} />)}</ul>
      )}
      {editable && citable.reports.length + citable.events.length > 0 && (
        <>
          <p className="small">{t('cia2.citable.heading')}</p>
          <ul className="small" data-testid="cia-citable">
            {citable.reports.map((r) => (
              <li key={r.id}>{t('cia2.citable.report', { date: day(r.timeMs), place: place(r.place), label: reportLink(r).label })}{' '}
                <button type="button" onClick={() => cite(reportLink(r))} data-testid="cia-cite">{t('cia2.cite')}</button></li>
            ))}
            {citable.events.map((e) => (
              <li key={e.id}>{t('cia2.citable.event', { date: day(e.timeMs), place: place(e.place), label: e.note })}{' '}
                <button type="button" onClick={() => cite(eventLink(e))} data-testid="cia-cite">{t('cia2.cite')}</button></li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
