import { useState } from 'react';
import type { CiaAffected, CiaNextStep, CommunityImpactAssessment } from '../../types';
import { useCiaStore } from '../../state/cia-store';
import { useDataStore } from '../../state/data-store';
import { LEGISLATION_PROMPTS, unansweredPrompts } from '../../analysis/cia/legislation-prompts';
import { highestScore, suggestNextStep } from '../../analysis/cia/risk-score';
import { useAreaName } from '../use-t';
import { useCiaWords } from './use-cia-words';

type Draft = Pick<CommunityImpactAssessment, 'information' | 'affected' | 'legislation' | 'nextStep'>;
const INFORMATION = ['problem', 'rootCauses', 'happened', 'mayHappen', 'anecdote', 'sources'] as const;
const STEPS: CiaNextStep[] = ['monitor', 'report-gold-engage-bronze', 'relay-gold-rapidly'];

/** The written sections (information, who is affected, legislation, next steps), saved together as one version. */
export function TextSections({ assessment }: { assessment: CommunityImpactAssessment }) {
  const { t } = useCiaWords();
  const areaName = useAreaName();
  const dataset = useDataStore((s) => s.datasets[assessment.footprint.datasetId]);
  const saveAssessment = useCiaStore((s) => s.saveAssessment);
  const [draft, setDraft] = useState<Draft>(() => ({ information: assessment.information, affected: assessment.affected, legislation: assessment.legislation, nextStep: assessment.nextStep }));
  const [note, setNote] = useState('');
  const [affected, setAffected] = useState<CiaAffected>({ community: assessment.communities[0] ?? '', areaCode: null, how: '' });
  const dirty = (['information', 'affected', 'legislation', 'nextStep'] as const).some((k) => JSON.stringify(draft[k]) !== JSON.stringify(assessment[k]));
  const closed = assessment.status === 'closed';
  const suggested = suggestNextStep(assessment.risks);
  const areaCodes = assessment.footprint.kind === 'district' ? [] : assessment.footprint.areaCodes;
  const nameOf = (code: string | null) => {
    if (code === null) return t('cia.affected.anyArea');
    const index = dataset?.areaCodes.indexOf(code) ?? -1;
    return dataset && index >= 0 ? areaName(dataset, index) : code;
  };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <fieldset className="cia-text" disabled={closed}>
      <h4>{t('cia.section.information')}</h4>
      {INFORMATION.map((field) => (
        <label key={field} className="field">
          <span>{t(`cia.info.${field}`)}</span>
          <textarea rows={2} value={draft.information[field]} onChange={(e) => set('information', { ...draft.information, [field]: e.target.value })} data-testid={`cia-info-${field}`} />
        </label>
      ))}
      <h4>{t('cia.section.affected')}</h4>
      <ul className="small" data-testid="cia-affected">
        {draft.affected.map((a, i) => (
          <li key={i}>{a.community} · {nameOf(a.areaCode)}: {a.how} <button type="button" onClick={() => set('affected', draft.affected.filter((_x, j) => j !== i))}>{t('cia.affected.remove')}</button></li>
        ))}
      </ul>
      <div className="cia-inline-form">
        <label className="field"><span>{t('cia.affected.community')}</span><input value={affected.community} onChange={(e) => setAffected({ ...affected, community: e.target.value })} /></label>
        <label className="field">
          <span>{t('cia.affected.area')}</span>
          <select value={affected.areaCode ?? ''} onChange={(e) => setAffected({ ...affected, areaCode: e.target.value || null })}>
            <option value="">{t('cia.affected.anyArea')}</option>
            {areaCodes.map((code) => <option key={code} value={code}>{nameOf(code)}</option>)}
          </select>
        </label>
        <label className="field"><span>{t('cia.affected.how')}</span><input value={affected.how} onChange={(e) => setAffected({ ...affected, how: e.target.value })} /></label>
        <button type="button" disabled={!affected.community.trim() || !affected.how.trim()} onClick={() => { set('affected', [...draft.affected, { ...affected, community: affected.community.trim(), how: affected.how.trim() }]); setAffected({ ...affected, how: '' }); }}>{t('cia.affected.add')}</button>
      </div>
      <h4>{t('cia.section.legislation')}</h4>
      {(['equality-act-2010', 'human-rights-act-1998'] as const).map((act) => (
        <div key={act}>
          <h5>{t(`cia.law.${act}`)}</h5>
          {LEGISLATION_PROMPTS.filter((p) => p.act === act).map((prompt) => (
            <label key={prompt.id} className="field">
              <span>{t(`cia.law.${prompt.id}` as Parameters<typeof t>[0])}</span>
              <textarea rows={2} value={draft.legislation[prompt.id] ?? ''} onChange={(e) => set('legislation', { ...draft.legislation, [prompt.id]: e.target.value })} data-testid={`cia-law-${prompt.id}`} />
            </label>
          ))}
        </div>
      ))}
      <p className="muted small" data-testid="cia-law-unanswered">{t('cia.law.unanswered', { count: unansweredPrompts(draft.legislation).length })}</p>
      <h4>{t('cia.section.nextSteps')}</h4>
      <p className="small" data-testid="cia-next-suggested">{suggested ? t('cia.next.suggested', { score: highestScore(assessment.risks) ?? 0, step: t(`cia.next.${suggested}`) }) : t('cia.next.noSuggestion')}</p>
      <label className="field">
        <span>{t('cia.next.decided')}</span>
        <select value={draft.nextStep.decided ?? ''} onChange={(e) => set('nextStep', { ...draft.nextStep, decided: (e.target.value || null) as CiaNextStep | null })} data-testid="cia-next-decided">
          <option value="">{t('cia.next.undecided')}</option>
          {STEPS.map((step) => <option key={step} value={step}>{t(`cia.next.${step}`)}</option>)}
        </select>
      </label>
      <label className="field"><span>{t('cia.next.note')}</span><input value={draft.nextStep.note} onChange={(e) => set('nextStep', { ...draft.nextStep, note: e.target.value })} /></label>
      <div className="cia-save">
        <label className="field"><span>{t('cia.saveNote')}</span><input value={note} onChange={(e) => setNote(e.target.value)} data-testid="cia-save-note" /></label>
        <button type="button" disabled={!dirty} onClick={() => { saveAssessment({ ...assessment, ...draft }, note.trim()); setNote(''); }} data-testid="cia-save">{t('cia.save')}</button>
        {dirty && <span className="warning-text small" role="status">{t('cia.unsaved')}</span>}
      </div>
    </fieldset>
  );
}
