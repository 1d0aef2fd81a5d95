// oidc-provider (used only by the OIDC test, as the identity provider) ships no types.
declare module "oidc-provider" {
  import type http from "node:http";
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    listen(port: number, host?: string): http.Server;
  }
}
