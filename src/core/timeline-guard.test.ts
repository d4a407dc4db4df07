import { describe, expect, it } from 'vitest';
import { testCookie } from '../../tests/support/cookies';
import type { TimelineEntry } from './timeline';
import { parseStoredTimeline } from './timeline-guard';

const entries: TimelineEntry[] = [
  { time: 1, kind: 'added', cause: 'explicit', after: testCookie({ name: 'a' }) },
  { time: 2, kind: 'updated', cause: 'overwrite', before: testCookie({ name: 'a' }), after: testCookie({ name: 'a', value: 'b' }) },
  { time: 3, kind: 'removed', cause: 'expired', before: testCookie({ name: 'a' }) },
];

describe('parseStoredTimeline', () => {
  it('reads back what was stored, in order', () => {
    expect(parseStoredTimeline(structuredClone(entries))).toEqual(entries);
  });

  it('starts empty when nothing was stored', () => {
    expect(parseStoredTimeline(undefined)).toEqual([]);
  });

  it('starts empty rather than show a timeline it cannot trust', () => {
    expect(parseStoredTimeline({ entries })).toEqual([]);
    expect(parseStoredTimeline([...entries, { time: 4, kind: 'added', cause: 'explicit' }])).toEqual([]);
    expect(parseStoredTimeline([{ ...entries[0], kind: 'moved' }])).toEqual([]);
  });
});
