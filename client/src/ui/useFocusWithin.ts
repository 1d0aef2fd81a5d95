import { type FocusEvent, useCallback, useMemo, useState } from "react";

/**
 * Whether focus is somewhere inside an element: spread `handlers` on it. Focus moving between two
 * of its own controls (the editor, a button under it) keeps it inside.
 */
export function useFocusWithin(): {
  within: boolean;
  handlers: { onFocus: () => void; onBlur: (event: FocusEvent<HTMLElement>) => void };
} {
  const [within, setWithin] = useState(false);
  const onFocus = useCallback(() => setWithin(true), []);
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setWithin(false);
  }, []);
  return { within, handlers: useMemo(() => ({ onFocus, onBlur }), [onFocus, onBlur]) };
}
