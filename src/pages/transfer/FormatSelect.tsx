import type { FormatId } from '../../core/formats/index';
import { t } from '../shared/i18n';
import type { FormatInfo } from './format-protocol';

/** `automatic`: an "Automatic" first option, whose value is "". */
export function FormatSelect({
  formats,
  value,
  onChange,
  automatic = false,
}: {
  formats: FormatInfo[];
  value: FormatId | '';
  onChange: (id: FormatId | '') => void;
  automatic?: boolean;
}) {
  return (
    <label class="field">
      <span>{t('transferFormat')}</span>
      <select value={value} onChange={(event) => onChange(event.currentTarget.value as FormatId | '')}>
        {automatic && <option value="">{t('transferFormatAutomatic')}</option>}
        {formats.map((format) => (
          <option key={format.id} value={format.id}>
            {format.label}
          </option>
        ))}
      </select>
    </label>
  );
}
