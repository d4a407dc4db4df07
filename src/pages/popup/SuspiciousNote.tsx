import type { SuspiciousChar } from '../../core/lookalike';
import { t } from '../shared/i18n';

function describeChar(found: SuspiciousChar): string {
  const position = found.index + 1;
  if (found.kind === 'invisible') return t('charInvisible', found.codePoint, position);
  if (found.kind === 'bidi') return t('charBidi', found.codePoint, position);
  return t('charLookalike', found.char, found.codePoint, found.looksLike ?? '', position);
}

/** Under a field: which of its characters cannot be seen or pass for others, and where. */
export function SuspiciousNote({ id, found }: { id: string; found: SuspiciousChar[] }) {
  if (found.length === 0) return null;
  return (
    <p id={id} class="hint hint-warn">
      {t('suspiciousChars', found.map(describeChar).join('; '))}
    </p>
  );
}
