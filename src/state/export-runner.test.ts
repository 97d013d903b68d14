import { beforeEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { DEFAULT_CLASSIFICATION, useLayerStore } from './layer-store';
import { useTimelineStore } from './timeline-store';
import { indicatorFrames, periodFrames, runExportFrames, zipExportedFiles } from './export-runner';
import { ExportCancelled } from './export-store';

const analysisInitial = useLayerStore.getState();
const timelineInitial = useTimelineStore.getState();

beforeEach(() => {
  useLayerStore.setState(analysisInitial, true);
  useTimelineStore.setState(timelineInitial, true);
  useLayerStore.getState().addLayer('wards', { style: { valueField: 'population', options: { ...DEFAULT_CLASSIFICATION, method: 'jenks', classCount: 7 } } });
});

describe('runExportFrames', () => {
  it('renders each frame\'s own view, names files in order, and leaves the stores as they were', async () => {
    const seen: string[] = [];
    const progress: string[] = [];
    const before = useLayerStore.getState().layers;
    const frames = indicatorFrames('wards', [
      { field: 'rate', label: 'Crime rate' },
      { field: 'count', label: 'Crime rate' },
      { field: 'imd', label: 'IMD score (2019)' },
    ]);
    const files = await runExportFrames(frames, 'png', {
      render: async (frame) => {
        const style = frame.view().layers.wards.style;
        seen.push(`${style.valueField}:${style.options.method}:${style.options.classCount}`);
        return { bytes: new TextEncoder().encode(style.valueField) };
      },
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(seen).toEqual(['rate:jenks:7', 'count:jenks:7', 'imd:jenks:7']);
    expect(files.map((f) => f.name)).toEqual(['01-Crime-rate.png', '02-Crime-rate-2.png', '03-IMD-score-2019.png']);
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
    // Nothing was put into the live stores to draw a page.
    expect(useLayerStore.getState().layers).toBe(before);
  });

  it('skips a frame whose map is refused once derived, and reports it', async () => {
    const refused: string[] = [];
    const files = await runExportFrames(indicatorFrames('wards', [{ field: 'rate', label: 'Rate' }, { field: 'gone', label: 'Gone' }]), 'png', {
      render: async (frame) => (frame.view().layers.wards.style.valueField === 'gone' ? { refused: { code: 'indicator-missing', params: { name: 'Gone' } } } : { bytes: new Uint8Array([1]) }),
      onRefused: (frame, problem) => refused.push(`${frame.name}: ${problem.code}`),
    });
    expect(files.map((f) => f.name)).toEqual(['01-Rate.png']);
    expect(refused).toEqual(['Gone: indicator-missing']);
  });

  it('stops when cancelled: no frame after the cancel is rendered, and it ends with ExportCancelled', async () => {
    const controller = new AbortController();
    const rendered: string[] = [];
    const frames = indicatorFrames('wards', [{ field: 'rate', label: 'a' }, { field: 'count', label: 'b' }, { field: 'imd', label: 'c' }]);
    const run = runExportFrames(frames, 'png', {
      signal: controller.signal,
      render: async (frame) => {
        const field = frame.view().layers.wards.style.valueField;
        rendered.push(field);
        if (field === 'count') controller.abort(); // the user cancels while the second page draws
        return { bytes: new Uint8Array([1]) };
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    expect(rendered).toEqual(['rate', 'count']);
    expect(useLayerStore.getState().layers.wards.style.valueField).toBe('population');
  });

  it('zips the files so they unzip to the same names and bytes', () => {
    const files = [{ name: '01-a.png', bytes: new Uint8Array([1, 2, 3]) }, { name: '02-b.png', bytes: new Uint8Array([4]) }];
    const unzipped = unzipSync(zipExportedFiles(files));
    expect(Object.keys(unzipped)).toEqual(['01-a.png', '02-b.png']);
    expect(Array.from(unzipped['01-a.png'])).toEqual([1, 2, 3]);
  });
});

describe('period frames', () => {
  it('draws each step with fixed breaks, while the slider stays where the user left it', async () => {
    useTimelineStore.getState().setPeriodCount(12);
    useTimelineStore.getState().setStep(4);
    useTimelineStore.getState().setBreaks('per-period');
    const states: string[] = [];
    await runExportFrames([...periodFrames([{ step: 0, label: 'Jan 2020' }, { step: 11, label: 'Dec 2020' }]), ...indicatorFrames('wards', [{ field: 'rate', label: 'Rate' }])], 'png', {
      render: async (frame) => {
        const view = frame.view();
        states.push(`${view.timeline.step}:${view.timeline.breaks}:${view.layers.wards.style.valueField}`);
        return { bytes: new Uint8Array() };
      },
    });
    expect(states).toEqual(['0:fixed:population', '11:fixed:population', '4:per-period:rate']);
    expect(useTimelineStore.getState()).toMatchObject({ step: 4, breaks: 'per-period' });
    expect(useLayerStore.getState().layers.wards.style.valueField).toBe('population');
  });
});
