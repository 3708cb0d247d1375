# The Jobbrygga app for docker-compose: API + built web app on one port.
# PostgreSQL, Meilisearch and SMTP come from the environment (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.base.json ./
COPY libs/domain/package.json libs/domain/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
RUN npm ci --no-audit --no-fund --omit=optional
COPY libs libs
COPY apps apps
RUN npx tsc -b apps/api && node apps/web/scripts/build-if-needed.mjs

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app /app
EXPOSE 3000
USER node
CMD ["node", "apps/api/dist/main.js"]
