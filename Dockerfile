# Production image: `npm start` applies migrations (payload migrate) and serves the Next.js build.
# docker-compose.yml runs it next to MongoDB and Meilisearch; alone it runs on embedded SQLite.

# ---- deps: exactly the locked dependency tree --------------------------------------------
FROM node:24-bookworm-slim AS deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci

# ---- build: next build, then drop devDependencies --------------------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# `next build` loads the Payload config under NODE_ENV=production, which refuses to start
# without PAYLOAD_SECRET. The build signs nothing, so the development secret is allowed for
# this one command; the runner gets no such allowance. Any database the build opens is a
# throwaway file outside /app, so no stray database ends up in the image.
RUN KAKEHASHI_ALLOW_DEV_SECRET=true DATABASE_URI=file:/tmp/build/kakehashi.db npx next build \
 && rm -rf .next/cache /tmp/build \
 && npm prune --omit=dev \
 && mkdir -p public

# ---- runner: what `npm start` needs, as an unprivileged user ---------------------------
FROM node:24-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    PORT=3000 \
    MEDIA_DIR=/app/data/media

# Only what the Payload CLI loads (config, collections, src, migrations, locales, seed) and the
# Next.js build; routes and middleware are compiled into .next.
# Code stays root-owned and read-only for the app; only the media/data directory and Next's
# runtime cache are writable by the `node` user (uid 1000, shipped with the image).
COPY --from=build /app/package.json /app/package-lock.json /app/tsconfig.json /app/next.config.ts /app/payload.config.ts ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/collections ./collections
COPY --from=build /app/src ./src
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/locales ./locales
COPY --from=build /app/seed ./seed
COPY --from=build /app/public ./public
COPY --from=build --chown=node:node /app/.next ./.next
RUN mkdir -p /app/data/media /app/data/medical-documents && chown -R node:node /app/data

USER node
EXPOSE 3000
# Reads one catalogue page through the REST API: proves the server answers and the database is reachable.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/hospitals?limit=1&depth=0').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

CMD ["npm", "start"]
