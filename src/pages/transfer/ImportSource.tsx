import { t } from '../shared/i18n';
import { describeReadProblem } from './read-problem';
import { readImportFile } from './read-input';

export interface LoadedFile {
  name: string;
  size: number;
  text: string;
}

/** Pasted text or a chosen file; a chosen file is kept aside, since a 10 MB text box is slow to edit. */
export function ImportSource({
  text,
  onText,
  file,
  onFile,
  onProblem,
}: {
  text: string;
  onText: (text: string) => void;
  file: LoadedFile | null;
  onFile: (file: LoadedFile | null) => void;
  onProblem: (message: string) => void;
}) {
  async function choose(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    // Cleared so that choosing the same file again, after fixing it, reads it again.
    input.value = '';
    if (!chosen) return;
    const outcome = await readImportFile(chosen);
    if (outcome.kind === 'text') onFile({ name: chosen.name, size: chosen.size, text: outcome.text });
    else onProblem(describeReadProblem(outcome, chosen.name));
  }

  return (
    <>
      <div class="field">
        <label for="import-text">{t('transferCookiesToImport')}</label>
        <textarea
          id="import-text"
          rows={8}
          spellcheck={false}
          value={file ? '' : text}
          disabled={file !== null}
          placeholder={t('transferPastePlaceholder')}
          onInput={(event) => onText(event.currentTarget.value)}
        />
      </div>
      <div class="file-row">
        <div class="field">
          <label for="import-file">{t('transferImportFile')}</label>
          <input id="import-file" type="file" onChange={(event) => void choose(event.currentTarget)} />
        </div>
        {file && (
          <p class="file-status">
            <span>{t('transferFileLoaded', file.name, Math.max(1, Math.round(file.size / 1024)))}</span>{' '}
            <button type="button" onClick={() => onFile(null)}>
              {t('transferRemoveFile')}
            </button>
          </p>
        )}
      </div>
    </>
  );
}
