import { useDataStore } from '../../state/data-store';
import { useCompareStore } from '../../state/compare-store';
import { useTimelineStore } from '../../state/timeline-store';
import { useTimelinePeriods } from '../../state/timeline-derived';
import { useFieldLabel } from '../use-field-label';
import { formatPeriod } from '../TimeSlider/format-period';
import { useT } from '../use-t';
import { usePaneFields } from './use-pane-fields';

/** One comparison pane's choices: which layer, which value, and whether it follows the slider or is pinned. */
export function PaneControls({ index }: { index: 0 | 1 }) {
  const t = useT();
  const pane = useCompareStore((s) => s.panes[index]);
  const setPane = useCompareStore((s) => s.setPane);
  const order = useDataStore((s) => s.order);
  const datasets = useDataStore((s) => s.datasets);
  const dataset = pane.datasetId ? datasets[pane.datasetId] : undefined;
  const fields = usePaneFields(dataset);
  const fieldLabel = useFieldLabel();
  const kind = useTimelineStore((s) => s.kind);
  const periods = useTimelinePeriods(kind);
  const paneName = t(`compare.pane.${index}`);
  return (
    <fieldset className="pane-controls" data-testid={`pane-controls-${index}`}>
      <legend>{paneName}</legend>
      <label>
        <span>{t('compare.layer')}</span>
        <select data-testid={`pane-layer-${index}`} value={pane.datasetId ?? ''} onChange={(e) => setPane(index, { datasetId: e.target.value || null })}>
          <option value="">{t('compare.noLayer')}</option>
          {order.map((id) => <option key={id} value={id}>{datasets[id]?.label}{datasets[id]?.origin ? ` (${t('layers.fromAuthority', { name: datasets[id].origin!.authority.name })})` : ''}</option>)}
        </select>
      </label>
      <label>
        <span>{t('compare.field')}</span>
        <select data-testid={`pane-field-${index}`} value={pane.valueField ?? ''} onChange={(e) => setPane(index, { valueField: e.target.value || null })}>
          <option value="">{t('compare.layerField')}</option>
          {fields.map((field) => <option key={field} value={field}>{fieldLabel(field)}</option>)}
        </select>
      </label>
      <label>
        <span>{t('compare.period')}</span>
        <select data-testid={`pane-period-${index}`} value={pane.period === 'follow' || periods.keys.includes(pane.period) ? pane.period : 'follow'} onChange={(e) => setPane(index, { period: e.target.value })}>
          <option value="follow">{t('compare.follow')}</option>
          {periods.keys.map((key) => <option key={key} value={key}>{t('compare.pinned', { period: formatPeriod(key, periods.kind, t) })}</option>)}
        </select>
      </label>
    </fieldset>
  );
}
