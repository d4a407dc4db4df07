import type { ParseAnyResult } from '../../core/formats/index';
import type { SiteForecast } from '../../core/cookie-limits';
import type { ImportPreview as Preview } from '../../core/protocol';
import { t, tCount } from '../shared/i18n';
import type { FormatInfo } from './format-protocol';
import type { ImportPlan } from './import-plan';
import type { ImportRequest } from './use-import';
import { ParseIssues } from './ParseIssues';
import { PreviewTable } from './PreviewTable';

const READ_AS = { one: 'transferReadAsOne', other: 'transferReadAs' } as const;

const IMPORT = { one: 'transferImportOne', other: 'transferImportMany' } as const;
const DUPLICATES = { one: 'transferDuplicatesOne', other: 'transferDuplicates' } as const;
const EVICTS_OTHERS = { one: 'transferLimitEvictsOthersOne', other: 'transferLimitEvictsOthers' } as const;
/** Its form follows the cookies the site holds now, the message's $1; the site is $2. */
const SITE_LIMIT = { one: 'transferSiteLimitOne', other: 'transferSiteLimit' } as const;
const TOTAL_LIMIT = { one: 'transferTotalLimitOne', other: 'transferTotalLimit' } as const;

/** Told before "Import": which sites go past the browser's limit and what it will evict. */
function Limits({ limits }: { limits: SiteForecast[] }) {
  if (limits.length === 0) return null;
  return (
    <ul class="limits" aria-label={t('transferLimits')}>
      {limits.map((forecast) => (
        <li key={forecast.site}>
          {tCount(SITE_LIMIT, forecast.existing, forecast.site, forecast.added, forecast.expected)}
          {forecast.evicted.length > 0 && ` ${t('transferLimitEvicts', forecast.evicted.map((c) => c.name).join(', '))}`}
          {forecast.evictedOthers > 0 && ` ${tCount(EVICTS_OTHERS, forecast.evictedOthers)}`}
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
      {label && <p>{tCount(READ_AS, parsed.cookies.length, t(label))}</p>}
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
          {plan.duplicates > 0 && <p>{tCount(DUPLICATES, plan.duplicates)}</p>}
          <Limits limits={preview.limits} />
          {preview.total && <p>{tCount(TOTAL_LIMIT, preview.total.existing, preview.total.after, preview.total.limit)}</p>}
          <PreviewTable items={items} rejected={plan.counts.rejected} />
          <div class="actions">
            <button type="button" class="primary" disabled={plan.writes.length === 0} onClick={() => onImport(plan)}>
              {tCount(IMPORT, plan.writes.length)}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
