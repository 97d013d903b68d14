import { useCohesionStore } from '../../state/cohesion-store';
import { useCohesionResults } from '../../state/cohesion-derived';
import { useTableStore } from '../../state/table-store';
import { useViewStore } from '../../state/view-store';
import type { RapidChangeRule } from '../../analysis/cohesion/rapid-change';
import { useLocaleTag, useT, useAreaName } from '../use-t';

interface Candidate { tableId: string; indicator: number; name: string }

/** Areas whose change between two periods is unusual, by a rule the user sees and sets. */
export function RapidChange({ candidates }: { candidates: Candidate[] }) {
  const t = useT();
  const areaName = useAreaName();
  const localeTag = useLocaleTag();
  const setting = useCohesionStore((s) => s.rapidChange);
  const setRapidChange = useCohesionStore((s) => s.setRapidChange);
  const tables = useTableStore((s) => s.tables);
  const results = useCohesionResults();
  const selectArea = useViewStore((s) => s.selectArea);
  if (candidates.length === 0) return null;
  const current = setting ?? { ref: { tableId: candidates[0].tableId, indicator: candidates[0].indicator }, period: tables[candidates[0].tableId].periods.length - 1, rule: { kind: 'std-dev', threshold: 2 } as RapidChangeRule };
  const table = tables[current.ref.tableId];
  const f = (v: number) => v.toLocaleString(localeTag, { maximumFractionDigits: 2 });
  const rapid = setting ? results?.rapid : null;
  const ruleText = rapid
    ? rapid.rule.kind === 'std-dev'
      ? t('cohesion.rule.stdDev', { k: f(rapid.rule.threshold), low: f(rapid.band[0]), high: f(rapid.band[1]), mean: f(rapid.meanChange) })
      : t('cohesion.rule.percent', { p: f(rapid.rule.threshold) })
    : '';
  const update = (change: Partial<typeof current>) => setRapidChange({ ...current, ...change });
  return (
    <details className="rapid" data-testid="rapid-change">
      <summary>{t('cohesion.rapidHeading')}</summary>
      <label className="field">
        <span>{t('tables.indicator')}</span>
        <select data-testid="rapid-indicator" value={`${current.ref.tableId}|${current.ref.indicator}`} onChange={(e) => {
          const [tableId, indicator] = e.target.value.split('|');
          update({ ref: { tableId, indicator: Number(indicator) }, period: tables[tableId].periods.length - 1 });
        }}>
          {candidates.map((c) => <option key={`${c.tableId}|${c.indicator}`} value={`${c.tableId}|${c.indicator}`}>{c.name}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('cohesion.between')}</span>
        <select data-testid="rapid-period" value={current.period} onChange={(e) => update({ period: Number(e.target.value) })}>
          {table.periods.slice(1).map((p, i) => <option key={p} value={i + 1}>{t('cohesion.periodPair', { from: table.periods[i], to: p })}</option>)}
        </select>
      </label>
      <div className="rule-row">
        <label className="field">
          <span>{t('cohesion.rule')}</span>
          <select data-testid="rapid-rule" value={current.rule.kind} onChange={(e) => update({ rule: { kind: e.target.value as RapidChangeRule['kind'], threshold: e.target.value === 'percent' ? 20 : 2 } })}>
            <option value="std-dev">{t('cohesion.rule.kindStdDev')}</option>
            <option value="percent">{t('cohesion.rule.kindPercent')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('cohesion.threshold')}</span>
          <input type="number" min={0} step={current.rule.kind === 'percent' ? 5 : 0.5} data-testid="rapid-threshold" value={current.rule.threshold} onChange={(e) => update({ rule: { ...current.rule, threshold: Math.max(0, Number(e.target.value)) } })} />
        </label>
      </div>
      {!setting && <button type="button" data-testid="rapid-run" onClick={() => setRapidChange(current)}>{t('cohesion.rapidRun')}</button>}
      {rapid && (
        <div data-testid="rapid-results">
          <p className="small">{ruleText}</p>
          <p className="small" data-testid="rapid-count">{t('cohesion.flagged', { count: rapid.flagged.length, compared: rapid.areasCompared })}</p>
          <ul className="small">
            {rapid.flagged.slice(0, 20).map((flag) => (
              <li key={flag.areaIndex}>
                <button type="button" className="link" onClick={() => selectArea({ datasetId: results!.boundary.id, index: flag.areaIndex })}>
                  {areaName(results!.boundary, flag.areaIndex)}
                </button>{' '}
                {t(flag.side === 'above' ? 'cohesion.rose' : 'cohesion.fell', { amount: f(Math.abs(flag.change)) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
