import { expect, type Page } from "@playwright/test";

/**
 * Every piece of text on screen in the citizen's view is at least 18 px: returns what is smaller,
 * as "tag.class: text (size)", so a failure says where.
 */
export async function textSmallerThan(page: Page, minimumPx: number): Promise<string[]> {
  return page.evaluate((minimum) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      // Off-screen text for screen readers only, and what is not shown, is not read with the eyes.
      const hidden =
        box.width <= 1 ||
        box.height <= 1 ||
        style.visibility === "hidden" ||
        element.closest("[hidden], .visually-hidden, dialog:not([open])");
      if (hidden) continue;
      const size = Number.parseFloat(style.fontSize);
      if (size < minimum)
        found.push(`${element.tagName.toLowerCase()}.${element.className}: ${text.slice(0, 40)} (${size}px)`);
    }
    return found;
  }, minimumPx);
}

/** Every control a finger can use is at least 44 × 44 px (or its label is, for boxes and radios). */
export async function touchTargetsSmallerThan(page: Page, minimumPx: number): Promise<string[]> {
  return page.evaluate((minimum) => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      "main button, main a[href], main input, main select, main [contenteditable='true']",
    );
    for (const control of Array.from(controls)) {
      const target =
        control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox")
          ? (control.closest("label") ??
            (control.id ? document.querySelector(`label[for="${control.id}"]`) : null) ??
            control)
          : control;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // A date field's copy for the browser's autofill (React Aria) sits in a 1 px clipped box,
      // hidden from screen readers and out of the tab order: no finger or reader can reach it.
      const unreachable = control.closest<HTMLElement>('[aria-hidden="true"]');
      if (unreachable && control.tabIndex < 0 && unreachable.getBoundingClientRect().width <= 1) continue;
      if (box.width < minimum - 0.5 || box.height < minimum - 0.5) {
        const name =
          control.getAttribute("aria-label") || control.textContent?.trim() || control.getAttribute("type") || "";
        const where = control.parentElement?.closest("[class]")?.className ?? "";
        const size = `${Math.round(box.width)}×${Math.round(box.height)}`;
        found.push(`${control.tagName.toLowerCase()} "${name.slice(0, 30)}" in .${where}: ${size}`);
      }
    }
    return found;
  }, minimumPx);
}

export async function expectCitizenSized(page: Page): Promise<void> {
  expect(await textSmallerThan(page, 18), "text under 18 px").toEqual([]);
  expect(await touchTargetsSmallerThan(page, 44), "touch targets under 44 px").toEqual([]);
}
