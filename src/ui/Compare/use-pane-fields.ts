import { useMemo } from 'react';
import type { AreaDataset } from '../../types';
import { mappableFields } from '../../analysis/default-field';
import { useIncidentStore } from '../../state/incident-store';
import { useTableStore } from '../../state/table-store';
import { useCohesionStore } from '../../state/cohesion-store';
import { incidentFieldsFor } from '../../state/incident-derived';
import { tableFieldId, tableFieldsFor } from '../../state/table-derived';
import { TENSION_FIELD, useTensionRows } from '../../state/tension-derived';
import { useCohesionFieldsAvailable } from '../CohesionPanel/use-cohesion-fields';

/** Every value a comparison pane can map on a layer: joined incidents, index, tension, columns, table values by period. */
export function usePaneFields(dataset: AreaDataset | undefined): string[] {
  const joins = useIncidentStore((s) => s.joins);
  const populations = useIncidentStore((s) => s.populations);
  const tables = useTableStore((s) => s.tables);
  const tableOrder = useTableStore((s) => s.order);
  const cohesionBoundary = useCohesionStore((s) => s.boundaryId);
  const cohesionFields = useCohesionFieldsAvailable();
  const hasTension = useTensionRows().length > 0;
  return useMemo(() => {
    if (!dataset) return [];
    return [
      ...incidentFieldsFor(dataset, { joins, tables, populations }),
      ...(cohesionBoundary === dataset.id ? cohesionFields : []),
      ...(hasTension ? [TENSION_FIELD] : []),
      ...mappableFields(dataset.fields, dataset.codeField),
      ...tableFieldsFor(dataset, tables, tableOrder).filter((ref) => ref.measure === 'value').map(tableFieldId),
    ];
  }, [dataset, joins, tables, populations, tableOrder, cohesionBoundary, cohesionFields, hasTension]);
}
