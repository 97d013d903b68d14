/** A tile server on 127.0.0.1 for basemap specs (no outside network in tests): every answer is one flat-colour PNG. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { flatPng } from '../../helpers/basemap-archives';

export interface FlatTileServer {
  port: number;
  /** The path and query of every request, in order. */
  requested: string[];
  close: () => void;
}

/** Starts a server answering every request with a 256-pixel PNG of `colour` (allowed cross-origin). */
export async function serveFlatTiles(colour: [number, number, number]): Promise<FlatTileServer> {
  const png = flatPng(colour);
  const requested: string[] = [];
  const server = createServer((request, response) => {
    requested.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
    response.end(png);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, requested, close: () => server.close() };
}
