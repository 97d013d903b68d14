import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// "A test fails when interface text is written outside the catalogue" (issue 8): the lint rules that
// catch it are proven on small samples here, and the app's components are linted against them.
const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'test/eslint.config.js' });
const CATALOGUE_RULES = ['react/jsx-no-literals', 'no-restricted-syntax'];

async function catalogueErrors(code: string, filePath = 'src/ui/Sample.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId && CATALOGUE_RULES.includes(m.ruleId)).map((m) => `${m.line}:${m.ruleId}`);
}

const component = (jsx: string) => `import { useT } from './use-t';\nexport function Sample({ name }: { name: string }) {\n  const t = useT();\n  return (\n    ${jsx}\n  );\n}\n`;

describe('interface text only from the catalogue', () => {
  it('accepts text, labels and titles taken from the catalogue', async () => {
    expect(await catalogueErrors(component(`<button type="button" aria-label={t('area.close')} title={t('area.close')}>{t('layers.remove')} ×</button>`))).toEqual([]);
    expect(await catalogueErrors(component(`<img src="x.png" alt="" />`))).toEqual([]);
    expect(await catalogueErrors(component('<span aria-label={`${name}`}>{name}</span>'))).toEqual([]);
  });

  it('catches words written in JSX text', async () => {
    expect(await catalogueErrors(component(`<p>Close the table</p>`))).toEqual(['5:react/jsx-no-literals']);
  });

  it('catches words written in aria-label, title, placeholder and alt, however they are quoted', async () => {
    expect(await catalogueErrors(component(`<button type="button" aria-label="Close">×</button>`))).toEqual(['5:no-restricted-syntax']);
    expect(await catalogueErrors(component(`<abbr title={'Lower layer super output area'}>{name}</abbr>`))).toEqual(['5:no-restricted-syntax']);
    expect(await catalogueErrors(component(`<input placeholder="Search areas" />`))).toEqual(['5:no-restricted-syntax']);
    expect(await catalogueErrors(component('<img src="x.png" alt={`Map of ${name}`} />'))).toEqual(['5:no-restricted-syntax']);
    expect(await catalogueErrors(component(`<div aria-label="Ardal gynnyrch ehangach haen is" />`))).toEqual(['5:no-restricted-syntax']);
  });

  it('finds no interface text outside the catalogue in the app, map and components', async () => {
    const results = await eslint.lintFiles(['src/ui', 'src/map', 'src/app']);
    const hits = results.flatMap((r) => r.messages.filter((m) => m.ruleId && CATALOGUE_RULES.includes(m.ruleId)).map((m) => `${r.filePath.slice(root.length)}:${m.line} ${m.message}`));
    expect(hits).toEqual([]);
  }, 120_000);
});
