import { createHash } from 'node:crypto';
import type Sqlite from 'better-sqlite3';
import { ROLES, type Role } from '../../../src/lib/domain/roles';
import type { Fixture } from '../../authz/cells';
import { accounts } from './accounts';
import { withDatabase } from './database';

/** What the matrix's requests act on, so that none of them changes what other specs rely on. */
export interface AuthzWorld {
	/** All the matrix's `$` params but the admin's export job, which is started over HTTP. */
	fixtures: Record<Exclude<Fixture, 'adminJob'>, string>;
	/** A paired kiosk on the throwaway meeting, and a second one that the matrix ends. */
	kioskToken: string;
	endingKioskToken: string;
	/** A session per role that the matrix may log out; the roles' usual sessions stay valid. */
	endingSessions: Record<Role, string>;
}

const token = () => Buffer.from(crypto.getRandomValues(new Uint8Array(20))).toString('hex');
const hash = (value: string) => createHash('sha256').update(value).digest('hex');
const TEMPLATE_CSV = '\uFEFFTreść;Dzielnica\r\nWięcej ławek;bemowo\r\n';

function insertId(db: Sqlite.Database, sql: string, ...values: unknown[]): number {
	return (db.prepare(`${sql} returning id`).get(...values) as { id: number }).id;
}

const userId = (db: Sqlite.Database, role: Role) =>
	(db.prepare('select id from users where email = ?').get(accounts[role].email) as { id: number })
		.id;

/**
 * A closed consultation of its own with a meeting, an opinion, an agreement sample coded by the
 * analyst and one more analyst (not the admin), a table upload of the admin's, two paired kiosks
 * and a fresh session per role.
 */
export function createAuthzWorld(): AuthzWorld {
	const tag = crypto.randomUUID().slice(0, 8);
	const kioskToken = token();
	const endingKioskToken = token();
	const sessions = Object.fromEntries(ROLES.map((role) => [role, token()])) as Record<Role, string>;
	return withDatabase((db) =>
		db.transaction(() => {
			const slug = `authz-${tag}`;
			const consultation = insertId(
				db,
				`insert into consultations (slug, title, status) values (?, ?, 'closed')`,
				slug,
				`Macierz uprawnień ${tag}`
			);
			const meeting = insertId(
				db,
				`insert into events (consultation_id, kind, title) values (?, 'open_meeting', ?)`,
				consultation,
				`Spotkanie ${tag}`
			);
			const opinion = insertId(
				db,
				`insert into comments (uuid, consultation_id, channel, text) values (?, ?, 'online', ?)`,
				crypto.randomUUID(),
				consultation,
				`Opinia do macierzy uprawnień ${tag}`
			);
			const coder = insertId(
				db,
				`insert into users (email, display_name, role) values (?, ?, 'analyst')`,
				`authz-${tag}@example.org`,
				`Koderka ${tag}`
			);
			const sample = insertId(
				db,
				`insert into agreement_samples (consultation_id, name) values (?, ?)`,
				consultation,
				`Próba ${tag}`
			);
			const coders = db.prepare('insert into agreement_coders (sample_id, user_id) values (?, ?)');
			coders.run(sample, userId(db, 'analyst'));
			coders.run(sample, coder);
			const upload = token();
			db.prepare(
				`insert into import_uploads (id, consultation_id, user_id, filename, format, content)
				values (?, ?, ?, 'karty.csv', 'csv', ?)`
			).run(upload, consultation, userId(db, 'admin'), Buffer.from(TEMPLATE_CSV));
			const kiosk = db.prepare(
				`insert into devices (event_id, name, token_hash, paired_at) values (?, ?, ?, ?)`
			);
			const now = new Date().toISOString();
			kiosk.run(meeting, `Tablet ${tag}`, hash(kioskToken), now);
			kiosk.run(meeting, `Tablet kończący ${tag}`, hash(endingKioskToken), now);
			const session = db.prepare('insert into sessions (id, user_id, expires_at) values (?, ?, ?)');
			// Long enough that no request of the run renews it.
			const expires = new Date(Date.now() + 20 * 24 * 60 * 60 * 1000).toISOString();
			for (const role of ROLES) session.run(hash(sessions[role]), userId(db, role), expires);
			return {
				fixtures: {
					own: slug,
					ownEvent: String(meeting),
					ownOpinion: String(opinion),
					ownSample: String(sample),
					adminUpload: upload
				},
				kioskToken,
				endingKioskToken,
				endingSessions: sessions
			};
		})()
	);
}
