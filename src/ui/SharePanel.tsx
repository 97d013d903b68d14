import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useDataStore } from '../state/data-store';
import { useLayerStore } from '../state/layer-store';
import { useChoropleth } from '../state/choropleth';
import { authorityGroups, buildShareExport, SHARE_FORMAT_VERSION, type ShareReportField } from '../state/share-export';
import { DEFAULT_SHARED_REPORT_FIELDS, ShareReportFields } from './ShareReportFields';
import { downloadText } from './download';
import { ShareAssessments } from './ShareAssessments';
import { useLocaleTag, useT } from './use-t';

const INCLUDE = ['fields', 'incidents', 'tables', 'tension'] as const;

/** "Share with a neighbouring authority": a dialog choosing what goes into the package, then a download. */
export function SharePanel() {
  const t = useT();
  const localeTag = useLocaleTag();
  const dialog = useRef<HTMLDialogElement>(null);
  const order = useDataStore((s) => s.order);
  const datasets = useDataStore((s) => s.datasets);
  const activeDatasetId = useLayerStore((s) => s.activeLayerId);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const datasetId = chosenId && datasets[chosenId] ? chosenId : activeDatasetId;
  const dataset = datasetId ? datasets[datasetId] : undefined;
  const choropleth = useChoropleth(datasetId);
  const groups = useMemo(() => (dataset ? authorityGroups(dataset) : []), [dataset]);
  const [areaChoice, setAreaChoice] = useState('all');
  const [authority, setAuthority] = useState('');
  const [authorityCode, setAuthorityCode] = useState('');
  const [marking, setMarking] = useState('OFFICIAL-SENSITIVE');
  const [include, setInclude] = useState({ fields: true, incidents: true, tables: true, tension: true });
  const [suppress, setSuppress] = useState(true);
  const [points, setPoints] = useState(false);
  const [reportsOn, setReportsOn] = useState(false);
  const [reportFields, setReportFields] = useState<ShareReportField[]>([...DEFAULT_SHARED_REPORT_FIELDS]);
  const [assessmentIds, setAssessmentIds] = useState<string[]>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  if (order.length === 0) return null;
  const group = groups.find((g) => g.code === areaChoice);

  const chooseAreas = (choice: string) => {
    setAreaChoice(choice);
    const picked = groups.find((g) => g.code === choice);
    if (picked) {
      setAuthority(picked.name);
      setAuthorityCode(picked.code);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!dataset) return;
    if (!authority.trim()) {
      setMessage({ kind: 'error', text: t('share.needAuthority') });
      return;
    }
    const result = buildShareExport({
      datasetId: dataset.id,
      areaIndexes: group ? group.areaIndexes : null,
      authority: { name: authority.trim(), ...(authorityCode.trim() ? { code: authorityCode.trim() } : {}) },
      marking,
      include: { ...include, points },
      reportFields: reportsOn ? reportFields : null,
      assessmentIds,
      suppressSmallCounts: suppress,
      classification: choropleth ? { field: choropleth.field, value: choropleth.classification } : null,
    });
    if (!result) return;
    downloadText(result.fileName, result.text, 'application/json');
    setMessage({ kind: 'ok', text: t('share.saved', { file: result.fileName, areas: result.pkg.boundaries.areas.length.toLocaleString(localeTag), layers: result.pkg.layers.length.toLocaleString(localeTag) }) });
  };

  return (
    <section className="panel" aria-labelledby="share-open">
      <button type="button" id="share-open" data-testid="share-open" onClick={() => { setMessage(null); dialog.current?.showModal(); }}>{t('share.open')}</button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-heading" data-testid="share-dialog">
        <form onSubmit={onSubmit}>
          <h2 id="share-heading">{t('share.heading')}</h2>
          <p className="small muted">{t('share.intro')}</p>
          <label className="field">
            <span>{t('share.layer')}</span>
            <select data-testid="share-layer" value={datasetId ?? ''} onChange={(e) => { setChosenId(e.target.value); setAreaChoice('all'); }}>
              {order.map((id) => <option key={id} value={id}>{datasets[id]?.label}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('share.areas')}</span>
            <select data-testid="share-areas" value={areaChoice} onChange={(e) => chooseAreas(e.target.value)}>
              <option value="all">{t('share.areas.all', { count: (dataset?.features.length ?? 0).toLocaleString(localeTag) })}</option>
              {groups.map((g) => <option key={g.code} value={g.code}>{t('share.areas.authority', { name: g.name, count: g.areaIndexes.length.toLocaleString(localeTag) })}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('share.authority')}</span>
            <input data-testid="share-authority" value={authority} onChange={(e) => setAuthority(e.target.value)} required />
          </label>
          <label className="field">
            <span>{t('share.authorityCode')}</span>
            <input data-testid="share-authority-code" value={authorityCode} onChange={(e) => setAuthorityCode(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('share.marking')}</span>
            <input data-testid="share-marking" value={marking} onChange={(e) => setMarking(e.target.value)} />
          </label>
          <fieldset className="inline-options">
            <legend>{t('share.include')}</legend>
            {INCLUDE.map((key) => (
              <label key={key} className="check">
                <input type="checkbox" checked={include[key]} onChange={(e) => setInclude({ ...include, [key]: e.target.checked })} />
                {t(`share.include.${key}`)}
              </label>
            ))}
            <label className="check">
              <input type="checkbox" data-testid="share-suppress" checked={suppress} onChange={(e) => setSuppress(e.target.checked)} />
              {t('share.suppress')}
            </label>
            <label className="check">
              <input type="checkbox" data-testid="share-points" checked={points} onChange={(e) => setPoints(e.target.checked)} aria-describedby="share-points-warning" />
              {t('share.points')}
            </label>
            <p id="share-points-warning" className={points ? 'small error-text' : 'small muted'} role={points ? 'alert' : undefined}>{t('share.pointsWarning')}</p>
          </fieldset>
          <ShareReportFields include={reportsOn} fields={reportFields} onInclude={setReportsOn} onFields={setReportFields} />
          {dataset && <ShareAssessments datasetId={dataset.id} chosen={assessmentIds} onChange={setAssessmentIds} />}
          <p className="small muted">{t('share.format', { version: SHARE_FORMAT_VERSION })}</p>
          {message && <p className={message.kind === 'error' ? 'error-text' : 'small'} role="status" data-testid="share-message">{message.text}</p>}
          <div className="dialog-actions">
            <button type="submit" data-testid="share-export">{t('share.export')}</button>
            <button type="button" onClick={() => dialog.current?.close()}>{t('share.cancel')}</button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
