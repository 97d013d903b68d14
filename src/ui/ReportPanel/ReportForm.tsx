import { useEffect, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AreaDataset, TensionReport, TensionReportFields, TensionType } from '../../types';
import { INFORMATION_STATUSES, SOURCE_KINDS, SOURCE_RELIABILITIES, STANDARD_COMMUNITY_TYPES, TENSION_TYPES } from '../../state/report-lists';
import { useReportStore } from '../../state/report-store';
import { usePostcodeStore } from '../../state/postcode-store';
import { useT } from '../use-t';
import { AreaInput } from './AreaInput';
import { findArea } from './use-report-layer';

const pad = (n: number) => String(n).padStart(2, '0');
const dateText = (ms: number) => { const d = new Date(ms); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`; };
const timeText = (ms: number) => { const d = new Date(ms); return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`; };

/** The form's own state: what the user typed, read into fields on saving. */
function initialForm(report: TensionReport | null) {
  const now = Date.now();
  return {
    date: dateText(report?.timeMs ?? now), time: timeText(report?.timeMs ?? now),
    area: report?.place.areaCode ? `${report.place.areaName ?? ''} (${report.place.areaCode})` : '',
    // A point that is only the postcode's centroid is placed again from the postcode on saving.
    position: report?.place.atPostcodeCentroid ? null : report?.place.position ?? null, postcode: report?.place.postcode ?? '',
    communities: report?.communities.filter((c) => STANDARD_COMMUNITY_TYPES.includes(c)) ?? [], ownCommunities: report?.communities.filter((c) => !STANDARD_COMMUNITY_TYPES.includes(c)).join(', ') ?? '',
    types: report?.tensionTypes ?? [], sourceKind: report?.sourceKind ?? 'resident', status: report?.status ?? 'experienced', reliability: report?.reliability ?? 'untested',
    narrative: report?.narrative ?? '', rumour: report?.rumour ?? false, action: report?.actionTaken ?? '', recordedBy: report?.recordedBy ?? '', agency: report?.agency ?? '',
  };
}

const toggle = <T,>(list: readonly T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** The guide's tension report form, for a new report or to edit one (`report`). */
export function ReportForm({ report, layer, onDone }: { report: TensionReport | null; layer: AreaDataset | undefined; onDone: () => void }) {
  const t = useT();
  const [form, setForm] = useState(() => initialForm(report));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { picking, picked, startPicking, cancelPicking, saveReport } = useReportStore(useShallow((s) => ({ picking: s.picking, picked: s.picked, startPicking: s.startPicking, cancelPicking: s.cancelPicking, saveReport: s.saveReport })));
  const hasLookup = usePostcodeStore((s) => s.order.length > 0);
  const set = (change: Partial<typeof form>) => setForm((f) => ({ ...f, ...change }));

  useEffect(() => {
    if (picked?.for !== 'report') return;
    const { areaCode, areaName, position } = picked.place;
    setForm((f) => ({ ...f, position: position ?? null, area: areaCode ? `${areaName ?? ''} (${areaCode})` : f.area }));
  }, [picked]);
  useEffect(() => {
    if (picking !== 'report') return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && cancelPicking();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [picking, cancelPicking]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const [year, month, day] = form.date.split('-').map(Number);
    const [hour, minute] = (form.time || '00:00').split(':').map(Number);
    const area = form.area.trim() === '' ? null : findArea(layer, form.area);
    const missing = !year ? 'reports.problem.date' : form.area.trim() !== '' && !area ? 'reports.problem.area' : !area && !form.position && form.postcode.trim() === '' ? 'reports.problem.place'
      : form.types.length === 0 ? 'reports.problem.types' : form.narrative.trim() === '' ? 'reports.problem.narrative' : form.recordedBy.trim() === '' ? 'reports.problem.recordedBy' : null;
    if (missing) {
      setProblem(t(missing, { area: form.area, layer: layer?.label ?? '' }));
      return;
    }
    const fields: TensionReportFields = {
      timeMs: Date.UTC(year, month - 1, day, hour || 0, minute || 0),
      place: { ...(area && { areaCode: area.areaCode, areaName: area.areaName }), ...(form.position && { position: form.position }) },
      communities: [...form.communities, ...form.ownCommunities.split(',').map((c) => c.trim()).filter(Boolean)],
      tensionTypes: TENSION_TYPES.filter((type) => form.types.includes(type)),
      sourceKind: form.sourceKind, status: form.status, reliability: form.reliability, narrative: form.narrative.trim(), rumour: form.rumour,
      actionTaken: form.action.trim(), recordedBy: form.recordedBy.trim(), agency: form.agency.trim(),
    };
    setSaving(true);
    const saved = await saveReport({ id: report?.id ?? null, fields, postcode: form.postcode, by: fields.recordedBy });
    setSaving(false);
    if (!saved.ok) {
      setProblem(t(`reports2.problem.${saved.reason}`, { postcode: form.postcode.trim() }));
      return;
    }
    onDone();
  };

  return (
    <form className="report-form" onSubmit={submit} data-testid="report-form" aria-labelledby="report-form-heading">
      <h3 id="report-form-heading" className="small-heading">{t(report ? 'reports.editHeading' : 'reports.newHeading')}</h3>
      <div className="inline-fields">
        <label className="field"><span>{t('reports.field.date')}</span><input type="date" value={form.date} onChange={(e) => set({ date: e.target.value })} data-testid="report-date" required /></label>
        <label className="field"><span>{t('reports.field.time')}</span><input type="time" value={form.time} onChange={(e) => set({ time: e.target.value })} data-testid="report-time" /></label>
      </div>
      <AreaInput id="report-area" label={t('reports.field.area')} value={form.area} onChange={(area) => set({ area })} layer={layer} testId="report-area" />
      <label className="field"><span>{t('reports2.field.postcode')}</span>
        <input value={form.postcode} onChange={(e) => set({ postcode: e.target.value })} data-testid="report-postcode" autoComplete="off" aria-describedby="report-postcode-hint" />
      </label>
      <p className="muted small" id="report-postcode-hint">{t(hasLookup ? 'reports2.field.postcodeHint' : 'reports2.field.postcodeNoLookup')}</p>
      <div className="field">
        {picking === 'report'
          ? <p className="small" role="status" data-testid="report-picking">{t('reports.field.picking')} <button type="button" onClick={cancelPicking}>{t('reports.cancel')}</button></p>
          : <button type="button" onClick={() => startPicking('report')} data-testid="report-pick">{t('reports.field.pick')}</button>}
        {form.position && <p className="small" data-testid="report-point">{t('reports.field.point', { lng: form.position[0].toFixed(5), lat: form.position[1].toFixed(5) })} <button type="button" onClick={() => set({ position: null })}>{t('reports.field.clearPoint')}</button></p>}
      </div>
      <fieldset className="inline-options"><legend>{t('reports.field.communities')}</legend>
        {STANDARD_COMMUNITY_TYPES.map((c) => <label key={c}><input type="checkbox" checked={form.communities.includes(c)} onChange={() => set({ communities: toggle(form.communities, c) })} /> {c}</label>)}
      </fieldset>
      <label className="field"><span>{t('reports.field.ownCommunities')}</span><input value={form.ownCommunities} onChange={(e) => set({ ownCommunities: e.target.value })} /></label>
      <fieldset className="inline-options"><legend>{t('reports.field.types')}</legend>
        {TENSION_TYPES.map((type: TensionType) => <label key={type}><input type="checkbox" checked={form.types.includes(type)} onChange={() => set({ types: toggle(form.types, type) })} data-testid={`report-type-${type}`} /> {t(`reports.type.${type}`)}</label>)}
      </fieldset>
      <label className="field"><span>{t('reports.field.source')}</span>
        <select value={form.sourceKind} onChange={(e) => set({ sourceKind: e.target.value as typeof form.sourceKind })} data-testid="report-source">{SOURCE_KINDS.map((k) => <option key={k} value={k}>{t(`reports.source.${k}`)}</option>)}</select>
      </label>
      <fieldset className="inline-options"><legend>{t('reports.field.status')}</legend>
        {INFORMATION_STATUSES.map((s) => <label key={s}><input type="radio" name="report-status" checked={form.status === s} onChange={() => set({ status: s })} data-testid={`report-status-${s}`} /> {t(`reports.status.${s}`)}</label>)}
      </fieldset>
      <label className="field"><span>{t('reports.field.reliability')}</span>
        <select value={form.reliability} onChange={(e) => set({ reliability: e.target.value as typeof form.reliability })} data-testid="report-reliability">{SOURCE_RELIABILITIES.map((r) => <option key={r} value={r}>{t(`reports.reliability.${r}`)}</option>)}</select>
      </label>
      <label className="field"><span>{t('reports.field.narrative')}</span><textarea rows={3} value={form.narrative} onChange={(e) => set({ narrative: e.target.value })} data-testid="report-narrative" /></label>
      <label><input type="checkbox" checked={form.rumour} onChange={(e) => set({ rumour: e.target.checked })} data-testid="report-rumour" /> {t('reports.field.rumour')}</label>
      <label className="field"><span>{t('reports.field.action')}</span><textarea rows={2} value={form.action} onChange={(e) => set({ action: e.target.value })} data-testid="report-action" /></label>
      <div className="inline-fields">
        <label className="field"><span>{t('reports.field.recordedBy')}</span><input value={form.recordedBy} onChange={(e) => set({ recordedBy: e.target.value })} data-testid="report-recorded-by" /></label>
        <label className="field"><span>{t('reports.field.agency')}</span><input value={form.agency} onChange={(e) => set({ agency: e.target.value })} data-testid="report-agency" /></label>
      </div>
      {problem && <p className="warning-text small" role="alert" data-testid="report-problem">{problem}</p>}
      <button type="submit" data-testid="report-save" disabled={saving}>{t(report ? 'reports.saveChanges' : 'reports.save')}</button> <button type="button" onClick={() => { cancelPicking(); onDone(); }}>{t('reports.cancel')}</button>
    </form>
  );
}
