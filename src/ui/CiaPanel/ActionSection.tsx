import { useState, type FormEvent } from 'react';
import type { CiaAction, CommunityImpactAssessment } from '../../types';
import { useCiaStore } from '../../state/cia-store';
import { needsActionPlan } from '../../analysis/cia/risk-score';
import { dateInputValue, readDateInput, useCiaWords } from './use-cia-words';

const STATUSES: CiaAction['status'][] = ['open', 'in-progress', 'done'];

/** One action's line with its status control (shared by the assessment and the meeting's lists). */
export function ActionLine({ action, suffix }: { action: CiaAction; suffix?: string }) {
  const { t, day } = useCiaWords();
  const setActionStatus = useCiaStore((s) => s.setActionStatus);
  return (
    <li data-testid="cia-action" data-status={action.status}>
      {t('cia.action.line', { text: action.text, owner: action.owner, due: day(action.dueMs) })}{suffix ? ` ${suffix}` : ''}{' '}
      <select value={action.status} onChange={(e) => setActionStatus(action.id, e.target.value as CiaAction['status'])} aria-label={t('cia.action.status', { text: action.text })} data-testid="cia-action-status">
        {STATUSES.map((status) => <option key={status} value={status}>{t(`cia.action.status.${status}`)}</option>)}
      </select>
    </li>
  );
}

/** The assessment's actions, and adding one: owner agency, due date, the risks it answers. */
export function ActionSection({ assessment, actions }: { assessment: CommunityImpactAssessment; actions: CiaAction[] }) {
  const { t } = useCiaWords();
  const addAction = useCiaStore((s) => s.addAction);
  const mine = actions.filter((a) => a.assessmentId === assessment.id);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState(dateInputValue(Date.now() + 7 * 86_400_000));
  // Preselect the risks that still need a plan: that is what most actions are added for.
  const [riskIds, setRiskIds] = useState<string[] | null>(null);
  const [problem, setProblem] = useState(false);
  const unplanned = assessment.risks.filter((r) => needsActionPlan(r) && !mine.some((a) => a.riskIds.includes(r.id))).map((r) => r.id);
  const chosen = riskIds ?? unplanned;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const dueMs = readDateInput(due);
    if (!text.trim() || !owner.trim() || dueMs === null) return setProblem(true);
    const origin = assessment.origin;
    addAction({ text: text.trim(), owner: owner.trim(), dueMs, assessmentId: assessment.id, riskIds: chosen, links: origin ? [origin] : [] });
    setText('');
    setRiskIds(null);
    setProblem(false);
  };
  return (
    <div className="cia-actions">
      <h4>{t('cia.section.actions')}</h4>
      {mine.length === 0 ? <p className="small">{t('cia.action.none')}</p> : <ul className="small">{mine.map((a) => <ActionLine key={a.id} action={a} />)}</ul>}
      {assessment.status !== 'closed' && (
        <form onSubmit={submit} className="cia-action-form" data-testid="cia-action-form">
          <label className="field"><span>{t('cia.action.text')}</span><input value={text} onChange={(e) => setText(e.target.value)} data-testid="cia-action-text" /></label>
          <label className="field"><span>{t('cia.action.owner')}</span><input value={owner} onChange={(e) => setOwner(e.target.value)} data-testid="cia-action-owner" /></label>
          <label className="field"><span>{t('cia.action.due')}</span><input type="date" value={due} onChange={(e) => setDue(e.target.value)} data-testid="cia-action-due" /></label>
          {assessment.risks.length > 0 && (
            <fieldset>
              <legend>{t('cia.action.risks')}</legend>
              {assessment.risks.map((r) => (
                <label key={r.id} className="block"><input type="checkbox" checked={chosen.includes(r.id)} onChange={() => setRiskIds(chosen.includes(r.id) ? chosen.filter((id) => id !== r.id) : [...chosen, r.id])} /> {r.description}</label>
              ))}
            </fieldset>
          )}
          {problem && <p role="alert" className="warning-text small">{t('cia.action.needsFields')}</p>}
          <button type="submit" data-testid="cia-action-add">{t('cia.action.add')}</button>
        </form>
      )}
    </div>
  );
}
