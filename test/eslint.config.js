// Lint rules that keep the architecture honest (../shared/STYLE.md): imports may only point the allowed
// way, and interface text comes only from the message catalogue (no literal text in JSX).
// Lives under test/ so the top level stays as the layout fixes it; `npm run lint` passes it with --config.
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';

const UI_LIBS = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'maplibre-gl', 'maplibre-gl/*', 'react-map-gl', 'react-map-gl/*', '@deck.gl/*'];
const lib = (names, message) => ({ group: names, message });
const folder = (names, message) => ({ group: names.flatMap((n) => [`../${n}`, `../${n}/*`, `../../${n}`, `../../${n}/*`]), message });

// Attributes whose text is shown or read out; a literal with a letter in it (written as "…", {'…'} or a
// template with words) is interface text outside the catalogue. alt="" (decorative) has no letter.
const TEXT_ATTRIBUTES = '/^(aria-label|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|title|placeholder|alt)$/';
const HAS_LETTER = '/\\p{L}/u';
export const TEXT_ATTRIBUTE_SELECTORS = [
  `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > Literal[value=${HAS_LETTER}]`,
  `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > JSXExpressionContainer > Literal[value=${HAS_LETTER}]`,
  `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${HAS_LETTER}]`,
];

const pure = lib(UI_LIBS, 'types/geo/analysis/data run in workers, node tests and the CLI: no React, zustand, MapLibre or deck.gl.');

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**'] },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } },
    plugins: { '@typescript-eslint': tseslint.plugin, react, 'react-hooks': reactHooks },
    settings: { react: { version: '19' } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
    },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not a React hook.
    files: ['test/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/types/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pure, folder(['geo', 'analysis', 'data', 'state', 'map', 'ui', 'workers', 'cli', 'app', 'i18n'], 'types imports nothing but types.')] }] },
  },
  {
    files: ['src/geo/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pure, folder(['analysis', 'data', 'state', 'map', 'ui', 'workers', 'cli', 'app'], 'geo may use only types.')] }] },
  },
  {
    files: ['src/analysis/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pure, folder(['data', 'state', 'map', 'ui', 'workers', 'cli', 'app'], 'analysis may use only types and geo.')] }] },
  },
  {
    files: ['src/data/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pure, folder(['analysis', 'state', 'map', 'ui', 'workers', 'cli', 'app'], 'data may use only types and geo.')] }] },
  },
  {
    files: ['src/workers/*.worker.ts', 'src/workers/import-session.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pure, folder(['state', 'map', 'ui', 'cli', 'app'], 'a worker wires data/geo/analysis functions only.')] }] },
  },
  {
    files: ['src/workers/client.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [folder(['geo', 'analysis', 'data', 'state', 'map', 'ui', 'cli', 'app'], 'the worker client uses only types.')] }] },
  },
  {
    files: ['src/state/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [folder(['map', 'ui', 'cli', 'app'], 'state never touches map or ui.')] }] },
  },
  {
    files: ['src/map/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [folder(['ui', 'data', 'workers', 'cli', 'app'], 'map may use types, analysis and state (not ui, data or workers).')] }] },
  },
  {
    files: ['src/ui/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [folder(['map', 'data', 'workers', 'cli', 'app'], 'ui may use types, analysis and state (not map, data or workers).')] }] },
  },
  {
    files: ['src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [folder(['state', 'map', 'ui', 'workers', 'app'], 'the CLI reuses types/geo/analysis/data only.'), lib(UI_LIBS, 'the CLI runs in node.')] }] },
  },
  {
    files: ['src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pure, folder(['types', 'geo', 'analysis', 'data', 'state', 'map', 'ui', 'workers', 'cli', 'app'], 'the catalogue imports nothing.')] }] },
  },
  {
    // Interface text only from the catalogue: no literal words in JSX of the app.
    files: ['src/ui/**/*.tsx', 'src/map/**/*.tsx', 'src/app/**/*.tsx'],
    rules: {
      'react/jsx-no-literals': ['error', { noStrings: false, allowedStrings: ['×', '·', ':', '%', '(', ')', '—', '–', '↑', '↓', '→', '◀', '▶'], ignoreProps: true }],
      // …nor in the attributes people read or hear: labels, titles, placeholders, alternative text.
      'no-restricted-syntax': ['error', ...TEXT_ATTRIBUTE_SELECTORS.map((selector) => ({ selector, message: 'Interface text comes from the message catalogue (t(…)), also in aria-label, title, placeholder and alt.' }))],
    },
  },
);
