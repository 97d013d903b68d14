import { useState, type FormEvent } from 'react';
import type { CiaAction, CiaRisk, CommunityImpactAssessment, RiskCourse, RiskGroup, RiskHeading } from '../../types';
import { useCiaStore } from '../../state/cia-store';
import { headingsNotConsidered, RISK_COURSES, RISK_HEADINGS, risksByHeading } from '../../analysis/cia/assessment';
import { needsActionPlan, riskLevel, riskScore } from '../../analysis/cia/risk-score';
import { useCiaWords } from './use-cia-words';
import { ScoreSelect } from './ScoreSelect';
import { RiskMatrix } from './RiskMatrix';

const GROUPS: RiskGroup[] = ['resident-population', 'communities-of-interest', 'community-infrastructure', 'operational-effectiveness', 'spread'];
const EMPTY = { heading: 'physical' as RiskHeading, course: 'intervene' as RiskCourse, group: null as RiskGroup | null, description: '', likelihood: 1, impact: 1 };

/** PPPLEM risks for intervening and for doing nothing, scored, with the matrix and which need an action plan. */
export function RiskSection({ assessment, actions }: { assessment: CommunityImpactAssessment; actions: CiaAction[] }) {
  const { t } = useCiaWords();
  const addRisk = useCiaStore((s) => s.addRisk);
  const removeRisk = useCiaStore((s) => s.removeRisk);
  const [risk, setRisk] = useState<Omit<CiaRisk, 'id'>>(EMPTY);
  const [problem, setProblem] = useState(false);
  const closed = assessment.status === 'closed';
  const plans = (id: string) => actions.filter((a) => a.assessmentId === assessment.id && a.riskIds.includes(id)).length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!risk.description.trim()) return setProblem(true);
    addRisk(assessment.id, { ...risk, description: risk.description.trim() });
    setRisk({ ...risk, description: '' });
    setProblem(false);
  };

  return (
    <div className="cia-risks">
      <h4>{t('cia.section.risks')}</h4>
      <p className="muted small">{t('cia.risks.help')}</p>
      {assessment.risks.length === 0 && <p className="small">{t('cia.risk.none')}</p>}
      {risksByHeading(assessment.risks).filter((g) => g.risks.length > 0).map((group) => (
        <div key={`${group.heading}-${group.course}`}>
          <h5>{t(`cia.heading.${group.heading}`)} — {t(`cia.course.${group.course}`)}</h5>
          <ul className="small">
            {group.risks.map((r) => (
              <li key={r.id} data-testid="cia-risk">
                {r.description} ({t('cia.risk.score', { likelihood: r.likelihood, impact: r.impact, score: riskScore(r), level: t(`cia.level.${riskLevel(riskScore(r))}`) })}
                {r.group && ` · ${t(`cia.group.${r.group}`)}`})
                {needsActionPlan(r) && <strong className={plans(r.id) ? '' : 'warning-text'}> {plans(r.id) ? t('cia.risk.planned', { count: plans(r.id) }) : t('cia.risk.needsPlan')}</strong>}
                {!closed && <button type="button" className="link-button" onClick={() => removeRisk(assessment.id, r.id)} aria-label={t('cia.risk.remove', { description: r.description })}>×</button>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {RISK_COURSES.map((course) => {
        const missing = headingsNotConsidered(assessment.risks, course);
        return missing.length > 0 && assessment.risks.length > 0 ? <p key={course} className="muted small">{t('cia.risk.notConsidered', { course: t(`cia.course.${course}`), headings: missing.map((h) => t(`cia.heading.${h}`)).join(', ') })}</p> : null;
      })}
      <RiskMatrix risks={assessment.risks} />
      {!closed && (
        <form className="cia-risk-form" onSubmit={submit} data-testid="cia-risk-form">
          <label className="field">
            <span>{t('cia.risk.heading')}</span>
            <select value={risk.heading} onChange={(e) => setRisk({ ...risk, heading: e.target.value as RiskHeading })} data-testid="cia-risk-heading">
              {RISK_HEADINGS.map((h) => <option key={h} value={h}>{t(`cia.heading.${h}`)}</option>)}
            </select>
          </label>
          <fieldset className="inline-options">
            <legend>{t('cia.risk.course')}</legend>
            {RISK_COURSES.map((course) => (
              <label key={course}><input type="radio" name={`cia-course-${assessment.id}`} checked={risk.course === course} onChange={() => setRisk({ ...risk, course })} data-testid={`cia-risk-course-${course}`} /> {t(`cia.course.${course}`)}</label>
            ))}
          </fieldset>
          <label className="field">
            <span>{t('cia.risk.group')}</span>
            <select value={risk.group ?? ''} onChange={(e) => setRisk({ ...risk, group: (e.target.value || null) as RiskGroup | null })}>
              <option value="">{t('cia.group.none')}</option>
              {GROUPS.map((g) => <option key={g} value={g}>{t(`cia.group.${g}`)}</option>)}
            </select>
          </label>
          <label className="field"><span>{t('cia.risk.description')}</span><input value={risk.description} onChange={(e) => setRisk({ ...risk, description: e.target.value })} data-testid="cia-risk-description" /></label>
          <ScoreSelect label={t('cia.risk.likelihood')} value={risk.likelihood} onChange={(likelihood) => setRisk({ ...risk, likelihood })} testId="cia-risk-likelihood" />
          <ScoreSelect label={t('cia.risk.impact')} value={risk.impact} onChange={(impact) => setRisk({ ...risk, impact })} testId="cia-risk-impact" />
          {problem && <p role="alert" className="warning-text small">{t('cia.risk.needsDescription')}</p>}
          <button type="submit" data-testid="cia-risk-add">{t('cia.risk.add')}</button>
        </form>
      )}
    </div>
  );
}
