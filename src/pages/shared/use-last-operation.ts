import { useEffect, useRef } from 'preact/hooks';
import { offersUndo, type OperationKind, type OperationSummary } from '../../core/operation';
import { send } from './messaging';

/**
 * Offers the store's last change (of a kind, if given) when a page opens: one made from a page
 * since closed, or cut off by the background stopping. `offer` runs only for one that Undo can
 * still undo, and not after the store changed.
 */
export function useLastOperation(storeId: string, kind: OperationKind | undefined, offer: (op: OperationSummary) => void): void {
  const latestOffer = useRef(offer);
  latestOffer.current = offer;
  useEffect(() => {
    let current = true;
    void send<'lastOperation'>({ type: 'lastOperation', scope: kind ? { storeId, kind } : { storeId } }).then(
      (op) => {
        if (current && op && offersUndo(op)) latestOffer.current(op);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [storeId, kind]);
}
