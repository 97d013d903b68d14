import type { LegendItem } from '../../analysis/legend';
import type { LegendRowInput } from '../../analysis/export/furniture-layout';
import type { MapKey } from '../use-map-keys';

/**
 * The exported legend's rows: the classes (or, classified per authority, each authority's name and its
 * classes, then one no-data row), then the outlines and heatmap drawn over them under "Also on the map".
 */
export function exportLegendRows(
  classes: { items: ReadonlyArray<LegendItem>; sections: ReadonlyArray<{ name: string; items: ReadonlyArray<LegendItem> }> | null } | { rows: ReadonlyArray<LegendRowInput> },
  keys: ReadonlyArray<MapKey>,
  keysHeading: string,
): LegendRowInput[] | null {
  const row = (item: LegendItem): LegendRowInput => ({ color: item.color, label: item.label });
  let rows: LegendRowInput[];
  if ('rows' in classes) rows = [...classes.rows];
  else if (classes.sections) {
    const noData = classes.items.find((item) => item.isNoData);
    rows = [...classes.sections.flatMap((section) => [{ color: '', label: section.name, swatch: 'heading' as const }, ...section.items.map(row)]), ...(noData ? [row(noData)] : [])];
  } else rows = classes.items.map(row);
  const keyRows = keys.map((key): LegendRowInput => (key.swatch.kind === 'heatmap'
    ? { color: '', label: key.label, swatch: 'heatmap' }
    : { color: key.swatch.color, label: key.label, swatch: key.swatch.dashed ? 'dashed-outline' : 'outline' }));
  if (keyRows.length) rows = [...rows, { color: '', label: keysHeading, swatch: 'heading' }, ...keyRows];
  return rows.length ? rows : null;
}
