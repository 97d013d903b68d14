/** Validates layer presets (the JSON in layers/) against LayerSpec before the app uses them. */
import type { LayerSpec } from '../types';

const KINDS = new Set(['choropleth', 'heatmap', 'points']);
const METHODS = new Set(['quantile', 'equal-interval', 'jenks', 'std-dev', 'manual']);

export type PresetValidation = { ok: true; value: LayerSpec[] } | { ok: false; problems: string[] };

/** Checks every preset's fields and types; returns all problems found, each naming the preset and field. */
export function validateLayerPresets(input: unknown): PresetValidation {
  const list = Array.isArray(input) ? input : (input as { layers?: unknown })?.layers;
  if (!Array.isArray(list)) return { ok: false, problems: ['expected an array of layer presets or { "layers": [...] }'] };
  const problems: string[] = [];
  const ids = new Set<string>();
  list.forEach((raw, index) => {
    const where = `preset ${index + 1}`;
    if (!raw || typeof raw !== 'object') {
      problems.push(`${where}: expected an object`);
      return;
    }
    const p = raw as Record<string, unknown>;
    if (typeof p.id !== 'string' || !p.id) problems.push(`${where}: "id" must be a non-empty string`);
    else if (ids.has(p.id)) problems.push(`${where}: duplicate id "${p.id}"`);
    else ids.add(p.id);
    if (typeof p.kind !== 'string' || !KINDS.has(p.kind)) problems.push(`${where}: "kind" must be one of ${[...KINDS].join(', ')}`);
    if (typeof p.datasetId !== 'string' || !p.datasetId) problems.push(`${where}: "datasetId" must be a non-empty string`);
    if (p.valueField !== undefined && typeof p.valueField !== 'string') problems.push(`${where}: "valueField" must be a string`);
    if (p.palette !== undefined && typeof p.palette !== 'string') problems.push(`${where}: "palette" must be a string`);
    if (typeof p.opacity !== 'number' || p.opacity < 0 || p.opacity > 1) problems.push(`${where}: "opacity" must be a number from 0 to 1`);
    if (typeof p.visible !== 'boolean') problems.push(`${where}: "visible" must be true or false`);
    if (p.classification !== undefined) {
      const c = p.classification as Record<string, unknown>;
      if (!c || typeof c !== 'object') problems.push(`${where}: "classification" must be an object`);
      else {
        if (typeof c.method !== 'string' || !METHODS.has(c.method)) problems.push(`${where}: "classification.method" must be one of ${[...METHODS].join(', ')}`);
        if (typeof c.classCount !== 'number' || !Number.isInteger(c.classCount) || c.classCount < 3 || c.classCount > 9) problems.push(`${where}: "classification.classCount" must be a whole number from 3 to 9`);
      }
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: list as LayerSpec[] };
}
