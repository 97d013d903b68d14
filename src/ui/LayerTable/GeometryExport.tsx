import { useId, useState } from 'react';
import type { AreaDataset } from '../../types';
import type { AreaTableRow } from '../../analysis/area-table';
import { exportLayerGeometry, joinedColumns, type ExportCrs, type GeometryFormat } from '../../state/geometry-export';
import { downloadBytes } from '../download';
import { useT } from '../use-t';

interface Props {
  dataset: AreaDataset;
  rows: ReadonlyArray<AreaTableRow>;
  /** The mapped field's name, and the words of each area's class (by the row's class index). */
  field: string;
  classText: (classIndex: number) => string;
}

/**
 * The layer as geometry for QGIS or ArcGIS: GeoJSON or GeoPackage, WGS84 or British National Grid, with
 * the mapped value, its class, joined incident counts and the cohesion index beside the layer's own columns.
 */
export function GeometryExport({ dataset, rows, field, classText }: Props) {
  const t = useT();
  const id = useId();
  const [format, setFormat] = useState<GeometryFormat>('geopackage');
  const [crs, setCrs] = useState<ExportCrs>('bng');
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');

  const download = async () => {
    setState('working');
    const values: (number | null)[] = new Array(dataset.features.length).fill(null);
    const classes: string[] = new Array(dataset.features.length).fill('');
    for (const row of rows) { values[row.index] = row.value; classes[row.index] = classText(row.classIndex); }
    const columns = [
      { name: field, values },
      { name: t('formats.column.class'), values: classes },
      ...joinedColumns(dataset, { count: (label) => t('formats.column.count', { name: label }), cohesionScore: t('formats.column.cohesionScore'), cohesionRank: t('formats.column.cohesionRank') }),
    ];
    try {
      const file = await exportLayerGeometry(dataset, columns, format, crs);
      downloadBytes(file.fileName, file.bytes, file.type);
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <details className="geometry-export" data-testid="geometry-export">
      <summary data-testid="geometry-export-open">{t('formats.export.title')}</summary>
      <p className="muted small">{t('formats.export.help')}</p>
      <label htmlFor={`${id}-format`}>{t('formats.export.format')}</label>
      <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value as GeometryFormat)} data-testid="geometry-export-format">
        <option value="geopackage">{t('formats.export.geopackage')}</option>
        <option value="geojson">{t('formats.export.geojson')}</option>
      </select>
      <label htmlFor={`${id}-crs`}>{t('formats.export.crs')}</label>
      <select id={`${id}-crs`} value={crs} onChange={(e) => setCrs(e.target.value as ExportCrs)} data-testid="geometry-export-crs">
        <option value="bng">{t('formats.export.bng')}</option>
        <option value="wgs84">{t('formats.export.wgs84')}</option>
      </select>
      <button type="button" onClick={() => void download()} disabled={state === 'working'} data-testid="geometry-export-download">
        {t(state === 'working' ? 'formats.export.working' : 'formats.export.download')}
      </button>
      {state === 'failed' && <p className="error small" role="alert">{t('formats.export.failed')}</p>}
    </details>
  );
}
