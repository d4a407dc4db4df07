import type { ParseIssue } from '../../core/formats/index';
import { t } from '../shared/i18n';
import { speakIssue } from './speak';

/** What could not be read, each with where it is ("line 12", "item 3"), so it can be fixed in the file. */
export function ParseIssues({ issues }: { issues: ParseIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div class="issues">
      <h3 id="parse-issues">{t('transferIssues')}</h3>
      <ul aria-labelledby="parse-issues">
        {issues.map((issue, index) => {
          const { where, message } = speakIssue(issue);
          return (
            <li key={index}>
              <strong>{t('transferIssueAt', where)}</strong> {message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
