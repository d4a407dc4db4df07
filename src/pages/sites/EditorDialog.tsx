/**
 * The popup's cookie editor over the all-sites table, for any cookie of the store. Loaded when
 * a cookie is first opened, so the table's first rows never wait for it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Cookie } from '../../core/cookie';
import type { OperationSummary } from '../../core/operation';
import type { StoreInfo } from '../../core/protocol';
import { CookieEditor, type EditorTarget } from '../popup/CookieEditor';

export function EditorDialog({
  target,
  storeId,
  stores,
  onClose,
  onSaved,
  onDelete,
}: {
  target: EditorTarget;
  storeId: string;
  stores: StoreInfo[];
  onClose: () => void;
  onSaved: (message: string, op?: OperationSummary) => void;
  onDelete: (cookie: Cookie) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const shown = dialog.current;
    shown?.showModal();
    return () => shown?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="editor-dialog"
      aria-labelledby="editor-heading"
      onCancel={(event) => {
        // Escape: the page closes the editor itself, so its state and the dialog agree.
        event.preventDefault();
        onClose();
      }}
    >
      <CookieEditor
        target={target}
        site={null}
        storeId={storeId}
        stores={stores}
        duplicable
        onCancel={onClose}
        onSaved={(message, _saved, op) => onSaved(message, op)}
        onDelete={onDelete}
      />
    </dialog>
  );
}
