/**
 * The legislation assessment's prompts: the Equality Act 2010 (protected characteristics and the public
 * sector equality duty of section 149) and the Human Rights Act 1998 (articles 8–11 and 14 of the
 * Convention rights in its Schedule 1). Each prompt is answered in the assessment; the catalogue words it.
 */

/** One prompt: its id (also its catalogue key suffix), the Act, and the article for Human Rights Act prompts. */
export interface LegislationPrompt {
  id: string;
  act: 'equality-act-2010' | 'human-rights-act-1998';
  article: number | null;
}

/** The protected characteristics of the Equality Act 2010 (sections 4–12), in the Act's order. */
export const PROTECTED_CHARACTERISTICS = [
  'age', 'disability', 'gender-reassignment', 'marriage-civil-partnership', 'pregnancy-maternity', 'race', 'religion-belief', 'sex', 'sexual-orientation',
] as const;

/** Every prompt, Equality Act first, in the order the form asks them. */
export const LEGISLATION_PROMPTS: readonly LegislationPrompt[] = [
  { id: 'equality-characteristics', act: 'equality-act-2010', article: null },
  { id: 'equality-eliminate-discrimination', act: 'equality-act-2010', article: null },
  { id: 'equality-advance-opportunity', act: 'equality-act-2010', article: null },
  { id: 'equality-good-relations', act: 'equality-act-2010', article: null },
  { id: 'hra-article-8', act: 'human-rights-act-1998', article: 8 },
  { id: 'hra-article-9', act: 'human-rights-act-1998', article: 9 },
  { id: 'hra-article-10', act: 'human-rights-act-1998', article: 10 },
  { id: 'hra-article-11', act: 'human-rights-act-1998', article: 11 },
  { id: 'hra-article-14', act: 'human-rights-act-1998', article: 14 },
];

/** The ids of the prompts not yet answered (blank or only spaces), in form order. */
export function unansweredPrompts(answers: Readonly<Record<string, string>>): string[] {
  return LEGISLATION_PROMPTS.filter((prompt) => !(answers[prompt.id] ?? '').trim()).map((prompt) => prompt.id);
}
