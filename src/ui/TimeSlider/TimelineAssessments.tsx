import { useMemo } from 'react';
import { useCiaStore } from '../../state/cia-store';
import { usePresentationStore } from '../../state/presentation-store';
import { useOutlineDate } from '../../state/cia-outlines';
import { assessmentsOpenAt } from '../../analysis/cia/open-at';
import { assessmentRiskLevel } from '../../analysis/cia/assessment';
import { useT } from '../use-t';

/**
 * Community Impact Assessments on the timeline (issue 17): those open at the end of the period shown, or open
 * now with all dates shown, with their risk level. While presenting their titles (sensitive text) are left
 * out unless the presenter shows them on purpose.
 */
export function TimelineAssessments() {
  const t = useT();
  const assessments = useCiaStore((s) => s.assessments);
  const atMs = useOutlineDate();
  const hideText = usePresentationStore((s) => s.presenting && !s.showAssessmentText);
  const open = useMemo(() => (atMs === null ? assessments.filter((a) => a.status !== 'closed') : assessmentsOpenAt(assessments, atMs)), [assessments, atMs]);
  if (open.length === 0) return null;
  const level = (a: (typeof open)[number]) => {
    const risk = assessmentRiskLevel(a);
    return risk ? t(`cia.level.${risk}`) : t('cia.level.none');
  };
  const list = open.map((a) => (hideText ? level(a) : t('cia2.timeline.item', { title: a.title.trim() || t('cia.untitled'), level: level(a) }))).join('; ');
  return (
    <p className="small timeline-events" data-testid="timeline-assessments">
      {t(atMs === null ? 'cia2.timeline.openNow' : 'cia2.timeline.openThen', { count: open.length, list })}
    </p>
  );
}
