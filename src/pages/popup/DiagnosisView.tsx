import type { Diagnosis } from '../../core/diagnostics';
import { t } from '../shared/i18n';

/** The editor's plain-words answer to "is this cookie sent here, and what looks wrong?". */
/** `tabId`: the tab the simulator link opens for; null where there is none (All sites). */
export function DiagnosisView({ diagnosis, tabId }: { diagnosis: Diagnosis; tabId: number | null }) {
  const findings = [...diagnosis.blocked, ...diagnosis.warnings];
  return (
    <>
      <section class={diagnosis.sent ? 'diagnosis' : 'diagnosis diagnosis-blocked'} aria-label={t('diagnosis')}>
        <p class="diagnosis-verdict">{t(diagnosis.sent ? 'sentHere' : 'notSentToThisPage')}</p>
        {findings.length > 0 && (
          <ul>
            {findings.map((finding) => (
              <li key={finding.code}>
                <code>{finding.code}</code> {finding.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* The simulator is a page of its own (the DevTools panel's), so the popup loads none of it. */}
      {tabId !== null && (
        <a href={`../panel/index.html?tabId=${tabId}#simulator`} target="_blank" rel="noopener">
          {t('simulateRequest')}
        </a>
      )}
    </>
  );
}
