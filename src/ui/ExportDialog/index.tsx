import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ExportCancelled, useExportStore, type ExportedPageReport, type ExportReport, type PageRenderer, type PageRequest } from '../../state/export-store';
import { useProblemText } from '../use-field-label';
import { indicatorFrames, periodFrames, runExportFrames, savedViewFrames, zipExportedFiles, type ExportFrame, type FrameResult } from '../../state/export-runner';
import { liveViewScope, type ViewScope } from '../../state/view-scope';
import { usePresentationStore } from '../../state/presentation-store';
import { fileStem } from '../../analysis/export/file-names';
import { pageSlug } from '../../analysis/export/page-size';
import { downloadBytes } from '../download';
import { useT } from '../use-t';
import { useExportPage, type ExportPage } from './use-export-page';
import { PageProbe } from './PageProbe';
import { useBatchChoices } from './use-batch-choices';
import { TextOptions } from './TextOptions';
import { PageOptions } from './PageOptions';
import { BatchOptions, type BatchSelection } from './BatchOptions';
import './export-dialog.css';

interface Props {
  /** Draws the map of a view offscreen onto a page (from the map code; App passes it in). */
  renderPage: PageRenderer;
  /** Size of the on-screen map, for "as on screen" exports. */
  screenSize: () => { widthPx: number; heightPx: number };
}

const MIME = { png: 'image/png', pdf: 'application/pdf' } as const;

/** What a page shows, from the request it was drawn from: title, period, legend heading and class labels. */
function pageReport(view: string | null, file: string, request: PageRequest): ExportedPageReport {
  const classes = (request.legendRows ?? []).filter((row) => !row.swatch || row.swatch === 'fill').map((row) => row.label);
  return { view, file, title: request.texts.title, period: request.texts.period, legend: { title: request.texts.legendHeading, classes } };
}

/** "Export map…": a dialog to edit the page's texts, choose size and format, and export one image or a batch. */
export function ExportDialog({ renderPage, screenSize }: Props) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [selection, setSelection] = useState<BatchSelection>({ mode: 'single', fields: [], fromStep: 0, toStep: 0, views: [] });
  const page = useExportPage();
  const choices = useBatchChoices();
  const { status, setStatus, suggestSources, report, setReport } = useExportStore(useShallow((s) => ({ status: s.status, setStatus: s.setStatus, suggestSources: s.suggestSources, report: s.report, setReport: s.setReport })));
  const problemText = useProblemText();
  const latest = useRef(page);
  useEffect(() => { latest.current = page; }, [page]);
  // Each batch frame's page (title, legend, period) is worked out in its own view's scope by a probe.
  const [probe, setProbe] = useState<{ view: ViewScope; onPage: (page: ExportPage) => void } | null>(null);
  const describe = (view: ViewScope) => new Promise<ExportPage>((resolve) => setProbe({ view, onPage: (described) => { setProbe(null); resolve(described); } }));

  const running = status.kind === 'running';
  // Aborted by "Cancel export" (or Escape) while an export runs.
  const cancelling = useRef<AbortController | null>(null);
  const cancel = () => cancelling.current?.abort();
  const show = () => {
    suggestSources(page.automaticSources);
    setStatus({ kind: 'idle' });
    const last = Math.max(0, choices.periods.length - 1);
    const viewCount = usePresentationStore.getState().views.length;
    setSelection((s) => ({ ...s, views: s.views.filter((i) => i < viewCount).length ? s.views.filter((i) => i < viewCount) : [...Array(viewCount).keys()], fields: s.fields.length ? s.fields : choices.fields.slice(0, 3).map((f) => f.field), fromStep: Math.min(s.fromStep, last), toStep: s.toStep || last }));
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => {
    if (running) {
      cancel();
      return;
    }
    dialog.current?.close();
    setOpen(false);
  };

  const frames = selection.mode === 'indicators' && choices.datasetId
    ? indicatorFrames(choices.datasetId, choices.fields.filter((f) => selection.fields.includes(f.field)))
    : selection.mode === 'periods'
      ? periodFrames(choices.periods.filter((p) => p.step >= Math.min(selection.fromStep, selection.toStep) && p.step <= Math.max(selection.fromStep, selection.toStep)))
      : selection.mode === 'views'
        ? savedViewFrames(selection.views)
        : null;

  const run = async () => {
    const { request, refusal } = latest.current;
    const extension = request.format;
    const stem = `${fileStem(request.texts.title)}-${pageSlug(request.page)}`;
    const controller = new AbortController();
    cancelling.current = controller;
    const { signal } = controller;
    setReport(null);
    try {
      if (!frames) {
        // A map whose field cannot be drawn is not exported under its title.
        if (refusal) {
          setReport({ pages: [], refused: [{ view: request.texts.title, reason: problemText(refusal) }] });
          setStatus({ kind: 'error', message: t('legend.refused', { reason: problemText(refusal) }) });
          return;
        }
        setStatus({ kind: 'running', done: 0, total: 1 });
        const bytes = await renderPage(request, liveViewScope(), (fraction) => setStatus({ kind: 'running', done: 0, total: 1, fraction }), signal);
        downloadBytes(`${stem}.${extension}`, bytes, MIME[extension]);
        setReport({ pages: [pageReport(null, `${stem}.${extension}`, request)], refused: [] });
        setStatus({ kind: 'done', fileName: `${stem}.${extension}`, count: 1 });
        return;
      }
      const drawn: Array<{ view: string | null; request: PageRequest }> = [];
      const refused: ExportReport['refused'] = [];
      // Each frame is its own view, drawn offscreen: the map on screen and the stores stay as the user left them.
      const render = async (frame: ExportFrame): Promise<FrameResult> => {
        const view = frame.view();
        const described = await describe(view);
        if (described.refusal) return { refused: described.refusal };
        const at = useExportStore.getState().status;
        const done = at.kind === 'running' ? at.done : 0;
        const own = described.request;
        // A page made from a saved view is titled with that view's title (its name), never the batch's typed title;
        // one page per value is titled with its own field, never a title typed for one of them.
        const texts = frame.savedView ? { ...own.texts, title: frame.savedView } : selection.mode === 'indicators' ? { ...own.texts, title: described.automaticTitle } : own.texts;
        const pageRequest = { ...own, texts, page: request.page, format: request.format };
        drawn.push({ view: frame.savedView ?? null, request: pageRequest });
        return { bytes: await renderPage(pageRequest, view, (fraction) => setStatus({ kind: 'running', done, total: frames.length, fraction }), signal) };
      };
      const files = await runExportFrames(frames, extension, {
        signal,
        render,
        onProgress: (done, total) => setStatus({ kind: 'running', done, total }),
        onRefused: (frame, problem) => refused.push({ view: frame.name, reason: problemText(problem) }),
      });
      setReport({ pages: files.map((file, i) => pageReport(drawn[i].view, file.name, drawn[i].request)), refused });
      if (files.length === 0) {
        setStatus({ kind: 'error', message: refused.map((r) => t('view.refused', { view: r.view, reason: r.reason })).join(' ') });
        return;
      }
      const name = `${stem}-${files.length}.zip`;
      downloadBytes(name, zipExportedFiles(files), 'application/zip');
      setStatus({ kind: 'done', fileName: name, count: files.length });
    } catch (error) {
      setStatus(error instanceof ExportCancelled ? { kind: 'cancelled' } : { kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      cancelling.current = null;
    }
  };

  return (
    <>
      <button type="button" className="export-open" onClick={show} disabled={!page.ready} data-testid="export-open">{t('export.open')}</button>
      <dialog
        ref={dialog}
        className="export-dialog"
        aria-labelledby="export-heading"
        data-testid="export-dialog"
        onCancel={(e) => { e.preventDefault(); close(); }}
        onClose={() => setOpen(false)}
      >
        {open && (
          <form method="dialog" onSubmit={(e) => { e.preventDefault(); void run(); }}>
            <h2 id="export-heading">{t('export.heading')}</h2>
            {!page.ready && <p className="muted">{t('export.noMap')}</p>}
            <div className="export-columns">
              <TextOptions automaticTitle={page.automaticTitle} automaticSubtitle={page.automaticSubtitle} automaticSources={page.automaticSources} />
              <div>
                <PageOptions screen={screenSize()} />
                <BatchOptions choices={choices} selection={selection} onChange={setSelection} />
              </div>
            </div>
            <div className="export-status" aria-live="polite" data-testid="export-status">
              {status.kind === 'running' && (
                <>
                  <progress max={status.total} value={status.done + (status.fraction ?? 0)} />
                  <span>{t('export.progress', { done: Math.min(status.done + 1, status.total), total: status.total })}</span>
                </>
              )}
              {status.kind === 'done' && <span className="ok">{t('export.done', { name: status.fileName })}</span>}
              {status.kind === 'done' && report && report.refused.length > 0 && (
                <span className="bad" role="alert" data-testid="export-refused">{report.refused.map((r) => t('view.refused', { view: r.view, reason: r.reason })).join(' ')}</span>
              )}
              {status.kind === 'error' && <span className="bad" role="alert" data-testid="export-failed">{t('export.failed', { message: status.message })}</span>}
              {status.kind === 'cancelled' && <span data-testid="export-cancelled">{t('export.cancelled')}</span>}
            </div>
            <p className="muted small">{t('export.privacy')}</p>
            <div className="export-actions">
              <button type="submit" className="primary" disabled={running || !page.ready || (frames !== null && frames.length === 0)} data-testid="export-start">
                {frames ? t('export.startBatch', { count: frames.length }) : t('export.start')}
              </button>
              {running
                ? <button type="button" onClick={cancel} data-testid="export-cancel">{t('export.cancel')}</button>
                : <button type="button" onClick={close} data-testid="export-close">{t('export.close')}</button>}
            </div>
          </form>
        )}
      </dialog>
      {probe && <PageProbe view={probe.view} onPage={probe.onPage} />}
    </>
  );
}
