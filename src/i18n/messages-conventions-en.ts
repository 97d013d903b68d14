/**
 * English words for issue 19's conventions: the command line's argument problems, postcode lookups,
 * browser storage and undo. Spread into messages-en.ts; messages-conventions-cy.ts must have exactly
 * these keys. A message that counts something has one key per plural category of the language,
 * `<key>.<category>` (Intl.PluralRules: English one/other), read through `translatePlural`.
 */
export const conventionsMessagesEn = {
  'cli.problem.unknown-option': 'unknown option {option}',
  'cli.problem.missing-value': '{option} needs a value',
  'cli.problem.no-value-allowed': '{option} takes no value',
  'cli.problem.unexpected-argument': 'unexpected argument "{argument}"',
  'cli.problem.choice': '{option} must be one of {choices}, not "{value}"',
  'cli.problem.required': 'give {option}',
  'cli.problem.unreadable-path': '{path} cannot be read ({reason}): expected a path to a file, a folder or a .zip.',
  'problemWord.expected.postcode-lookup': 'a postcode lookup (ONS Postcode Directory, NSPL or Code-Point Open CSV)',
  'importError.not-a-postcode-lookup': '{file} is not a postcode lookup: expected a postcode column (pcds, pcd or Postcode) with latitude and longitude (lat, long) or eastings and northings (oseast1m, osnrth1m); found the columns {columns}.',
  'importError.not-a-postcode-lookup.hint': 'load the ONS Postcode Directory, the National Statistics Postcode Lookup or Code-Point Open CSV as downloaded, whole or cut to your area.',
  'rowNote.postcode-not-a-postcode': '{column} holds "{postcode}", which is not a postcode.',
  'rowNote.postcode-not-in-lookup': '{column} holds "{postcode}", which is not in the postcode lookup loaded; load the lookup for the area these rows come from.',
  'importWarning.placed-by-postcode': '{count} rows have no coordinates and were placed at the centroid of their postcode ({column}) from the postcode lookup, and counted in the lookup\'s LSOA or ward where the map has it. They are marked "placed by postcode".',
  'importWarning.placed-by-postcode.one': '1 row has no coordinates and was placed at the centroid of its postcode ({column}) from the postcode lookup, and counted in the lookup\'s LSOA or ward where the map has it. It is marked "placed by postcode".',
} as const;
