import { fillRandom, generateReceiptCode, type FillRandom } from '$lib/domain/receipt';
import type { Database } from '../db/connect';
import type { NewAttachment, NewComment, NewContact, NewDeclaredArea } from '../db/types';
import {
	insertAttachments,
	insertCommentsUnlessStored,
	insertContacts,
	insertDeclaredAreas,
	receiptCodeOwner
} from '../repositories/comments';

export interface AttachmentFacts {
	filename: string;
	contentType: string;
	sizeBytes: number;
}

/** One opinion from any channel, with what travels beside its text. */
export interface Intake {
	comment: NewComment;
	areaIds?: readonly number[];
	contact?: { email: string; source: 'form' | 'email'; consentAt: string | null };
	attachments?: readonly AttachmentFacts[];
}

// ~15 bound values per comment row stays far below SQLite's 32 766 variables per statement.
const ROWS_PER_STATEMENT = 500;

/** Enough to make one fsync serve a burst from every stand at once, short enough to hold. */
const JOBS_PER_COMMIT = 64;

type Work = (tx: Database) => Promise<unknown>;
interface Job {
	work: Work;
	resolve(value: unknown): void;
	reject(reason: unknown): void;
}

/** Per database: the intake work waiting for the next commit, while one is under way. */
const waiting = new WeakMap<Database, Job[]>();

/**
 * A transaction for one opinion or batch, committed together with whatever other intake work
 * arrived meanwhile (group commit). With synchronous = FULL each COMMIT waits for the disk, and
 * one transaction per request made the disk, not the server, the limit of how many residents are
 * heard at once. Each caller hears back only after the COMMIT that holds its work returned: an
 * acknowledged opinion is on disk as before. Work that throws rolls its whole group back, and
 * each job of that group then runs again alone, so that only its own failure reaches it.
 * Work must touch nothing but the database, since it may run twice.
 */
export function inIntakeTransaction<T>(db: Database, work: (tx: Database) => Promise<T>) {
	if (db.isTransaction) return work(db);
	return new Promise<T>((resolve, reject) => {
		const job: Job = { work, resolve: (value) => resolve(value as T), reject };
		const queue = waiting.get(db);
		if (queue) return void queue.push(job);
		waiting.set(db, [job]);
		// One turn of the event loop: requests read in the same turn go in the first group too.
		setImmediate(() => void drain(db));
	});
}

async function drain(db: Database) {
	for (let queue = waiting.get(db); queue && queue.length > 0; queue = waiting.get(db)) {
		await commitTogether(db, queue.splice(0, JOBS_PER_COMMIT));
	}
	waiting.delete(db);
}

async function commitTogether(db: Database, jobs: Job[]) {
	if (jobs.length > 1) {
		try {
			const values = await db.transaction().execute(async (tx) => {
				const done: unknown[] = [];
				for (const { work } of jobs) done.push(await work(tx));
				return done;
			});
			jobs.forEach((job, i) => job.resolve(values[i]));
			return;
		} catch {
			// Nothing of the group is stored; each job learns its own fate below.
		}
	}
	for (const job of jobs) {
		try {
			job.resolve(await db.transaction().execute(job.work));
		} catch (error) {
			job.reject(error);
		}
	}
}

/**
 * Every channel stores opinions here, so that all of them land in one corpus with their
 * provenance. The comment's UUID is the idempotency key: a replayed UUID is skipped.
 * Returns the ids of the opinions stored, by UUID.
 */
export async function storeOpinions(
	db: Database,
	intakes: readonly Intake[]
): Promise<Map<string, number>> {
	const stored = new Map<string, number>();
	for (const run of sameColumnRuns(intakes)) {
		for (const chunk of chunks(run, ROWS_PER_STATEMENT)) {
			const rows = await insertCommentsUnlessStored(
				db,
				chunk.map((intake) => intake.comment)
			);
			const inserted = new Map(rows.map((row) => [row.uuid, row.id]));
			for (const [uuid, id] of inserted) stored.set(uuid, id);
			await storeBeside(db, chunk, inserted);
		}
	}
	return stored;
}

/** The new opinion's id, or undefined when its UUID was stored before. */
export async function storeOpinion(db: Database, intake: Intake): Promise<number | undefined> {
	return (await storeOpinions(db, [intake])).get(intake.comment.uuid);
}

/** Areas, contact and attachments of the opinions this statement inserted, once per opinion. */
async function storeBeside(db: Database, chunk: Intake[], inserted: Map<string, number>) {
	const areas: NewDeclaredArea[] = [];
	const contacts: NewContact[] = [];
	const attachments: NewAttachment[] = [];
	for (const { comment, areaIds = [], contact, attachments: files = [] } of chunk) {
		const id = inserted.get(comment.uuid);
		if (id === undefined) continue;
		inserted.delete(comment.uuid);
		for (const area_id of areaIds) areas.push({ comment_id: id, area_id });
		if (contact) {
			const { email, source, consentAt } = contact;
			contacts.push({ comment_id: id, email, source, consent_at: consentAt });
		}
		for (const { filename, contentType, sizeBytes } of files) {
			attachments.push({
				comment_id: id,
				filename,
				content_type: contentType,
				size_bytes: sizeBytes
			});
		}
	}
	for (const rows of chunks(areas, ROWS_PER_STATEMENT)) await insertDeclaredAreas(db, rows);
	for (const rows of chunks(contacts, ROWS_PER_STATEMENT)) await insertContacts(db, rows);
	for (const rows of chunks(attachments, ROWS_PER_STATEMENT)) await insertAttachments(db, rows);
}

/** A multi-row insert names one column list: consecutive comments with the same keys go together. */
function sameColumnRuns(intakes: readonly Intake[]): Intake[][] {
	const runs: Intake[][] = [];
	let shape = '';
	for (const intake of intakes) {
		const keys = Object.keys(intake.comment)
			.filter((key) => intake.comment[key as keyof NewComment] !== undefined)
			.sort()
			.join();
		if (keys !== shape || runs.length === 0) runs.push([]);
		shape = keys;
		runs.at(-1)?.push(intake);
	}
	return runs;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
	const result: T[][] = [];
	for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
	return result;
}

/** A receipt code no stored opinion holds yet; 40 bits make a second draw all but unheard of. */
export async function drawReceiptCode(db: Database, random: FillRandom = fillRandom) {
	for (;;) {
		const code = generateReceiptCode(random);
		if ((await receiptCodeOwner(db, code)) === undefined) return code;
	}
}
