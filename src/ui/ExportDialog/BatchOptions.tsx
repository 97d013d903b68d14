import type { BatchChoices } from './use-batch-choices';
import { useT } from '../use-t';
import { usePresentationStore } from '../../state/presentation-store';

export type BatchMode = 'single' | 'indicators' | 'periods' | 'views';

export interface BatchSelection {
  mode: BatchMode;
  fields: string[];
  fromStep: number;
  toStep: number;
  /** Indexes of the saved views to export. */
  views: number[];
}

interface Props {
  choices: BatchChoices;
  selection: BatchSelection;
  onChange: (selection: BatchSelection) => void;
}

const MODES: Array<{ mode: BatchMode; key: 'export.batch.single' | 'export.batch.indicators' | 'export.batch.periods' | 'export.batch.views' }> = [
  { mode: 'single', key: 'export.batch.single' },
  { mode: 'indicators', key: 'export.batch.indicators' },
  { mode: 'periods', key: 'export.batch.periods' },
  { mode: 'views', key: 'export.batch.views' },
];

/** One image, or a batch: one per chosen value field, per period of a range of the timeline, or per saved view. */
export function BatchOptions({ choices, selection, onChange }: Props) {
  const t = useT();
  const views = usePresentationStore((s) => s.views);
  const toggleView = (index: number, on: boolean) => onChange({ ...selection, views: on ? [...selection.views, index].sort((a, b) => a - b) : selection.views.filter((i) => i !== index) });
  const toggle = (field: string, on: boolean) => onChange({ ...selection, fields: on ? [...selection.fields, field] : selection.fields.filter((f) => f !== field) });
  return (
    <fieldset className="export-group" data-testid="export-batch">
      <legend>{t('export.batch')}</legend>
      {MODES.map(({ mode, key }) => (
        <label key={mode} className="export-radio">
          <input type="radio" name="export-mode" value={mode} checked={selection.mode === mode} onChange={() => onChange({ ...selection, mode })} data-testid={`export-mode-${mode}`} />
          {t(key)}
        </label>
      ))}
      {selection.mode === 'indicators' && (
        <fieldset className="export-fields">
          <legend className="small">{t('export.batchFields')}</legend>
          {choices.fields.map(({ field, label }) => (
            <label key={field} className="export-check">
              <input type="checkbox" checked={selection.fields.includes(field)} onChange={(e) => toggle(field, e.target.checked)} data-testid="export-field" data-field={field} />
              {label}
            </label>
          ))}
        </fieldset>
      )}
      {selection.mode === 'periods' && (choices.periods.length === 0 ? <p className="muted small">{t('export.noPeriods')}</p> : (
        <div className="export-periods">
          <label className="field">
            <span>{t('export.batchFrom')}</span>
            <select data-testid="export-period-from" value={selection.fromStep} onChange={(e) => onChange({ ...selection, fromStep: Number(e.target.value) })}>
              {choices.periods.map((p) => <option key={p.step} value={p.step}>{p.label}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('export.batchTo')}</span>
            <select data-testid="export-period-to" value={selection.toStep} onChange={(e) => onChange({ ...selection, toStep: Number(e.target.value) })}>
              {choices.periods.map((p) => <option key={p.step} value={p.step}>{p.label}</option>)}
            </select>
          </label>
          <p className="muted small">{t('export.batchFixed')}</p>
        </div>
      ))}
      {selection.mode === 'views' && (views.length === 0 ? <p className="muted small">{t('export.noViews')}</p> : (
        <fieldset className="export-fields">
          <legend className="small">{t('export.batchViews')}</legend>
          {views.map((view, i) => (
            <label key={view.id} className="export-check">
              <input type="checkbox" checked={selection.views.includes(i)} onChange={(e) => toggleView(i, e.target.checked)} data-testid="export-view" />
              {view.name}
            </label>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
