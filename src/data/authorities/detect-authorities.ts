/**
 * Which local authority each area of a boundary file belongs to (issue 7): from an authority column
 * (LAD_CODE, LAD22CD…), from the LSOA name prefix ("Caerphilly 003A"), or from an authority code in the
 * file name ("wards_W06000018_caerphilly.geojson"). Each authority records which of these told us.
 */
import type { AreaAuthority, AreaLevel, AuthoritySource, FieldValue } from '../../types';
import { WELSH_AUTHORITIES, type KnownAuthority } from './welsh-authorities';

/** Per-area authority indexes into `authorities`; -1 = unknown. */
export interface AuthorityAssignment {
  authorities: AreaAuthority[];
  areaAuthorities: number[];
}

/** What detection reads from a dataset. */
export interface AuthorityInputs {
  features: ReadonlyArray<{ properties: Record<string, FieldValue> }>;
  areaCodes: ReadonlyArray<string>;
  areaNames: ReadonlyArray<string>;
  level: AreaLevel;
  files: ReadonlyArray<string>;
}

const CODE_FIELD = /^(LAD\d{2}CD|LTLA\d{2}CD|LA\d{2}CD|LAD_?CODE|LA_?CODE|LAD_?CD|LOCAL_?AUTHORITY_?CODE)$/i;
const NAME_FIELD = /^(LAD\d{2}NM|LTLA\d{2}NM|LA\d{2}NM|LAD_?NAME|LA_?NAME|LAD_?NM|LOCAL_?AUTHORITY_?NAME)$/i;
const AUTHORITY_CODE = /[EWX]0[6-9]\d{6}/i;

function text(value: FieldValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The authority named by an LSOA name such as "Rhondda Cynon Taf 012B" (everything before the last word). */
export function lsoaNamePrefix(name: string): string | null {
  const match = /^(.+?)\s+\d{3}[A-Z]$/.exec(name.trim());
  return match ? match[1] : null;
}

/** An authority GSS code (E06–E09, W06, X06) found in a file name, or null. */
export function authorityCodeInFileName(fileName: string): string | null {
  const base = fileName.replace(/^.*[\\/]/, '');
  const match = AUTHORITY_CODE.exec(base);
  return match ? match[0].toUpperCase() : null;
}

function known(extra: ReadonlyArray<AreaAuthority>): KnownAuthority[] {
  return [...WELSH_AUTHORITIES, ...extra.filter((a) => a.code && a.name).map((a) => ({ code: a.code, name: a.name, nameCy: a.name }))];
}

class AuthorityList {
  readonly authorities: AreaAuthority[] = [];
  private readonly byKey = new Map<string, number>();
  indexOf(code: string, name: string, source: AuthoritySource): number {
    const key = code || `name:${name.toLowerCase()}`;
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.authorities.push({ code, name: name || code, source }) - 1;
      this.byKey.set(key, index);
    }
    return index;
  }
}

/**
 * Assigns every area an authority. Order of evidence: the area is itself an authority (local-authority
 * level), an authority column, the LSOA name prefix matched to a known authority (the 22 Welsh councils and
 * any `knownAuthorities` passed in; unmatched prefixes still name an authority without a code), then an
 * authority code in the file name for areas still unknown.
 */
export function detectAuthorities(inputs: AuthorityInputs, knownAuthorities: ReadonlyArray<AreaAuthority> = []): AuthorityAssignment {
  const list = new AuthorityList();
  const areaAuthorities = new Array<number>(inputs.areaCodes.length).fill(-1);
  const table = known(knownAuthorities);
  const fieldNames = Object.keys(inputs.features[0]?.properties ?? {});
  const codeField = fieldNames.find((f) => CODE_FIELD.test(f));
  const nameField = fieldNames.find((f) => NAME_FIELD.test(f));
  const fileCode = inputs.files.map(authorityCodeInFileName).find((c) => c !== null) ?? null;
  inputs.areaCodes.forEach((areaCode, i) => {
    if (inputs.level === 'local-authority' && areaCode) {
      areaAuthorities[i] = list.indexOf(areaCode, inputs.areaNames[i] ?? '', 'self');
      return;
    }
    const props = inputs.features[i]?.properties ?? {};
    const code = codeField ? text(props[codeField]).toUpperCase() : '';
    const name = nameField ? text(props[nameField]) : '';
    if (code || name) {
      const match = table.find((a) => (code ? a.code === code : a.name.toLowerCase() === name.toLowerCase()));
      areaAuthorities[i] = list.indexOf(code || match?.code || '', name || match?.name || code, 'field');
      return;
    }
    const prefix = inputs.level === 'lsoa' ? lsoaNamePrefix(inputs.areaNames[i] ?? '') : null;
    if (prefix) {
      const lower = prefix.toLowerCase();
      const match = table.find((a) => a.name.toLowerCase() === lower || a.nameCy.toLowerCase() === lower);
      areaAuthorities[i] = list.indexOf(match?.code ?? '', match?.name ?? prefix, 'name-prefix');
      return;
    }
    if (fileCode) {
      const match = table.find((a) => a.code === fileCode);
      areaAuthorities[i] = list.indexOf(fileCode, match?.name ?? fileCode, 'file-name');
    }
  });
  return { authorities: list.authorities, areaAuthorities };
}

/** Every area set to one authority chosen by the user (source 'user'). */
export function assignAuthority(areaCount: number, code: string, name: string): AuthorityAssignment {
  return { authorities: [{ code: code.trim().toUpperCase(), name: name.trim() || code.trim(), source: 'user' }], areaAuthorities: new Array<number>(areaCount).fill(0) };
}
