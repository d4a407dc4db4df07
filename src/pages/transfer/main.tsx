import { render, type ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { t } from '../shared/i18n';
import { messageOf } from '../shared/errors';
import { followPreferences } from '../shared/preference-mirror';
import { readParams } from './params';
import { TransferApp } from './TransferApp';
import '../shared/tokens.css';
import '../popup/popup.css';
import '../popup/later.css';
import './transfer.css';

/** Whatever slips through, the page says so instead of going blank; nothing is written by a crash. */
function Guard({ children }: { children: ComponentChildren }) {
  const [error] = useErrorBoundary();
  if (error) {
    return (
      <p class="alert" role="alert">
        {t('transferCrashed', messageOf(error))}
      </p>
    );
  }
  return <>{children}</>;
}

followPreferences();
document.title = t('transferTitle');
render(
  <Guard>
    <TransferApp params={readParams(location)} />
  </Guard>,
  document.getElementById('app')!,
);
