import { useCallback } from 'react';
import { useIncidentStore } from '../state/incident-store';
import { useTableStore } from '../state/table-store';
import { fieldLabel, parseFieldId } from '../analysis/field-registry';
import type { FieldProblem } from '../types/field';
import type { MessageKey } from '../i18n/translate';
import { useT } from './use-t';

/** Readable name of a mappable field, worded from the field registry's label: a column, the area, joined incidents, a table measure, an analysis. */
export function useFieldLabel(): (field: string) => string {
  const t = useT();
  const incidents = useIncidentStore((s) => s.incidents);
  const tables = useTableStore((s) => s.tables);
  return useCallback((field: string) => {
    const context = {
      incidents: Object.fromEntries(Object.values(incidents).map((d) => [d.id, { label: d.label, joinedInto: null }])),
      tables: Object.fromEntries(Object.values(tables).map((table) => [table.id, { label: table.label, indicators: table.indicators.map((i) => i.name), periods: table.periods }])),
    };
    const label = fieldLabel(parseFieldId(field), context);
    return t(label.key as MessageKey, label.params);
  }, [t, incidents, tables]);
}

/** Why a field cannot be drawn, in the interface language. */
export function useProblemText(): (problem: FieldProblem) => string {
  const t = useT();
  return useCallback((problem: FieldProblem) => t(`field.problem.${problem.code}` as MessageKey, problem.params), [t]);
}
