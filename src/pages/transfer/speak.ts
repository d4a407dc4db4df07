import { sayIssue } from '../../core/formats/issue-words';
import type { ParseIssue } from '../../core/formats/index';
import { say, type Words } from '../../core/words';
import { t } from '../shared/i18n';
import { ext } from '../shared/runtime';

/** What the formats worker said, in the browser's language. */
export function speak(said: Words): string {
  return say(said, t, ext.i18n.getUILanguage());
}

export function speakIssue(issue: ParseIssue): { where: string; message: string } {
  return sayIssue(issue, t, ext.i18n.getUILanguage());
}
