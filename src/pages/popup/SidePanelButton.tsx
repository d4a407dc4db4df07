import { messageOf } from '../shared/errors';
import { t } from '../shared/i18n';
import { ext } from '../shared/runtime';

/**
 * Chrome's side panel or Firefox's sidebar, whichever the browser has. Both open only from a
 * user's action, so the call is made in the click itself, before anything is awaited.
 */
export function SidePanelButton({ tabId, closeAfter, onError }: { tabId: number; closeAfter: boolean; onError: (message: string) => void }) {
  const { sidePanel, sidebarAction } = ext;
  if (!sidePanel && !sidebarAction) return null;
  const open = () => {
    const opening = sidebarAction ? sidebarAction.open() : sidePanel!.open({ tabId });
    opening.then(
      // The panel now shows what the popup did; a toolbar popup would only cover the page.
      () => closeAfter && window.close(),
      (error: unknown) => onError(messageOf(error)),
    );
  };
  return (
    <button type="button" onClick={open}>
      {sidebarAction ? t('openInSidebar') : t('openInSidePanel')}
    </button>
  );
}
