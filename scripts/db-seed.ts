// `npm run db:seed`: loads the demo data set (lib/demo/content.ts) into DATABASE_URL. Safe to run
// again: a database that already has the demo admin is left alone.
import { DEMO_PASSWORD, demoUsers } from "@/lib/demo/content";
import { seedDemoData } from "@/lib/demo/seed";
import { disconnectDb } from "@/lib/db";

async function main(): Promise<void> {
  const { seeded } = await seedDemoData();
  if (!seeded) {
    console.log("Demo data already present (demo admin exists); nothing seeded.");
    return;
  }
  console.log("Demo data seeded. Log in with any of these accounts:");
  for (const user of Object.values(demoUsers)) console.log(`  ${user.role.padEnd(8)} ${user.email}`);
  console.log(`  password: ${DEMO_PASSWORD}`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
