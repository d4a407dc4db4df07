import { counted, type Words } from '../words';
import type { ParseIssue, Place } from './types';

/**
 * A 10 MB file of garbage would otherwise produce hundreds of thousands of messages
 * that nobody reads and the popup has to render; past this many, only a count is kept.
 */
const MAX_LISTED_ISSUES = 500;

export const IN_FILE: Place = { kind: 'file' };

export function atLine(line: number): Place {
  return { kind: 'line', line };
}

export class IssueList {
  private readonly listed: ParseIssue[] = [];
  private unlisted = 0;

  add(where: Place, message: Words): void {
    if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push({ where, message });
    else this.unlisted++;
  }

  get count(): number {
    return this.listed.length + this.unlisted;
  }

  toArray(): ParseIssue[] {
    if (this.unlisted === 0) return [...this.listed];
    return [...this.listed, { where: IN_FILE, message: counted('parse_more', this.unlisted) }];
  }
}
