import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDatumGridStore } from '../state/datum-grid-store';
import { useT } from './use-t';

/** The accuracy of British National Grid conversions, and the OSTN15 grid file the user may supply for it. */
export function DatumGridSetting() {
  const t = useT();
  const id = useId();
  const { grid, problem, chooseGrid, removeGrid } = useDatumGridStore(useShallow((s) => ({ grid: s.grid, problem: s.problem, chooseGrid: s.chooseGrid, removeGrid: s.removeGrid })));
  return (
    <fieldset data-testid="datum-grid">
      <legend>{t('datumGrid.heading')}</legend>
      <p className="muted small" data-testid="datum-grid-status">{grid ? t('datumGrid.using', { file: grid }) : t('datumGrid.helmert')}</p>
      <label className="field" htmlFor={`${id}-file`}>{t('datumGrid.choose')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".gsb"
        data-testid="datum-grid-file"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) await chooseGrid({ name: file.name, bytes: await file.arrayBuffer() });
        }}
      />
      {problem && <p role="alert" className="error-text">{t(`datumGrid.problem.${problem.code}`, { file: problem.file })}</p>}
      {grid && <button type="button" onClick={() => void removeGrid()}>{t('datumGrid.remove')}</button>}
    </fieldset>
  );
}
