import { useEffect, useState } from 'react';
import type { ColumnMapping } from '../../types';
import { useIncidentStore } from '../../state/incident-store';
import type { MessageKey } from '../../i18n/translate';
import { useT } from '../use-t';

const ROLES: (keyof ColumnMapping)[] = ['lng', 'lat', 'easting', 'northing', 'date', 'category', 'id', 'weight', 'areaCode'];

/** The columns the importer chose for each role; the user can correct them and re-read the files. */
export function ColumnMappingForm({ incidentId }: { incidentId: string }) {
  const t = useT();
  const detection = useIncidentStore((s) => s.incidents[incidentId]?.detection);
  const remapIncidents = useIncidentStore((s) => s.remapIncidents);
  const [draft, setDraft] = useState<ColumnMapping>({});
  useEffect(() => setDraft(detection?.mapping ?? {}), [detection]);
  if (!detection) return null;
  return (
    <details className="mapping" data-testid="column-mapping">
      <summary>{t('incidents.columns')}</summary>
      <form onSubmit={(e) => { e.preventDefault(); void remapIncidents(incidentId, draft); }}>
        {ROLES.map((role) => (
          <label key={role} className="field">
            <span>{t(`incidents.role.${role}` as MessageKey)}</span>
            <select data-testid={`mapping-${role}`} value={draft[role] ?? ''} onChange={(e) => setDraft({ ...draft, [role]: e.target.value || undefined })}>
              <option value="">{t('fields.none')}</option>
              {detection.columns.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </label>
        ))}
        <button type="submit">{t('incidents.reread')}</button>
      </form>
    </details>
  );
}
