import { describe, expect, it } from 'vitest';
import { describeImportError, describeImportWarning } from './problem-words';

describe('problems in English for the command line', () => {
  it('words an error from the English catalogue, with its hint and the choices', () => {
    const error = { code: 'unknown-sheet' as const, file: 'p.xlsx', params: { file: 'p.xlsx', sheet: 'Figures', sheets: '"Notes", "Data"' }, choices: ['Notes', 'Data'] };
    expect(describeImportError(error)).toBe('p.xlsx has no sheet "Figures"; its sheets are "Notes", "Data". Hint: pick one of the sheets listed. Choices: Notes, Data.');
  });

  it('words a warning in English', () => {
    expect(describeImportWarning({ code: 'missing-prj', detail: 'bng', file: 'w.shp', params: { file: 'w.shp' } })).toBe(
      'w.shp: no .prj file, so the coordinate system was guessed from the coordinate range: treated as British National Grid metres (EPSG:27700). Add the .prj to be sure.',
    );
  });
});
