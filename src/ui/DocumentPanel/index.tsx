import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../../state/document-store';
import { useLocaleStore } from '../../state/locale-store';
import type { MessageKey } from '../../i18n/translate';
import { downloadBytes } from '../download';
import { useT } from '../use-t';
import './document-panel.css';

const dayValue = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().slice(0, 10));

/** The tension monitoring group's report as a PDF: version, day, sections on or off and in order. */
export function DocumentPanel() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const { tier, dateMs, sections, status } = useDocumentStore(useShallow((s) => ({ tier: s.tier, dateMs: s.dateMs, sections: s.sections, status: s.status })));
  const { setTier, setDate, setSectionOn, moveSection, makeReport, cancel } = useDocumentStore(useShallow((s) => ({ setTier: s.setTier, setDate: s.setDate, setSectionOn: s.setSectionOn, moveSection: s.moveSection, makeReport: s.makeReport, cancel: s.cancel })));
  const working = status.kind === 'working';
  const make = async () => {
    const made = await makeReport(locale);
    if (made) downloadBytes(made.fileName, made.bytes, 'application/pdf');
  };
  return (
    <section className="panel" aria-labelledby="document-heading" data-testid="document-panel">
      <h2 id="document-heading">{t('document.panel.heading')}</h2>
      <p className="muted small">{t('document.panel.intro')}</p>
      <fieldset>
        <legend>{t('document.panel.tier')}</legend>
        {(['full', 'edited'] as const).map((value) => (
          <label key={value} className="check">
            <input type="radio" name="document-tier" value={value} checked={tier === value} onChange={() => setTier(value)} data-testid={`document-tier-${value}`} />
            {t(value === 'full' ? 'document.tier.full' : 'document.panel.editedChoice')}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('document.panel.date')}</span>
        <input type="date" value={dayValue(dateMs)} onChange={(e) => setDate(e.target.value ? Date.parse(`${e.target.value}T00:00:00Z`) : null)} data-testid="document-date" />
      </label>
      <p className="muted small">{t('document.panel.dateHelp')}</p>
      <fieldset>
        <legend>{t('document.panel.sections')}</legend>
        <ol className="document-sections" data-testid="document-sections">
          {sections.map((section, index) => {
            const name = t(`document.section.${section.id}` as MessageKey);
            return (
              <li key={section.id} data-testid={`document-section-${section.id}`}>
                <label className="check">
                  <input type="checkbox" checked={section.on} onChange={(e) => setSectionOn(section.id, e.target.checked)} />
                  {name}
                </label>
                <button type="button" onClick={() => moveSection(section.id, -1)} disabled={index === 0} aria-label={t('document.panel.earlier', { section: name })}>↑</button>
                <button type="button" onClick={() => moveSection(section.id, 1)} disabled={index === sections.length - 1} aria-label={t('document.panel.later', { section: name })}>↓</button>
                {tier === 'edited' && section.id === 'narrative' && <span className="muted small document-note">{t('document.panel.notInEdited')}</span>}
              </li>
            );
          })}
        </ol>
      </fieldset>
      <div aria-live="polite" data-testid="document-status">
        {working && (
          <>
            <progress max={status.total} value={status.done} aria-label={t('document.panel.progress', { done: status.done, total: status.total })} />
            <span>{t('document.panel.progress', { done: status.done, total: status.total })}</span>
          </>
        )}
        {status.kind === 'ready' && <span className="ok">{t('document.panel.ready', { name: status.fileName, count: status.pages })}</span>}
        {status.kind === 'cancelled' && <span>{t('document.panel.cancelled')}</span>}
        {status.kind === 'error' && <span className="bad" role="alert">{t(status.code === 'no-ratings' ? 'document.panel.noRatings' : 'document.panel.failed')}</span>}
      </div>
      {working
        ? <button type="button" onClick={cancel} data-testid="document-cancel">{t('document.panel.cancel')}</button>
        : <button type="button" className="primary" onClick={() => void make()} disabled={!sections.some((s) => s.on)} data-testid="document-make">{t('document.panel.make')}</button>}
    </section>
  );
}
