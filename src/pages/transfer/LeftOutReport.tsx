import type { LeftOut, UnwritableChar, UnwritableField } from '../../core/formats/unwritable';
import { t, tCount, type MessageKey } from '../shared/i18n';

const FIELD: Record<UnwritableField, MessageKey> = {
  name: 'fieldName',
  value: 'fieldValue',
  domain: 'fieldDomain',
  path: 'fieldPath',
};

const CHAR: Record<UnwritableChar, MessageKey> = {
  tab: 'transferCharTab',
  semicolon: 'transferCharSemicolon',
  'line-break': 'transferCharLineBreak',
  'equals-sign': 'transferCharEquals',
};

/** The cookies an export format cannot carry, each with the field and character that keep it out. */
export function LeftOutReport({ format, leftOut }: { format: string; leftOut: LeftOut[] }) {
  // Always in the page, so the live region announces a report that appears.
  return (
    <div role="status" class="left-out">
      {leftOut.length > 0 && (
        <>
          <p>{tCount('transferLeftOutMany', leftOut.length, format)}</p>
          <ul>
            {leftOut.map((cookie, index) => (
              <li key={index}>{t('transferLeftOutItem', cookie.name, `${cookie.domain}${cookie.path}`, t(FIELD[cookie.field]), t(CHAR[cookie.char]))}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
