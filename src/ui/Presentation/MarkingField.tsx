import { useExportStore } from '../../state/export-store';
import type { MessageKey } from '../../i18n/translate';
import { useT } from '../use-t';

const PRESETS: MessageKey[] = ['present.marking.official', 'present.marking.sensitive', 'present.marking.notForCirculation'];

/** The sensitivity marking: free text, with the common government markings one choice away. */
export function MarkingField() {
  const t = useT();
  const marking = useExportStore((s) => s.marking);
  const setText = useExportStore((s) => s.setText);
  const setMarking = (value: string) => setText('marking', value);
  return (
    <div className="marking-field">
      <label className="field">
        <span>{t('present.marking')}</span>
        <input value={marking} onChange={(e) => setMarking(e.target.value)} aria-describedby="marking-help" data-testid="marking-input" />
      </label>
      <label className="field">
        <span>{t('present.markingPreset')}</span>
        <select
          value=""
          data-testid="marking-preset"
          onChange={(e) => {
            if (e.target.value === 'none') setMarking('');
            else if (e.target.value) setMarking(t(e.target.value as MessageKey));
          }}
        >
          <option value="">{t('present.marking.choose')}</option>
          <option value="none">{t('present.marking.none')}</option>
          {PRESETS.map((key) => <option key={key} value={key}>{t(key)}</option>)}
        </select>
      </label>
      <p id="marking-help" className="muted small">{t('present.markingHelp')}</p>
    </div>
  );
}
