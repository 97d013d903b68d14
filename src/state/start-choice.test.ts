// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readStartChoice, writeStartChoice } from './start-choice';

describe('start choice', () => {
  beforeEach(() => localStorage.clear());

  it('has no choice on a first start, so the person is asked', () => {
    expect(readStartChoice()).toBeNull();
  });

  it('remembers an empty start, and the example again', () => {
    writeStartChoice('empty');
    expect(readStartChoice()).toBe('empty');
    writeStartChoice('example');
    expect(readStartChoice()).toBe('example');
  });

  it('reads anything else stored under the key as no choice', () => {
    localStorage.setItem('cohesion-atlas.start', 'nonsense');
    expect(readStartChoice()).toBeNull();
  });
});
