import type { ParseAnyResult } from '../../core/formats/index';
import type { SiteForecast } from '../../core/cookie-limits';
import type { ImportPreview as Preview } from '../../core/protocol';
import { t, tCount } from '../shared/i18n';
import type { FormatInfo } from './format-protocol';
import type { ImportPlan } from './import-plan';
import type { ImportRequest } from './use-import';
import { ParseIssues } from './ParseIssues';
import { PreviewTable } from './PreviewTable';

/** Told before "Import": which sites go past the browser's limit and what it will evict. */
function Limits({ limits }: { limits: SiteForecast[] }) {
  if (limits.length === 0) return null;
  return (
    <ul class="limits" aria-label={t('transferLimits')}>
      {limits.map((forecast) => (
        <li key={forecast.site}>
          {tCount('transferSiteLimit', forecast.existing, forecast.site, forecast.added, forecast.expected)}
          {forecast.evicted.length > 0 && ` ${t('transferLimitEvicts', forecast.evicted.map((c) => c.name).join(', '))}`}
          {forecast.evictedOthers > 0 && ` ${tCount('transferLimitEvictsOthers', forecast.evictedOthers)}`}
        </li>
      ))}
    </ul>
  );
}

/** What the import would do, before anything is written; the button is the confirmation. */
export function ImportPreview({
  parsed,
  preview,
  plan,
  request,
  formats,
  storeName,
  onImport,
}: {
  parsed: ParseAnyResult;
  preview: Preview;
  plan: ImportPlan;
  request: ImportRequest;
  formats: FormatInfo[];
  storeName: string;
  onImport: (plan: ImportPlan) => void;
}) {
  const label = formats.find((format) => format.id === parsed.format)?.label;
  const { items } = preview;
  return (
    <div class="preview">
      {label && <p>{tCount('transferReadAs', parsed.cookies.length, t(label))}</p>}
      <ParseIssues issues={parsed.issues} />
      {items.length === 0 ? (
        <p class="alert" role="alert">
          {t('transferNothingRead')}
        </p>
      ) : (
        <>
          <p>
            {t('transferSummary', plan.counts.new, plan.counts.replaces, plan.counts.rejected)}{' '}
            {request.siteUrl ? t('transferTargetWithSite', storeName, request.siteUrl) : t('transferTarget', storeName)}
          </p>
          {plan.duplicates > 0 && <p>{tCount('transferDuplicates', plan.duplicates)}</p>}
          <Limits limits={preview.limits} />
          {preview.total && <p>{tCount('transferTotalLimit', preview.total.existing, preview.total.after, preview.total.limit)}</p>}
          <PreviewTable items={items} rejected={plan.counts.rejected} />
          <div class="actions">
            <button type="button" class="primary" disabled={plan.writes.length === 0} onClick={() => onImport(plan)}>
              {tCount('transferImportMany', plan.writes.length)}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
