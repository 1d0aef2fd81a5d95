import { useLayoutEffect } from "react";

/**
 * The citizen's view is larger everywhere on the page (header, banner, dialogs too), so it is set
 * on the root element: the type scale is in rem and grows with it. Set before the page is first
 * painted, or the page is drawn once small and then grows under her eyes (a layout shift
 * Lighthouse measured at 0.1 on a phone: the header wrapping onto more lines pushed the plan down).
 */
export function useCitizenView(on: boolean): void {
  useLayoutEffect(() => {
    if (!on) return;
    const root = document.documentElement;
    root.classList.add("citizen-view");
    return () => root.classList.remove("citizen-view");
  }, [on]);
}
