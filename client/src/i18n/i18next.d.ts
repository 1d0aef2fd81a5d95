import "i18next";
import type { da } from "./da.ts";

// Makes t() keys typed: a key that is not in da.ts is a compile error.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof da };
  }
}
