/**
 * What the Options page shows while choices are being stored. A choice shows at once; a report
 * of the stored set that arrives while a save is still on its way (the page's late first read,
 * or another page's change) is older than the choice and must not undo it on screen. Once every
 * save has settled the page shows what storage holds: the last save's read-back, or after a
 * failure the last stored set reported.
 */
export interface ShownChoices<T> {
  readonly shown: T;
  readonly stored: T;
  readonly saving: number;
}

export type ChoiceEvent<T> =
  | { readonly kind: 'chosen'; readonly value: T }
  | { readonly kind: 'saved'; readonly value: T }
  | { readonly kind: 'failed' }
  | { readonly kind: 'reported'; readonly value: T };

export function shownChoices<T>(state: ShownChoices<T>, event: ChoiceEvent<T>): ShownChoices<T> {
  switch (event.kind) {
    case 'chosen':
      return { ...state, shown: event.value, saving: state.saving + 1 };
    case 'saved': {
      const saving = state.saving - 1;
      return { shown: saving === 0 ? event.value : state.shown, stored: event.value, saving };
    }
    case 'failed': {
      const saving = state.saving - 1;
      return { ...state, shown: saving === 0 ? state.stored : state.shown, saving };
    }
    case 'reported':
      return { shown: state.saving === 0 ? event.value : state.shown, stored: event.value, saving: state.saving };
  }
}
