import { useMemo } from 'react';
import type { AreaDataset } from '../../types';
import { fieldId, offeredFields } from '../../analysis/field-registry';
import { useTableStore } from '../../state/table-store';
import { useFieldContext } from '../../state/field-context';
import { tableFieldsFor } from '../../state/table-derived';

/**
 * Every value a comparison pane can map on a layer, from the field registry (the same list as the style panel:
 * hot spots, tension, index, joined incidents, columns, area), plus table values by period.
 */
export function usePaneFields(dataset: AreaDataset | undefined): string[] {
  const tables = useTableStore((s) => s.tables);
  const tableOrder = useTableStore((s) => s.order);
  const context = useFieldContext(dataset);
  return useMemo(() => {
    if (!dataset || !context) return [];
    const tableRefs = tableFieldsFor(dataset, tables, tableOrder).filter((ref) => ref.measure === 'value').map((ref) => ({ kind: 'table' as const, ...ref }));
    return offeredFields(context, tableRefs).map(fieldId);
  }, [dataset, context, tables, tableOrder]);
}
