import { readFileSync } from 'node:fs';
import { expect, test } from './support/playwright';
import { pdfFontList, pdfPageTexts } from '../helpers/poppler-read';
import type { AtlasDriver } from './support/atlas-driver';
import { storedWorkspace } from './support/stored-workspace';

/** Makes the report with the panel's current choice and returns the downloaded PDF's bytes and name. */
async function makeReport(atlas: AtlasDriver): Promise<{ bytes: Uint8Array; name: string }> {
  const downloading = atlas.page.waitForEvent('download');
  await atlas.page.getByTestId('document-make').click();
  const download = await downloading;
  return { bytes: new Uint8Array(readFileSync((await download.path())!)), name: download.suggestedFilename() };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

test.describe('the tension monitoring group report as a PDF', () => {
  test('makes the full and the edited version of the example borough’s report for 3 July 2023 from the keyboard', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    // Given the example borough's tension log, and the report chosen for 3 July 2023 with the events first.
    await page.getByTestId('document-date').fill('2023-07-03');
    await page.getByTestId('document-section-events').getByRole('button', { name: 'Move “Forthcoming events” earlier' }).click();
    await expect(page.getByTestId('document-section-events')).toHaveCount(1);

    // When the full version is made (the button pressed with the keyboard).
    await page.getByTestId('document-tier-full').check();
    await page.getByTestId('document-make').focus();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    const full = { bytes: new Uint8Array(readFileSync((await download.path())!)), name: download.suggestedFilename() };

    // Then the PDF has real text: the title, the summary form's rows, the marking and page number on every page.
    expect(full.name).toBe('tension-report-full-2023-07-03-en.pdf');
    const fullPages = pdfPageTexts(full.bytes).map(oneLine);
    await expect(page.getByTestId('document-status')).toHaveText(`Saved ${full.name} (${fullPages.length} pages).`);
    expect(fullPages[0]).toContain('Tension monitoring group report');
    expect(fullPages.join(' ')).toContain('Faith or religious 2 High ▲ 2 High ► 3 July 2023');
    expect(fullPages.join(' ')).toContain('Protest planned near a place of worship');
    expect(fullPages.every((text, i) => text.includes('OFFICIAL-SENSITIVE') && text.includes(`page ${i + 1} of ${fullPages.length}`))).toBe(true);
    expect(pdfFontList(full.bytes).every((font) => font.embedded)).toBe(true);

    // When the edited version is made: no narrative, and every page says which version it is.
    await page.getByTestId('document-tier-edited').check();
    const edited = await makeReport(atlas);
    const editedPages = pdfPageTexts(edited.bytes).map(oneLine);
    expect(edited.name).toBe('tension-report-edited-2023-07-03-en.pdf');
    expect(editedPages.join(' ')).not.toContain('Protest planned near a place of worship');
    expect(editedPages.every((text) => text.includes('Edited version ·'))).toBe(true);
    // One page per section chosen: seven sections, less the narrative, each on its own page here.
    expect(editedPages.length).toBeLessThan(fullPages.length);
  });

  test('keeps the report choice in the workspace across a reload', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    await page.getByTestId('document-tier-edited').check();
    await page.getByTestId('document-section-narrative').getByRole('checkbox').uncheck();
    // Saved as the user works: the documents part of the stored workspace holds the choice.
    await expect.poll(async () => {
      const parts = (await storedWorkspace(page)).snapshot?.parts.documents as { tier: string; sections: { id: string; on: boolean }[] } | undefined;
      return [parts?.tier, parts?.sections.find((s) => s.id === 'narrative')?.on];
    }, { timeout: 20_000 }).toEqual(['edited', false]);
    await page.reload();
    await atlas.settle();
    await expect(page.getByTestId('document-tier-edited')).toBeChecked();
    await expect(page.getByTestId('document-section-narrative').getByRole('checkbox')).not.toBeChecked();
  });
});
