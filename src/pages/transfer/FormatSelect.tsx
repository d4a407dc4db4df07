import type { FormatId } from '../../core/formats/index';
import { ChoiceSelect } from '../shared/ChoiceSelect';
import { t } from '../shared/i18n';
import type { FormatInfo } from './format-protocol';

/** `automatic`: an "Automatic" first option, whose value is "". */
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
  const choices: (FormatId | '')[] = formats.map((format) => format.id);
  return (
    <ChoiceSelect
      id={id}
      label={t('transferFormat')}
      value={value}
      choices={automatic ? ['', ...choices] : choices}
      wordsOf={(choice) => (choice === '' ? t('transferFormatAutomatic') : t(formats.find((format) => format.id === choice)!.label))}
      onChange={onChange}
    />
  );
}
