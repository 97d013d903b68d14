import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cohesionMessagesEn } from './messages-cohesion-en';

interface CatalogueFile {
  caveat: string;
  indicators: { id: string; label: string; association: { text: string }; laterEvidence?: string }[];
}
const catalogue = JSON.parse(readFileSync(new URL('../../layers/indicator-catalogue.json', import.meta.url), 'utf8')) as CatalogueFile;
const messages: Record<string, string> = cohesionMessagesEn;

describe('the factor words on screen', () => {
  it('are the catalogue\'s own label, association sentence, later-evidence note and caveat, word for word', () => {
    const onScreen = catalogue.indicators.map((f) => [f.id, messages[`cohesionFactor.${f.id}`], messages[`cohesionFactor.${f.id}.association`], messages[`cohesionFactor.${f.id}.laterEvidence`]]);
    expect(onScreen).toEqual(catalogue.indicators.map((f) => [f.id, f.label, f.association.text, f.laterEvidence]));
    expect(messages['cohesion.caveat']).toBe(catalogue.caveat);
  });
});
