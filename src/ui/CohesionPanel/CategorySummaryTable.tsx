import { useState } from 'react';
import type { AreaDataset } from '../../types';
import { summariseByCategory } from '../../analysis/cohesion/category-summary';
import { useT } from '../use-t';

const MAX_CATEGORIES = 30;

/** The index score summarised by area type: any text column of the layer with a few categories (urban/rural…). */
export function CategorySummaryTable({ boundary, scores, format }: { boundary: AreaDataset; scores: Float64Array; format: (v: number) => string }) {
  const t = useT();
  const columns = boundary.fields.filter((f) => f.kind === 'text' && f.name !== boundary.codeField && f.name !== boundary.nameField && f.distinct >= 2 && f.distinct <= MAX_CATEGORIES).map((f) => f.name);
  const [picked, setPicked] = useState('');
  if (columns.length === 0) return null;
  const column = columns.includes(picked) ? picked : columns[0];
  const categories = boundary.features.map((feature) => {
    const value = feature.properties[column];
    return value === null || value === undefined ? null : String(value);
  });
  const rows = summariseByCategory(categories, scores);
  return (
    <div className="category-summary" data-testid="category-summary">
      <label className="field">
        <span>{t('cohesion.byType')}</span>
        <select data-testid="category-column" value={column} onChange={(e) => setPicked(e.target.value)}>
          {columns.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </label>
      <table className="index-items">
        <thead><tr><th scope="col">{t('cohesion.byType.category')}</th><th scope="col">{t('cohesion.byType.areas')}</th><th scope="col">{t('cohesion.byType.mean')}</th></tr></thead>
        <tbody>
          {rows.map((row) => <tr key={row.category}><th scope="row">{row.category}</th><td>{t('cohesion.byType.count', { scored: row.valueCount, total: row.areaCount })}</td><td>{Number.isFinite(row.mean) ? format(row.mean) : '—'}</td></tr>)}
        </tbody>
      </table>
    </div>
  );
}
