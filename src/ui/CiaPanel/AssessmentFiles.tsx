import { useRef } from 'react';
import { useCiaStore } from '../../state/cia-store';
import { writeCiaData } from '../../analysis/cia/cia-format';
import { downloadText } from '../download';
import { useCiaWords } from './use-cia-words';

/** Saving the assessments and their actions as one file, and opening such a file (checked item by item). */
export function AssessmentFiles() {
  const { t } = useCiaWords();
  const input = useRef<HTMLInputElement>(null);
  const importAssessments = useCiaStore((s) => s.importAssessments);
  const save = () => {
    const { assessments, actions } = useCiaStore.getState();
    downloadText('assessments.cia.json', JSON.stringify(writeCiaData({ assessments, actions, register: [], meetings: [], partnerSummaries: [] }), null, 2), 'application/json');
  };
  const open = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    let raw: unknown = null;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      raw = null;
    }
    importAssessments(raw);
    if (input.current) input.current.value = '';
  };
  return (
    <div className="button-row">
      <button type="button" onClick={save} data-testid="cia-file-save">{t('cia.file.save')}</button>
      <label className="file-button">
        <span>{t('cia.file.open')}</span>
        <input ref={input} type="file" accept=".json,application/json" onChange={(e) => void open(e.target.files)} data-testid="cia-file-open" />
      </label>
    </div>
  );
}
