import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { WorkspaceSnapshot } from '../../types';
import { writeWorkspaceFile } from '../../data/workspace-file';
import { WORKSPACE_VERSION } from '../../data/workspace-format';
import { writeCiaData } from '../../analysis/cia/cia-format';
import { ASSESSMENT, DAY_MS, OPENED_MS, action } from '../../../test/fixtures/cia/assessment';
import { describeWithPoppler, pdfPageTexts } from '../../../test/helpers/poppler';
import { runReport } from './report';

/** A workspace file with the example's tension log, assessment cia-1 with an action, and a report choice. */
function exampleWorkspace(dir: string): string {
  const snapshot: WorkspaceSnapshot = {
    version: WORKSPACE_VERSION,
    appVersion: '0.1.0',
    savedAt: '2023-07-04T09:00:00Z',
    example: { keep: ['example-tensions'] },
    sources: [],
    parts: {
      cia: writeCiaData({ assessments: [ASSESSMENT], actions: [action('late', ['risk-b'], OPENED_MS - DAY_MS)], register: [], meetings: [], partnerSummaries: [] }),
      documents: { tier: 'full', dateMs: OPENED_MS, sections: [{ id: 'summary', on: true }, { id: 'assessments', on: true }, { id: 'narrative', on: false }] },
    },
  };
  const path = join(dir, 'example.cohesion-atlas');
  writeFileSync(path, writeWorkspaceFile(snapshot, new Map()));
  return path;
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runReport(args, { stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; } });
  return { code, stdout, stderr };
}

describeWithPoppler('atlas report on the example workspace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-report-'));
  const workspace = exampleWorkspace(dir);

  it('makes the edited version in Welsh with the workspace’s sections, and lists its pages with --json', async () => {
    const out = join(dir, 'edited-cy.pdf');
    const result = await run(['--workspace', workspace, '--kind', 'tension', '--tier', 'edited', '--lang', 'cy', '--out', out, '--json']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { tier: string; date: string; maps: boolean; pages: { page: number; section: string; title: string }[] };
    const pages = pdfPageTexts(new Uint8Array(readFileSync(out)));
    // The workspace chose the summary, then the assessments, the narrative off; the sections it did not list follow in their usual order.
    expect({ tier: printed.tier, date: printed.date, maps: printed.maps, sections: [...new Set(printed.pages.map((p) => p.section))], pageCount: printed.pages.length }).toEqual({ tier: 'edited', date: '2023-07-03', maps: false, sections: ['summary', 'assessments', 'actions', 'reports', 'events', 'sources'], pageCount: pages.length });
    expect(printed.pages[0].title).toBe('Crynodeb o’r tensiynau');
    expect(pages.every((text) => text.includes('Fersiwn wedi’i olygu') && text.includes('SWYDDOGOL'))).toBe(true);
  });

  it('takes the day from --date, and refuses a day that is not YYYY-MM-DD', async () => {
    const out = join(dir, 'full.pdf');
    expect((await run(['--workspace', workspace, '--out', out, '--date', '2023-06-19', '--json'])).stdout).toContain('"date":"2023-06-19"');
    expect(pdfPageTexts(new Uint8Array(readFileSync(out))).join(' ')).toContain('OFFICIAL-SENSITIVE');
    const wrong = await run(['--workspace', workspace, '--out', out, '--date', '19/06/2023']);
    expect([wrong.code, wrong.stderr.split('\n')[0]]).toEqual([2, 'atlas report: --date expects a day as YYYY-MM-DD, got "19/06/2023"']);
  });
});
