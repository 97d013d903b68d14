import { useMemo } from 'react';
import { useIncidentStore } from '../../state/incident-store';
import { useViewStore } from '../../state/view-store';
import { useLayerStore } from '../../state/layer-store';
import { useDataStore } from '../../state/data-store';
import type { TimelinePeriods } from '../../state/timeline-derived';
import { periodTableKey, usePeriodCountStore } from '../../state/period-counts';
import { NO_FILTER } from '../../analysis/incident-filter';
import { useT, useAreaName } from '../use-t';

const WIDTH = 320;
const HEIGHT = 64;

/** Incidents per period for the district (line) and the selected area (bars), current period marked. */
export function TrendChart({ periods, step, label }: { periods: TimelinePeriods; step: number | null; label: (i: number) => string }) {
  const t = useT();
  const areaName = useAreaName();
  const joins = useIncidentStore((s) => s.joins);
  const incidents = useIncidentStore((s) => s.incidents);
  const filters = useIncidentStore((s) => s.filters);
  const selected = useViewStore((s) => s.selected);
  const activeId = useLayerStore((s) => s.activeLayerId);
  const datasets = useDataStore((s) => s.datasets);
  const periodTables = usePeriodCountStore((s) => s.tables);
  const series = useMemo(() => {
    const join = Object.values(joins).find((j) => j.boundaryId === activeId) ?? Object.values(joins)[0];
    const boundary = join ? datasets[join.boundaryId] : undefined;
    if (!join || !boundary || !incidents[join.incidentId]) return null;
    const table = periodTables[periodTableKey(join, (filters[join.incidentId] ?? NO_FILTER).categories, periods)];
    if (!table) return null;
    const district = new Array<number>(table.periodCount).fill(0);
    for (let a = 0; a < table.areaCount; a++) for (let p = 0; p < table.periodCount; p++) district[p] += table.counts[a * table.periodCount + p];
    const area = selected?.datasetId === boundary.id ? Array.from({ length: table.periodCount }, (_, p) => table.counts[selected.index * table.periodCount + p]) : null;
    return { district, area, areaName: area ? areaName(boundary, selected!.index) : null };
  }, [joins, incidents, filters, selected, activeId, datasets, periods, periodTables, areaName]);
  if (!series || series.district.length < 2) return null;
  const n = series.district.length;
  const x = (p: number) => (p / (n - 1)) * (WIDTH - 8) + 4;
  const maxDistrict = Math.max(1, ...series.district);
  const maxArea = series.area ? Math.max(1, ...series.area) : 1;
  const line = series.district.map((v, p) => `${p === 0 ? 'M' : 'L'}${x(p).toFixed(1)},${(HEIGHT - 4 - (v / maxDistrict) * (HEIGHT - 12)).toFixed(1)}`).join(' ');
  const description = t('time.trendDescription', { first: label(0), last: label(n - 1), max: maxDistrict });
  return (
    <figure className="trend" data-testid="trend-chart">
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={description}>
        {series.area?.map((v, p) => <rect key={p} x={x(p) - 2} y={HEIGHT - 4 - (v / maxArea) * (HEIGHT - 12)} width={4} height={(v / maxArea) * (HEIGHT - 12)} fill="#9ecae1" />)}
        <path d={line} fill="none" stroke="#08519c" strokeWidth={2} />
        {step !== null && <rect x={x(step) - 1} y={0} width={2} height={HEIGHT} fill="#d62f27" data-testid="trend-marker" />}
      </svg>
      <figcaption className="small muted">{series.areaName ? t('time.trendArea', { area: series.areaName }) : t('time.trendDistrict')}</figcaption>
    </figure>
  );
}
