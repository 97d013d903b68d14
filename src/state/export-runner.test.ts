import { beforeEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { DEFAULT_CLASSIFICATION, useLayerStore } from './layer-store';
import { useTimelineStore } from './timeline-store';
import { captureFrameState, indicatorFrames, periodFrames, runExportFrames, zipExportedFiles } from './export-runner';
import { ExportCancelled } from './export-store';

const analysisInitial = useLayerStore.getState();
const timelineInitial = useTimelineStore.getState();

beforeEach(() => {
  useLayerStore.setState(analysisInitial, true);
  useTimelineStore.setState(timelineInitial, true);
  useLayerStore.getState().addLayer('wards', { style: { valueField: 'population', options: { ...DEFAULT_CLASSIFICATION, method: 'jenks', classCount: 7 } } });
});

describe('runExportFrames', () => {
  it('applies each frame, waits for it, renders the state it set and names files in order', async () => {
    const seen: string[] = [];
    const progress: string[] = [];
    const frames = indicatorFrames('wards', [
      { field: 'rate', label: 'Crime rate' },
      { field: 'count', label: 'Crime rate' },
      { field: 'imd', label: 'IMD score (2019)' },
    ]);
    let settled = 0;
    const files = await runExportFrames(frames, 'png', {
      settle: async () => { settled++; },
      render: async () => {
        const style = useLayerStore.getState().layers.wards.style;
        seen.push(`${style.valueField}:${style.options.method}:${style.options.classCount}`);
        return new TextEncoder().encode(style.valueField);
      },
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(settled).toBe(3);
    expect(seen).toEqual(['rate:jenks:7', 'count:jenks:7', 'imd:jenks:7']);
    expect(files.map((f) => f.name)).toEqual(['01-Crime-rate.png', '02-Crime-rate-2.png', '03-IMD-score-2019.png']);
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
  });

  it('stops when cancelled: no frame after the cancel is applied or rendered, and it ends with ExportCancelled', async () => {
    const controller = new AbortController();
    const rendered: string[] = [];
    const frames = indicatorFrames('wards', [{ field: 'rate', label: 'a' }, { field: 'count', label: 'b' }, { field: 'imd', label: 'c' }]);
    const run = runExportFrames(frames, 'png', {
      signal: controller.signal,
      settle: async () => {},
      render: async () => {
        const field = useLayerStore.getState().layers.wards.style.valueField!;
        rendered.push(field);
        if (field === 'count') controller.abort(); // the user cancels while the second page draws
        return new Uint8Array([1]);
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    expect(rendered).toEqual(['rate', 'count']);
    expect(useLayerStore.getState().layers.wards.style.valueField).toBe('count');
  });

  it('zips the files so they unzip to the same names and bytes', () => {
    const files = [{ name: '01-a.png', bytes: new Uint8Array([1, 2, 3]) }, { name: '02-b.png', bytes: new Uint8Array([4]) }];
    const unzipped = unzipSync(zipExportedFiles(files));
    expect(Object.keys(unzipped)).toEqual(['01-a.png', '02-b.png']);
    expect(Array.from(unzipped['01-a.png'])).toEqual([1, 2, 3]);
  });
});

describe('period frames and restoring', () => {
  it('steps the timeline with fixed breaks, then puts back the field, step and breaks the user had', async () => {
    useTimelineStore.getState().setPeriodCount(12);
    useTimelineStore.getState().setStep(4);
    useTimelineStore.getState().setBreaks('per-period');
    const restore = captureFrameState('wards');
    const states: string[] = [];
    await runExportFrames([...periodFrames([{ step: 0, label: 'Jan 2020' }, { step: 11, label: 'Dec 2020' }]), ...indicatorFrames('wards', [{ field: 'rate', label: 'Rate' }])], 'png', {
      settle: async () => {},
      render: async () => {
        const t = useTimelineStore.getState();
        states.push(`${t.step}:${t.breaks}:${useLayerStore.getState().layers.wards.style.valueField}`);
        return new Uint8Array();
      },
    });
    expect(states).toEqual(['0:fixed:population', '11:fixed:population', '11:fixed:rate']);
    restore();
    expect(useTimelineStore.getState().step).toBe(4);
    expect(useTimelineStore.getState().breaks).toBe('per-period');
    expect(useLayerStore.getState().layers.wards.style.valueField).toBe('population');
  });
});
