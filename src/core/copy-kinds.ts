/** Kept apart from copy-as.ts so the protocol can check kinds without loading the formats. */
export type CopyKind = 'value' | 'set-cookie' | 'document-cookie' | 'curl';

export const COPY_KINDS: readonly CopyKind[] = ['value', 'set-cookie', 'document-cookie', 'curl'];
