/**
 * Welsh words for issue 19's conventions (see messages-conventions-en.ts): exactly the same keys. Welsh
 * counts take the plural categories zero, one, two, few, many and other (Intl.PluralRules 'cy').
 */
import type { conventionsMessagesEn } from './messages-conventions-en';

export const conventionsMessagesCy: Record<keyof typeof conventionsMessagesEn, string> = {
  'cli.problem.unknown-option': 'dewis anhysbys {option}',
  'cli.problem.missing-value': 'mae angen gwerth ar {option}',
  'cli.problem.no-value-allowed': 'nid yw {option} yn cymryd gwerth',
  'cli.problem.unexpected-argument': 'ymresymiad annisgwyl "{argument}"',
  'cli.problem.choice': 'rhaid i {option} fod yn un o {choices}, nid "{value}"',
  'cli.problem.required': 'rhowch {option}',
  'cli.problem.unreadable-path': 'Ni ellir darllen {path} ({reason}): disgwylid llwybr at ffeil, ffolder neu .zip.',
  'problemWord.expected.postcode-lookup': 'tabl chwilio codau post (CSV Cyfeiriadur Codau Post ONS, NSPL neu Code-Point Open)',
  'importError.not-a-postcode-lookup': "Nid yw {file} yn dabl chwilio codau post: disgwylid colofn cod post (pcds, pcd neu Postcode) gyda lledred a hydred (lat, long) neu ddwyreiniadau a gogleddiadau (oseast1m, osnrth1m); cafwyd y colofnau {columns}.",
  'importError.not-a-postcode-lookup.hint': "llwythwch Gyfeiriadur Codau Post ONS, Tabl Chwilio Codau Post yr Ystadegau Gwladol neu CSV Code-Point Open fel y'i lawrlwythwyd, yn gyfan neu wedi'i dorri i'ch ardal chi.",
  'rowNote.postcode-not-a-postcode': 'Mae {column} yn cynnwys "{postcode}", nad yw\'n god post.',
  'rowNote.postcode-not-in-lookup': 'Mae {column} yn cynnwys "{postcode}", nad yw yn y tabl chwilio codau post a lwythwyd; llwythwch y tabl ar gyfer yr ardal y daw\'r rhesi hyn ohoni.',
  'importWarning.placed-by-postcode': "Nid oes cyfesurynnau gan {count} rhes, felly fe'u gosodwyd ar ganolbwynt eu cod post ({column}) o'r tabl chwilio codau post, a'u cyfrif yn AGEHI neu ward y tabl lle mae'r map yn ei chynnwys. Maent wedi'u nodi \"wedi'u gosod yn ôl cod post\".",
  'importWarning.placed-by-postcode.one': "Nid oes cyfesurynnau gan 1 rhes, felly fe'i gosodwyd ar ganolbwynt ei chod post ({column}) o'r tabl chwilio codau post, a'i chyfrif yn AGEHI neu ward y tabl lle mae'r map yn ei chynnwys. Mae wedi'i nodi \"wedi'i gosod yn ôl cod post\".",
};
