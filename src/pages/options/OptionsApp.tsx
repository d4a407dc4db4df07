import { useEffect, useReducer, useState } from 'preact/hooks';
import { DATE_ZONES, preferencesOf, THEMES, type DateZone, type Preferences, type Theme } from '../../core/preferences';
import { ChoiceSelect } from '../shared/ChoiceSelect';
import { messageOf } from '../shared/errors';
import { t, type MessageKey } from '../shared/i18n';
import { usePreference } from '../shared/use-preference';
import { EXPORT_FORMATS } from './export-formats';
import { savePreferences } from './save-preferences';
import { shownChoices } from './shown-choices';

const THEME_KEYS: Record<Theme, MessageKey> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' };
const DATE_KEYS: Record<DateZone, MessageKey> = { local: 'datesLocal', utc: 'datesUtc' };

/** Every choice is stored as it is made: there is no Save button to forget. */
export function OptionsApp() {
  const stored = usePreference(preferencesOf);
  const [choices, dispatch] = useReducer(shownChoices<Preferences>, { shown: stored, stored, saving: 0 });
  useEffect(() => dispatch({ kind: 'reported', value: stored }), [stored]);
  const preferences = choices.shown;
  const [status, setStatus] = useState<{ message: string; isError: boolean } | null>(null);

  const save = (change: Partial<Preferences>) => {
    const next = { ...preferences, ...change };
    dispatch({ kind: 'chosen', value: next });
    setStatus(null);
    savePreferences(next).then(
      (readBack) => {
        dispatch({ kind: 'saved', value: readBack });
        setStatus({ message: t('optionsSaved'), isError: false });
      },
      (error: unknown) => {
        dispatch({ kind: 'failed' });
        setStatus({ message: messageOf(error), isError: true });
      },
    );
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">{t('optionsHint')}</p>
      <form class="options-form" onSubmit={(event) => event.preventDefault()}>
        <ChoiceSelect id="o-theme" label={t('optionTheme')} value={preferences.theme} choices={THEMES} wordsOf={(theme) => t(THEME_KEYS[theme])} onChange={(theme) => save({ theme })} />
        <ChoiceSelect
          id="o-export"
          label={t('optionExportFormat')}
          value={preferences.exportFormat}
          choices={EXPORT_FORMATS.map((format) => format.id)}
          wordsOf={(id) => {
            const label = EXPORT_FORMATS.find((format) => format.id === id)?.label;
            return label ? t(label) : id;
          }}
          onChange={(exportFormat) => save({ exportFormat })}
        />
        <ChoiceSelect id="o-dates" label={t('optionDates')} value={preferences.dates} choices={DATE_ZONES} wordsOf={(zone) => t(DATE_KEYS[zone])} onChange={(dates) => save({ dates })} />
        <label class="check">
          <input type="checkbox" checked={preferences.showDecoded} onChange={(e) => save({ showDecoded: e.currentTarget.checked })} />
          {t('optionShowDecoded')}
        </label>
      </form>
      {/* The status region is always there: screen readers announce a live region they already know. */}
      <p role="status">{status && !status.isError ? status.message : ''}</p>
      {status?.isError && (
        <p role="alert" class="error">
          {status.message}
        </p>
      )}
    </main>
  );
}
