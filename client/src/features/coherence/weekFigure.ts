/**
 * A figure of her week as typed into a field: empty is "nobody said" (null); a number may have a
 * Danish decimal comma ("1,5"). Undefined when the draft is not a figure the plan can hold: below
 * nothing, above `max`, or not whole where only whole ones make sense (appointments).
 */
export function parseWeekFigure(draft: string, options: { max: number; whole: boolean }): number | null | undefined {
  const text = draft.trim().replace(",", ".");
  if (text === "") return null;
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  if (value > options.max || (options.whole && !Number.isInteger(value))) return undefined;
  return value;
}

/** A figure as the field shows it, in the interface language's decimals. */
export function weekFigureText(value: number | null, locale: string): string {
  return value === null ? "" : value.toLocaleString(locale, { maximumFractionDigits: 1, useGrouping: false });
}
