# syntax=docker/dockerfile:1
# Aftalegraf: API + explorer on port 4000. Build: `docker compose build app` (see docs/neo4j.md).

# ---- build: full install (compiles better-sqlite3), explorer bundle, then drop dev deps ----
FROM node:24-bookworm AS build
WORKDIR /app
# Toolchain for better-sqlite3 when no prebuilt binary matches.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build \
  && find client/dist -name '*.map' -delete
RUN npm prune --omit=dev
# The server runs from TypeScript through tsx; fail the build here, not at start, if the
# production install no longer contains it.
RUN node -e "require.resolve('tsx')" \
  || (echo 'tsx must be a production dependency: the image starts with node --import tsx' >&2 && exit 1)

# ---- runtime: slim Node 24 LTS, production deps only, non-root (user node) ----
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    AFTALEGRAF_DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/schema ./schema
COPY --from=build --chown=node:node /app/server ./server
COPY --from=build --chown=node:node /app/seed ./seed
COPY --from=build --chown=node:node /app/client/dist ./client/dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "server/main.ts"]
