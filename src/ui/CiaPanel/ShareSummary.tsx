import { useState } from 'react';
import type { CommunityImpactAssessment } from '../../types';
import { useCiaStore } from '../../state/cia-store';
import { useCiaWords } from './use-cia-words';

/**
 * The edited summary partners may see: written on purpose for sharing, never taken from the sensitive
 * sections. Only this text (with the title, status, risk level and areas) can go in a share package, and
 * only when the sender includes it.
 */
export function ShareSummary({ assessment }: { assessment: CommunityImpactAssessment }) {
  const { t } = useCiaWords();
  const saveAssessment = useCiaStore((s) => s.saveAssessment);
  const [text, setText] = useState(assessment.shareSummary);
  const dirty = text.trim() !== assessment.shareSummary;
  return (
    <div className="cia-share-summary">
      <h4>{t('cia2.section.share')}</h4>
      <p className="small muted">{t('cia2.share.help')}</p>
      <label className="field">
        <span>{t('cia2.share.label')}</span>
        <textarea rows={3} value={text} disabled={assessment.status === 'closed'} onChange={(e) => setText(e.target.value)} data-testid="cia-share-summary" />
      </label>
      <button type="button" disabled={!dirty} onClick={() => saveAssessment({ ...assessment, shareSummary: text.trim() })} data-testid="cia-share-save">{t('cia2.share.save')}</button>
      {!dirty && assessment.shareSummary && <span className="small muted" role="status"> {t('cia2.share.saved')}</span>}
    </div>
  );
}
