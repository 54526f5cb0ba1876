# Funnelmeter as a container (docs/DEPLOY.md). CI has no container engine: it runs these
# same steps in a clean folder with scripts/container-steps.mjs, which reads this file.
FROM node:24.22.3-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm install's postinstall applies these fixes to installed packages (patch-package).
COPY patches ./patches
RUN npm install --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npx next build

FROM node:24.22.3-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# The whole build folder, development packages included: `npm run admin` (migrations,
# organizations, API keys) runs TypeScript through tsx.
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# scripts/start.mjs drains in-flight requests and closes the database on SIGTERM (docker stop).
STOPSIGNAL SIGTERM
# The heap limits of scripts/heap-limits.mjs.
CMD ["node", "--max-semi-space-size=16", "--max-old-space-size=256", "scripts/start.mjs"]
