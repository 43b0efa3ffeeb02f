/**
 * The bare reference the intake benchmark compares the app with: node:http and better-sqlite3,
 * WAL, the app's own `synchronous` (SYNCHRONOUS), a prepared insert per opinion and nothing
 * else: no framework, no validation, no receipt codes, no search index.
 *   POST /one    a urlencoded form: one opinion
 *   POST /batch  JSON { items: [...] }: every item in one transaction
 * Run with `node --import tsx bench/intake/reference-server.ts`; PORT and DATABASE_PATH as the app.
 */
import Sqlite from 'better-sqlite3';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface Row {
	uuid: string;
	text: string;
	district: string | null;
	age_band: string | null;
}

const db = new Sqlite(process.env.DATABASE_PATH ?? 'reference.sqlite');
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${process.env.SYNCHRONOUS ?? 'FULL'}`);
db.exec(`create table if not exists opinions (
	id integer primary key,
	uuid text not null unique,
	text text not null,
	district text,
	age_band text,
	received_at text not null
)`);
const insert = db.prepare(
	'insert into opinions (uuid, text, district, age_band, received_at) values (?, ?, ?, ?, ?)'
);
const store = (row: Row) =>
	insert.run(row.uuid, row.text, row.district, row.age_band, new Date().toISOString());
const storeAll = db.transaction((rows: Row[]) => rows.forEach(store));

const server = createServer((request, response) => {
	if (request.method === 'GET' && request.url === '/healthz') return send(response, 200, {});
	if (request.method !== 'POST') return send(response, 405, {});
	readBody(request)
		.then((body) => {
			if (request.url === '/one') {
				const form = new URLSearchParams(body);
				store({
					uuid: form.get('uuid') ?? '',
					text: form.get('text') ?? '',
					district: form.get('district') || null,
					age_band: form.get('age_band') || null
				});
				return send(response, 200, { stored: 1 });
			}
			if (request.url === '/batch') {
				const { items } = JSON.parse(body) as { items: (Row & { ageBand: string | null })[] };
				const rows = items.map((item) => ({ ...item, age_band: item.ageBand }));
				storeAll(rows);
				return send(response, 200, { stored: rows.length });
			}
			send(response, 404, {});
		})
		.catch((error: unknown) => send(response, 500, { error: String(error) }));
});

function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		request.on('error', reject);
	});
}

function send(response: ServerResponse, status: number, body: object) {
	response.writeHead(status, { 'content-type': 'application/json' });
	response.end(JSON.stringify(body));
}

server.listen(Number(process.env.PORT ?? 4299), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => server.close(() => db.close()));
