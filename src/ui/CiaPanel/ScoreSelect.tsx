import { useT } from '../use-t';

/** A labelled choice of a likelihood or impact level, 1 insignificant … 5 critical. */
export function ScoreSelect({ label, value, onChange, testId }: { label: string; value: number; onChange: (level: number) => void; testId?: string }) {
  const t = useT();
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
        {([1, 2, 3, 4, 5] as const).map((level) => <option key={level} value={level}>{t(`cia.score.${level}`)}</option>)}
      </select>
    </label>
  );
}
