import type { AreaDataset } from '../types';
import { useTableStore } from '../state/table-store';
import { useIncidentStore } from '../state/incident-store';
import { useCohesionResults } from '../state/cohesion-derived';
import { alignedIndicator, tableRowsForAreas } from '../state/table-derived';
import { joinCoverage, joinedCounts, keptIncidents, populationForBoundary } from '../state/incident-derived';
import { useState } from 'react';
import { NO_FILTER } from '../analysis/incident-filter';
import { districtAverage } from '../analysis/cohesion/benchmark';
import { describeTableSource } from '../state/cohesion-candidates';
import { tableNationalBenchmark } from '../state/national-derived';
import { useLocaleTag, useT } from './use-t';
import { useSourceWords } from './CohesionPanel/use-source-words';

/** Everything known about one area: indicators against the district average with their trend, incidents, index. */
export function AreaProfile({ dataset, index }: { dataset: AreaDataset; index: number }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const tables = useTableStore((s) => s.tables);
  const order = useTableStore((s) => s.order);
  const incidents = useIncidentStore((s) => s.incidents);
  const filters = useIncidentStore((s) => s.filters);
  const joins = useIncidentStore((s) => s.joins);
  const cohesion = useCohesionResults();
  const sourceWords = useSourceWords();
  const populationChoice = useIncidentStore((s) => s.populations[dataset.id] ?? null);
  const population = populationForBoundary(dataset, tables, populationChoice);
  // Where populations exist the district average is weighted by them, unless the user says otherwise.
  const [weightedChoice, setWeighted] = useState(true);
  const weights = population && weightedChoice ? Float64Array.from(population.values, (v) => v ?? Number.NaN) : undefined;
  // The national figure is weighted by the same residents when they come from a table (matched by code).
  const nationalPopulation = weights && population?.choice.kind === 'table' && tables[population.choice.tableId] ? { table: tables[population.choice.tableId], indicator: population.choice.indicator } : null;
  const f = (v: number) => (Number.isFinite(v) ? v.toLocaleString(localeTag, { maximumFractionDigits: 2 }) : '—');
  const rows = order.flatMap((tableId) => {
    const table = tables[tableId];
    if (!table || tableRowsForAreas(table, dataset)[index] < 0) return [];
    const last = table.periods.length - 1;
    const source = sourceWords(describeTableSource(table));
    return table.indicators.map((indicator, i) => {
      const current = alignedIndicator(table, dataset, i, last);
      const previous = last > 0 ? alignedIndicator(table, dataset, i, last - 1)[index] : Number.NaN;
      const change = current[index] - previous;
      const row = tableRowsForAreas(table, dataset)[index];
      const withheld = indicator.suppressed?.[row * table.periods.length + last] === 1;
      const district = districtAverage(current, weights);
      const national = tableNationalBenchmark(table, i, last, nationalPopulation);
      // Only a table reaching beyond this layer has a national figure to tell from the district's.
      const beyond = national.areaCount > district.areaCount;
      return { key: `${tableId}:${i}`, name: table.origin ? `${indicator.name} · ${t('layers.fromAuthority', { name: table.origin.authority.name })}` : indicator.name, source, period: table.periods[last], value: current[index], withheld, average: district.average, national: beyond ? national : null, change };
    });
  });
  const incidentRows = Object.values(joins).filter((j) => j.boundaryId === dataset.id && incidents[j.incidentId]).map((j) => ({
    label: incidents[j.incidentId].label,
    count: joinedCounts(j, keptIncidents(incidents[j.incidentId], filters[j.incidentId] ?? NO_FILTER), dataset.features.length).counts[index],
    covered: joinCoverage(j, dataset).covered[index] === 1,
  }));
  const index_ = cohesion?.boundary.id === dataset.id ? cohesion.index : null;
  if (!rows.length && !incidentRows.length && !index_) return null;
  return (
    <section className="area-profile" data-testid="area-profile">
      {index_ && Number.isFinite(index_.scores[index]) && (
        <p className="small" data-testid="profile-index">{t('cohesion.explainHead', { score: f(index_.scores[index]), rank: index_.ranks[index], quintile: index_.quintiles[index] })} <strong data-testid="profile-caveat">{t('cohesion.caveat')}</strong></p>
      )}
      {incidentRows.map((r) => <p key={r.label} className="small">{r.covered ? t('profile.incidents', { label: r.label, count: r.count.toLocaleString(localeTag) }) : t('profile.incidentsNoData', { label: r.label })}</p>)}
      {rows.length > 0 && population && (
        <label className="small"><input type="checkbox" data-testid="profile-weighted" checked={weightedChoice} onChange={(e) => setWeighted(e.target.checked)} /> {t('cohesion.weightedAverage', { source: population.source })}</label>
      )}
      {rows.length > 0 && (
        <div className="profile-scroll">
        <table className="area-fields profile-indicators" data-testid="profile-indicators">
          <thead><tr><th scope="col">{t('tables.indicator')}</th><th scope="col">{t('area.fieldValue')}</th><th scope="col">{t('profile.average')}</th><th scope="col">{t('profile.national')}</th><th scope="col">{t('profile.trend')}</th><th scope="col">{t('cohesion.sourceColumn')}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.name}{r.period ? ` (${r.period})` : ''}</th>
                <td>{r.withheld ? t('share.suppressedValue') : f(r.value)}</td>
                <td>{f(r.average)}</td>
                {r.national ? (
                  <td data-testid="profile-national" title={t(r.national.weighted ? 'profile.nationalWeighted' : 'profile.nationalValue', { value: f(r.national.average), coverage: t(`profile.coverage.${r.national.coverage}`), count: r.national.areaCount.toLocaleString(localeTag) })}>
                    {f(r.national.average)} <span className="muted small">{t(`profile.coverage.${r.national.coverage}`)}{r.national.weighted ? '' : ` · ${t('profile.unweighted')}`}</span>
                  </td>
                ) : <td data-testid="profile-national">—</td>}
                <td>{Number.isFinite(r.change) ? `${r.change > 0 ? '▲' : r.change < 0 ? '▼' : '►'} ${f(Math.abs(r.change))}` : '—'}</td>
                <td className="muted small">{r.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {rows.some((r) => r.national) && <p className="muted small" data-testid="profile-national-note">{t('profile.nationalNote')}</p>}
    </section>
  );
}
