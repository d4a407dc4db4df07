import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { OperationSummary } from '../../core/operation';
import { substitute } from '../../core/translate';

type Messages = Record<string, { message: string }>;

function messagesOf(locale: string): Messages {
  return JSON.parse(readFileSync(new URL(`../../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Messages;
}

const MESSAGES = { en: messagesOf('en'), fr: messagesOf('fr') };
let language: keyof typeof MESSAGES = 'en';

let operations: typeof import('./operations');

beforeAll(async () => {
  // The pages' runtime is read when runtime.ts loads: the stand-in i18n goes in first.
  vi.stubGlobal('chrome', {
    i18n: {
      getMessage: (key: string, substitutions: string[] = []) => substitute(MESSAGES[language][key]?.message ?? '', substitutions),
      getUILanguage: () => language,
    },
  });
  operations = await import('./operations');
});

function op(summary: Partial<OperationSummary>): OperationSummary {
  return { id: 'op', kind: 'delete', status: 'done', time: 0, planned: 1, done: 1, evicted: [], undoable: true, ...summary };
}

describe('what an operation did, in words', () => {
  it('says each count of an interrupted change in its own form', () => {
    language = 'en';
    expect(operations.describeOperation(op({ status: 'interrupted', planned: 1, done: 0 }))).toBe('Crumb was interrupted while deleting 1 cookie: 0 were deleted.');
    expect(operations.describeOperation(op({ status: 'interrupted', kind: 'import', planned: 3, done: 1 }))).toBe('Crumb was interrupted while importing 3 cookies: 1 was written.');
    expect(operations.describeOperation(op({ status: 'running', kind: 'undo', planned: 1, done: 1 }))).toBe('Crumb was interrupted while undoing a change of 1 step: 1 was made.');
  });

  it('says a count of one in the singular, and names a lone cookie when it can', () => {
    language = 'en';
    expect(operations.describeOperation(op({ done: 1 }))).toBe('Deleted 1 cookie.');
    expect(operations.describeOperation(op({ done: 1, subject: 'sid' }))).toBe('Deleted “sid”.');
    expect(operations.describeOperation(op({ kind: 'import', done: 1, evicted: ['old'] }))).toBe(
      'Imported 1 cookie. The browser evicted 1 other cookie to stay under its limit of 180 per site: old.',
    );
    const restored = { storeId: '0', domain: 'example.test', path: '/', name: 'a' };
    expect(operations.describeUndo({ done: [restored], failed: [], op: op({ kind: 'undo' }), removed: 2 })).toBe('Undone: 1 cookie restored, 2 removed.');
  });

  it('follows the language: French says 0 in the singular', () => {
    language = 'fr';
    expect(operations.describeOperation(op({ status: 'interrupted', planned: 2, done: 0 }))).toBe('Crumb a été interrompu pendant la suppression de 2 cookies : 0 a été supprimé.');
    expect(operations.deletedText(0, undefined)).toBe('0 cookie supprimé.');
  });
});
