import { useShallow } from 'zustand/react/shallow';
import { useExportStore, type ExportFormat } from '../../state/export-store';
import { pagePixelSize, type Orientation, type PaperSize, type PrintDpi } from '../../analysis/export/page-size';
import type { MessageKey } from '../../i18n/translate';
import { useLocaleTag, useT } from '../use-t';

const PAPERS: PaperSize[] = ['screen', 'a4', 'a3'];
const ORIENTATIONS: Orientation[] = ['portrait', 'landscape'];
const DPIS: PrintDpi[] = [150, 300];
const FORMATS: ExportFormat[] = ['png', 'pdf'];

/** Paper size, orientation, resolution and file format, with the resulting pixel size. */
export function PageOptions({ screen }: { screen: { widthPx: number; heightPx: number } }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const { page, format, setPage, setFormat } = useExportStore(useShallow((s) => ({ page: s.page, format: s.format, setPage: s.setPage, setFormat: s.setFormat })));
  const size = pagePixelSize(page, screen);
  const isPaper = page.paper !== 'screen';
  return (
    <fieldset className="export-group export-page">
      <label className="field">
        <span>{t('export.paper')}</span>
        <select data-testid="export-paper" value={page.paper} onChange={(e) => setPage({ paper: e.target.value as PaperSize })}>
          {PAPERS.map((p) => <option key={p} value={p}>{t(`export.paper.${p}` as MessageKey)}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('export.orientation')}</span>
        <select data-testid="export-orientation" value={page.orientation} disabled={!isPaper} onChange={(e) => setPage({ orientation: e.target.value as Orientation })}>
          {ORIENTATIONS.map((o) => <option key={o} value={o}>{t(`export.orientation.${o}` as MessageKey)}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('export.dpi')}</span>
        <select data-testid="export-dpi" value={page.dpi} disabled={!isPaper} onChange={(e) => setPage({ dpi: Number(e.target.value) as PrintDpi })}>
          {DPIS.map((d) => <option key={d} value={d}>{t('export.dpiValue', { dpi: d })}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('export.format')}</span>
        <select data-testid="export-format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {FORMATS.map((f) => <option key={f} value={f}>{t(`export.format.${f}` as MessageKey)}</option>)}
        </select>
      </label>
      <p className="muted small export-pixels" data-testid="export-pixels">
        {t('export.pixels', { width: size.widthPx.toLocaleString(localeTag), height: size.heightPx.toLocaleString(localeTag) })}
      </p>
    </fieldset>
  );
}
