import { useDataStore } from '../state/data-store';
import { useLayerStore } from '../state/layer-store';
import { useT } from './use-t';
import { openExampleData, removeExampleData } from '../state/example-data';

export const EXAMPLE_WARDS_ID = 'example-wards';
export const EXAMPLE_LSOAS_ID = 'example-lsoas';

/** Wards or LSOAs of the example borough, one at a time; labelled as example data. */
export function ExampleSwitch() {
  const t = useT();
  const hasExample = useDataStore((s) => !!s.datasets[EXAMPLE_WARDS_ID] && !!s.datasets[EXAMPLE_LSOAS_ID]);
  const wardsVisible = useLayerStore((s) => !!s.layers[EXAMPLE_WARDS_ID]?.visible);
  const lsoasVisible = useLayerStore((s) => !!s.layers[EXAMPLE_LSOAS_ID]?.visible);
  const setVisible = useLayerStore((s) => s.setVisible);
  const setActiveDataset = useLayerStore((s) => s.setActiveLayer);
  const empty = useDataStore((s) => s.order.length === 0 && s.status.kind !== 'loading');
  if (!hasExample) {
    // An empty map (after "Start fresh" or removing the example): the example is one button away.
    return empty ? (
      <section className="panel example-choice" data-testid="example-choice">
        <p className="badge-line">{t('example.emptyNotice')}</p>
        <button type="button" data-testid="example-open" onClick={() => void openExampleData()}>{t('example.open')}</button>
      </section>
    ) : null;
  }
  const show = (level: 'wards' | 'lsoas') => {
    const on = level === 'wards' ? EXAMPLE_WARDS_ID : EXAMPLE_LSOAS_ID;
    const off = level === 'wards' ? EXAMPLE_LSOAS_ID : EXAMPLE_WARDS_ID;
    setVisible(off, false);
    setActiveDataset(on);
  };
  return (
    <section className="panel example" data-testid="example-switch">
      <p className="badge-line"><span className="badge">{t('example.badge')}</span> {t('example.notice')}</p>
      <fieldset>
        <legend>{t('example.level')}</legend>
        <label><input type="radio" name="example-level" checked={wardsVisible && !lsoasVisible} onChange={() => show('wards')} /> {t('example.level.wards')}</label>
        <label><input type="radio" name="example-level" checked={lsoasVisible && !wardsVisible} onChange={() => show('lsoas')} /> {t('example.level.lsoas')}</label>
      </fieldset>
      <button type="button" className="example-remove" data-testid="example-remove" onClick={removeExampleData}>{t('example.remove')}</button>
    </section>
  );
}
