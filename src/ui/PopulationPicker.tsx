import { useMemo } from 'react';
import type { AreaDataset } from '../types';
import { useIncidentStore } from '../state/incident-store';
import { useTableStore } from '../state/table-store';
import { isSamePopulationChoice, populationCandidates, populationForBoundary, type PopulationChoice } from '../state/population-derived';
import type { MessageKey } from '../i18n/translate';
import { useLocaleTag, useT } from './use-t';

const AUTO = '';

/** The population behind the layer's rates per 1,000: shown with why it was taken, and changeable. */
export function PopulationPicker({ boundary }: { boundary: AreaDataset }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const tables = useTableStore((s) => s.tables);
  const choice = useIncidentStore((s) => s.populations[boundary.id] ?? null);
  const choosePopulation = useIncidentStore((s) => s.choosePopulation);
  const candidates = useMemo(() => populationCandidates(boundary, tables), [boundary, tables]);
  const population = useMemo(() => populationForBoundary(boundary, tables, choice), [boundary, tables, choice]);
  const detected = useMemo(() => populationForBoundary(boundary, tables), [boundary, tables]);
  const selected = population?.chosen ? candidates.findIndex((c) => isSamePopulationChoice(c.choice, population.choice)) : -1;
  const covered = population ? population.values.reduce<number>((n, v) => n + (v === null ? 0 : 1), 0) : 0;
  const reasonKey = (population?.chosen || !population?.reason ? 'population.reason.chosen' : `population.reason.${population.reason}`) as MessageKey;
  const choose = (value: string) => choosePopulation(boundary.id, value === AUTO ? null : (candidates[Number(value)]?.choice as PopulationChoice | undefined) ?? null);

  return (
    <div className="population" data-testid="population-picker">
      <label className="field">
        <span>{t('population.label')}</span>
        <select data-testid="population-choice" value={selected < 0 ? AUTO : String(selected)} onChange={(e) => choose(e.target.value)}>
          <option value={AUTO}>{detected ? t('population.auto', { source: detected.source }) : t('population.autoNone')}</option>
          {candidates.map((candidate, index) => <option key={candidate.source + index} value={String(index)}>{candidate.source}</option>)}
        </select>
      </label>
      <p className="small" data-testid="population-used" aria-live="polite">
        {population
          ? t('population.using', { source: population.source, reason: t(reasonKey), covered: covered.toLocaleString(localeTag), areas: boundary.features.length.toLocaleString(localeTag) })
          : t('population.none')}
      </p>
    </div>
  );
}
