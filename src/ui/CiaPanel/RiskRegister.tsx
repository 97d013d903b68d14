import { useState, type FormEvent } from 'react';
import type { RiskRegisterEntry } from '../../types';
import { useCiaStore } from '../../state/cia-store';
import { isRegisterReviewDue, registerReviewDueMs, registerScores, sortRegister, type RegisterScores } from '../../analysis/cia/risk-register';
import { useCiaWords } from './use-cia-words';
import { ScoreSelect } from './ScoreSelect';

const NO_SCORES: RegisterScores = { likelihood: 1, impact: 1, residualLikelihood: 1, residualImpact: 1 };

/** The four score choices of a register entry. */
function ScoreFields({ scores, onChange }: { scores: RegisterScores; onChange: (scores: RegisterScores) => void }) {
  const { t } = useCiaWords();
  return (
    <>
      <ScoreSelect label={t('cia.risk.likelihood')} value={scores.likelihood} onChange={(likelihood) => onChange({ ...scores, likelihood })} />
      <ScoreSelect label={t('cia.risk.impact')} value={scores.impact} onChange={(impact) => onChange({ ...scores, impact })} />
      <ScoreSelect label={t('cia.register.residualLikelihood')} value={scores.residualLikelihood} onChange={(residualLikelihood) => onChange({ ...scores, residualLikelihood })} />
      <ScoreSelect label={t('cia.register.residualImpact')} value={scores.residualImpact} onChange={(residualImpact) => onChange({ ...scores, residualImpact })} />
    </>
  );
}

/** One entry: scores, measures, when it is due, its history, and recording a review. */
function RegisterEntryView({ entry }: { entry: RiskRegisterEntry }) {
  const { t, day } = useCiaWords();
  const review = useCiaStore((s) => s.reviewRegisterEntry);
  const [scores, setScores] = useState<RegisterScores>(entry);
  const [measures, setMeasures] = useState(entry.measures);
  const [note, setNote] = useState('');
  const s = registerScores(entry);
  const due = registerReviewDueMs(entry);
  return (
    <li data-testid="cia-register-entry">
      <strong>{entry.indicator}</strong>{' — '}{t('cia.register.scores', { inherent: `${s.inherent} (${t(`cia.level.${s.inherentLevel}`)})`, residual: `${s.residual} (${t(`cia.level.${s.residualLevel}`)})` })}
      <div className="small">{entry.measures}</div>
      <div className={isRegisterReviewDue(entry, Date.now()) ? 'warning-text small' : 'muted small'}>{isRegisterReviewDue(entry, Date.now()) ? t('cia.register.overdue', { date: day(due) }) : t('cia.register.due', { date: day(due) })}</div>
      <details>
        <summary>{t('cia.register.review', { indicator: entry.indicator })}</summary>
        <ScoreFields scores={scores} onChange={setScores} />
        <label className="field"><span>{t('cia.register.measures')}</span><input value={measures} onChange={(e) => setMeasures(e.target.value)} /></label>
        <label className="field"><span>{t('cia.register.note')}</span><input value={note} onChange={(e) => setNote(e.target.value)} /></label>
        <button type="button" onClick={() => { review(entry.id, scores, measures.trim(), note.trim()); setNote(''); }}>{t('cia.register.review', { indicator: entry.indicator })}</button>
      </details>
      <details>
        <summary>{t('cia.register.history', { count: entry.history.length })}</summary>
        <ol className="small">
          {entry.history.map((h, i) => {
            const hs = registerScores(h);
            return <li key={i}>{t('cia.register.historyLine', { date: day(h.timeMs), by: h.by || t('cia.version.noAuthor'), inherent: hs.inherent, residual: hs.residual, note: h.note })}</li>;
          })}
        </ol>
      </details>
    </li>
  );
}

/** The district's standing risk register (the Oldham model). */
export function RiskRegister() {
  const { t } = useCiaWords();
  const register = useCiaStore((s) => s.register);
  const add = useCiaStore((s) => s.addRegisterEntry);
  const [indicator, setIndicator] = useState('');
  const [measures, setMeasures] = useState('');
  const [cycle, setCycle] = useState(28);
  const [scores, setScores] = useState<RegisterScores>(NO_SCORES);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!indicator.trim()) return;
    add({ indicator: indicator.trim(), measures: measures.trim(), reviewCycleDays: Math.max(1, Math.round(cycle)), ...scores });
    setIndicator('');
    setMeasures('');
  };
  return (
    <details className="cia-register" data-testid="cia-register">
      <summary>{t('cia.register.heading')}</summary>
      <p className="muted small">{t('cia.register.help')}</p>
      {register.length === 0 ? <p className="small">{t('cia.register.empty')}</p> : <ul>{sortRegister(register).map((entry) => <RegisterEntryView key={entry.id} entry={entry} />)}</ul>}
      <form onSubmit={submit} data-testid="cia-register-form">
        <label className="field"><span>{t('cia.register.indicator')}</span><input value={indicator} onChange={(e) => setIndicator(e.target.value)} placeholder={t('cia.register.example')} data-testid="cia-register-indicator" /></label>
        <ScoreFields scores={scores} onChange={setScores} />
        <label className="field"><span>{t('cia.register.measures')}</span><input value={measures} onChange={(e) => setMeasures(e.target.value)} data-testid="cia-register-measures" /></label>
        <label className="field"><span>{t('cia.register.cycle')}</span><input type="number" min={1} value={cycle} onChange={(e) => setCycle(Number(e.target.value))} /></label>
        <button type="submit" data-testid="cia-register-add">{t('cia.register.add')}</button>
      </form>
    </details>
  );
}
