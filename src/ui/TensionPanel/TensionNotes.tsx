import type { AreaDataset, TensionAssessment } from '../../types';
import { formatDate } from '../format-date';
import { useAreaName, useT } from '../use-t';

const NOTE_LIMIT = 12;

/** The notes and narrative written beside the ratings shown: those of the scope's rows up to the date, newest first. */
export function TensionNotes({ rows, atMs, scope, layer }: { rows: readonly TensionAssessment[]; atMs: number; scope: string; layer: AreaDataset | undefined }) {
  const t = useT();
  const areaName = useAreaName();
  const notes = rows.filter((row) => row.notes && row.timeMs <= atMs && (scope === 'district' || row.areaCode === scope)).sort((a, b) => b.timeMs - a.timeMs).slice(0, NOTE_LIMIT);
  if (notes.length === 0) return null;
  const nameOf = (code: string) => {
    const index = layer ? layer.areaCodes.indexOf(code) : -1;
    return layer && index !== -1 ? areaName(layer, index) : code;
  };
  return (
    <details className="tension-notes" data-testid="tension-notes">
      <summary>{t('tension.notesHeading', { count: notes.length })}</summary>
      <ul className="small">
        {notes.map((row) => <li key={row.source} data-testid="tension-note">{t('tension.noteItem', { date: formatDate(row.timeMs, 'day-month-year', t), area: nameOf(row.areaCode), community: row.communityType, agency: row.agency ?? '—', note: row.notes ?? '' })}</li>)}
      </ul>
    </details>
  );
}
