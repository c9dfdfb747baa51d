# syntax=docker/dockerfile:1.7
# One image per service, chosen by a build argument:
#   docker build --build-arg APP=matching -t vrijwilligers/matching .
# CI has no Docker engine: tools/deploy/dockerfile.spec.ts checks this file, nothing builds it there.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ── manifests: package.json files and the lockfile only ───────────────────────────────────────
# Its output changes only when dependencies do, so the `npm ci` layers below stay cached while
# sources change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete \
  && find . -depth -type d -empty -delete

# ── build: every dependency, then the app and the libraries it references ──────────────────────
FROM ${NODE_IMAGE} AS build
ARG APP
WORKDIR /src
COPY --from=manifests /src/ ./
RUN test -n "${APP}" && test -f "apps/${APP}/package.json" \
  || { echo "build with --build-arg APP=<a directory of apps/> (got '${APP}')" >&2; exit 1; }
# No install scripts: nothing the build needs runs one, and it keeps third-party code from running here.
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN node node_modules/typescript/bin/tsc -b "apps/${APP}/tsconfig.app.json"
# Only what runs: package.json, compiled code and data files of the app and the built libraries.
RUN set -eu; \
  mkdir -p "/out/apps/${APP}"; \
  cp -r "apps/${APP}/package.json" "apps/${APP}/dist" "/out/apps/${APP}/"; \
  if [ -d "apps/${APP}/data" ]; then cp -r "apps/${APP}/data" "/out/apps/${APP}/"; fi; \
  for lib in libs/*; do \
    [ -d "$lib/dist" ] || continue; \
    mkdir -p "/out/$lib"; \
    cp -r "$lib/package.json" "$lib/dist" "/out/$lib/"; \
    if [ -d "$lib/data" ]; then cp -r "$lib/data" "/out/$lib/"; fi; \
  done; \
  find /out -name '*.tsbuildinfo' -delete; \
  cp package.json tools/deploy/healthcheck.mjs /out/

# ── production-dependencies: the same lockfile without devDependencies ─────────────────────────
FROM ${NODE_IMAGE} AS production-dependencies
WORKDIR /src
COPY --from=manifests /src/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# ── runtime ───────────────────────────────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS runtime
ARG APP
# tini as PID 1 forwards SIGTERM to Node (whose graceful shutdown needs it) and reaps zombies.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini=0.19.0-1+b3 \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    APP=${APP}
WORKDIR /app
COPY --from=production-dependencies /src/node_modules ./node_modules
COPY --from=build /out/ ./
# One path for every service, so Kubernetes and compose run `node service/main.js` / `service/migrate.js`.
RUN ln -s "apps/${APP}/dist" /app/service
# The `node` user of the base image; numeric so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 CMD ["node", "/app/healthcheck.mjs", "/health/live"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "service/main.js"]
