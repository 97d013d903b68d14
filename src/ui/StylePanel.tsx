import { useEffect, useMemo, useState } from 'react';
import type { ClassificationMethod } from '../types';
import { useDataStore } from '../state/data-store';
import { DEFAULT_OPACITY, useLayerStore } from '../state/layer-store';
import { listPalettes } from '../analysis/palettes';
import { mappableFields } from '../analysis/default-field';
import { parseManualBreaks } from '../analysis/parse-breaks';
import { validateManualBreaks } from '../analysis/classify-manual';
import { useChoropleth } from '../state/choropleth';
import { useIncidentStore } from '../state/incident-store';
import { useTableStore } from '../state/table-store';
import { incidentFieldsFor } from '../state/incident-derived';
import { useFieldLabel } from './use-field-label';
import { fieldId, offeredFields } from '../analysis/field-registry';
import { useFieldContext } from '../state/field-context';
import { TableFieldChooser } from './TableFieldChooser';
import { parseTableField } from '../state/table-derived';
import { useCohesionStore } from '../state/cohesion-store';
import { useCohesionFieldsAvailable } from './CohesionPanel/use-cohesion-fields';
import type { MessageKey } from '../i18n/translate';
import { useT } from './use-t';

const METHODS: ClassificationMethod[] = ['quantile', 'equal-interval', 'jenks', 'std-dev', 'manual'];

/** Thresholds rounded to 4 significant figures for typing, unless rounding would merge two of them. */
function roundedBreaks(thresholds: number[]): number[] {
  const rounded = thresholds.map((n) => Number(n.toPrecision(4)));
  return rounded.every((n, i) => i === 0 || n > rounded[i - 1]) ? rounded : thresholds;
}

/** Choropleth settings of the mapped layer: field, classification, classes, palette, opacity, code/name fields. */
export function StylePanel() {
  const t = useT();
  const datasetId = useLayerStore((s) => s.activeLayerId);
  const dataset = useDataStore((s) => (datasetId ? s.datasets[datasetId] : undefined));
  const style = useLayerStore((s) => (datasetId ? s.layers[datasetId]?.style : undefined));
  const opacity = useLayerStore((s) => (datasetId ? s.layers[datasetId]?.opacity ?? DEFAULT_OPACITY : DEFAULT_OPACITY));
  const setOpacity = useLayerStore((s) => s.setOpacity);
  const setValueField = useLayerStore((s) => s.setValueField);
  const setClassification = useLayerStore((s) => s.setClassification);
  const setAreaFields = useDataStore((s) => s.setAreaFields);
  const [breaksText, setBreaksText] = useState('');
  const [breaksInvalid, setBreaksInvalid] = useState(false);
  const choropleth = useChoropleth(datasetId);
  const fieldLabel = useFieldLabel();
  const context = useFieldContext(dataset);
  const joins = useIncidentStore((s) => s.joins);
  const populations = useIncidentStore((s) => s.populations);
  const cohesionBoundary = useCohesionStore((s) => s.boundaryId);
  const cohesionFields = useCohesionFieldsAvailable();
  const tables = useTableStore((s) => s.tables);
  const incidentFields = useMemo(() => (dataset ? incidentFieldsFor(dataset, { joins, tables, populations }) : []), [dataset, joins, tables, populations]);

  useEffect(() => {
    setBreaksText(style?.options.manualBreaks?.join(', ') ?? '');
    setBreaksInvalid(false);
  }, [datasetId, style?.options.manualBreaks]);

  if (!dataset || !style || !datasetId) return null;
  const derivedFields = [...incidentFields, ...(cohesionBoundary === datasetId ? cohesionFields : [])];
  // What can be drawn now (the registry's list: hot spots and tension too), and always the field the map is
  // set to, even when it is refused, so the list never claims another field than the legend.
  const offered = context ? offeredFields(context).map(fieldId) : [];
  const listed = [...new Set([...derivedFields, ...offered, ...mappableFields(dataset.fields, dataset.codeField)])].filter((name) => !parseTableField(name));
  const fields = listed.includes(style.valueField) ? listed : [style.valueField, ...listed];
  const textFields = dataset.fields.map((f) => f.name);

  return (
    <section className="panel" aria-labelledby="style-heading" data-testid="style-panel">
      <h2 id="style-heading">{t('style.heading')}: {dataset.label}</h2>
      <label className="field">
        <span>{t('style.field')}</span>
        <select data-testid="value-field" value={style.valueField} onChange={(e) => setValueField(datasetId, e.target.value)}>
          {fields.map((name) => <option key={name} value={name}>{fieldLabel(name)}</option>)}
        </select>
      </label>
      <TableFieldChooser dataset={dataset} valueField={style.valueField} />
      <label className="field">
        <span>{t('style.method')}</span>
        <select
          data-testid="method"
          value={style.options.method}
          onChange={(e) => {
            const method = e.target.value as ClassificationMethod;
            // Manual starts from the breaks on screen, so the map does not jump.
            const startBreaks = method === 'manual' && !style.options.manualBreaks?.length && choropleth?.classification.thresholds.length
              ? { manualBreaks: roundedBreaks(choropleth.classification.thresholds) }
              : {};
            setClassification(datasetId, { method, ...startBreaks });
          }}
        >
          {METHODS.map((m) => <option key={m} value={m}>{t(`style.method.${m}` as MessageKey)}</option>)}
        </select>
      </label>
      {style.options.method === 'manual' ? (
        <form
          className="field"
          onSubmit={(e) => {
            e.preventDefault();
            const breaks = parseManualBreaks(breaksText);
            const valid = !!breaks && !validateManualBreaks(breaks);
            setBreaksInvalid(!valid);
            if (valid) setClassification(datasetId, { manualBreaks: breaks });
          }}
        >
          <label>
            <span>{t('style.manualBreaks')}</span>
            <input data-testid="manual-breaks" value={breaksText} onChange={(e) => setBreaksText(e.target.value)} aria-invalid={breaksInvalid} />
          </label>
          <button type="submit" data-testid="manual-apply">{t('style.manualApply')}</button>
          {breaksInvalid && <p role="alert" className="error-text">{t('style.manualBreaksInvalid')}</p>}
        </form>
      ) : (
        <label className="field">
          <span>{t('style.classes')}</span>
          <select
            data-testid="class-count"
            value={style.options.classCount}
            onChange={(e) => setClassification(datasetId, { classCount: Number(e.target.value) })}
          >
            {[3, 4, 5, 6, 7, 8, 9].map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
      )}
      <label className="field">
        <span>{t('style.palette')}</span>
        <select data-testid="palette" value={style.options.paletteId} onChange={(e) => setClassification(datasetId, { paletteId: e.target.value })}>
          {(['sequential', 'diverging'] as const).map((kind) => (
            <optgroup key={kind} label={t(`style.palette.${kind}`)}>
              {listPalettes(kind).map((p) => (
                <option key={p.id} value={p.id}>{p.colorBlindSafe ? t('style.colorBlindSafe', { name: p.label }) : p.label}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={!!style.options.reversed} onChange={(e) => setClassification(datasetId, { reversed: e.target.checked })} />
        <span>{t('style.reversed')}</span>
      </label>
      <label className="field">
        <span>{t('style.opacity')}</span>
        <input type="range" min={0} max={1} step={0.05} value={opacity} onChange={(e) => setOpacity(datasetId, Number(e.target.value))} />
      </label>
      <details className="field-choice">
        <summary>{t('style.section.fields')}</summary>
        <label className="field">
          <span>{t('fields.code')}</span>
          <select data-testid="code-field" value={dataset.codeField ?? ''} onChange={(e) => setAreaFields(datasetId, e.target.value || null, dataset.nameField)}>
            <option value="">{t('fields.none')}</option>
            {textFields.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('fields.name')}</span>
          <select data-testid="name-field" value={dataset.nameField ?? ''} onChange={(e) => setAreaFields(datasetId, dataset.codeField, e.target.value || null)}>
            <option value="">{t('fields.none')}</option>
            {textFields.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </label>
      </details>
    </section>
  );
}
