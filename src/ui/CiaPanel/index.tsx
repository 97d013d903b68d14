import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCiaStore } from '../../state/cia-store';
import { useImpactFlaggedAreas } from '../../state/cia-flagged';
import { assessmentRiskLevel } from '../../analysis/cia/assessment';
import { nextReviewMs } from '../../analysis/cia/review';
import { useAreaName } from '../use-t';
import { useCiaWords } from './use-cia-words';
import { StartForm, type StartFrom } from './StartForm';
import { AssessmentEditor } from './AssessmentEditor';
import { MeetingActions } from './MeetingActions';
import { RiskRegister } from './RiskRegister';
import { AssessmentFiles } from './AssessmentFiles';
import { PartnerSummaries } from './PartnerSummaries';

/** Community Impact Assessments: open one (from a flagged area or from nothing), work on it, follow up its actions. */
export function CiaPanel() {
  const { t, day, problem, title } = useCiaWords();
  const areaName = useAreaName();
  const { assessments, actions, openId, author, problems } = useCiaStore(useShallow((s) => ({ assessments: s.assessments, actions: s.actions, openId: s.openId, author: s.author, problems: s.problems })));
  const { setAuthor, show, dismissProblems, outlinesShown, setOutlinesShown } = useCiaStore(useShallow((s) => ({ setAuthor: s.setAuthor, show: s.show, dismissProblems: s.dismissProblems, outlinesShown: s.outlinesShown, setOutlinesShown: s.setOutlinesShown })));
  const flagged = useImpactFlaggedAreas();
  const [starting, setStarting] = useState<{ from: StartFrom | null } | null>(null);
  const open = assessments.find((a) => a.id === openId);
  return (
    <section className="panel cia-panel" aria-labelledby="cia-heading" data-testid="cia-panel">
      <h2 id="cia-heading">{t('cia.heading')}</h2>
      <p className="muted small">{t('cia.intro')}</p>
      {problems.length > 0 && (
        <div role="alert" className="error-notice" data-testid="cia-problems">
          <strong>{t('cia.problem.heading')}</strong>
          <ul>{problems.map((p, i) => <li key={i}>{problem(p)}</li>)}</ul>
          <button type="button" onClick={dismissProblems}>{t('cia.problem.dismiss')}</button>
        </div>
      )}
      <label className="check"><input type="checkbox" checked={outlinesShown} onChange={(e) => setOutlinesShown(e.target.checked)} data-testid="cia-outlines-shown" /> {t('cia2.outlinesShown')}</label>
      <label className="field"><span>{t('cia.author')}</span><input value={author} onChange={(e) => setAuthor(e.target.value)} data-testid="cia-author" autoComplete="name" /></label>
      {starting ? (
        <StartForm from={starting.from} onDone={() => setStarting(null)} />
      ) : open ? (
        <AssessmentEditor assessment={open} actions={actions} />
      ) : (
        <>
          {flagged && flagged.areas.length > 0 && (
            <div data-testid="cia-flagged">
              <h3 className="small-heading">{t('cia.flagged')}</h3>
              <ul className="small">
                {flagged.areas.map((area) => (
                  <li key={area.areaCode}>
                    <button type="button" className="link-button" onClick={() => setStarting({ from: { datasetId: flagged.dataset.id, areaCode: area.areaCode } })} data-testid="cia-open-flagged" data-area={area.areaCode}>
                      {t('cia.openFor', { area: areaName(flagged.dataset, area.index) })}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="button" onClick={() => setStarting({ from: null })} data-testid="cia-new">{t('cia.new')}</button>
          <h3 className="small-heading">{t('cia.list')}</h3>
          {assessments.length === 0 ? <p className="small">{t('cia.none')}</p> : (
            <ul className="cia-list" data-testid="cia-list">
              {assessments.map((a) => {
                const level = assessmentRiskLevel(a);
                const next = nextReviewMs(a, Date.now());
                return (
                  <li key={a.id} data-testid="cia-list-item">
                    <button type="button" className="link-button" onClick={() => show(a.id)}>{t('cia.show', { title: title(a) })}</button>
                    <div className="muted small">{t('cia.listLine', { status: t(`cia.status.${a.status}`), level: level ? t(`cia.level.${level}`) : t('cia.level.none'), date: next === null ? t('cia.noReview') : day(next) })}</div>
                  </li>
                );
              })}
            </ul>
          )}
          <AssessmentFiles />
          <PartnerSummaries />
        </>
      )}
      <MeetingActions />
      <RiskRegister />
    </section>
  );
}
