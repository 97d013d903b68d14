import { expect, test, type Page } from './support/playwright';
import type { AtlasDriver } from './support/atlas-driver';
import { storedWorkspace } from './support/stored-workspace';

/** The words each language shows at the checked steps. */
const WORDS = {
  en: {
    open: 'Open an assessment for Ashbridge Central',
    origin: 'Opened from area Ashbridge Central',
    refused: 'It cannot be marked agreed:',
    reason: '“Retaliatory attack on the mosque” scores 12 (3 × 4), and a score of 5 or more needs an action plan: add an action that answers it.',
    agreed: 'Status: Agreed.',
    restored: /^Restored your workspace from /,
    riskLine: 'Retaliatory attack on the mosque (3 × 4 = 12, high risk) action plan: 1',
    legend: 'Open assessment, high risk (dotted; 1 area)',
  },
  cy: {
    open: 'Agor asesiad ar gyfer Ashbridge Central',
    origin: "Wedi'i agor o ardal Ashbridge Central",
    refused: "Ni ellir ei nodi wedi'i gytuno:",
    reason: "mae “Retaliatory attack on the mosque” yn sgorio 12 (3 × 4), ac mae sgôr o 5 neu fwy yn gofyn am gynllun gweithredu: ychwanegwch gam gweithredu sy'n ei ateb.",
    agreed: "Statws: Wedi'i gytuno.",
    restored: /^Adferwyd eich gweithle o /,
    riskLine: 'Retaliatory attack on the mosque (3 × 4 = 12, risg uchel) cynllun gweithredu: 1',
    legend: 'Asesiad agored, risg uchel (dotiog; 1 ardal)',
  },
} as const;

async function addRisk(page: Page, heading: string, course: 'intervene' | 'do-nothing', description: string, likelihood: number, impact: number): Promise<void> {
  await page.getByTestId('cia-risk-heading').selectOption(heading);
  await page.getByTestId(`cia-risk-course-${course}`).check();
  await page.getByTestId('cia-risk-description').fill(description);
  await page.getByTestId('cia-risk-likelihood').selectOption(String(likelihood));
  await page.getByTestId('cia-risk-impact').selectOption(String(impact));
  await page.getByTestId('cia-risk-add').click();
}

/** Opens the example at July 2023, when Ashbridge Central's faith communities are at EEP 2, and opens its assessment. */
async function openFromFlaggedArea(atlas: AtlasDriver, words: (typeof WORDS)[keyof typeof WORDS]): Promise<void> {
  const page = atlas.page;
  // Mapping tension puts the timeline on the tension log's months: step 6 is July 2023.
  await atlas.withDeckFrame(() => page.getByTestId('map-tension').click());
  await page.getByTestId('time-range').fill('6');
  await atlas.settle();
  await page.getByTestId('cia-author').fill('Insp. Jones');
  await page.getByRole('button', { name: words.open }).click();
  await page.getByTestId('cia-communities').fill('Faith or religious, Ethnic');
  await page.getByTestId('cia-start-open').click();
  await expect(page.getByTestId('cia-origin')).toHaveText(words.origin);
}

for (const locale of ['en', 'cy'] as const) {
  test(`an assessment opened from a flagged area is refused agreement without an action plan, then agreed, and survives a reload (${locale})`, async ({ atlas }) => {
    const page = atlas.page;
    const words = WORDS[locale];
    await atlas.open();
    if (locale === 'cy') await page.getByTestId('language').selectOption('cy');
    await openFromFlaggedArea(atlas, words);

    // Given PPPLEM risks for doing something and for doing nothing…
    await addRisk(page, 'police', 'intervene', 'Patrols read as targeting the community', 2, 2);
    await addRisk(page, 'physical', 'do-nothing', 'Retaliatory attack on the mosque', 3, 4);
    await expect(page.getByTestId('cia-risk')).toHaveCount(2);
    await expect(page.locator('[data-testid=cia-matrix-cell][data-likelihood="3"][data-impact="4"]')).toHaveText('1');

    // …marking it agreed without an action plan is refused, with the reason.
    await page.getByTestId('cia-agree').click();
    await expect(page.getByTestId('cia-refusal')).toContainText(words.refused);
    await expect(page.getByTestId('cia-refusal').locator('li')).toHaveText([words.reason]);

    // With an action answering the risk of 12 it is agreed.
    await page.getByTestId('cia-action-text').fill('Reassurance patrols at Friday prayers');
    await page.getByTestId('cia-action-owner').fill('Gwent Police');
    await page.getByTestId('cia-action-due').fill('2026-12-20');
    await page.getByTestId('cia-action-add').click();
    await expect(page.getByTestId('cia-editor').getByTestId('cia-action')).toHaveCount(1);
    await page.getByTestId('cia-agree').click();
    await expect(page.getByTestId('cia-refusal')).toHaveCount(0);
    await expect(page.getByTestId('cia-status')).toContainText(words.agreed);
    // The map outlines it by its risk level, and the legend says what the dotted outline means. Outlines follow
    // the timeline's date (what was open then): the assessment opened today shows with all dates, not in July 2023.
    await page.getByTestId('time-all').click();
    await expect(page.getByTestId('legend-key-assessment-high')).toHaveText(words.legend);

    // After a reload everything is back from the browser's workspace.
    await expect.poll(async () => ((await storedWorkspace(page)).snapshot?.parts.cia as { assessments?: { status: string }[] } | undefined)?.assessments?.[0]?.status, { timeout: 20_000 }).toBe('agreed');
    await page.reload();
    await expect(page.getByTestId('workspace-restored')).toContainText(words.restored, { timeout: 150_000 });
    await page.getByTestId('cia-list-item').getByRole('button').click();
    await expect(page.getByTestId('cia-origin')).toHaveText(words.origin);
    await expect(page.getByTestId('cia-status')).toContainText(words.agreed);
    // Listed by PPPLEM heading (Physical before Police); × removes a risk.
    await expect(page.getByTestId('cia-risk')).toHaveText([`${words.riskLine}×`, `Patrols read as targeting the community (2 × 2 = 4, ${locale === 'en' ? 'low risk' : 'risg isel'})×`]);
    await expect(page.getByTestId('cia-editor').getByTestId('cia-action')).toHaveCount(1);
    // The meeting of 14 December lists it as due before the next meeting.
    await page.getByTestId('cia-meeting').locator('summary').click();
    await page.getByTestId('cia-meeting-date').fill('2026-12-14');
    await expect(page.getByTestId('cia-meeting-due').getByTestId('cia-action')).toHaveCount(1);
    await expect(page.getByTestId('cia-meeting-overdue').getByTestId('cia-action')).toHaveCount(0);
    await expect(page.getByTestId('part-failed')).toHaveCount(0);
  });
}

test('an assessment file with a score outside 1–5 and a missing field is reported by name, and the rest is opened', async ({ atlas }) => {
  const page = atlas.page;
  const risk = (id: string, description: string, likelihood: number, impact: number) => ({ id, heading: 'physical', course: 'do-nothing', group: null, description, likelihood, impact });
  const assessment = {
    id: 'cia-file-1', title: 'Housing scheme at Marsh Park', origin: null, footprint: { kind: 'district', datasetId: 'example-wards' }, communities: ['Ethnic'],
    information: { problem: 'New arrivals', rootCauses: '', happened: '', mayHappen: '', anecdote: '', sources: '' }, affected: [], legislation: {},
    risks: [risk('r1', 'Rumours about allocations', 3, 3), risk('r2', 'Graffiti on the site', 2, 7)],
    nextStep: { decided: null, note: '' }, status: 'draft', openedMs: Date.UTC(2026, 10, 2), reviewDates: [], closedMs: null, versions: [],
  };
  const { communities: _missing, ...withoutCommunities } = assessment;
  await atlas.open();
  await page.getByTestId('cia-file-open').setInputFiles({ name: 'assessments.cia.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, assessments: [withoutCommunities], actions: [] })) });
  await expect(page.getByTestId('cia-problems').locator('li')).toHaveText([
    'Assessment “Housing scheme at Marsh Park” has no value for the communities in focus; it was left empty.',
    'Risk “Graffiti on the site”: the impact is 7, not a score from 1 to 5; this item was left out.',
  ]);
  await expect(page.getByTestId('cia-editor-title')).toHaveText('Housing scheme at Marsh Park');
  await expect(page.getByTestId('cia-risk')).toHaveText(['Rumours about allocations (3 × 3 = 9, medium risk) needs an action plan×']);
});
