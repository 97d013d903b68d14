import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useExportStore } from '../../state/export-store';
import type { MessageKey } from '../../i18n/translate';
import { useT } from '../use-t';

const PRESETS: MessageKey[] = ['export.marking.official', 'export.marking.officialSensitive'];

interface Props {
  automaticTitle: string;
  automaticSubtitle: string;
  automaticSources: string;
}

/** The texts on the page: title, subtitle, sources and the sensitivity marking. */
export function TextOptions({ automaticTitle, automaticSubtitle, automaticSources }: Props) {
  const t = useT();
  const s = useExportStore(useShallow((state) => ({ title: state.title, subtitle: state.subtitle, sources: state.sources, marking: state.marking, setText: state.setText, suggestSources: state.suggestSources })));
  const presetTexts = PRESETS.map((key) => t(key));
  const [customChosen, setCustomChosen] = useState(false);
  const markingChoice = customChosen || (s.marking !== '' && !presetTexts.includes(s.marking)) ? 'custom' : s.marking === '' ? 'none' : s.marking;
  return (
    <fieldset className="export-group">
      <label className="field">
        <span>{t('export.title')}</span>
        <input data-testid="export-title" value={s.title} placeholder={t('export.automatic', { text: automaticTitle })} onChange={(e) => s.setText('title', e.target.value)} />
      </label>
      <label className="field">
        <span>{t('export.subtitle')}</span>
        <input data-testid="export-subtitle" value={s.subtitle} placeholder={t('export.automatic', { text: automaticSubtitle })} onChange={(e) => s.setText('subtitle', e.target.value)} />
      </label>
      <label className="field">
        <span>{t('export.sources')}</span>
        <textarea data-testid="export-sources" rows={3} value={s.sources} onChange={(e) => s.setText('sources', e.target.value)} />
      </label>
      <button type="button" className="link-button" onClick={() => { s.setText('sources', automaticSources); }} data-testid="export-sources-reset">{t('export.sourcesReset')}</button>
      <label className="field">
        <span>{t('export.marking')}</span>
        <select
          data-testid="export-marking"
          value={markingChoice}
          onChange={(e) => {
            setCustomChosen(e.target.value === 'custom');
            if (e.target.value !== 'custom') s.setText('marking', e.target.value === 'none' ? '' : e.target.value);
          }}
        >
          <option value="none">{t('export.marking.none')}</option>
          {presetTexts.map((text) => <option key={text} value={text}>{text}</option>)}
          <option value="custom">{t('export.marking.custom')}</option>
        </select>
      </label>
      {markingChoice === 'custom' && (
        <label className="field">
          <span>{t('export.markingText')}</span>
          <input data-testid="export-marking-text" value={s.marking} onChange={(e) => s.setText('marking', e.target.value)} />
        </label>
      )}
    </fieldset>
  );
}
