import type { TensionScale } from '../../types';
import { useT } from '../use-t';

const LEVEL_COUNT: Record<TensionScale, number> = { eep: 6, 'four-level': 4 };

/** A labelled choice of a level on one scale, each worded as the scale names it ("4 Moderate (low)", "Medium"). */
export function RatingSelect({ label, scale, level, onChange, testId }: { label: string; scale: TensionScale; level: number; onChange: (level: number) => void; testId: string }) {
  const t = useT();
  return (
    <label className="field"><span>{label}</span>
      <select value={level} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
        {Array.from({ length: LEVEL_COUNT[scale] }, (_, i) => <option key={i} value={i + 1}>{t(`tension.level.${scale}.${i + 1}` as 'tension.level.eep.1')}</option>)}
      </select>
    </label>
  );
}
