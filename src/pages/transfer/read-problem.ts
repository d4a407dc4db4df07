import { t } from '../shared/i18n';
import type { ReadOutcome } from './read-input';

/** `subject`: the file's name, or null for pasted text. */
export function describeReadProblem(outcome: Exclude<ReadOutcome, { kind: 'text' }>, fileName: string | null): string {
  const subject = fileName === null ? t('transferPastedText') : t('transferFileNamed', fileName);
  switch (outcome.kind) {
    case 'too-large':
      return t('transferTooLarge', subject, (outcome.bytes / (1024 * 1024)).toFixed(1));
    case 'binary':
      return t('transferBinary', subject, outcome.offset + 1);
    case 'unreadable':
      return t('transferUnreadable', subject, outcome.reason);
  }
}
