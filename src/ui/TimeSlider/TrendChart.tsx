import { useMemo } from 'react';
import { useIncidentStore } from '../../state/incident-store';
import { useViewStore } from '../../state/view-store';
import { useLayerStore } from '../../state/layer-store';
import { useDataStore } from '../../state/data-store';
import type { TimelinePeriods } from '../../state/timeline-derived';
import { periodTableKey, usePeriodCountStore } from '../../state/period-counts';
import { NO_FILTER } from '../../analysis/incident-filter';
import { useT, useAreaName, useLocaleTag } from '../use-t';

const WIDTH = 320;
const HEIGHT = 84;
/** Plot margins in px: room for the value axis on the left and month labels below. */
const LEFT = 34;
const RIGHT = 6;
const TOP = 6;
const BOTTOM = 18;

/** Incidents per period for the district (line) and the selected area (bars), current period marked. */
export function TrendChart({ periods, step, label }: { periods: TimelinePeriods; step: number | null; label: (i: number) => string }) {
  const t = useT();
  const localeTag = useLocaleTag();
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
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (p: number) => LEFT + (p / (n - 1)) * (WIDTH - LEFT - RIGHT);
  const y = (v: number, max: number) => TOP + plotHeight - (v / max) * plotHeight;
  const maxDistrict = Math.max(1, ...series.district);
  const maxArea = series.area ? Math.max(1, ...series.area) : 1;
  const line = series.district.map((v, p) => `${p === 0 ? 'M' : 'L'}${x(p).toFixed(1)},${y(v, maxDistrict).toFixed(1)}`).join(' ');
  const description = t('time.trendDescription', { first: label(0), last: label(n - 1), max: maxDistrict });
  const count = (v: number) => v.toLocaleString(localeTag);
  // Month labels: the first and last period, and the current one when it is clear of both.
  const ticks = [0, n - 1, ...(step !== null && step > n * 0.15 && step < n * 0.85 ? [step] : [])];
  const column = (WIDTH - LEFT - RIGHT) / Math.max(1, n - 1);
  return (
    <figure className="trend" data-testid="trend-chart">
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={description}>
        <line x1={LEFT} y1={TOP} x2={LEFT} y2={TOP + plotHeight} stroke="#52606d" />
        <line x1={LEFT} y1={TOP + plotHeight} x2={WIDTH - RIGHT} y2={TOP + plotHeight} stroke="#52606d" />
        <text x={LEFT - 4} y={TOP + 8} textAnchor="end" fontSize={10} fill="#1f2933">{count(maxDistrict)}</text>
        <text x={LEFT - 4} y={TOP + plotHeight} textAnchor="end" fontSize={10} fill="#1f2933">{count(0)}</text>
        {ticks.map((p) => <text key={p} x={x(p)} y={HEIGHT - 4} textAnchor={p === 0 ? 'start' : p === n - 1 ? 'end' : 'middle'} fontSize={10} fill="#1f2933" data-testid="trend-tick">{label(p)}</text>)}
        {series.area?.map((v, p) => <rect key={p} x={x(p) - 2} y={y(v, maxArea)} width={4} height={(v / maxArea) * plotHeight} fill="#9ecae1" />)}
        <path d={line} fill="none" stroke="#08519c" strokeWidth={2} />
        {step !== null && <rect x={x(step) - 1} y={TOP} width={2} height={plotHeight} fill="#d62f27" data-testid="trend-marker" />}
        {series.district.map((v, p) => (
          <rect key={p} x={x(p) - column / 2} y={TOP} width={column} height={plotHeight} fill="transparent" data-testid="trend-point">
            <title>{t('time.trendValue', { period: label(p), count: count(v) })}</title>
          </rect>
        ))}
      </svg>
      <figcaption className="small muted">{series.areaName ? t('time.trendArea', { area: series.areaName }) : t('time.trendDistrict')}</figcaption>
    </figure>
  );
}
