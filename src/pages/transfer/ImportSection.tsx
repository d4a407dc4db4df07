import { useEffect, useState } from 'preact/hooks';
import type { FormatId } from '../../core/formats/index';
import { t } from '../shared/i18n';
import type { FormatInfo } from './format-protocol';
import { TextField } from './TextField';
import { FormatSelect } from './FormatSelect';
import { ImportPreview } from './ImportPreview';
import { ImportReport } from './ImportReport';
import { ImportSource, type LoadedFile } from './ImportSource';
import { checkPasted } from './read-input';
import { describeReadProblem } from './read-problem';
import { siteUrl } from './site-input';
import { useImport } from './use-import';
import { Alert } from './Alert';

export function ImportSection({
  storeId,
  storeName,
  formats,
  initialSite,
  onWritten,
}: {
  storeId: string;
  storeName: string;
  formats: FormatInfo[];
  initialSite: string;
  onWritten: () => void;
}) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [format, setFormat] = useState<FormatId | ''>('');
  const [site, setSite] = useState(initialSite);
  const [problem, setProblem] = useState<string | null>(null);
  const flow = useImport(storeId, onWritten);
  const { phase, discardPreview } = flow;
  const busy = phase.kind === 'reading' || phase.kind === 'writing' || phase.kind === 'undoing';
  // A preview lists what the chosen store holds: another store needs another one.
  useEffect(() => discardPreview(), [storeId, discardPreview]);

  /** Any change to what would be imported makes a shown preview stale. */
  function changed<T>(set: (value: T) => void): (value: T) => void {
    return (value) => {
      set(value);
      setProblem(null);
      discardPreview();
    };
  }

  /** A refused file replaces nothing: the preview of what was there before no longer applies. */
  function refused(message: string) {
    discardPreview();
    setProblem(message);
  }

  function preview() {
    setProblem(null);
    const source = file ? file.text : text;
    if (source.trim() === '') {
      setProblem(t('transferNothingToRead'));
      return;
    }
    const checked = checkPasted(source);
    if (checked.kind !== 'text') {
      setProblem(describeReadProblem(checked, file?.name ?? null));
      return;
    }
    void flow.preview({ text: source, format: format || null, siteUrl: siteUrl(site), storeId });
  }

  const alert = problem ?? flow.alert;
  return (
    <section class="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('transferImport')}</h2>
      <ImportSource text={text} onText={changed(setText)} file={file} onFile={changed(setFile)} onProblem={refused} />
      <div class="options">
        <FormatSelect id="import-format" automatic formats={formats.filter((f) => f.canImport)} value={format} onChange={changed(setFormat)} />
        <TextField id="target-site" label={t('transferTargetSite')} hint={t('transferTargetSiteHint')} placeholder="https://shop.example.test/" value={site} onValue={changed(setSite)} />
      </div>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={preview}>
          {t('transferPreview')}
        </button>
      </div>
      <Alert text={alert} />
      {busy && (
        <p class="busy" role="status">
          {phase.message}
        </p>
      )}
      {phase.kind === 'previewed' && (
        <ImportPreview
          parsed={phase.parsed}
          preview={phase.preview}
          plan={phase.plan}
          request={phase.request}
          formats={formats}
          storeName={storeName}
          onImport={(plan) => void flow.confirm(plan)}
        />
      )}
      {(phase.kind === 'written' || phase.kind === 'undone') && (
        <ImportReport phase={phase} onUndo={(op) => void flow.undo(op)} />
      )}
    </section>
  );
}
