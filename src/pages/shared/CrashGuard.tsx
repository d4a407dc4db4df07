import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { messageOf } from './errors';
import { t, type MessageKey } from './i18n';

/** Whatever slips through, the page says so in `crashed`'s words instead of going blank; nothing is written by a crash. */
export function CrashGuard({ crashed, children }: { crashed: MessageKey; children: ComponentChildren }) {
  const [error] = useErrorBoundary();
  if (error) {
    return (
      <p class="alert" role="alert">
        {t(crashed, messageOf(error))}
      </p>
    );
  }
  return <>{children}</>;
}
