/**
 * A document's text in one language: catalogue messages through the catalogue, the user's own words as
 * written, days in words ("5 July 2023", "5 Gorffennaf 2023"). The PDF writer and `--json` read text this way.
 */
import { formatDate } from '../../i18n/format-date';
import { translate, type Locale, type MessageParams } from '../../i18n/translate';
import type { ReportParam, ReportText } from './report-document';

/** Words a document's text. */
export type Wording = (text: ReportText) => string;

/** The wording of `locale`. */
export function reportWording(locale: Locale): Wording {
  const t = (key: Parameters<typeof translate>[1], params?: MessageParams) => translate(locale, key, params);
  const word: Wording = (text) => {
    if (text.kind === 'literal') return text.text;
    if (text.kind === 'date') return formatDate(text.timeMs, 'day-month-year-long', t);
    if (!text.params) return t(text.key);
    const params: MessageParams = {};
    for (const [name, value] of Object.entries(text.params)) params[name] = wordParam(value, word);
    return t(text.key, params);
  };
  return word;
}

function wordParam(value: ReportParam, word: Wording): string | number {
  return typeof value === 'string' || typeof value === 'number' ? value : word(value);
}
