import { useEffect } from "react";

/**
 * The citizen's view is larger everywhere on the page (header, banner, dialogs too), so it is set
 * on the root element: the type scale is in rem and grows with it.
 */
export function useCitizenView(on: boolean): void {
  useEffect(() => {
    if (!on) return;
    const root = document.documentElement;
    root.classList.add("citizen-view");
    return () => root.classList.remove("citizen-view");
  }, [on]);
}
