import { describe, expect, it } from 'vitest';
import { shownChoices, type ChoiceEvent, type ShownChoices } from './shown-choices';

const start: ShownChoices<string> = { shown: 'stored', stored: 'stored', saving: 0 };
const run = (...events: ChoiceEvent<string>[]) => events.reduce(shownChoices, start);

describe('shownChoices', () => {
  it('shows a choice at once', () => {
    expect(run({ kind: 'chosen', value: 'mine' }).shown).toBe('mine');
  });

  it('keeps the choice when an older stored set is reported before its save settles', () => {
    expect(run({ kind: 'chosen', value: 'mine' }, { kind: 'reported', value: 'stored' }).shown).toBe('mine');
  });

  it('shows what storage holds once the save settles', () => {
    const state = run({ kind: 'chosen', value: 'mine' }, { kind: 'reported', value: 'stored' }, { kind: 'saved', value: 'read back' });
    expect(state).toEqual({ shown: 'read back', stored: 'read back', saving: 0 });
  });

  it('with two quick choices, shows the second until both saves settle', () => {
    const first = run({ kind: 'chosen', value: 'a' }, { kind: 'chosen', value: 'b' }, { kind: 'saved', value: 'a' });
    expect(first.shown).toBe('b');
    expect(shownChoices(first, { kind: 'saved', value: 'b' }).shown).toBe('b');
  });

  it('goes back to the last stored set when a save fails', () => {
    const state = run({ kind: 'chosen', value: 'mine' }, { kind: 'reported', value: 'other page' }, { kind: 'failed' });
    expect(state).toEqual({ shown: 'other page', stored: 'other page', saving: 0 });
  });

  it('follows reports while nothing is being saved', () => {
    expect(run({ kind: 'reported', value: 'other page' }).shown).toBe('other page');
  });
});
