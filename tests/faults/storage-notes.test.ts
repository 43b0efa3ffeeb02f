import { isHttpError } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { m } from '$lib/paraglide/messages';
import type { Database } from '$lib/server/db/connect';
import { createFileDb, fillDisk, freeDisk, setReadOnly } from '$lib/server/db/storage-faults';
import { storeOpinions } from '$lib/server/services/intake';
import { countRows, makeConsultation, makeEvent, makeUser } from '$lib/server/testing/factories';
import { actionEvent, routeDb } from './route-event';

vi.mock('$lib/server/db', () => import('./route-event'));
const { actions } =
	await import('../../src/routes/(site)/staff/consultations/[slug]/events/[id]/notes/+page.server');

const saveAction = actions.save as (event: never) => Promise<unknown>;

describe('saving meeting notes on a full or read-only disk', () => {
	let file: Awaited<ReturnType<typeof createFileDb>>;
	let db: Database;
	let log: MockInstance<typeof console.error>;
	let save: () => Promise<{ result: unknown; headers: Record<string, string> }>;
	beforeEach(async () => {
		file = await createFileDb();
		db = routeDb.current = file.db;
		log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const consultation = await makeConsultation(db, { status: 'open' });
		const meeting = await makeEvent(db, consultation.id, { kind: 'open_meeting' });
		const user = await makeUser(db, 'facilitator');
		// A meeting's notes land among opinions already stored, as at any real meeting.
		await storeOpinions(
			db,
			Array.from({ length: 100 }, (_, i) => ({
				comment: {
					uuid: crypto.randomUUID(),
					consultation_id: consultation.id,
					channel: 'kiosk',
					text: `Opinia ${i} z kiosku.`
				}
			}))
		);
		const notes: Record<string, string> = {};
		for (let i = 0; i < 5; i++) {
			notes[`notes.${i}.uuid`] = crypto.randomUUID();
			notes[`notes.${i}.text`] =
				`Uwaga ${i}: ${'więcej ławek i cienia przy placu zabaw; '.repeat(40)}`;
		}
		save = async () => {
			const url = `http://localhost/staff/consultations/${consultation.slug}/events/${meeting.id}/notes?/save`;
			const { event, headers } = actionEvent(
				url,
				{ slug: consultation.slug, id: String(meeting.id) },
				notes,
				{ user: { id: user.id, email: user.email, displayName: 'F', role: 'facilitator' } }
			);
			const result = await saveAction(event as never).catch((error: unknown) => error);
			return { result, headers };
		};
	});
	afterEach(async () => {
		log.mockRestore();
		await db.destroy();
		file.remove();
	});

	const notesStored = async () => (await countRows(db, 'comments')) - 100;

	async function expectUnavailable() {
		const { result, headers } = await save();
		expect(isHttpError(result, 503)).toBe(true);
		expect((result as { body: { message: string } }).body.message).toBe(
			m.storage_unavailable_notes()
		);
		expect(headers['retry-after']).toBe('120');
		expect(await notesStored()).toBe(0);
	}

	it('answers 503 with what to do on a full disk, saves no note, and all of them later', async () => {
		await fillDisk(db);
		await expectUnavailable();

		await freeDisk(db);
		expect((await save()).result).toEqual({ scope: 'entry', saved: 5 });
		expect(await notesStored()).toBe(5);
	});

	it('answers 503 on a read-only database', async () => {
		await setReadOnly(db, true);
		await expectUnavailable();
		expect(log).toHaveBeenCalledExactlyOnceWith(
			'Storage unavailable in meeting notes: SQLITE_READONLY'
		);
	});
});
