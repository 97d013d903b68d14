import { useState } from 'react';
import type { AreaDataset } from '../../types';
import { useIncidentStore } from '../../state/incident-store';
import { useTableStore } from '../../state/table-store';
import { useTensionStore } from '../../state/tension-store';
import { useCohesionStore, type IndexSource } from '../../state/cohesion-store';
import { populationForBoundary } from '../../state/incident-derived';
import { PopulationPicker } from '../PopulationPicker';
import { useT } from '../use-t';
import './cohesion-evidence.css';
import { useIndexSourceLabel } from './use-index-source-label';

const ALL = '';

/** Incident rates or counts joined into the layer, and the tension history, added to the index beside table columns. */
export function SourceItems({ boundary }: { boundary: AreaDataset }) {
  const t = useT();
  const labelOf = useIndexSourceLabel();
  const joins = useIncidentStore((s) => s.joins);
  const incidents = useIncidentStore((s) => s.incidents);
  const population = useIncidentStore((s) => s.populations[boundary.id] ?? null);
  const tables = useTableStore((s) => s.tables);
  const hasTension = useTensionStore((s) => s.order.some((id) => (s.datasets[id]?.rows.length ?? 0) > 0));
  const sourceItems = useCohesionStore((s) => s.sourceItems);
  const addSourceItem = useCohesionStore((s) => s.addSourceItem);
  const updateSourceItem = useCohesionStore((s) => s.updateSourceItem);
  const removeSourceItem = useCohesionStore((s) => s.removeSourceItem);
  const joined = Object.values(joins).filter((join) => join.boundaryId === boundary.id && incidents[join.incidentId]).map((join) => incidents[join.incidentId]);
  const hasPopulation = populationForBoundary(boundary, tables, population) !== null;
  const kinds = [
    ...joined.flatMap((d) => [...(hasPopulation ? [`incidents|${d.id}|rate`] : []), `incidents|${d.id}|count`]),
    ...(hasTension ? ['tension'] : []),
  ];
  const [picked, setPicked] = useState('');
  const [category, setCategory] = useState(ALL);
  const kind = kinds.includes(picked) ? picked : (kinds[0] ?? '');
  if (kinds.length === 0 && sourceItems.length === 0) return null;
  const [, incidentId, measure] = kind.split('|');
  const dataset = incidentId ? incidents[incidentId] : undefined;
  const sourceOf = (value: string, chosenCategory: string | null): IndexSource => {
    const [head, id, m] = value.split('|');
    return head === 'tension' ? { kind: 'tension', measure: 'elevated-assessments' } : { kind: 'incidents', incidentId: id, measure: m === 'rate' ? 'rate' : 'count', category: chosenCategory };
  };
  const categoryChoice = dataset?.categories.includes(category) ? category : null;

  return (
    <fieldset className="index-sources" data-testid="index-sources">
      <legend>{t('cohesion.source.heading')}</legend>
      {kinds.length > 0 && (
        <div className="filter-actions">
          <label className="field">
            <span>{t('cohesion.source.measure')}</span>
            <select data-testid="source-kind" value={kind} onChange={(e) => setPicked(e.target.value)}>
              {kinds.map((value) => <option key={value} value={value}>{labelOf(sourceOf(value, null))}</option>)}
            </select>
          </label>
          {dataset && (
            <label className="field">
              <span>{t('cohesion.source.category')}</span>
              <select data-testid="source-category" value={categoryChoice ?? ALL} onChange={(e) => setCategory(e.target.value)}>
                <option value={ALL}>{t('cohesion.source.allCategories')}</option>
                {dataset.categories.map((name) => <option key={name} value={name}>{name}</option>)}
              </select>
            </label>
          )}
          <button type="button" data-testid="source-add" onClick={() => addSourceItem(sourceOf(kind, categoryChoice))}>{t('cohesion.source.add')}</button>
        </div>
      )}
      {measure === 'rate' && <PopulationPicker boundary={boundary} />}
      {sourceItems.length > 0 && (
        <ul className="source-items" data-testid="source-items">
          {sourceItems.map((item, index) => {
            const label = labelOf(item.source);
            return (
              <li key={label} data-testid="source-item">
                <span>{label}</span>{' '}
                <select aria-label={t('cohesion.directionOf', { name: label })} value={item.direction ?? ''} onChange={(e) => updateSourceItem(index, { direction: e.target.value === 'positive' || e.target.value === 'negative' ? e.target.value : null })}>
                  {item.direction === null && <option value="">{t('cohesion.chooseDirection')}</option>}
                  <option value="positive">{t('cohesion.positive')}</option>
                  <option value="negative">{t('cohesion.negative')}</option>
                </select>{' '}
                <input type="number" min={0} step={0.5} className="weight" aria-label={t('cohesion.weightOf', { name: label })} value={item.weight} onChange={(e) => updateSourceItem(index, { weight: Number(e.target.value) })} />{' '}
                <label><input type="checkbox" checked={item.unreliable} onChange={(e) => updateSourceItem(index, { unreliable: e.target.checked })} /> {t('cohesion.unreliable')}</label>{' '}
                <button type="button" className="link" aria-label={t('cohesion.source.remove', { name: label })} onClick={() => removeSourceItem(index)}>{t('cohesion.source.removeShort')}</button>
                {item.direction === null && <p className="warning-text small" data-testid="direction-unsure">{t('cohesion.needsDirection')}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
