import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { seedDemo } from '../../../scripts/demo/seed';
import { serverArgs } from '../../../scripts/server-command';
import { openDatabase, type Database } from '../../../src/lib/server/db/connect';
import { migrateToLatest } from '../../../src/lib/server/db/migrator';

/**
 * `node build/index.js` (with the production flags) on a database and port of its own, for specs that kill and restart the
 * server; the main e2e server (4173) and the bench (4200+) are never touched.
 */
export interface AppServer {
	readonly origin: string;
	readonly databasePath: string;
	/** How many times the process was started. */
	readonly starts: number;
	start(): Promise<void>;
	/** SIGKILL: no shutdown, no flush; what a crash or the OOM killer does. */
	kill(): Promise<void>;
	stop(): Promise<void>;
}

const FIRST_PORT = 4300;
const PORTS = 600;
const READY_TIMEOUT_MS = 30_000;

/** A fresh file database with the migrations and the demo data, under tmp/. */
export async function prepareDatabase(path: string, prepare?: (db: Database) => Promise<void>) {
	for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
	const db = openDatabase(path);
	try {
		await migrateToLatest(db);
		await seedDemo(db);
		await prepare?.(db);
	} finally {
		await db.destroy();
	}
}

/** The spam delay and the per-address limit would refuse many residents on one loopback address. */
export const MANY_RESIDENTS_ENV = { ONLINE_FORM_MIN_SECONDS: '0', ONLINE_FORM_LIMIT: '999999' };

export async function appServer(
	databasePath: string,
	env: Record<string, string> = {}
): Promise<AppServer> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	let child: ChildProcess | undefined;
	let exited: Promise<void> = Promise.resolve();
	let starts = 0;
	let output = '';

	async function start() {
		if (child) throw new Error('The server is already running');
		const started = spawn(process.execPath, serverArgs(), {
			stdio: ['ignore', 'ignore', 'pipe'],
			env: {
				...process.env,
				...env,
				DATABASE_PATH: databasePath,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: origin
			}
		});
		child = started;
		starts++;
		started.stderr?.on(
			'data',
			(chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000))
		);
		exited = new Promise((resolve) =>
			started.once('exit', () => {
				if (child === started) child = undefined;
				resolve();
			})
		);
		await waitForHealth(
			origin,
			() => child !== started,
			() => output
		);
	}

	async function signal(name: 'SIGKILL' | 'SIGTERM') {
		if (!child) return;
		child.kill(name);
		await exited;
	}

	return {
		origin,
		databasePath,
		get starts() {
			return starts;
		},
		start,
		kill: () => signal('SIGKILL'),
		stop: () => signal('SIGTERM')
	};
}

async function waitForHealth(origin: string, gone: () => boolean, output: () => string) {
	const deadline = Date.now() + READY_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (gone()) throw new Error(`The server at ${origin} exited before /healthz:\n${output()}`);
		try {
			if ((await fetch(`${origin}/healthz`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`${origin}/healthz did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

/** From a random place in the range, so that two workers rarely probe the same port first. */
async function freePort(): Promise<number> {
	const offset = Math.floor(Math.random() * PORTS);
	for (let i = 0; i < PORTS; i++) {
		const port = FIRST_PORT + ((offset + i) % PORTS);
		if (await isFree(port)) return port;
	}
	throw new Error(`No free port in ${FIRST_PORT}–${FIRST_PORT + PORTS - 1}`);
}

function isFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}
