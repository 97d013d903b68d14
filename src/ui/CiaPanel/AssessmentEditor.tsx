import type { CiaAction, CommunityImpactAssessment } from '../../types';
import { useCiaStore } from '../../state/cia-store';
import { useDataStore } from '../../state/data-store';
import { nextReviewMs } from '../../analysis/cia/review';
import { useAreaName } from '../use-t';
import { useCiaWords } from './use-cia-words';
import { EvidenceSection } from './EvidenceSection';
import { TextSections } from './TextSections';
import { RiskSection } from './RiskSection';
import { ActionSection } from './ActionSection';
import { ReviewSection } from './ReviewSection';
import { CitationSection } from './CitationSection';
import { ShareSummary } from './ShareSummary';

/** One assessment, section by section as the guide lays it out. */
export function AssessmentEditor({ assessment, actions }: { assessment: CommunityImpactAssessment; actions: CiaAction[] }) {
  const { t, day, link, title } = useCiaWords();
  const areaName = useAreaName();
  const show = useCiaStore((s) => s.show);
  const dataset = useDataStore((s) => s.datasets[assessment.footprint.datasetId]);
  const footprint = assessment.footprint;
  const geography = !dataset
    ? t('cia.footprint.missing')
    : footprint.kind === 'district'
      ? t('cia.footprint.district', { layer: dataset.label })
      : t(footprint.kind === 'drawn' ? 'cia2.footprint.drawn' : 'cia.footprint.areas', { layer: dataset.label, areas: footprint.areaCodes.map((code) => (dataset.areaCodes.includes(code) ? areaName(dataset, dataset.areaCodes.indexOf(code)) : code)).join(', ') });
  const next = nextReviewMs(assessment, Date.now());
  return (
    <article className="cia-editor" data-testid="cia-editor" aria-labelledby={`cia-title-${assessment.id}`}>
      <button type="button" className="link-button" onClick={() => show(null)} data-testid="cia-back">{t('cia.back')}</button>
      <h3 id={`cia-title-${assessment.id}`} data-testid="cia-editor-title">{title(assessment)}</h3>
      <p className="small" data-testid="cia-origin">{link(assessment.origin)}</p>
      <p className="small" data-testid="cia-geography">{geography}</p>
      <p className="small">{assessment.communities.length ? t('cia.communities', { list: assessment.communities.join(', ') }) : t('cia.communities.none')}</p>
      <p className="small" data-testid="cia-status">{t('cia.statusLine', { status: t(`cia.status.${assessment.status}`), date: next === null ? t('cia.noReview') : day(next) })}</p>
      <EvidenceSection assessment={assessment} />
      <CitationSection assessment={assessment} />
      <TextSections key={assessment.id} assessment={assessment} />
      <RiskSection assessment={assessment} actions={actions} />
      <ActionSection assessment={assessment} actions={actions} />
      <ShareSummary key={`share-${assessment.id}`} assessment={assessment} />
      <ReviewSection assessment={assessment} />
    </article>
  );
}
