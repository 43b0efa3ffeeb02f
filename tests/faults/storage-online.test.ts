import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { OnlineFailure } from '$lib/components/online/failure';
import { RECEIPT_CODE_PATTERN } from '$lib/domain/receipt';
import { m } from '$lib/paraglide/messages';
import type { Database } from '$lib/server/db/connect';
import { createFileDb, fillDisk, freeDisk, setReadOnly } from '$lib/server/db/storage-faults';
import { storeOpinions } from '$lib/server/services/intake';
import { newFormToken } from '$lib/server/services/online-opinions';
import { countRows, makeArea, makeConsultation } from '$lib/server/testing/factories';
import { actionEvent, routeDb } from './route-event';

vi.mock('$lib/server/db', () => import('./route-event'));
const { actions } = await import('../../src/routes/(site)/konsultacje/[slug]/+page.server');

const submitForm = actions.default as (event: never) => Promise<unknown>;

describe('the online form on a full or read-only disk', () => {
	let file: Awaited<ReturnType<typeof createFileDb>>;
	let db: Database;
	let consultation: Awaited<ReturnType<typeof makeConsultation>>;
	let areaIds: string[];
	let log: MockInstance<typeof console.error>;
	beforeEach(async () => {
		file = await createFileDb();
		db = routeDb.current = file.db;
		consultation = await makeConsultation(db, { status: 'open' });
		areaIds = [
			String((await makeArea(db, consultation.id)).id),
			String((await makeArea(db, consultation.id)).id)
		];
		log = vi.spyOn(console, 'error').mockImplementation(() => {});
		await storeOpinions(
			db,
			Array.from({ length: 100 }, (_, i) => earlier(i))
		);
	});
	afterEach(async () => {
		log.mockRestore();
		await db.destroy();
		file.remove();
	});

	/** 2000 characters of Cyrillic, about 3.7 kB: more than the free bytes of any page left. */
	const text = 'Більше зелені й лавок у затінку біля будинків. '.repeat(50).slice(0, 2000).trim();
	/** A form read a while ago, as a person sends it: the token is older than the spam delay. */
	async function send(token?: string) {
		const issued =
			token ?? (await newFormToken(db, consultation.id, new Date(Date.now() - 60_000)));
		const { event, headers } = actionEvent(
			`http://localhost/konsultacje/${consultation.slug}`,
			{ slug: consultation.slug },
			{
				token: issued,
				text,
				area_ids: areaIds,
				district: 'wola',
				age_band: '60-74',
				email: 'mieszkanka@example.org',
				consent: 'yes',
				website: ''
			}
		);
		const result = await submitForm(event as never);
		return { result, headers, token: issued };
	}
	const earlier = (i: number) => ({
		comment: {
			uuid: crypto.randomUUID(),
			consultation_id: consultation.id,
			channel: 'online',
			text: `Opinia ${i} sprzed awarii.`
		}
	});
	const stored = async () => ({
		comments: await countRows(db, 'comments'),
		areas: await countRows(db, 'comment_declared_areas'),
		contacts: await countRows(db, 'comment_contacts')
	});

	function expectStorageFailure(result: unknown, headers: Record<string, string>, token: string) {
		expect(result).toMatchObject({ status: 503 });
		const data = (result as { data: OnlineFailure }).data;
		expect(data.problem).toBe('storage');
		expect(data.values).toMatchObject({ text, district: 'wola', email: 'mieszkanka@example.org' });
		expect(data.token).toBe(token);
		expect(headers['retry-after']).toBe('120');
	}

	it('answers 503 on a full disk, keeps what was typed and stores nothing, then stores it once', async () => {
		await fillDisk(db);
		const refused = await send();
		expectStorageFailure(refused.result, refused.headers, refused.token);
		expect(await stored()).toEqual({ comments: 100, areas: 0, contacts: 0 });

		await freeDisk(db);
		const again = await send(refused.token);
		const receipt = again.result as { receiptCode: string; emailGiven: boolean };
		expect(receipt.receiptCode).toMatch(RECEIPT_CODE_PATTERN);
		expect(receipt.emailGiven).toBe(true);
		const twice = await send(refused.token);
		expect(twice.result).toEqual(again.result);
		expect(await stored()).toEqual({ comments: 101, areas: 2, contacts: 1 });
	});

	it('answers 503 on a read-only database and stores nothing', async () => {
		await setReadOnly(db, true);
		const refused = await send();
		expectStorageFailure(refused.result, refused.headers, refused.token);
		await setReadOnly(db, false);
		expect(await stored()).toEqual({ comments: 100, areas: 0, contacts: 0 });
		expect(log).toHaveBeenCalledExactlyOnceWith(
			'Storage unavailable in online form: SQLITE_READONLY'
		);
	});

	it('says so in each language of the public pages', () => {
		const said = (['pl', 'en', 'uk'] as const).map((locale) =>
			m.storage_unavailable({}, { locale })
		);
		expect(new Set(said).size).toBe(3);
		expect(said[0]).toContain('wyślij go ponownie za kilka minut');
	});
});
