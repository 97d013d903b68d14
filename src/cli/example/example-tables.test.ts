import { describe, expect, it } from 'vitest';
import { textFile } from '../../../test/helpers/bytes';
import { loadTableFiles } from '../../data/load-tables';
import { generateExampleBoundaries } from './example-borough';
import { renderExampleTableFiles } from './example-tables';

// Seed 1 makes the committed files (checked byte for byte in example-files.test.ts); seed 7 checks the
// tables' choices (change sites, ward roles, scripted episodes) hold beyond that one seed.
describe('renderExampleTableFiles(7)', () => {
  const files = renderExampleTableFiles(generateExampleBoundaries(7), 7);

  it('writes the three tables, each under 500 KB', () => {
    expect(files.map((file) => file.path)).toEqual(['layers/example-indicators-lsoa.csv', 'layers/example-communities-lsoa.csv', 'layers/example-tensions.csv']);
    for (const file of files) expect(Buffer.byteLength(file.text), file.path).toBeLessThan(500 * 1024);
  });

  it('writes LSOA tables that load without warnings or rejected rows', async () => {
    for (const file of files.slice(0, 2)) {
      const result = await loadTableFiles([textFile(file.path.replace('layers/', ''), file.text)], { id: file.path });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(result.warnings).toEqual([]);
      expect([result.value.level, result.value.report.rejected, result.value.report.rowsKept], file.path).toEqual(['lsoa', [], result.value.report.rowsRead]);
    }
  });
});
