import { useMemo } from 'react';
import { suggestAreas } from '../../analysis/area-suggestions';
import { useLocaleStore } from '../../state/locale-store';
import type { AreaDataset } from '../../types';

/**
 * A text box for an area by name or code, suggesting the layer's areas that match what is typed as
 * "name (code)" — a few at a time, so a national layer does not put 35,000 options into the page.
 */
export function AreaInput({ id, label, value, onChange, layer, testId }: { id: string; label: string; value: string; onChange: (text: string) => void; layer: AreaDataset | undefined; testId: string }) {
  const locale = useLocaleStore((s) => s.locale);
  const suggestions = useMemo(() => (layer ? suggestAreas(layer, value, locale) : []), [layer, value, locale]);
  return (
    <label className="field">
      <span>{label}</span>
      <input value={value} onChange={(e) => onChange(e.target.value)} list={`${id}-areas`} data-testid={testId} autoComplete="off" />
      <datalist id={`${id}-areas`}>
        {suggestions.map((suggestion) => <option key={suggestion.index} value={suggestion.text} />)}
      </datalist>
    </label>
  );
}
