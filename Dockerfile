# Claimdesk app image. Used by docker-compose.yml; see README.md.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000

COPY package.json package-lock.json ./
# Scripts are skipped because the schema is not copied yet (`npm run build` generates the client).
# `npm install` honours package-lock.json; see .ci/run for why not `npm ci`.
RUN npm install --no-audit --no-fund --ignore-scripts

COPY . .
RUN npm run build

EXPOSE 3000
# With DATABASE_URL set, `npm start` applies pending migrations, loads demo data only when
# CLAIMDESK_DEMO_DATA=true, reuses the build made above and serves on $PORT.
CMD ["npm", "start"]
