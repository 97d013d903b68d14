import { describe, expect, it } from 'vitest';
import { readPlaceCategory } from './place-categories';

describe('readPlaceCategory', () => {
  it('reads the words councils write, in English and Welsh, plural or not, into the closed categories', () => {
    expect(['Church', 'MOSQUES', 'Capel', 'Village hall', 'Primary schools', 'Ysgol', 'Hostels', 'Flash point', 'Inter-faith forum', 'Stadium', 'community-centre', 'Other'].map(readPlaceCategory)).toEqual([
      'place-of-worship', 'place-of-worship', 'place-of-worship', 'community-centre', 'school', 'school', 'hostel', 'flashpoint', 'bridging-organisation', 'venue', 'community-centre', 'other',
    ]);
  });

  it('guesses nothing: unknown words and empty cells are null', () => {
    expect(['Bowling alley', '', '  ', 'churchyard'].map(readPlaceCategory)).toEqual([null, null, null, null]);
  });
});
