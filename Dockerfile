# Claimdesk app image. Used by docker-compose.yml; see README.md.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build

EXPOSE 3000
# With DATABASE_URL set, `npm start` applies pending migrations, loads demo data only when
# CLAIMDESK_DEMO_DATA=true, reuses the build made above and serves on $PORT.
CMD ["npm", "start"]
