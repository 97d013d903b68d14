import { expect, test } from './support/playwright';
import { DEPRIVATION, EXAMPLE_LSOAS, EXAMPLE_WARDS } from './support/example-names';

// Given a fresh start, the app opens on the generated example borough.
test.describe('example borough on first start', () => {
  test('shows the example wards as a choropleth whose colours are the legend colours', async ({ atlas }) => {
    await atlas.open();
    await expect(atlas.page.getByTestId('example-switch')).toContainText('Example data');
    const labels = await atlas.layerLabels();
    expect(labels).toEqual([EXAMPLE_WARDS, EXAMPLE_LSOAS]);
    const legend = await atlas.legend();
    expect(legend.title).toBe(DEPRIVATION);
    expect(legend.rows).toHaveLength(5);
    const wardCount = legend.rows.reduce((sum, r) => sum + r.count, 0) + legend.noData.count;
    expect(wardCount).toBeGreaterThanOrEqual(28);
    // Every class of the legend is on the map, as a real area of colour (not a few stray pixels).
    const pixels = await atlas.pixelsPerLegendClass();
    for (const count of pixels) expect(count).toBeGreaterThan(400);
  });

  test('switches between wards and LSOAs', async ({ atlas }) => {
    await atlas.open();
    const wards = await atlas.legend();
    await atlas.showExampleLevel('LSOAs');
    const lsoas = await atlas.legend();
    const total = (l: typeof wards) => l.rows.reduce((s, r) => s + r.count, 0) + l.noData.count;
    expect(total(lsoas)).toBeGreaterThan(total(wards) * 4);
    const pixels = await atlas.pixelsPerLegendClass();
    for (const count of pixels) expect(count).toBeGreaterThan(400);
  });

  test('changing the classification changes the legend and the map', async ({ atlas }) => {
    await atlas.open();
    const before = await atlas.legend();
    await atlas.select('class-count', '7');
    await atlas.select('palette', 'Blues');
    const after = await atlas.legend();
    expect(after.rows).toHaveLength(7);
    expect(after.rows.map((r) => r.color)).not.toEqual(before.rows.map((r) => r.color));
    const pixels = await atlas.pixelsPerLegendClass();
    expect(pixels.filter((n) => n > 200).length).toBeGreaterThanOrEqual(6);
    await atlas.select('method', 'equal-interval');
    const equal = await atlas.legend();
    expect(equal.rows.map((r) => r.label)).not.toEqual(after.rows.map((r) => r.label));
  });
});
