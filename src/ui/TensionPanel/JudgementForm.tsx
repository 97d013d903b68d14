import { useState, type FormEvent } from 'react';
import type { TensionAssessment, TensionRating } from '../../types';
import { defaultJudgement } from '../../analysis/tension/agreed-overall';
import { tensionLevelText } from '../../analysis/tension/tension-scale';
import { useTensionEntryStore } from '../../state/tension-entry-store';
import { useT } from '../use-t';
import { RatingSelect } from './RatingSelect';

const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The group's overall judgement of one area on a day: the most alarming community is offered (filled in),
 * never forced; the group may record another rating.
 */
export function JudgementForm({ rows, areaCode, areaName, atMs }: { rows: readonly TensionAssessment[]; areaCode: string; areaName: string; atMs: number }) {
  const t = useT();
  const record = useTensionEntryStore((s) => s.recordJudgement);
  const offered = defaultJudgement(rows, areaCode, atMs);
  const [current, setCurrent] = useState<TensionRating | null>(offered?.current ?? null);
  const [potential, setPotential] = useState<TensionRating | null>(offered?.potential ?? null);
  const [date, setDate] = useState(dayText(atMs));
  const [agency, setAgency] = useState('');
  if (!offered || !current || !potential) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const timeMs = Date.parse(`${date}T00:00:00Z`);
    if (!Number.isFinite(timeMs) || agency.trim() === '') return;
    record({ areaCode, timeMs, current, potential, agency: agency.trim() });
  };
  return (
    <form className="judgement-form" onSubmit={submit} data-testid="judgement-form">
      <h4 className="small-heading">{t('tension.judgementHeading', { area: areaName })}</h4>
      <p className="muted small">{t('tension.judgementDefault', { current: tensionLevelText(offered.current), potential: tensionLevelText(offered.potential) })}</p>
      <div className="inline-fields">
        <RatingSelect label={t('tension.current')} scale={current.scale} level={current.level} onChange={(level) => setCurrent({ scale: current.scale, level })} testId="judgement-current" />
        <RatingSelect label={t('tension.potential')} scale={potential.scale} level={potential.level} onChange={(level) => setPotential({ scale: potential.scale, level })} testId="judgement-potential" />
      </div>
      <div className="inline-fields">
        <label className="field"><span>{t('tension.judgementDate')}</span><input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="judgement-date" /></label>
        <label className="field"><span>{t('tension.judgementBy')}</span><input value={agency} onChange={(e) => setAgency(e.target.value)} data-testid="judgement-agency" required /></label>
      </div>
      <button type="submit" data-testid="judgement-save">{t('tension.judgementSave')}</button>
    </form>
  );
}
