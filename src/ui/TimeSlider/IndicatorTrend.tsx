import { useMemo } from 'react';
import { useViewStore } from '../../state/view-store';
import { useLayerStore } from '../../state/layer-store';
import { useDataStore } from '../../state/data-store';
import { useTableStore } from '../../state/table-store';
import { alignedIndicator, parseTableField } from '../../state/table-derived';
import { tablePeriodAt, type TimelinePeriods } from '../../state/timeline-derived';
import { districtAverage } from '../../analysis/cohesion/benchmark';
import { useLocaleTag, useT, useAreaName } from '../use-t';

const WIDTH = 320;
const HEIGHT = 64;

/** The mapped indicator over its periods: district average (line) and the selected area (dots), edition in force marked. */
export function IndicatorTrend({ periods, step }: { periods: TimelinePeriods; step: number | null }) {
  const t = useT();
  const areaName = useAreaName();
  const localeTag = useLocaleTag();
  const activeId = useLayerStore((s) => s.activeLayerId);
  const selected = useViewStore((s) => s.selected);
  const boundary = useDataStore((s) => (activeId ? s.datasets[activeId] : undefined));
  const field = useLayerStore((s) => (activeId ? s.layers[activeId]?.style.valueField : undefined));
  const tables = useTableStore((s) => s.tables);
  const series = useMemo(() => {
    const ref = field ? parseTableField(field) : null;
    const table = ref ? tables[ref.tableId] : undefined;
    if (!ref || !table || !boundary || table.periods.length < 2) return null;
    const byPeriod = table.periods.map((_, p) => alignedIndicator(table, boundary, ref.indicator, p));
    const area = selected?.datasetId === boundary.id ? byPeriod.map((values) => values[selected.index]) : null;
    return { labels: table.periods, name: table.indicators[ref.indicator].name, district: byPeriod.map((values) => districtAverage(values).average), area, areaName: area ? areaName(boundary, selected!.index) : null };
  }, [field, tables, boundary, selected, areaName]);
  if (!series) return null;
  const all = [...series.district, ...(series.area ?? [])].filter(Number.isFinite);
  const min = Math.min(...all);
  const max = Math.max(...all);
  const n = series.labels.length;
  const x = (p: number) => (p / (n - 1)) * (WIDTH - 40) + 20;
  const y = (v: number) => HEIGHT - 14 - ((v - min) / (max - min || 1)) * (HEIGHT - 24);
  const line = series.district.map((v, p) => (Number.isFinite(v) ? `${p === 0 ? 'M' : 'L'}${x(p).toFixed(1)},${y(v).toFixed(1)}` : '')).join(' ');
  const inForce = step === null ? n - 1 : tablePeriodAt(series.labels, periods.boundsMs[Math.min(step, periods.keys.length - 1) + 1] - 1);
  const f = (v: number) => v.toLocaleString(localeTag, { maximumFractionDigits: 1 });
  return (
    <figure className="trend" data-testid="indicator-trend">
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={t('time.indicatorTrend', { name: series.name, first: series.labels[0], last: series.labels[n - 1], from: f(series.district[0]), to: f(series.district[n - 1]) })}>
        {inForce !== null && <rect x={x(inForce) - 1} y={0} width={2} height={HEIGHT - 12} fill="#d62f27" data-testid="indicator-trend-marker" />}
        <path d={line} fill="none" stroke="#08519c" strokeWidth={2} />
        {series.area?.map((v, p) => (Number.isFinite(v) ? <circle key={p} cx={x(p)} cy={y(v)} r={4} fill="#f16913" /> : null))}
        {series.labels.map((label, p) => <text key={label} x={x(p)} y={HEIGHT - 1} fontSize={10} textAnchor="middle">{label}</text>)}
      </svg>
      <figcaption className="small muted">{series.areaName ? t('time.indicatorArea', { name: series.name, area: series.areaName }) : t('time.indicatorDistrict', { name: series.name })}</figcaption>
    </figure>
  );
}
