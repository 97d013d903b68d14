import { useState, type FormEvent } from 'react';
import type { AreaDataset, TensionScale } from '../../types';
import { useTensionEntryStore } from '../../state/tension-entry-store';
import { STANDARD_COMMUNITY_TYPES } from '../../state/report-lists';
import { useT } from '../use-t';
import { RatingSelect } from './RatingSelect';

/** Entering a rating in the app for an area, community and date, on either scale, naming who rated it. */
export function RatingEntry({ layer, ownTypes }: { layer: AreaDataset | undefined; ownTypes: readonly string[] }) {
  const t = useT();
  const addRating = useTensionEntryStore((s) => s.addRating);
  const [area, setArea] = useState('');
  const [community, setCommunity] = useState<string>(STANDARD_COMMUNITY_TYPES[0]);
  const [date, setDate] = useState('');
  const [scale, setScale] = useState<TensionScale>('eep');
  const [current, setCurrent] = useState(6);
  const [potential, setPotential] = useState(6);
  const [agency, setAgency] = useState('');
  const [problem, setProblem] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = area.trim().toLowerCase();
    const index = layer ? layer.areaCodes.findIndex((code, i) => code.toLowerCase() === typed || layer.areaNames[i]?.toLowerCase() === typed) : -1;
    const timeMs = Date.parse(`${date}T00:00:00Z`);
    if (!layer || index === -1 || !Number.isFinite(timeMs) || agency.trim() === '') {
      setProblem(true);
      return;
    }
    addRating({ areaCode: layer.areaCodes[index], areaName: layer.areaNames[index], communityType: community, timeMs, current: { scale, level: current }, potential: { scale, level: potential }, agency: agency.trim() });
    setProblem(false);
  };
  const changeScale = (next: TensionScale) => {
    setScale(next);
    setCurrent(next === 'eep' ? 6 : 4);
    setPotential(next === 'eep' ? 6 : 4);
  };
  return (
    <details className="rating-entry" data-testid="rating-entry">
      <summary>{t('tension.enterHeading')}</summary>
      <form onSubmit={submit}>
        <label className="field"><span>{t('tension.enterArea')}</span><input value={area} onChange={(e) => setArea(e.target.value)} data-testid="rating-area" /></label>
        <label className="field"><span>{t('tension.enterCommunity')}</span>
          <select value={community} onChange={(e) => setCommunity(e.target.value)} data-testid="rating-community">{[...STANDARD_COMMUNITY_TYPES, ...ownTypes].map((c) => <option key={c} value={c}>{c}</option>)}</select>
        </label>
        <label className="field"><span>{t('tension.enterDate')}</span><input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="rating-date" /></label>
        <fieldset className="inline-options"><legend>{t('tension.enterScale')}</legend>
          {(['eep', 'four-level'] as const).map((s) => <label key={s}><input type="radio" name="rating-scale" checked={scale === s} onChange={() => changeScale(s)} /> {t(`tension.scale.${s}`)}</label>)}
        </fieldset>
        <div className="inline-fields">
          <RatingSelect label={t('tension.enterCurrent')} scale={scale} level={current} onChange={setCurrent} testId="rating-current" />
          <RatingSelect label={t('tension.enterPotential')} scale={scale} level={potential} onChange={setPotential} testId="rating-potential" />
        </div>
        <label className="field"><span>{t('tension.enterAgency')}</span><input value={agency} onChange={(e) => setAgency(e.target.value)} data-testid="rating-agency" /></label>
        {problem && <p className="warning-text small" role="alert">{t('tension.enterProblem')}</p>}
        <button type="submit" data-testid="rating-save">{t('tension.enterSave')}</button>
      </form>
    </details>
  );
}
