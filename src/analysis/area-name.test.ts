import { describe, expect, it } from 'vitest';
import { localAreaName } from './area-name';

const dataset = { areaCodes: ['W05000718', 'W05000719', 'W05000720'], areaNames: ['Aberbargoed', 'Abercarn', ''], areaNamesWelsh: ['Aberbargod', '', ''] };

describe('localAreaName', () => {
  it('uses the Welsh name in Welsh, and the English name in English', () => {
    expect(localAreaName(dataset, 0, 'cy')).toBe('Aberbargod');
    expect(localAreaName(dataset, 0, 'en')).toBe('Aberbargoed');
  });
  it('falls back to the English name, then the code, when a name is blank', () => {
    expect(localAreaName(dataset, 1, 'cy')).toBe('Abercarn');
    expect(localAreaName(dataset, 2, 'cy')).toBe('W05000720');
    expect(localAreaName({ areaCodes: ['E05000001'], areaNames: ['Ward'] }, 0, 'cy')).toBe('Ward');
  });
});
