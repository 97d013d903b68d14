import type { CommunityImpactAssessment } from '../types';
import { useCiaStore } from '../state/cia-store';
import { assessmentRiskLevel } from '../analysis/cia/assessment';
import { useT } from './use-t';

/**
 * In the share dialog: the assessments on the layer sent that have a summary written for partners, each
 * left out unless ticked (issue 17: nothing of an assessment travels unless the sender chooses its summary).
 */
export function ShareAssessments({ datasetId, chosen, onChange }: { datasetId: string; chosen: string[]; onChange: (ids: string[]) => void }) {
  const t = useT();
  const assessments = useCiaStore((s) => s.assessments);
  const shareable = assessments.filter((a) => a.footprint.datasetId === datasetId && a.shareSummary.trim());
  const level = (a: CommunityImpactAssessment) => {
    const risk = assessmentRiskLevel(a);
    return risk ? t(`cia.level.${risk}`) : t('cia.level.none');
  };
  if (assessments.length === 0) return null;
  if (shareable.length === 0) return <p className="small muted" data-testid="share-assessments-none">{t('cia2.share.noneWritten')}</p>;
  return (
    <fieldset data-testid="share-assessments">
      <legend>{t('cia2.share.include')}</legend>
      {shareable.map((a) => (
        <label key={a.id} className="check">
          <input type="checkbox" checked={chosen.includes(a.id)} onChange={(e) => onChange(e.target.checked ? [...chosen, a.id] : chosen.filter((id) => id !== a.id))} data-testid="share-assessment" />
          {t('cia2.share.includeOne', { summary: a.shareSummary, level: level(a) })}
        </label>
      ))}
    </fieldset>
  );
}
