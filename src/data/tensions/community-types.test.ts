import { describe, expect, it } from 'vitest';
import { createCommunityTypeReader } from './community-types';

describe('createCommunityTypeReader', () => {
  it('accepts the guide form’s own labels and common partner spellings as the standard types', () => {
    const read = createCommunityTypeReader();
    const cells = ['Generational groups', 'Socio-economic groups', 'LGBT communities', 'Faith groups', 'Ethnic groups', 'Gypsy and Traveller communities', 'LGBTQ+', 'Language groups', 'socio economic', 'New arrivals'];
    expect(cells.map((cell) => read(cell))).toEqual(
      ['Generational', 'Socio-economic', 'LGBT', 'Faith or religious', 'Ethnic', 'Gypsies and Travellers', 'LGBT', 'Language groups', 'Socio-economic', 'New arrivals'].map((communityType) => ({ kind: 'type', communityType })),
    );
  });

  it('reads "Overall" rows as the overall judgement, and still never guesses an unknown type', () => {
    const read = createCommunityTypeReader(['Students']);
    expect(['Overall', 'Overall assessment', 'All communities', 'students', 'Football fans', '  '].map((cell) => read(cell))).toEqual([
      { kind: 'overall' }, { kind: 'overall' }, { kind: 'overall' }, { kind: 'type', communityType: 'Students' }, { kind: 'unknown' }, { kind: 'empty' },
    ]);
  });
});
