import { useId, useState } from 'react';
import { defaultDateRange, useImportSettingsStore } from '../state/import-settings-store';
import { useT } from './use-t';

/** The years incident dates are accepted in (default 1990 to next year), for files loaded from now on. */
export function IncidentYearsSetting() {
  const t = useT();
  const id = useId();
  const dateRange = useImportSettingsStore((s) => s.dateRange);
  const setDateRange = useImportSettingsStore((s) => s.setDateRange);
  const fallback = defaultDateRange();
  const current = dateRange ?? fallback;
  const [from, setFrom] = useState(String(current.fromYear));
  const [to, setTo] = useState(String(current.toYear));
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      data-testid="incident-years"
      onSubmit={(e) => {
        e.preventDefault();
        const range = { fromYear: Number(from), toYear: Number(to) };
        const ok = Number.isInteger(range.fromYear) && Number.isInteger(range.toYear) && range.fromYear <= range.toYear;
        setInvalid(!ok);
        if (ok) setDateRange(range);
      }}
    >
      <fieldset aria-describedby={`${id}-help`}>
        <legend>{t('promises.years.legend')}</legend>
        <label className="field">
          <span>{t('promises.years.from')}</span>
          <input type="number" inputMode="numeric" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={invalid} data-testid="incident-years-from" />
        </label>
        <label className="field">
          <span>{t('promises.years.to')}</span>
          <input type="number" inputMode="numeric" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={invalid} data-testid="incident-years-to" />
        </label>
      </fieldset>
      <p id={`${id}-help`} className="muted small">{t('promises.years.help', { from: fallback.fromYear, to: fallback.toYear })}</p>
      {invalid && <p role="alert" className="error-text">{t('promises.years.invalid')}</p>}
      <button type="submit">{t('promises.years.apply')}</button>
      {dateRange && <button type="button" onClick={() => { setDateRange(null); setFrom(String(fallback.fromYear)); setTo(String(fallback.toYear)); }}>{t('promises.years.reset')}</button>}
    </form>
  );
}
