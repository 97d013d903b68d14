import { beforeAll, expect, it } from 'vitest';
import type { TensionDataset } from '../../types';
import { loadExampleTensions } from '../../../test/fixtures/tensions/example-tensions';
import { exampleReportInput } from '../../../test/fixtures/documents/tension-input';
import { reportFonts } from '../../../test/fixtures/documents/fonts';
import { recordedReport } from '../../../test/fixtures/documents/reports';
import { reportFields } from '../../../test/fixtures/reports/reports';
import { describeWithPoppler, pdfFontList, pdfPageTexts } from '../../../test/helpers/poppler';
import type { TensionReportInput } from './report-input';
import { buildTensionReport } from './tension-report';
import { reportWording } from './report-wording';
import { writeReportPdf } from './report-pdf';

let tensions: TensionDataset;
beforeAll(async () => {
  tensions = await loadExampleTensions();
});

async function pdfOf(change: Partial<TensionReportInput>, locale: 'en' | 'cy' = 'en'): Promise<Uint8Array> {
  const doc = buildTensionReport(exampleReportInput(tensions, change));
  return (await writeReportPdf(doc, reportWording(locale), reportFonts(), { languageTag: locale === 'en' ? 'en-GB' : 'cy-GB' })).bytes;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describeWithPoppler('the tension report as a PDF file', () => {
  it('has the title, the summary form rows and the marking, version and page number on every page (full tier)', async () => {
    const pages = pdfPageTexts(await pdfOf({})).map(oneLine);
    expect(pages[0]).toContain('Tension monitoring group report');
    expect(pages.join(' ')).toContain('Faith or religious 2 High ▲ 2 High ► 3 July 2023');
    expect(pages.map((text, i) => text.includes('OFFICIAL-SENSITIVE') && text.includes(`Full version · produced 4 July 2023 · page ${i + 1} of ${pages.length}`))).toEqual(pages.map(() => true));
  });

  it('starts a page for each section chosen, in the order chosen', async () => {
    const pages = pdfPageTexts(await pdfOf({ sections: ['events', 'assessments', 'sources'] })).map(oneLine);
    expect(pages.map((text) => ['Forthcoming events', 'Open Community Impact Assessments', 'Sources'].findIndex((title) => text.includes(`${title} `)))).toEqual([0, 1, 2]);
  });

  it('flows a long table onto the next pages, its caption marked continued and its header repeated', async () => {
    const reports = Array.from({ length: 60 }, (_, i) => recordedReport(`r${i}`, reportFields({ timeMs: Date.UTC(2023, 5, 21 + (i % 12), 10), narrative: `Report number ${i} of sixty, heard in the market` })));
    const pages = pdfPageTexts(await pdfOf({ sections: ['reports'], reports })).map(oneLine);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.slice(1).every((text) => text.includes('The reports (continued) When Where Types What was reported Recorded by'))).toBe(true);
    expect(Array.from({ length: 60 }, (_, i) => pages.some((text) => text.includes(`Report number ${i} of sixty`)))).toEqual(Array(60).fill(true));
  });

  it('leaves every note, name and the narrative out of the edited tier, and says so on each page', async () => {
    const full = pdfPageTexts(await pdfOf({})).map(oneLine).join(' ');
    const pages = pdfPageTexts(await pdfOf({ tier: 'edited' })).map(oneLine);
    const note = 'Protest planned near a place of worship';
    expect([full.includes(note), pages.join(' ').includes(note)]).toEqual([true, false]);
    expect(pages.every((text) => text.includes('Edited version ·') && text.includes('OFFICIAL'))).toBe(true);
    expect(pages.join(' ')).not.toContain('Narrative');
  });

  it('embeds its fonts, and writes Welsh with ŵ and ŷ as text', async () => {
    const bytes = await pdfOf({ tensionFiles: ['tensiynau-Tŷ-Ddewi.csv'] }, 'cy');
    const fonts = pdfFontList(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded && font.name.includes('DejaVuSans'))).toBe(true);
    const text = pdfPageTexts(bytes).map(oneLine).join(' ');
    expect(text).toContain('Adroddiad y grŵp monitro tensiynau');
    expect(text).toContain('Crynodeb o’r tensiynau');
    expect(text).toContain('Log tensiynau: tensiynau-Tŷ-Ddewi.csv');
  });

  it('stops between sections when cancelled', async () => {
    const controller = new AbortController();
    const doc = buildTensionReport(exampleReportInput(tensions));
    const seen: number[] = [];
    const writing = writeReportPdf(doc, reportWording('en'), reportFonts(), { languageTag: 'en-GB', signal: controller.signal, onProgress: (done) => { seen.push(done); if (done === 2) controller.abort(new Error('cancelled')); } });
    await expect(writing).rejects.toThrow('cancelled');
    expect(seen).toEqual([1, 2]);
  });
});
