import { describe, expect, it } from 'vitest';
import { isWmsAddress, readBasemapAddress, wmsTileTemplate } from './basemap-address';

describe('basemap address', () => {
  it('is none when empty, and refuses an address that is not http(s)', () => {
    expect([readBasemapAddress('  '), readBasemapAddress('ftp://tiles.example.org/{z}/{x}/{y}.png'), readBasemapAddress('tiles/{z}/{x}/{y}.png')]).toEqual([
      { kind: 'none' },
      { kind: 'invalid', reason: 'not-http' },
      { kind: 'invalid', reason: 'not-http' },
    ]);
  });

  it('tells an XYZ template from a style document', () => {
    expect(readBasemapAddress(' https://tiles.example.org/{z}/{x}/{y}.png ')).toEqual({ kind: 'xyz', template: 'https://tiles.example.org/{z}/{x}/{y}.png' });
    expect(readBasemapAddress('https://maps.example.org/styles/light/style.json')).toEqual({ kind: 'style', url: 'https://maps.example.org/styles/light/style.json' });
  });

  it('reads a WMS address by its SERVICE or REQUEST parameter, in any case, and not an XYZ template', () => {
    expect(['https://a.gov.uk/wms?service=wms&layers=x', 'https://a.gov.uk/ows?REQUEST=GetMap&LAYERS=x', 'https://a.gov.uk/wms?LAYERS=x&BBOX={bbox-epsg-3857}', 'https://a.gov.uk/{z}/{x}/{y}.png', 'https://a.gov.uk/wmts?SERVICE=WMTS'].map(isWmsAddress))
      .toEqual([true, true, true, false, false]);
  });

  it('builds a GetMap tile template: the server’s own parameters kept, defaults added, the tile grid set', () => {
    expect(wmsTileTemplate('https://maps.council.gov.uk/geoserver/wms?SERVICE=WMS&LAYERS=base:roads,base:names&key=abc')).toBe(
      'https://maps.council.gov.uk/geoserver/wms?LAYERS=base:roads,base:names&key=abc&VERSION=1.3.0&FORMAT=image/png&STYLES=&SERVICE=WMS&REQUEST=GetMap&CRS=EPSG:3857&WIDTH=256&HEIGHT=256&BBOX={bbox-epsg-3857}',
    );
  });

  it('keeps a WMS 1.1.1 address on 1.1.1 (SRS, not CRS) and replaces a bbox, size or projection it was given', () => {
    expect(wmsTileTemplate('http://127.0.0.1:8080/wms?service=WMS&version=1.1.1&request=GetMap&layers=os&styles=grey&format=image/jpeg&srs=EPSG:27700&bbox=0,0,1,1&width=800&height=600')).toBe(
      'http://127.0.0.1:8080/wms?version=1.1.1&layers=os&styles=grey&format=image/jpeg&SERVICE=WMS&REQUEST=GetMap&SRS=EPSG:3857&WIDTH=256&HEIGHT=256&BBOX={bbox-epsg-3857}',
    );
  });

  it('refuses a WMS address without LAYERS, which no server can draw', () => {
    expect(wmsTileTemplate('https://a.gov.uk/wms?SERVICE=WMS')).toBeNull();
    expect(readBasemapAddress('https://a.gov.uk/wms?SERVICE=WMS&LAYERS=')).toEqual({ kind: 'invalid', reason: 'wms-no-layers' });
    expect(readBasemapAddress('https://a.gov.uk/wms?SERVICE=WMS&LAYERS=roads')).toEqual({ kind: 'wms', template: wmsTileTemplate('https://a.gov.uk/wms?SERVICE=WMS&LAYERS=roads') });
  });
});
