/**
 * `atlas report --workspace FILE --out FILE.pdf [--kind tension] [--tier full|edited] [--date D] [--lang en|cy]
 * [--json]`: the tension monitoring group's report from a saved workspace (issue 18), made by the same
 * document and PDF code as the app's report panel, so a scheduled job can produce the fortnightly report.
 * The workspace's files are read again as the app reads them; maps are not part of the document yet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AreaDataset, InputFile, TensionDataset, WorkspaceSnapshot } from '../../types';
import { readWorkspaceFile } from '../../data/workspace-file';
import { loadTensionFiles } from '../../data/load-tensions';
import { loadBoundaryDatasets } from '../../data/load-boundaries';
import { readSavedEvent, readSavedJudgement, readSavedRating, readSavedReport } from '../../data/reports/saved-reports';
import { readCiaData } from '../../analysis/cia/cia-format';
import { readReportChoice } from '../../analysis/report/report-choice';
import { tensionReportInput, type ReportSources } from '../../analysis/report/report-sources';
import { buildTensionReport } from '../../analysis/report/tension-report';
import { reportWording } from '../../analysis/report/report-wording';
import { writeReportPdf } from '../../analysis/report/report-pdf';
import { localeTags, type Locale } from '../../i18n/translate';
import { missingOption, parseCommandLine } from '../arguments';
import type { CommandOutput } from '../command-output';
import { REPORT_USAGE } from '../command-usage';
import { EXIT } from '../exit-codes';
import { describeImportError } from '../problem-words';

const REPO = resolve(import.meta.dirname, '../../..');
/** The id the app gives the example's tension log (state/example-data.ts). */
const EXAMPLE_TENSIONS_ID = 'example-tensions';

const OPTIONS = {
  workspace: { type: 'string' },
  out: { type: 'string' },
  kind: { type: 'string', choices: ['tension'] },
  tier: { type: 'string', choices: ['full', 'edited'] },
  date: { type: 'string' },
  lang: { type: 'string', choices: ['en', 'cy'] },
  json: { type: 'boolean' },
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The workspace's tension logs (the example's when it was kept) and boundary layers, read again. */
async function readDatasets(snapshot: WorkspaceSnapshot, files: Map<string, ArrayBuffer>): Promise<{ tensions: TensionDataset[]; boundaries: AreaDataset[]; problems: string[] }> {
  const tensions: TensionDataset[] = [];
  const boundaries: AreaDataset[] = [];
  const problems: string[] = [];
  const inputFiles = (refs: { name: string; key: string }[]): InputFile[] => refs.flatMap((ref) => (files.has(ref.key) ? [{ name: ref.name, bytes: files.get(ref.key)! }] : []));
  if (snapshot.example?.keep.includes(EXAMPLE_TENSIONS_ID)) {
    const bytes = readFileSync(resolve(REPO, 'layers/example-tensions.csv'));
    const example = await loadTensionFiles([{ name: 'example-tensions.csv', bytes: new Uint8Array(bytes).buffer }], { id: EXAMPLE_TENSIONS_ID });
    if (example.ok) tensions.push(example.value);
  }
  for (const source of snapshot.sources) {
    if (source.kind === 'tensions' && source.keep.length) {
      const result = await loadTensionFiles(inputFiles(source.files), { id: source.producedIds[0], extraCommunityTypes: source.options.extraCommunityTypes });
      if (result.ok) tensions.push(result.value);
      else problems.push(describeImportError(result.error));
    } else if (source.kind === 'boundaries' && source.keep.length) {
      const results = await loadBoundaryDatasets({ files: inputFiles(source.files), ids: source.producedIds, idPrefix: 'boundaries', topojsonObject: source.options.topojsonObject });
      for (const result of results) if (result.ok && source.keep.includes(result.value.id)) boundaries.push(result.value);
    }
  }
  return { tensions, boundaries, problems };
}

/** Runs `atlas report`; resolves to the exit code. */
export async function runReport(args: string[], output: CommandOutput): Promise<number> {
  const parsed = parseCommandLine(args, OPTIONS);
  if (!parsed.ok) return usage(output, parsed.problem);
  const { workspace, out, tier, date, lang, json } = parsed.values;
  if (!workspace) return usage(output, missingOption('--workspace'));
  if (!out) return usage(output, missingOption('--out'));
  const dateMs = date === undefined ? undefined : Date.parse(`${date}T00:00:00Z`);
  if (dateMs !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(date!) || Number.isNaN(dateMs))) return usage(output, `--date expects a day as YYYY-MM-DD, got "${date}"`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(workspace);
  } catch {
    output.stderr(`atlas report: cannot read ${workspace}\n`);
    return EXIT.dataProblem;
  }
  const opened = readWorkspaceFile(workspace, new Uint8Array(bytes).buffer);
  if (!opened.ok) {
    output.stderr(`atlas report: ${workspace} is not a workspace that can be opened (${opened.problem.code})\n`);
    return EXIT.dataProblem;
  }
  const { snapshot, files } = opened;
  const parts = snapshot.parts;
  const datasets = await readDatasets(snapshot, files);
  for (const problem of datasets.problems) output.stderr(`atlas report: ${problem}\n`);
  const entries = isRecord(parts['tension-entries']) ? parts['tension-entries'] : {};
  const recorded = isRecord(parts['tension-reports']) ? parts['tension-reports'] : {};
  const cia = readCiaData(parts.cia).data;
  // Saved records that no longer read are left out of the report, and said so: nothing is dropped silently.
  const readList = <T>(saved: unknown, read: (item: unknown) => T | null, list: string): T[] => {
    const records = Array.isArray(saved) ? saved : saved === undefined ? [] : [saved];
    const items = records.flatMap((item) => read(item) ?? []);
    if (items.length < records.length) output.stderr(`atlas report: ${records.length - items.length} saved ${list} could not be read and are left out\n`);
    return items;
  };
  const sources: ReportSources = {
    tensions: datasets.tensions,
    enteredRatings: readList(entries.ratings, readSavedRating, 'ratings'),
    enteredJudgements: readList(entries.judgements, readSavedJudgement, 'judgements'),
    boundaries: datasets.boundaries,
    assessments: cia.assessments,
    actions: cia.actions,
    meetings: cia.meetings,
    reports: readList(recorded.reports, readSavedReport, 'reports'),
    events: readList(recorded.events, readSavedEvent, 'events'),
  };
  const saved = readReportChoice(parts.documents);
  const locale: Locale = lang === 'cy' ? 'cy' : 'en';
  const choice = { ...saved, tier: (tier as 'full' | 'edited' | undefined) ?? saved.tier, dateMs: dateMs ?? saved.dateMs };
  const input = tensionReportInput(sources, choice, Date.now(), locale === 'cy');
  if (!input) {
    output.stderr(`atlas report: ${workspace} has no tension ratings to report on.\n`);
    return EXIT.dataProblem;
  }
  const doc = buildTensionReport(input);
  const word = reportWording(locale);
  const fonts = { regular: readFileSync(resolve(REPO, 'public/fonts/DejaVuSans.ttf')), bold: readFileSync(resolve(REPO, 'public/fonts/DejaVuSans-Bold.ttf')) };
  const pdf = await writeReportPdf(doc, word, fonts, { languageTag: localeTags[locale] });
  writeFileSync(out, pdf.bytes);
  const pages = pdf.sectionOfPage.map((index, page) => ({ page: page + 1, section: doc.sections[index].id, title: word(doc.sections[index].title) }));
  const day = new Date(input.atMs).toISOString().slice(0, 10);
  if (json) {
    output.stdout(`${JSON.stringify({ file: out, kind: 'tension', tier: doc.tier, date: day, lang: locale, maps: false, pages })}\n`);
  } else {
    output.stdout(`${out}: ${word(doc.title)}, ${word(doc.tierLabel)}, ${day}, ${pages.length} pages (maps are not part of the document yet)\n`);
    for (const page of pages) output.stdout(`  ${page.page}. ${page.title}\n`);
  }
  return EXIT.ok;
}

function usage(output: CommandOutput, problem: string): number {
  output.stderr(`atlas report: ${problem}\n\n${REPORT_USAGE}`);
  return EXIT.usage;
}
