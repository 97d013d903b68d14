import { useMemo, useState, type FormEvent } from 'react';
import type { CiaLink } from '../../types';
import { useCiaStore } from '../../state/cia-store';
import { useDataStore } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';
import { useAreaName } from '../use-t';
import { useCiaWords } from './use-cia-words';

/** Where a new assessment starts: a flagged area (its layer and code), or nothing chosen yet. */
export interface StartFrom {
  datasetId: string;
  areaCode: string;
}

type FromKind = 'none' | CiaLink['kind'];

/** Opening an assessment: title, what it was opened from, its geography (areas or the district) and communities. */
export function StartForm({ from, onDone }: { from: StartFrom | null; onDone: () => void }) {
  const { t } = useCiaWords();
  const areaName = useAreaName();
  const datasets = useDataStore((s) => s.datasets);
  const order = useDataStore((s) => s.order);
  const selected = useViewStore((s) => s.selected);
  const startAssessment = useCiaStore((s) => s.startAssessment);
  const [datasetId, setDatasetId] = useState(from?.datasetId ?? order[0] ?? '');
  const dataset = datasets[datasetId];
  const fromIndex = from && dataset ? dataset.areaCodes.indexOf(from.areaCode) : -1;
  const [title, setTitle] = useState(fromIndex >= 0 && dataset ? t('cia.start.titleFor', { area: areaName(dataset, fromIndex) }) : '');
  const [fromKind, setFromKind] = useState<FromKind>(from ? 'area' : 'none');
  const [reference, setReference] = useState('');
  const [district, setDistrict] = useState(false);
  const [codes, setCodes] = useState<string[]>(from ? [from.areaCode] : []);
  const [filter, setFilter] = useState('');
  const [communities, setCommunities] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const listed = useMemo(() => {
    if (!dataset) return [];
    const needle = filter.trim().toLowerCase();
    return dataset.areaCodes.map((code, index) => ({ code, index, name: areaName(dataset, index) })).filter((a) => !needle || a.name.toLowerCase().includes(needle) || a.code.toLowerCase().includes(needle) || codes.includes(a.code));
  }, [dataset, filter, areaName, codes]);
  if (!dataset) return <p className="muted small" data-testid="cia-no-layer">{t('cia.start.noLayer')}</p>;

  const toggle = (code: string) => setCodes((now) => (now.includes(code) ? now.filter((c) => c !== code) : [...now, code]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!district && codes.length === 0) return setProblem(t('cia.start.needsArea'));
    let origin: CiaLink | null = null;
    if (fromKind === 'area') {
      const code = from && from.datasetId === datasetId ? from.areaCode : codes[0];
      const index = dataset.areaCodes.indexOf(code);
      origin = { kind: 'area', id: code, label: index >= 0 ? areaName(dataset, index) : code };
    } else if (fromKind !== 'none') {
      if (!reference.trim()) return setProblem(t('cia.start.needsReference'));
      origin = { kind: fromKind, id: reference.trim(), label: reference.trim() };
    }
    startAssessment({
      title: title.trim(),
      origin,
      footprint: district ? { kind: 'district', datasetId } : { kind: 'areas', datasetId, areaCodes: dataset.areaCodes.filter((c) => codes.includes(c)) },
      communities: [...new Set(communities.split(',').map((c) => c.trim()).filter(Boolean))],
    });
    onDone();
  };

  return (
    <form className="cia-start" onSubmit={submit} data-testid="cia-start">
      <h3 className="small-heading">{t('cia.start.heading')}</h3>
      <label className="field"><span>{t('cia.start.title')}</span><input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="cia-title" /></label>
      <label className="field">
        <span>{t('cia.start.from')}</span>
        <select value={fromKind} onChange={(e) => setFromKind(e.target.value as FromKind)} data-testid="cia-from">
          {(['none', 'area', 'incident', 'report', 'event'] as const).map((kind) => <option key={kind} value={kind}>{t(`cia.from.${kind}`)}</option>)}
        </select>
      </label>
      {fromKind !== 'none' && fromKind !== 'area' && (
        <label className="field"><span>{t('cia.start.reference')}</span><input value={reference} onChange={(e) => setReference(e.target.value)} data-testid="cia-reference" /></label>
      )}
      <label className="field">
        <span>{t('cia.start.layer')}</span>
        <select value={datasetId} onChange={(e) => { setDatasetId(e.target.value); setCodes([]); }} data-testid="cia-layer">
          {order.map((id) => <option key={id} value={id}>{datasets[id].label}</option>)}
        </select>
      </label>
      <label><input type="checkbox" checked={district} onChange={(e) => setDistrict(e.target.checked)} data-testid="cia-district" /> {t('cia.start.district')}</label>
      {!district && (
        <fieldset className="cia-areas">
          <legend>{t('cia.start.areas', { count: codes.length })}</legend>
          <label className="field"><span>{t('cia.start.filter')}</span><input value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="cia-area-filter" /></label>
          {selected?.datasetId === datasetId && (
            <button type="button" onClick={() => setCodes((now) => [...new Set([...now, dataset.areaCodes[selected.index]])])} data-testid="cia-add-selected">{t('cia.start.addSelected')}</button>
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
        <button type="button" onClick={onDone}>{t('cia.start.cancel')}</button>
      </div>
    </form>
  );
}
