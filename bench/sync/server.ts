import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { serverArgs } from '../../scripts/server-command';

export interface RunningServer {
	origin: string;
	pid: number;
	stop(): Promise<void>;
}

const FIRST_PORT = 4200;
const READY_TIMEOUT_MS = 30_000;

/**
 * `node <build>/index.js` with the production flags (as `npm start`) on its own database; its
 * output goes to stderr, never to the JSON.
 * BENCH_PROFILE_DIR=<dir> runs it under `--cpu-prof`: the profile lands there when it stops.
 */
export function startServer(
	buildDir: string,
	databasePath: string,
	env: Record<string, string> = {}
): Promise<RunningServer> {
	const profile = process.env.BENCH_PROFILE_DIR;
	const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
	return startProcess([...flags, ...serverArgs(buildDir)], (port, origin) => ({
		DATABASE_PATH: databasePath,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: origin,
		BODY_SIZE_LIMIT: '1M',
		...env
	}));
}

/** Any node program that listens on PORT and answers GET /healthz once it is ready. */
export async function startProcess(
	args: string[],
	env: (port: number, origin: string) => Record<string, string>
): Promise<RunningServer> {
	const port = await freePort(FIRST_PORT);
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, args, {
		stdio: ['ignore', process.stderr, process.stderr],
		env: { ...process.env, ...env(port, origin) }
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	let failure: Error | undefined;
	child.once('error', (error) => (failure = error));
	const stop = async () => {
		if (failure || child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
		await exited;
		clearTimeout(timer);
	};
	try {
		await waitForHealth(origin, () => {
			if (failure) throw failure;
			return child.exitCode;
		});
		if (child.pid === undefined) throw new Error(`${args.join(' ')} has no process id`);
		return { origin, pid: child.pid, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

async function waitForHealth(origin: string, exitCode: () => number | null): Promise<void> {
	const deadline = Date.now() + READY_TIMEOUT_MS;
	while (Date.now() < deadline) {
		const code = exitCode();
		if (code !== null) throw new Error(`The server exited with code ${code} before /healthz`);
		try {
			const response = await fetch(`${origin}/healthz`);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${origin}/healthz did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

/** 4173 belongs to the e2e suite; the bench starts above it so both can run at once. */
async function freePort(from: number): Promise<number> {
	for (let port = from; port < from + 100; port++) {
		if (await isFree(port)) return port;
	}
	throw new Error(`No free port in ${from}–${from + 99}`);
}

function isFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}
