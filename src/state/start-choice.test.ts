// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readStartChoice, writeStartChoice } from './start-choice';

describe('start choice', () => {
  beforeEach(() => localStorage.clear());

  it('opens the example when nothing is remembered', () => {
    expect(readStartChoice()).toBe('example');
  });

  it('remembers an empty start, and the example again', () => {
    writeStartChoice('empty');
    expect(readStartChoice()).toBe('empty');
    writeStartChoice('example');
    expect(readStartChoice()).toBe('example');
  });

  it('reads anything else stored under the key as the example', () => {
    localStorage.setItem('cohesion-atlas.start', 'nonsense');
    expect(readStartChoice()).toBe('example');
  });
});
