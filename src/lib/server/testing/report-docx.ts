import type { Database } from '../db/connect';
import type { NewComment } from '../db/types';
import { findConsultationBySlug } from '../repositories/consultations';
import { codeOpinion } from '../services/coding';
import { saveTable } from '../services/events';
import { respondToOpinion } from '../services/responses';
import { makeOpinion, versionOf } from './coding';
import { makeArea, makeConsultation, makeEvent, makeUser, unwrap } from './factories';
import { makeTheme } from './responses';

/** Markup, a formula and a control character: must reach the document as plain text. */
export const NAUGHTY_TEXT =
	'=HYPERLINK("http://zly.example","kliknij") <w:p><w:r><w:t>wstrzyknięte</w:t></w:r></w:p> \u0001koniec & „cudzysłów”';

const long = (text: string) =>
	`${text} Prosimy, żeby miasto wspierało takie działania także w kolejnych latach.`;

/** The consultation row the services take, for a slug a factory made. */
export async function consultationRow(db: Database, slug: string) {
	const row = await findConsultationBySlug(db, slug);
	if (!row) throw new Error(`fixture: no consultation ${slug}`);
	return row;
}

/**
 * A small coded consultation with data for every chart of the report: an open meeting with a
 * themed table, a Neighbour Day stand, opinions over three days from five channels, answered in
 * part, one set aside, one left without an area, and one whose text is hostile.
 */
export async function makeDocxReport(db: Database) {
	const consultation = await makeConsultation(db, {
		status: 'open',
		title: 'Program Wspólnota — wizja i wartości',
		description: 'Konsultujemy wizję programu „Dbamy o siebie nawzajem”.',
		questions: ['Czym dla Ciebie jest wspólnota?', 'Jak dbać o siebie nawzajem?'],
		opens_on: '2018-05-15',
		closes_on: '2018-06-13'
	});
	const areas = [
		await makeArea(db, consultation.id, { code: 1, name_pl: 'Budowanie otwartości' }),
		await makeArea(db, consultation.id, { code: 2, name_pl: 'Aktywność społeczna' }),
		await makeArea(db, consultation.id, { code: 3, name_pl: 'Poczucie przynależności' })
	] as const;
	const picnics = await makeTheme(db, consultation.id, {
		name: 'Pikniki sąsiedzkie',
		area_id: areas[0].id
	});
	const seniors = await makeTheme(db, consultation.id, { name: 'Seniorzy', area_id: areas[1].id });
	const greenery = await makeTheme(db, consultation.id, { name: 'Zieleń i skwery', area_id: null });
	const meeting = await makeEvent(db, consultation.id, {
		kind: 'open_meeting',
		title: 'Otwarte spotkanie konsultacyjne',
		place: 'Centrum Aktywności Międzypokoleniowej',
		address: 'ul. Nowolipie 25b',
		district: 'wola',
		starts_at: '2018-05-29T17:30',
		ends_at: '2018-05-29T20:00',
		participants_count: 40
	});
	const table = unwrap(
		await saveTable(
			db,
			meeting,
			null,
			{ name: 'Stolik 1', area_id: areas[0].id, participants_count: 12 },
			null
		)
	);
	await db
		.insertInto('event_accessibility')
		.values([
			{ event_id: meeting.id, feature: 'pjm_interpreter' },
			{ event_id: meeting.id, feature: 'step_free' }
		])
		.execute();
	const stand = await makeEvent(db, consultation.id, {
		title: 'Dzień Sąsiada na Skwerze Nowolipki',
		district: 'bielany',
		starts_at: '2018-06-02T12:00',
		participants_count: 25
	});
	const analyst = await makeUser(db, 'analyst');
	const opinion = (overrides: Partial<NewComment>) => makeOpinion(db, consultation.id, overrides);
	const ids = {
		meeting: await opinion({
			channel: 'meeting',
			event_id: meeting.id,
			table_id: table.id,
			district: 'wola',
			age_band: '30-44',
			speaker_kind: 'resident',
			text: long('Więcej pikników sąsiedzkich na podwórkach, żeby ludzie się poznali.'),
			received_at: '2018-05-29T16:10:00.000Z'
		}),
		stand: await opinion({
			channel: 'kiosk',
			event_id: stand.id,
			district: 'bielany',
			age_band: '60-74',
			text: long('Seniorzy potrzebują miejsc spotkań blisko domu, na przykład w bibliotece.'),
			received_at: '2018-06-02T10:00:00.000Z'
		}),
		naughty: await opinion({
			channel: 'email',
			text: NAUGHTY_TEXT,
			received_at: '2018-06-02T11:00:00.000Z'
		}),
		online: await opinion({
			channel: 'online',
			district: 'mokotow',
			age_band: '18-29',
			text: long('Chcę czuć, że moje osiedle jest moje: lokalne święta i wspólne nasadzenia.'),
			received_at: '2018-06-05T08:00:00.000Z'
		}),
		uncoded: await opinion({
			channel: 'paper',
			text: 'Dziękuję za zaproszenie.',
			received_at: '2018-06-05T09:00:00.000Z'
		}),
		spam: await opinion({
			channel: 'online',
			text: 'Tanie kredyty, kliknij tutaj.',
			received_at: '2018-06-05T10:00:00.000Z'
		})
	};
	const code = async (id: number, areaIds: number[], themeIds: number[]) => {
		const { version } = await versionOf(db, id);
		unwrap(
			await codeOpinion(db, analyst.id, consultation.id, id, {
				areaIds,
				themeIds,
				expectedVersion: version
			})
		);
	};
	await code(ids.meeting, [areas[0].id], [picnics.id, greenery.id]);
	await code(ids.stand, [areas[1].id], [seniors.id]);
	await code(ids.naughty, [areas[0].id, areas[1].id], [picnics.id]);
	await code(ids.online, [areas[2].id], []);
	await db
		.updateTable('comments')
		.set({ status: 'excluded', excluded_reason: 'spam' })
		.where('id', '=', ids.spam)
		.execute();
	const answer = async (id: number, status: string, justification: string) =>
		unwrap(await respondToOpinion(db, analyst.id, consultation.id, id, { status, justification }));
	await answer(ids.meeting, 'accepted', 'Pikniki wejdą do programu.');
	await answer(ids.naughty, 'rejected', 'Nie dotyczy programu <b>Wspólnota</b>.');
	return {
		consultation: await consultationRow(db, consultation.slug),
		areas,
		analyst,
		ids
	};
}
