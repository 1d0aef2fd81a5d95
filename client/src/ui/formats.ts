/**
 * Intl formatters, made once per locale and style. Making one costs far more than using it (the
 * first loads the locale's data): on a tablet at a quarter of a laptop's speed, formatting every
 * date in a plan with a new formatter each time took 60 ms of her first view (docs/benchmarks.md).
 */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** "Mette, Ali og Sara": a conjunction list in the locale's words. */
export function conjunctionList(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: "conjunction" });
    listFormats.set(locale, format);
  }
  return format;
}
