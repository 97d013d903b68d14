import { useId, useRef, useState, type FormEvent } from 'react';
import { useLayerStore } from '../state/layer-store';
import { useLegendTitle } from './use-field-label';
import { useT } from './use-t';

export interface LegendTitleProps {
  datasetId: string;
  field: string;
  /** The live map's own legend may be retitled; a comparison pane's or an offscreen page's may not. */
  editable: boolean;
}

/** The legend's title (the field's label unless the user wrote one for this view) and, live, its editor. */
export function LegendTitle({ datasetId, field, editable }: LegendTitleProps) {
  const t = useT();
  const inputId = useId();
  const helpId = useId();
  const title = useLegendTitle()(datasetId, field);
  const custom = useLayerStore((s) => !!s.layers[datasetId]?.style.legendTitle && s.layers[datasetId]?.style.valueField === field);
  const setLegendTitle = useLayerStore((s) => s.setLegendTitle);
  const [draft, setDraft] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setDraft(null);
    setTimeout(() => editButton.current?.focus());
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    setLegendTitle(datasetId, draft);
    close();
  };
  if (draft !== null) {
    return (
      <form className="legend-title-form" data-testid="legend-title-form" onSubmit={save} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); close(); } }}>
        <label htmlFor={inputId}>{t('words.legend.titleLabel')}</label>
        <input id={inputId} type="text" value={draft} autoFocus aria-describedby={helpId} data-testid="legend-title-input" onChange={(e) => setDraft(e.target.value)} />
        <p id={helpId} className="muted small">{t('words.legend.titleHelp')}</p>
        <div className="legend-title-buttons">
          <button type="submit" data-testid="legend-title-save">{t('words.legend.saveTitle')}</button>
          {custom && <button type="button" data-testid="legend-title-reset" onClick={() => { setLegendTitle(datasetId, null); close(); }}>{t('words.legend.resetTitle')}</button>}
          <button type="button" onClick={close}>{t('words.legend.cancelTitle')}</button>
        </div>
      </form>
    );
  }
  return (
    <div className="legend-title-row">
      <p className="legend-title" data-testid="legend-title">{title}</p>
      {editable && (
        <button type="button" ref={editButton} className="legend-title-edit" data-testid="legend-title-edit" aria-label={t('words.legend.editTitle')} title={t('words.legend.editTitle')} onClick={() => setDraft(title)}>
          {t('words.legend.edit')}
        </button>
      )}
    </div>
  );
}
