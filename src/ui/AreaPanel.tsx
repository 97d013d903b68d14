import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store';
import { useDataStore } from '../state/data-store';
import { fieldValues } from '../state/choropleth';
import { AREA_KM2_FIELD } from '../analysis/area-size';
import { useLocaleTag, useT, useAreaName } from './use-t';
import { AreaProfile } from './AreaProfile';
import { AreaPlaces } from './AreaPlaces';
import { areaAuthority } from '../state/neighbour-derived';

/** All fields of the clicked area. */
export function AreaPanel() {
  const t = useT();
  const areaName = useAreaName();
  const localeTag = useLocaleTag();
  const selected = useViewStore(useShallow((s) => s.selected));
  const selectArea = useViewStore((s) => s.selectArea);
  const dataset = useDataStore((s) => (selected ? s.datasets[selected.datasetId] : undefined));
  if (!selected || !dataset) return null;
  const feature = dataset.features[selected.index];
  if (!feature) return null;
  const areaKm2 = fieldValues(dataset, AREA_KM2_FIELD)[selected.index];
  const format = (value: unknown) => (typeof value === 'number' ? value.toLocaleString(localeTag, { maximumFractionDigits: 4 }) : value === null || value === undefined ? '' : String(value));

  return (
    <aside className="area-panel panel" data-testid="area-panel" aria-labelledby="area-heading">
      <div className="area-panel-head">
        <h2 id="area-heading">{areaName(dataset, selected.index)}</h2>
        <button type="button" onClick={() => selectArea(null)} aria-label={t('area.close')}>×</button>
      </div>
      <dl className="area-facts">
        <dt>{t('area.code')}</dt><dd data-testid="area-code">{dataset.areaCodes[selected.index]}</dd>
        {dataset.authorities?.length ? <><dt>{t('neighbours.authorityHeading')}</dt><dd data-testid="area-authority">{areaAuthority(dataset, selected.index)?.name ?? t('neighbours.authorityUnknown')}</dd></> : null}
        <dt>{t('area.dataset')}</dt><dd>{dataset.label}</dd>
        <dt>{t('area.computedArea')}</dt><dd>{format(areaKm2)}</dd>
      </dl>
      <AreaProfile dataset={dataset} index={selected.index} />
      <AreaPlaces dataset={dataset} index={selected.index} />
      <button type="button" className="print-button" onClick={() => window.print()}>{t('profile.print')}</button>
      <details>
        <summary>{t('profile.allFields')}</summary>
      <table className="area-fields" data-testid="area-fields">
        <thead><tr><th scope="col">{t('area.field')}</th><th scope="col">{t('area.fieldValue')}</th></tr></thead>
        <tbody>
          {Object.entries(feature.properties).map(([name, value]) => (
            <tr key={name}><th scope="row">{name}</th><td>{format(value)}</td></tr>
          ))}
        </tbody>
      </table>
      </details>
    </aside>
  );
}
