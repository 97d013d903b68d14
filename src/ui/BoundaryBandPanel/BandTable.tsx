import type { AreaDataset, BandRequest, BoundaryBand } from '../../types';
import { useNeighbourStore } from '../../state/neighbour-store';
import { useChoropleth } from '../../state/choropleth';
import { TENSION_FIELD } from '../../state/tension-derived';
import { bandSideSummary } from '../../analysis/band-summary';
import type { MessageKey } from '../../i18n/translate';
import { useFieldLabel } from '../use-field-label';
import { useLocaleTag, useT, useVintageText } from '../use-t';

interface Props {
  dataset: AreaDataset;
  request: BandRequest;
  band: BoundaryBand;
  distanceText: string;
}

/** The band's areas of both authorities side by side with the mapped value, and the mean of each side. */
export function BandTable({ dataset, request, band, distanceText }: Props) {
  const t = useT();
  const vintageText = useVintageText();
  const localeTag = useLocaleTag();
  const fieldLabel = useFieldLabel();
  const choropleth = useChoropleth(dataset.id);
  const note = useNeighbourStore((s) => s.mergeNotes[dataset.id]);
  const nameA = dataset.authorities?.[request.a]?.name ?? '';
  const nameB = dataset.authorities?.[request.b]?.name ?? '';
  const values = choropleth?.values ?? [];
  const isTension = choropleth?.field === TENSION_FIELD;
  const format = (v: number | null | undefined) => {
    if (v === null || v === undefined || !Number.isFinite(v)) return t('neighbours.band.noData');
    // The level's name as the map's categories give it (EEP names when the map mixes both scales).
    const category = isTension ? choropleth.classification.categories?.[choropleth.classification.bins.findIndex((bin) => bin.lower === v)] : undefined;
    if (category) return t(category.key as MessageKey, category.params);
    return v.toLocaleString(localeTag, { maximumFractionDigits: 2 });
  };
  const summaryA = bandSideSummary(band.sideA, values);
  const summaryB = bandSideSummary(band.sideB, values);
  const rows = Math.max(band.sideA.length, band.sideB.length);
  const years = note?.mixedVintages ? vintageText(note.vintageYears) : null;
  const cell = (side: BoundaryBand['sideA'], row: number, testId: string) => {
    const area = side[row];
    if (!area) return <><td /><td /></>;
    return (
      <>
        <td data-testid={testId}>{dataset.areaNames[area.index] || dataset.areaCodes[area.index]}</td>
        <td className="number">{format(values[area.index])}</td>
      </>
    );
  };
  return (
    <div className="band-result" data-testid="band-result">
      <p className="small" data-testid="band-summary">{request.distanceM === 0
        ? t('neighbours.band.summaryTouching', { countA: band.sideA.length, nameA, countB: band.sideB.length, nameB })
        : t('neighbours.band.summary', { countA: band.sideA.length, nameA, countB: band.sideB.length, nameB, distance: distanceText })}</p>
      {years && <p className="warning-text small" role="note">{t('neighbours.mixedVintages', { years })}</p>}
      {choropleth && <p className="muted small" data-testid="band-field">{t('neighbours.band.value', { field: fieldLabel(choropleth.field) })}</p>}
      {rows === 0 ? <p className="muted small">{t('neighbours.band.empty')}</p> : (
        <div className="table-scroll">
          <table className="data-table band-table" data-testid="band-table">
            <caption className="visually-hidden">{t('neighbours.band.caption', { nameA, nameB })}</caption>
            <thead>
              <tr><th scope="col" colSpan={2} className="band-side-a">{nameA}</th><th scope="col" colSpan={2} className="band-side-b">{nameB}</th></tr>
              <tr><th scope="col">{t('neighbours.band.area')}</th><th scope="col">{t('neighbours.band.valueColumn')}</th><th scope="col">{t('neighbours.band.area')}</th><th scope="col">{t('neighbours.band.valueColumn')}</th></tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, row) => <tr key={row}>{cell(band.sideA, row, 'band-area-a')}{cell(band.sideB, row, 'band-area-b')}</tr>)}
            </tbody>
            <tfoot>
              <tr data-testid="band-means">
                <th scope="row">{t('neighbours.band.mean', { count: summaryA.withData })}</th>
                <td className="number" data-testid="band-mean-a">{summaryA.mean === null ? t('neighbours.band.noData') : summaryA.mean.toLocaleString(localeTag, { maximumFractionDigits: 2 })}</td>
                <th scope="row">{t('neighbours.band.mean', { count: summaryB.withData })}</th>
                <td className="number" data-testid="band-mean-b">{summaryB.mean === null ? t('neighbours.band.noData') : summaryB.mean.toLocaleString(localeTag, { maximumFractionDigits: 2 })}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
