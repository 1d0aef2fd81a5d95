# Samplan for production: PostgreSQL (DATABASE_URL) and, with several instances, Redis (REDIS_URL).
# Not built or run on the project's own machines (they have no Docker engine); kept working by
# following the same steps as ./samplan start.

# --- build: install every dependency, build the client
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN npm install --global pnpm@10.34.9
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.json ./
# The patches pnpm applies at install (pnpm-workspace.yaml, patchedDependencies; docs/caret.md).
COPY patches patches
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
RUN pnpm install --frozen-lockfile
COPY shared shared
COPY server server
COPY client client
# The client's build ends by compressing its files (brotli and gzip beside each).
COPY scripts/compress-client.ts scripts/
RUN pnpm build && pnpm install --frozen-lockfile --prod --filter @samplan/server...

# --- run: the server as TypeScript on Node 24, as an unprivileged user
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 SAMPLAN_DATA_DIR=/data SAMPLAN_CLIENT_DIR=/app/client/dist
WORKDIR /app
COPY --from=build /app/package.json /app/pnpm-workspace.yaml ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/shared shared
COPY --from=build /app/server server
COPY --from=build /app/client/dist client/dist
RUN mkdir /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "server/src/main.ts"]
