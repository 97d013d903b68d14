import { readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { countColors, hexToRgb } from './support/pixels';
import { expect, skipWhenMissing, test, type Page } from './support/playwright';
import { sharedFiles } from './support/shared-data';
import { boundsOf, rasterArchive, vectorArchive } from '../helpers/basemap-archives';
import { serveFlatTiles } from './support/tile-server';

// Issue 15, geography to orient by: a basemap the council chooses (a local PMTiles file, or a WMS address),
// still offline without one. The PMTiles files are made here from ../shared/data, never committed.
const shared = sharedFiles(['boundaries/wales/lad13_wales.geojson', 'boundaries/wales/wards_wd13_W06000018_caerphilly.geojson', 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson']);
const [ladsPath, caerphillyWardsPath, caerphillyLsoasPath] = shared.paths;
/** The default vector style's land colour (src/map/basemap-vector-style.ts), which no data layer uses. */
const LAND = hexToRgb('#f4f3ef');
const readCollection = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;

/** Whether an address is the app's own: its origin, or a blob the page made (the map's own data, issue 20). */
const isOwn = (page: Page, url: string): boolean => {
  const origin = new URL(page.url()).origin;
  return url.startsWith(origin) || url.startsWith(`blob:${origin}/`);
};

/** Every request the page makes from now on, as addresses (the app's own files included). */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** The outlines of polygons as lines, as a basemap's boundary layer holds them. */
function outlines(collection: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => {
      const geometry = feature.geometry as Polygon | MultiPolygon;
      const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
      return { type: 'Feature', properties: feature.properties, geometry: { type: 'MultiLineString', coordinates: rings } } as Feature;
    }),
  };
}

/** A vector basemap of Wales in Zoomstack's layer names: the authorities as land and boundaries, ward names as places. */
function walesArchive(): Uint8Array {
  const lads = readCollection(ladsPath);
  const wards = readCollection(caerphillyWardsPath);
  const names: FeatureCollection = {
    type: 'FeatureCollection',
    features: wards.features.map((ward) => {
      const [minLng, minLat, maxLng, maxLat] = boundsOf([{ type: 'FeatureCollection', features: [ward] }]);
      return { type: 'Feature', properties: { name1: ward.properties?.WD13NM, type: 'Town' }, geometry: { type: 'Point', coordinates: [(minLng + maxLng) / 2, (minLat + maxLat) / 2] } };
    }),
  };
  return vectorArchive({ land: lads, boundaries: outlines(lads), names }, 6, 11);
}

test('a vector PMTiles basemap made from the shared boundaries draws under the data, nothing fetched from a network, and the map names the file', async ({ atlas }) => {
  skipWhenMissing(shared.missing);
  const { page } = atlas;
  const archivePath = test.info().outputPath('wales.pmtiles');
  writeFileSync(archivePath, walesArchive());
  await atlas.open();
  await atlas.chooseFiles([caerphillyLsoasPath]);
  // From here nothing leaves the app's own address: the basemap is read from the file in this browser.
  const requested = recordRequests(page);
  const before = countColors(await atlas.mapScreenshot(), [LAND], 2)[0];
  await page.getByTestId('basemap-file-input').setInputFiles(archivePath);
  await expect(page.getByTestId('basemap-file-in-use')).toContainText('wales.pmtiles');
  await expect(page.getByTestId('basemap-notice')).toHaveText('Basemap from wales.pmtiles on this computer (nothing is downloaded)');
  await atlas.settle();
  const after = countColors(await atlas.mapScreenshot(), [LAND], 2)[0];
  await page.screenshot({ path: test.info().outputPath('pmtiles-vector-basemap.png') });
  // The basemap's place names (drawn with the browser's own fonts, no glyph server) sit over the choropleth.
  const topLayer = await page.evaluate(() => window.__atlas!.map!.getLayersOrder().at(-1));
  expect([before, after > 20_000, topLayer, requested.filter((url) => !isOwn(page, url))]).toEqual([0, true, 'basemap-names', []]);
});

test('a raster PMTiles basemap draws its tiles, nothing fetched from a network', async ({ atlas }) => {
  skipWhenMissing(shared.missing);
  const { page } = atlas;
  const archivePath = test.info().outputPath('flat.pmtiles');
  writeFileSync(archivePath, rasterArchive(boundsOf([readCollection(ladsPath)]), [0x2e, 0x8b, 0x57], 6, 11));
  await atlas.open();
  await atlas.chooseFiles([caerphillyLsoasPath]);
  const requested = recordRequests(page);
  await page.getByTestId('basemap-file-input').setInputFiles(archivePath);
  await expect(page.getByTestId('basemap-file-in-use')).toContainText('flat.pmtiles (map images');
  await atlas.settle();
  const [tilePixels] = countColors(await atlas.mapScreenshot(), [hexToRgb('#2e8b57')], 3);
  expect([tilePixels > 20_000, requested.filter((url) => !isOwn(page, url))]).toEqual([true, []]);
});

test('a file that is not PMTiles is refused by name, and the map stays as it was', async ({ atlas }) => {
  skipWhenMissing(shared.missing);
  const { page } = atlas;
  await atlas.open();
  await page.getByTestId('basemap-file-input').setInputFiles(caerphillyWardsPath);
  await expect(page.getByTestId('basemap-file-problem')).toHaveText(/^wards_wd13_W06000018_caerphilly\.geojson is not a PMTiles file/);
  await expect(page.getByTestId('basemap-notice')).toHaveCount(0);
});

test('a WMS address draws GetMap tiles in Web Mercator from that server, and the map says where they come from', async ({ atlas }) => {
  skipWhenMissing(shared.missing);
  const { page } = atlas;
  // A local WMS on 127.0.0.1: every GetMap answer is one flat colour no layer of the app uses.
  const { port, requested: paths, close } = await serveFlatTiles([0x8b, 0x2e, 0x6a]);
  try {
    await atlas.open();
    await atlas.chooseFiles([caerphillyLsoasPath]);
    await atlas.openSection('map');
    await page.getByText('Settings', { exact: true }).click();
    const address = page.getByRole('textbox', { name: 'Basemap style or raster tile URL (optional)' });
    await address.fill(`http://127.0.0.1:${port}/wms?SERVICE=WMS`);
    await page.getByRole('button', { name: 'Apply basemap' }).click();
    await expect(page.getByRole('alert')).toHaveText(/^A WMS address needs the layer to draw/);
    await address.fill(`http://127.0.0.1:${port}/wms?SERVICE=WMS&LAYERS=os_open`);
    await page.getByRole('button', { name: 'Apply basemap' }).click();
    await expect(page.getByTestId('basemap-notice')).toHaveText(`Map tiles from 127.0.0.1:${port} (your data is not sent there)`);
    await expect.poll(() => paths.length).toBeGreaterThan(0);
    const query = Object.fromEntries(new URL(paths[0], 'http://127.0.0.1').searchParams);
    const bbox = query.BBOX.split(',').map(Number);
    expect([new URL(paths[0], 'http://127.0.0.1').pathname, query.SERVICE, query.REQUEST, query.LAYERS, query.CRS, query.WIDTH, query.HEIGHT, bbox.length, bbox.every(Number.isFinite)])
      .toEqual(['/wms', 'WMS', 'GetMap', 'os_open', 'EPSG:3857', '256', '256', 4, true]);
    // Web Mercator metres around Caerphilly (about -360 000 m east, 6 700 000 m north), not degrees.
    expect(Math.abs(bbox[1])).toBeGreaterThan(1_000_000);
    await atlas.settle();
    const [tilePixels] = countColors(await atlas.mapScreenshot(), [hexToRgb('#8b2e6a')], 3);
    expect(tilePixels).toBeGreaterThan(10_000);
    await page.screenshot({ path: test.info().outputPath('wms-basemap.png') });
  } finally {
    close();
  }
});

test('without a basemap the map names the wards once zoomed in, in Welsh when the interface is Welsh', async ({ atlas }) => {
  skipWhenMissing(shared.missing);
  const { page } = atlas;
  // The names' own colour (src/map/layers/labels-layer.ts), darker than any outline or class colour.
  const text: [number, number, number] = [20, 24, 30];
  await atlas.open();
  await atlas.chooseFiles([caerphillyWardsPath]);
  const jumpTo = async (zoom: number) => {
    await page.evaluate((z) => window.__atlas!.map!.jumpTo({ center: [-3.2, 51.62], zoom: z }), zoom);
    await atlas.settle();
    await atlas.settle(); // deck.gl draws the labels for the new zoom on the frames after MapLibre's
  };
  await jumpTo(9.5);
  const [textFar] = countColors(await atlas.mapScreenshot(), [text], 6);
  const namesFar = await page.evaluate(() => window.__atlas!.areaLabels);
  await jumpTo(11.5);
  const [textNear] = countColors(await atlas.mapScreenshot(), [text], 6);
  const namesNear = await page.evaluate(() => window.__atlas!.areaLabels ?? []);
  await page.screenshot({ path: test.info().outputPath('ward-names.png') });
  expect([textFar, namesFar, textNear > 300, namesNear.includes('Ystrad Mynach'), namesNear.includes('Blackwood')]).toEqual([0, [], true, true, true]);

  await page.getByTestId('language').selectOption('cy');
  await atlas.settle(); // the language change fits the map to the data again: zoom in after it
  await jumpTo(11.5);
  const namesWelsh = await page.evaluate(() => window.__atlas!.areaLabels ?? []);
  expect([namesWelsh.includes('Coed Duon'), namesWelsh.includes('Blackwood')]).toEqual([true, false]);
});
