import Sqlite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess, type RunningServer } from '../sync/server';

export interface Reference {
	server: RunningServer;
	storedUuids(): string[];
	stop(): Promise<void>;
}

const SCRIPT = join(import.meta.dirname, 'reference-server.ts');

/** The bare node:http + better-sqlite3 server in its own process, on its own file database. */
export async function startReference(synchronous: string): Promise<Reference> {
	const dir = mkdtempSync(join(tmpdir(), 'glosy-reference-'));
	const path = join(dir, 'reference.sqlite');
	const remove = () => rmSync(dir, { recursive: true, force: true });
	try {
		const server = await startProcess(['--import', 'tsx', SCRIPT], (port) => ({
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_PATH: path,
			SYNCHRONOUS: synchronous
		}));
		return {
			server,
			storedUuids() {
				const db = new Sqlite(path, { readonly: true });
				try {
					return db
						.prepare('select uuid from opinions')
						.pluck()
						.all()
						.map((uuid) => String(uuid));
				} finally {
					db.close();
				}
			},
			stop: async () => {
				await server.stop();
				remove();
			}
		};
	} catch (error) {
		remove();
		throw error;
	}
}
