import { useMemo, useState, type FormEvent } from 'react';
import type { CiaFootprint, CiaLink } from '../../types';
import { useCiaStore } from '../../state/cia-store';
import { useDataStore } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';
import { useReportStore } from '../../state/report-store';
import { useLayerStore } from '../../state/layer-store';
import { reportAreaIndex } from '../../analysis/reports/report-areas';
import { useAreaName } from '../use-t';
import { useLocaleStore } from '../../state/locale-store';
import { suggestAreas } from '../../analysis/area-suggestions';
import { localeTags } from '../../i18n/translate';
import { useCiaWords } from './use-cia-words';
import { DrawShape } from './DrawShape';
import { RecordChooser, type FromKind } from './OriginChooser';

/** Where a new assessment starts: a flagged area (its layer and code), or nothing chosen yet. */
export interface StartFrom {
  datasetId: string;
  areaCode: string;
}

type Geography = 'areas' | 'drawn' | 'district';

/** More areas than this are listed only as the filter finds them. */
const AREA_LIST_LIMIT = 1000;

/** Opening an assessment: title, what it was opened from, its geography (areas, a drawn shape or the district) and communities. */
export function StartForm({ from, onDone }: { from: StartFrom | null; onDone: () => void }) {
  const { t } = useCiaWords();
  const areaName = useAreaName();
  const datasets = useDataStore((s) => s.datasets);
  const order = useDataStore((s) => s.order);
  const selected = useViewStore((s) => s.selected);
  const startAssessment = useCiaStore((s) => s.startAssessment);
  const stopDrawing = useCiaStore((s) => s.stopDrawing);
  // The layer the area was flagged on, else the layer on the map, else the first loaded.
  const mapped = useLayerStore((s) => s.activeLayerId);
  const [datasetId, setDatasetId] = useState(from?.datasetId ?? (mapped && datasets[mapped] ? mapped : order[0]) ?? '');
  const dataset = datasets[datasetId];
  const fromIndex = from && dataset ? dataset.areaCodes.indexOf(from.areaCode) : -1;
  const [title, setTitle] = useState(fromIndex >= 0 && dataset ? t('cia.start.titleFor', { area: areaName(dataset, fromIndex) }) : '');
  const [fromKind, setFromKind] = useState<FromKind>(from ? 'area' : 'none');
  const [reference, setReference] = useState('');
  const [record, setRecord] = useState<CiaLink | null>(null);
  const [geography, setGeography] = useState<Geography>('areas');
  const [drawn, setDrawn] = useState<Extract<CiaFootprint, { kind: 'drawn' }> | null>(null);
  const [codes, setCodes] = useState<string[]>(from ? [from.areaCode] : []);
  const [filter, setFilter] = useState('');
  const [communities, setCommunities] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const locale = useLocaleStore((s) => s.locale);
  // The areas matching the filter (a whole authority at once; a national layer only once something is
  // typed: 35,000 checkboxes would freeze the page), and every area already chosen.
  const listed = useMemo(() => {
    if (!dataset) return [];
    const shown = new Set(suggestAreas(dataset, filter, locale, AREA_LIST_LIMIT).map((suggestion) => suggestion.index));
    for (const code of codes) {
      const index = dataset.areaCodes.indexOf(code);
      if (index >= 0) shown.add(index);
    }
    return [...shown].sort((a, b) => a - b).map((index) => ({ code: dataset.areaCodes[index], index, name: areaName(dataset, index) }));
  }, [dataset, filter, areaName, codes, locale]);
  if (!dataset) return <p className="muted small" data-testid="cia-no-layer">{t('cia.start.noLayer')}</p>;

  const toggle = (code: string) => setCodes((now) => (now.includes(code) ? now.filter((c) => c !== code) : [...now, code]));
  // A report or event chosen as the origin brings its area into the geography.
  const chooseRecord = (link: CiaLink | null) => {
    setRecord(link);
    const { reports, events } = useReportStore.getState();
    const place = link?.kind === 'report' ? reports.find((r) => r.id === link.id)?.place : events.find((e) => e.id === link?.id)?.place;
    const index = place ? reportAreaIndex(place, dataset) : -1;
    if (index >= 0) setCodes((now) => [...new Set([...now, dataset.areaCodes[index]])]);
    if (link && !title.trim()) setTitle(link.label);
  };
  const leave = () => {
    stopDrawing();
    onDone();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (geography === 'areas' && codes.length === 0) return setProblem(t('cia.start.needsArea'));
    if (geography === 'drawn' && !drawn) return setProblem(t('cia2.start.needsShape'));
    let origin: CiaLink | null = null;
    if (fromKind === 'area') {
      const code = from && from.datasetId === datasetId ? from.areaCode : codes[0] ?? drawn?.areaCodes[0];
      const index = code ? dataset.areaCodes.indexOf(code) : -1;
      if (!code) return setProblem(t('cia.start.needsArea'));
      origin = { kind: 'area', id: code, label: index >= 0 ? areaName(dataset, index) : code };
    } else if (fromKind === 'report' || fromKind === 'event') {
      if (!record) return setProblem(t('cia2.start.needsRecord'));
      origin = record;
    } else if (fromKind === 'incident') {
      if (!reference.trim()) return setProblem(t('cia.start.needsReference'));
      origin = { kind: fromKind, id: reference.trim(), label: reference.trim() };
    }
    const footprint: CiaFootprint = geography === 'district' ? { kind: 'district', datasetId } : geography === 'drawn' && drawn ? drawn : { kind: 'areas', datasetId, areaCodes: dataset.areaCodes.filter((c) => codes.includes(c)) };
    startAssessment({
      title: title.trim(),
      origin,
      footprint,
      communities: [...new Set(communities.split(',').map((c) => c.trim()).filter(Boolean))],
    });
    leave();
  };

  return (
    <form className="cia-start" onSubmit={submit} data-testid="cia-start">
      <h3 className="small-heading">{t('cia.start.heading')}</h3>
      <label className="field"><span>{t('cia.start.title')}</span><input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="cia-title" /></label>
      <label className="field">
        <span>{t('cia.start.from')}</span>
        <select value={fromKind} onChange={(e) => { setFromKind(e.target.value as FromKind); setRecord(null); }} data-testid="cia-from">
          {(['none', 'area', 'incident', 'report', 'event'] as const).map((kind) => <option key={kind} value={kind}>{t(`cia.from.${kind}`)}</option>)}
        </select>
      </label>
      {fromKind === 'incident' && (
        <label className="field"><span>{t('cia.start.reference')}</span><input value={reference} onChange={(e) => setReference(e.target.value)} data-testid="cia-reference" /></label>
      )}
      {(fromKind === 'report' || fromKind === 'event') && <RecordChooser kind={fromKind} value={record} onChange={chooseRecord} />}
      <label className="field">
        <span>{t('cia.start.layer')}</span>
        <select value={datasetId} onChange={(e) => { setDatasetId(e.target.value); setCodes([]); setDrawn(null); stopDrawing(); }} data-testid="cia-layer">
          {order.map((id) => <option key={id} value={id}>{datasets[id].label}</option>)}
        </select>
      </label>
      <fieldset className="cia-geography">
        <legend>{t('cia2.start.geography')}</legend>
        {(['areas', 'drawn', 'district'] as const).map((kind) => (
          <label key={kind} className="check">
            <input type="radio" name="cia-geography" value={kind} checked={geography === kind} onChange={() => { setGeography(kind); if (kind !== 'drawn') stopDrawing(); }} data-testid={`cia-geography-${kind}`} /> {t(`cia2.geography.${kind}`)}
          </label>
        ))}
      </fieldset>
      {geography === 'drawn' && (
        <>
          <DrawShape dataset={dataset} drawn={drawn} onDrawn={setDrawn} />
          {drawn && <p className="small" data-testid="cia-drawn-areas">{t('cia2.draw.covers', { count: drawn.areaCodes.length, areas: drawn.areaCodes.map((code) => areaName(dataset, dataset.areaCodes.indexOf(code))).join(', ') })}</p>}
        </>
      )}
      {geography === 'areas' && (
        <fieldset className="cia-areas">
          <legend>{t('cia.start.areas', { count: codes.length })}</legend>
          <label className="field"><span>{t('cia.start.filter')}</span><input value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="cia-area-filter" /></label>
          {selected?.datasetId === datasetId && (
            <button type="button" onClick={() => setCodes((now) => [...new Set([...now, dataset.areaCodes[selected.index]])])} data-testid="cia-add-selected">{t('cia.start.addSelected')}</button>
          )}
          {filter.trim() === '' && dataset.areaCodes.length > AREA_LIST_LIMIT && (
            <p className="muted small" data-testid="cia-type-to-find">{t('cia.start.typeToFind', { count: dataset.areaCodes.length.toLocaleString(localeTags[locale]) })}</p>
          )}
          <ul className="cia-area-list">
            {listed.map((a) => (
              <li key={a.code}><label><input type="checkbox" checked={codes.includes(a.code)} onChange={() => toggle(a.code)} /> {a.name} <span className="muted">{a.code}</span></label></li>
            ))}
          </ul>
        </fieldset>
      )}
      <label className="field"><span>{t('cia.start.communities')}</span><input value={communities} onChange={(e) => setCommunities(e.target.value)} data-testid="cia-communities" /></label>
      {problem && <p role="alert" className="warning-text small" data-testid="cia-start-problem">{problem}</p>}
      <div className="button-row">
        <button type="submit" data-testid="cia-start-open">{t('cia.start.open')}</button>
        <button type="button" onClick={leave}>{t('cia.start.cancel')}</button>
      </div>
    </form>
  );
}
