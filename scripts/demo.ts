/**
 * npm run demo — migrates the database, seeds the Program Wspólnota demo (idempotent) and starts
 * the production build. PORT (default 3000), HOST, ORIGIN and DATABASE_PATH are honoured.
 */
import { spawn } from 'node:child_process';
import { openDatabase } from '../src/lib/server/db/connect';
import { migrateToLatest } from '../src/lib/server/db/migrator';
import { demoUsers } from './demo/program-wspolnota';
import { seedDemo } from './demo/seed';
import { serverArgs } from './server-command';

const databasePath = process.env.DATABASE_PATH || 'db/glosy.sqlite';
const port = process.env.PORT || '3000';
const host = process.env.HOST || '127.0.0.1';

const db = openDatabase(databasePath);
await migrateToLatest(db);
const summary = await seedDemo(db);
await db.destroy();
console.log(
	summary.consultationsCreated > 0
		? `Seeded the demo: ${summary.consultationsCreated} consultations, ${summary.commentsInserted} opinions in ${databasePath}.`
		: `The demo data is already in ${databasePath}; nothing was added.`
);

const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
// adapter-node assumes https unless told the origin; forms would be refused as cross-site.
const origin = process.env.ORIGIN || url;
const server = spawn(process.execPath, serverArgs(), {
	stdio: 'inherit',
	env: {
		...process.env,
		DATABASE_PATH: databasePath,
		PORT: port,
		HOST: host,
		ORIGIN: origin,
		// Imports take files up to 20 MB; each route enforces its own, smaller limit.
		BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT || '21M'
	}
});
console.log(`\nGłosy is running at ${url}\nDemo logins (${url}/login):`);
for (const user of demoUsers)
	console.log(`  ${user.role.padEnd(12)} ${user.email}  /  ${user.password}`);
console.log('Stop with Ctrl+C.\n');
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
