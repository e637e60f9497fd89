import { describe, expect, it } from 'vitest';
import { unusedName } from '../../../src/core/unused-name.ts';

describe('a new workspace name', () => {
  it('is the default while no workspace has it, then numbered from 2', () => {
    expect(unusedName('My workspace', ['Demo'])).toBe('My workspace');
    expect(unusedName('My workspace', ['My workspace'])).toBe('My workspace 2');
    expect(unusedName('My workspace', ['My workspace', 'My workspace 2', 'My workspace 4'])).toBe(
      'My workspace 3',
    );
  });
});
