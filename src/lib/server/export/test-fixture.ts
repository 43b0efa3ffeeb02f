import { generateReceiptCode } from '$lib/domain/receipt';
import type { Database } from '../db/connect';
import type { NewComment } from '../db/types';
import { storeOpinion } from '../services/intake';
import { makeCodebook } from '../testing/coding';
import { makeEvent } from '../testing/factories';

/** Texts that must come back from a spreadsheet exactly, or neutralised. */
export const TEXTS = {
	polish: 'zażółć gęślą jaźń',
	tricky: 'Powiedział: "ławki, drzewa"\ni jeszcze, „więcej”;\r\nkoniec',
	formula: '=HYPERLINK("http://evil.example","klik")',
	plus: '+1 do wszystkiego',
	at: '@SUM(1+1)',
	minus: '-2+3 to mało'
};

export const EMAIL = 'anna.kowalska@example.org';

/**
 * A consultation whose opinions cover every state: coded with areas, themes and a response,
 * waiting, set aside as spam and as a duplicate, split into two units; one left a contact.
 */
export async function makeExportFixture(db: Database) {
	const { consultation, areas, themes, analyst } = await makeCodebook(db);
	const event = await makeEvent(db, consultation.id, { title: 'Dzień Sąsiada na Skwerze' });
	const table = await db
		.insertInto('meeting_tables')
		.values({ event_id: event.id, name: 'Stolik 1', area_id: areas[0].id })
		.returning('id')
		.executeTakeFirstOrThrow();
	const question = await db
		.insertInto('questions')
		.values({ consultation_id: consultation.id, position: 1, text: 'Czym jest wspólnota?' })
		.returning('id')
		.executeTakeFirstOrThrow();
	let minute = 0;
	const receipt = generateReceiptCode();
	const opinion = async (text: string, extra: Partial<NewComment> = {}) => {
		minute++;
		const id = await storeOpinion(db, {
			comment: {
				uuid: crypto.randomUUID(),
				consultation_id: consultation.id,
				channel: 'online',
				text,
				received_at: `2018-05-29T15:${String(minute).padStart(2, '0')}:00.000Z`,
				...extra
			},
			contact: minute === 1 ? { email: EMAIL, source: 'form', consentAt: null } : undefined
		});
		if (id === undefined) throw new Error('fixture: opinion not stored');
		return id;
	};
	const coded = await opinion(TEXTS.polish, {
		channel: 'meeting',
		event_id: event.id,
		table_id: table.id,
		question_id: question.id,
		district: 'bielany',
		age_band: '60-74',
		speaker_kind: 'resident',
		language: 'pl',
		receipt_code: receipt,
		status: 'coded',
		coded_by: analyst.id,
		coded_at: '2018-06-02T09:00:00.000Z',
		submitted_at: '2018-05-29T15:00:30.000Z'
	});
	await db
		.insertInto('comment_areas')
		.values([
			{ comment_id: coded, area_id: areas[0].id },
			{ comment_id: coded, area_id: areas[1].id }
		])
		.execute();
	await db
		.insertInto('comment_themes')
		.values([{ comment_id: coded, theme_id: themes.picnics }])
		.execute();
	await db
		.insertInto('comment_responses')
		.values({ comment_id: coded, status: 'accepted', justification: '=Uwzględniamy w 2019 r.' })
		.execute();
	const tricky = await opinion(TEXTS.tricky);
	await opinion(TEXTS.formula, { status: 'excluded', excluded_reason: 'spam' });
	await opinion(TEXTS.plus, {
		status: 'excluded',
		excluded_reason: 'duplicate',
		duplicate_of_id: tricky
	});
	const original = await opinion(TEXTS.at, { split_at: '2018-06-01T10:00:00.000Z' });
	await opinion(TEXTS.minus, { parent_id: original });
	await opinion('Druga część: telefon 600 700 800.', { parent_id: original });
	return { consultation, areas, analyst, ids: { coded, tricky, original }, receipt, count: 7 };
}
