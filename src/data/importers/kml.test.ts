import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { textFile } from '../../../test/helpers/bytes';
import { fixtureFile, largestGapM, positionsOf, sourceSquares, truncated } from '../../../test/helpers/positions';
import { parseKmlAreas, readKmlPlacemarks } from './kml';

// cardiff.kml and .kmz written by GDAL (test/fixtures/formats/make-format-fixtures.sh).
const kml = (placemarks: string) => `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}</Document></kml>`;

describe('parseKmlAreas', () => {
  it.each(['cardiff.kml', 'cardiff.kmz'])('reads %s: names, SchemaData and polygons within 5 cm of the source', (name) => {
    const result = parseKmlAreas(fixtureFile(`formats/${name}`));
    if (!result.ok) throw new Error(result.error.code);
    expect([result.value.format, result.value.crs.source, result.value.crs.detectedBy]).toEqual(['kml', 'wgs84', 'file-header']);
    expect(result.value.features.map((feature) => feature.properties)).toEqual([{ name: 'Cathays', code: 'W01001689' }, { name: 'Butetown', code: 'W01001690' }]);
    expect(largestGapM(positionsOf(result.value), positionsOf(sourceSquares('cardiff')))).toBeLessThan(0.05);
  });

  it('reads holes, MultiGeometry and ExtendedData Data values', () => {
    const features = readKmlPlacemarks(kml(`<Placemark><name>Two parts</name><ExtendedData><Data name="pop"><value>120</value></Data></ExtendedData>
      <MultiGeometry><Polygon><outerBoundaryIs><LinearRing><coordinates>0,0,0 4,0,0 4,4,0 0,0,0</coordinates></LinearRing></outerBoundaryIs>
      <innerBoundaryIs><LinearRing><coordinates>1,1 2,1 2,2 1,1</coordinates></LinearRing></innerBoundaryIs></Polygon>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>5,5 6,5 6,6 5,5</coordinates></LinearRing></outerBoundaryIs></Polygon></MultiGeometry></Placemark>`));
    expect(features).toEqual([{
      properties: { name: 'Two parts', pop: '120' },
      geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [4, 0], [4, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] },
    }]);
  });

  it('refuses a truncated file as damaged', () => {
    const result = parseKmlAreas(truncated(fixtureFile('formats/cardiff.kml'), 0.6));
    expect(result.ok ? null : [result.error.code, result.error.detail, result.error.file]).toEqual(['parse-failed', 'damaged-file', 'cardiff.kml']);
  });

  it('says wrong-geometry for placemarks of points, flagging them as points', () => {
    const result = parseKmlAreas(textFile('stops.kml', kml('<Placemark><name>a</name><Point><coordinates>-3.18,51.48,0</coordinates></Point></Placemark><Placemark><Point><coordinates>-3.17,51.49</coordinates></Point></Placemark>')));
    expect(result.ok ? null : [result.error.code, result.error.params.found, result.error.foundPoints]).toEqual(['wrong-geometry', 'Point (2)', true]);
  });

  it('says empty for a document without placemarks, and not-kml for other XML or a .kmz without KML', () => {
    const empty = parseKmlAreas(textFile('none.kml', kml('')));
    const other = parseKmlAreas(textFile('feed.kml', '<?xml version="1.0"?><rss><channel/></rss>'));
    const bytes = zipSync({ 'readme.txt': new TextEncoder().encode('no kml here') });
    const kmz = parseKmlAreas({ name: 'empty.kmz', bytes: bytes.buffer.slice(0) as ArrayBuffer });
    expect([empty, other, kmz].map((result) => (result.ok ? null : [result.error.code, result.error.detail]))).toEqual([['empty', 'no-features'], ['parse-failed', 'not-kml'], ['parse-failed', 'not-kml']]);
  });
});
