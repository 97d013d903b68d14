/**
 * The one argument parser of every `atlas` command: node:util `parseArgs` (strict), plus the list
 * convention the commands already documented, `--boundaries a.shp b.geojson --incidents c.csv`: the
 * words after a list option belong to it until the next option. Problems come back as text worded from
 * the catalogue, never thrown, so each command prints them with its usage and exits 2.
 */
import { parseArgs } from 'node:util';
import { translate, type MessageKey, type MessageParams } from '../i18n/translate';

/** One option of a command: a flag, a single value, or a list of values (`list`). */
export interface OptionSpec {
  type: 'boolean' | 'string';
  /** Takes every following word up to the next option (and may be given again). */
  list?: boolean;
  /** The values allowed, checked here so every command words a wrong choice alike. */
  choices?: readonly string[];
  short?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What the options parsed to: a list option's values, a string option's last value, a flag's presence. */
export type ParsedValues<S extends OptionSpecs> = {
  [K in keyof S]: S[K]['type'] extends 'boolean' ? boolean : S[K]['list'] extends true ? string[] : string | undefined;
};

export type ParsedCommandLine<S extends OptionSpecs> =
  | { ok: true; values: ParsedValues<S>; positionals: string[] }
  | { ok: false; problem: string };

function problem(key: MessageKey, params: MessageParams): { ok: false; problem: string } {
  return { ok: false, problem: translate('en', key, params) };
}

/** Words node's own parseArgs errors through the catalogue (their code says which; the message names the option). */
function parseArgsProblem(caught: unknown): { ok: false; problem: string } {
  const error = caught as { code?: string; message?: string };
  const message = error.message ?? String(caught);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? message;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return problem('cli.problem.unknown-option', { option });
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return problem(/does not take an argument/.test(message) ? 'cli.problem.no-value-allowed' : 'cli.problem.missing-value', { option });
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return problem('cli.problem.unexpected-argument', { argument: option });
  throw caught;
}

/**
 * Parses a command's arguments (after its name). Words that follow no list option are positionals, and
 * refused unless `allowPositionals`. Always accepts `--help`/`-h` (the dispatcher answers them first).
 */
export function parseCommandLine<S extends OptionSpecs>(args: readonly string[], specs: S, { allowPositionals = false } = {}): ParsedCommandLine<S> {
  const options: Record<string, { type: 'boolean' | 'string'; multiple?: boolean; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(specs)) options[name] = { type: spec.type, multiple: spec.list === true, ...(spec.short && { short: spec.short }) };
  let tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>;
  try {
    tokens = parseArgs({ args: [...args], options, strict: true, allowPositionals: true, tokens: true }).tokens ?? [];
  } catch (caught) {
    return parseArgsProblem(caught);
  }
  const values: Record<string, boolean | string | string[] | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) values[name] = spec.type === 'boolean' ? false : spec.list ? [] : undefined;
  const positionals: string[] = [];
  let list: string[] | null = null;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') list = null;
    else if (token.kind === 'positional') {
      if (list) list.push(token.value);
      else if (allowPositionals) positionals.push(token.value);
      else return problem('cli.problem.unexpected-argument', { argument: token.value });
    } else if (token.name !== 'help') {
      const spec = specs[token.name];
      list = null;
      if (spec.type === 'boolean') values[token.name] = true;
      else if (spec.choices && !spec.choices.includes(token.value ?? '')) {
        return problem('cli.problem.choice', { option: token.rawName, choices: spec.choices.join(', '), value: token.value ?? '' });
      } else if (spec.list) {
        list = values[token.name] as string[];
        list.push(token.value ?? '');
      } else values[token.name] = token.value;
    }
  }
  return { ok: true, values: values as ParsedValues<S>, positionals };
}

/** "give --boundaries": the problem of a required option left out, as the commands word it. */
export function missingOption(option: string): string {
  return translate('en', 'cli.problem.required', { option });
}
