import type { FormatId } from '../../core/formats/index';
import { t } from '../shared/i18n';
import type { FormatInfo } from './format-protocol';

/**
 * `automatic`: an "Automatic" first option, whose value is "". The label points at the
 * select instead of wrapping it, so the options' text does not become part of its name.
 */
export function FormatSelect({
  id,
  formats,
  value,
  onChange,
  automatic = false,
}: {
  id: string;
  formats: FormatInfo[];
  value: FormatId | '';
  onChange: (id: FormatId | '') => void;
  automatic?: boolean;
}) {
  return (
    <div class="field">
      <label for={id}>{t('transferFormat')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as FormatId | '')}>
        {automatic && <option value="">{t('transferFormatAutomatic')}</option>}
        {formats.map((format) => (
          <option key={format.id} value={format.id}>
            {format.label}
          </option>
        ))}
      </select>
    </div>
  );
}
