import { beforeAll, describe, expect, it } from 'vitest';
import type { TensionDataset, TensionReport } from '../../types';
import { loadExampleTensions } from '../../../test/fixtures/tensions/example-tensions';
import { ASSESSMENT, DAY_MS, OPENED_MS } from '../../../test/fixtures/cia/assessment';
import { exampleReportInput } from '../../../test/fixtures/documents/tension-input';
import { recordedReport } from '../../../test/fixtures/documents/reports';
import { reportFields } from '../../../test/fixtures/reports/reports';
import { buildTensionReport } from './tension-report';
import { type ReportBlock, type ReportDocument, type ReportSection } from './report-document';
import type { TensionReportInput } from './report-input';
import { reportWording } from './report-wording';

const en = reportWording('en');
const words = (section: ReportSection) => section.blocks.map((block) => blockWords(block));
function blockWords(block: ReportBlock): unknown {
  if (block.kind === 'table') return { caption: en(block.caption), header: block.header.map(en), rows: block.rows.map((row) => row.map(en)) };
  return en(block.text);
}
const everyWord = (doc: ReportDocument) => JSON.stringify([[doc.title, ...doc.subtitle, doc.marking, doc.tierLabel].map(en), doc.sections.map((s) => [en(s.title), words(s)])]);

let tensions: TensionDataset;
beforeAll(async () => {
  tensions = await loadExampleTensions();
});

const input = (change: Partial<TensionReportInput> = {}) => exampleReportInput(tensions, change);

describe('tension monitoring group report on the example borough, 3 July 2023', () => {
  it('has the chosen sections in the chosen order, and the edited tier leaves out the narrative', () => {
    const order = ['events', 'summary', 'narrative', 'sources'] as const;
    expect(buildTensionReport(input({ sections: order })).sections.map((s) => s.id)).toEqual(['events', 'summary', 'narrative', 'sources']);
    expect(buildTensionReport(input({ sections: order, tier: 'edited' })).sections.map((s) => s.id)).toEqual(['events', 'summary', 'sources']);
  });

  it('gives the summary form of each area of concern, with trend arrows against 19 June', () => {
    const summary = buildTensionReport(input({ sections: ['summary'] })).sections[0];
    const headings = summary.blocks.filter((b) => b.kind === 'heading').map((b) => en(b.text));
    // The three wards whose overall rating calls for an assessment on 3 July (EEP 1–4).
    expect(headings).toEqual(['Ashbridge Central', 'Marsh Park', 'Slackgate']);
    const ashbridge = summary.blocks[summary.blocks.findIndex((b) => b.kind === 'heading' && en(b.text) === 'Ashbridge Central') + 1];
    expect(blockWords(ashbridge)).toEqual({
      caption: 'Tension summary: Ashbridge Central, 3 July 2023',
      header: ['Row', 'Current', 'Potential', 'Assessed'],
      rows: [
        ['Ethnic', '3 Moderate (high) ▲', '3 Moderate (high) ►', '3 July 2023'],
        ['Faith or religious', '2 High ▲', '2 High ►', '3 July 2023'],
        ['LGBT', '6 Normal ►', '5 Raised ▲', '3 July 2023'],
        ['Overall assessment', '2 High ▲', '2 High ►', '3 July 2023'],
      ],
    });
  });

  it('lists the open assessment with its risk matrix and action plan, and the actions overdue, due and done', () => {
    const doc = buildTensionReport(input({ sections: ['assessments', 'actions'] }));
    const [assessments, actions] = doc.sections.map(words);
    const matrix = assessments.find((b) => typeof b === 'object' && (b as { caption: string }).caption.startsWith('Risk matrix')) as { rows: string[][] };
    // risk-b is likelihood 3 × impact 4; risk-c 5 × 1; risk-a 2 × 2 (rows from likelihood 5 down).
    expect(matrix.rows.map((row) => row.map((cell) => cell.split(' ')[0]))).toEqual([
      ['5', '1', '0', '0', '0', '0'],
      ['4', '0', '0', '0', '0', '0'],
      ['3', '0', '0', '0', '1', '0'],
      ['2', '0', '1', '0', '0', '0'],
      ['1', '0', '0', '0', '0', '0'],
    ]);
    const plan = assessments.find((b) => typeof b === 'object' && (b as { caption: string }).caption === 'Action plan') as { rows: string[][] };
    expect(plan.rows.map((row) => row[0])).toEqual(['Action finished', 'Action late', 'Action soon']);
    expect(actions).toEqual([
      'Overdue', expect.objectContaining({ rows: [['Action late', 'Gwent Police', '2 July 2023', 'Open', ASSESSMENT.title]] }),
      'Due by 16 July 2023', expect.objectContaining({ rows: [['Action soon', 'Gwent Police', '6 July 2023', 'Open', ASSESSMENT.title]] }),
      'Done', expect.objectContaining({ rows: [['Action finished', 'Gwent Police', '28 June 2023', 'Done', ASSESSMENT.title]] }),
    ]);
  });

  it('keeps the assessment notes in the full tier and none of them, nor the problem, in the edited tier', () => {
    const notes = tensions.rows.filter((row) => row.notes && row.timeMs > OPENED_MS - 14 * DAY_MS && row.timeMs <= OPENED_MS).map((row) => row.notes!);
    expect(notes.length).toBeGreaterThan(0);
    const full = everyWord(buildTensionReport(input()));
    const edited = everyWord(buildTensionReport(input({ tier: 'edited' })));
    expect(notes.filter((note) => full.includes(note))).toEqual(notes);
    expect(notes.filter((note) => edited.includes(note))).toEqual([]);
    expect([full.includes(ASSESSMENT.information.problem), edited.includes(ASSESSMENT.information.problem)]).toEqual([true, false]);
    expect(edited).toContain('Edited version');
  });
});

describe('reports received in the period', () => {
  const at = (dayOfMonth: number) => Date.UTC(2024, 5, dayOfMonth, 12);
  // Twelve reports from 24 May to 6 June 2024: 7 experienced, 3 evidenced, 2 potential; 9 from residents,
  // 3 from social media; two recorded by a named partner.
  const reports: TensionReport[] = Array.from({ length: 12 }, (_, i) =>
    recordedReport(`r${i}`, reportFields({
      timeMs: at(1 + (i % 6)),
      status: i < 7 ? 'experienced' : i < 10 ? 'evidenced' : 'potential',
      sourceKind: i < 9 ? 'resident' : 'social-media',
      recordedBy: i < 2 ? 'Jo Bloggs' : 'A. Officer',
      narrative: `Heard at the school gate, number ${i}`,
    })));
  const withdrawn = { ...recordedReport('gone', reportFields({ timeMs: at(2) })), withdrawn: true };
  const section = (tier: 'full' | 'edited') => words(buildTensionReport(input({ tier, atMs: Date.UTC(2024, 5, 6), sections: ['reports'], reports: [...reports, withdrawn] })).sections[0]);
  const table = (blocks: unknown[], caption: string) => (blocks.find((b) => typeof b === 'object' && (b as { caption: string }).caption === caption) as { rows: string[][] }).rows;

  it('counts them by status and source in the full tier, and lists each with who recorded it', () => {
    const blocks = section('full');
    expect(blocks[0]).toBe('Reports received from 24 May 2024 to 6 June 2024: 12');
    expect(table(blocks, 'By status of the information')).toEqual([['Experienced', '7'], ['Evidenced', '3'], ['Potential', '2'], ['All reports', '12']]);
    expect(table(blocks, 'The reports').map((row) => row[4])).toContain('Jo Bloggs, Council');
  });

  it('withholds small counts in the edited tier so none can be worked out, and lists no report', () => {
    const blocks = section('edited');
    expect(table(blocks, 'By status of the information')).toEqual([['Experienced', '7'], ['Evidenced', '<5'], ['Potential', '<5'], ['All reports', '12']]);
    // 9 residents and 3 from social media: 3 is withheld, and so must 9 be, or 12 − 9 gives it away.
    expect(table(blocks, 'By source').filter(([, count]) => count !== '0')).toEqual([['Resident', '[c]'], ['Social media', '<5'], ['All reports', '12']]);
    const text = JSON.stringify(blocks);
    expect([text.includes('Jo Bloggs'), text.includes('school gate')]).toEqual([false, false]);
  });
});
