import { useCallback } from 'react';
import { useIncidentStore } from '../state/incident-store';
import { useTableStore } from '../state/table-store';
import { fieldLabel, parseFieldId } from '../analysis/field-registry';
import type { FieldProblem } from '../types/field';
import type { Locale, MessageKey } from '../i18n/translate';
import { columnInWords } from '../i18n/column-words';
import { useLocaleStore } from '../state/locale-store';
import { useScopedLayers } from '../state/view-scope';
import { useT } from './use-t';

/** A field label's parameters with known column names in words ("deprivation_score" → "Deprivation score"). */
function paramsInWords(params: Record<string, string>, locale: Locale): Record<string, string> {
  return {
    ...params,
    ...(params.name !== undefined ? { name: columnInWords(locale, params.name) } : {}),
    ...(params.indicator !== undefined ? { indicator: columnInWords(locale, params.indicator) } : {}),
  };
}

/** Readable name of a mappable field, worded from the field registry's label: a column, the area, joined incidents, a table measure, an analysis. */
export function useFieldLabel(): (field: string) => string {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const incidents = useIncidentStore((s) => s.incidents);
  const tables = useTableStore((s) => s.tables);
  return useCallback((field: string) => {
    const context = {
      incidents: Object.fromEntries(Object.values(incidents).map((d) => [d.id, { label: d.label, joinedInto: null }])),
      tables: Object.fromEntries(Object.values(tables).map((table) => [table.id, { label: table.label, indicators: table.indicators.map((i) => i.name), periods: table.periods }])),
    };
    const label = fieldLabel(parseFieldId(field), context);
    // A column or indicator the catalogue has words for is named in words; an incident dataset's name is the user's.
    const params = label.key === 'field.column' || label.key.startsWith('tables.measure.') ? paramsInWords(label.params, locale) : label.params;
    return t(label.key as MessageKey, params);
  }, [t, locale, incidents, tables]);
}

/** Why a field cannot be drawn, in the interface language. */
export function useProblemText(): (problem: FieldProblem) => string {
  const t = useT();
  return useCallback((problem: FieldProblem) => t(`field.problem.${problem.code}` as MessageKey, problem.params), [t]);
}

/**
 * The legend title of a layer drawing `field` in the view being drawn (live or offscreen): the title the user
 * wrote for that field, else the field's label. A comparison pane drawing another field gets that field's label.
 */
export function useLegendTitle(): (datasetId: string | null, field: string) => string {
  const fieldLabel = useFieldLabel();
  const { layers } = useScopedLayers();
  return useCallback((datasetId: string | null, field: string) => {
    const style = datasetId ? layers[datasetId]?.style : undefined;
    return style?.legendTitle && style.valueField === field ? style.legendTitle : fieldLabel(field);
  }, [fieldLabel, layers]);
}
