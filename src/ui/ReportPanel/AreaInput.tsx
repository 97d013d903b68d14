import type { AreaDataset } from '../../types';

/** A text box for an area by name or code, suggesting the layer's areas as "name (code)". */
export function AreaInput({ id, label, value, onChange, layer, testId }: { id: string; label: string; value: string; onChange: (text: string) => void; layer: AreaDataset | undefined; testId: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input value={value} onChange={(e) => onChange(e.target.value)} list={`${id}-areas`} data-testid={testId} autoComplete="off" />
      <datalist id={`${id}-areas`}>
        {layer?.areaCodes.map((code, i) => <option key={code} value={`${layer.areaNames[i]} (${code})`} />)}
      </datalist>
    </label>
  );
}
