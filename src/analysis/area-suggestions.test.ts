import { describe, expect, it } from 'vitest';
import { AREA_SUGGESTION_LIMIT, suggestAreas } from './area-suggestions';

const layer = (names: string[], welsh?: string[]) => ({ areaNames: names, areaCodes: names.map((_n, i) => `W0500${String(i).padStart(4, '0')}`), areaNamesWelsh: welsh });

describe('suggestAreas', () => {
  it('offers a small layer whole before anything is typed, as "name (code)"', () => {
    expect(suggestAreas(layer(['Alder Dale', 'Brook Head']), '', 'en')).toEqual([
      { index: 0, text: 'Alder Dale (W05000000)' },
      { index: 1, text: 'Brook Head (W05000001)' },
    ]);
  });

  it('offers nothing from a national layer until something is typed, then at most the limit', () => {
    const national = layer(Array.from({ length: 35_000 }, (_v, i) => `Area ${i}`));
    expect(suggestAreas(national, '', 'en')).toEqual([]);
    const found = suggestAreas(national, 'area 1', 'en');
    expect(found).toHaveLength(AREA_SUGGESTION_LIMIT);
    expect(found.every((s) => s.text.toLowerCase().includes('area 1'))).toBe(true);
  });

  it('puts names that start with the typed text before names that only contain it, and finds codes', () => {
    const areas = layer(['Upper Aber', 'Aberbargoed', 'Bargoed']);
    expect(suggestAreas(areas, 'aber', 'en').map((s) => s.index)).toEqual([1, 0]);
    expect(suggestAreas(areas, 'W05000002', 'en').map((s) => s.index)).toEqual([2]);
    expect(suggestAreas(areas, 'zzz', 'en')).toEqual([]);
  });

  it('matches and shows Welsh names when the interface is Welsh', () => {
    const areas = layer(['Aberbargoed', 'New Tredegar'], ['Aberbargod', 'Tredegar Newydd']);
    expect(suggestAreas(areas, 'newydd', 'cy')).toEqual([{ index: 1, text: 'Tredegar Newydd (W05000001)' }]);
    expect(suggestAreas(areas, 'newydd', 'en')).toEqual([]);
  });
});
