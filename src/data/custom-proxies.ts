/**
 * The users' own proxies: a column of their tables they have said how to read (which way it runs), kept in
 * the workspace and exportable as a catalogue file that `validateIndicatorCatalogue` accepts.
 */
import type { CohesionDirection, IndicatorCatalogue } from '../types/cohesion';
import { normaliseColumnName } from './indicator-catalogue';

/** One proxy the user added: the column as their table words it, its direction and a label. */
export interface CustomProxy {
  columnName: string;
  label: string;
  direction: CohesionDirection;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The proxies as catalogue indicators marked `custom` (id `custom-<normalised column>`), each recognising its
 * own column by its normalised name, so a table loaded later with that column is read the same way.
 */
export function customProxyCatalogue(proxies: readonly CustomProxy[]): IndicatorCatalogue {
  return {
    indicators: proxies.map((proxy) => {
      const name = normaliseColumnName(proxy.columnName);
      return {
        id: `custom-${name}`,
        label: proxy.label,
        direction: proxy.direction,
        description: `Added by the user: "${proxy.columnName}", where a higher value means ${proxy.direction === 'positive' ? 'more' : 'less'} cohesion.`,
        typicalSources: [],
        columnPatterns: [{ pattern: `^${escapeRegExp(name)}$` }],
        custom: true,
      };
    }),
  };
}

/** The proxies as the JSON text of a catalogue file (`{ "indicators": [...] }`), for export. */
export function exportCustomProxies(proxies: readonly CustomProxy[]): string {
  return `${JSON.stringify({ description: 'Cohesion proxies added in Cohesion Atlas. Each is a column and the direction its user gave it; this describes places, not people.', ...customProxyCatalogue(proxies) }, null, 2)}\n`;
}
