import type { Database } from '../db/connect';
import type { NewComment } from '../db/types';
import { codeOpinion } from '../services/coding';
import { saveTable } from '../services/events';
import { excludeOpinions, splitOpinion } from '../services/moderation';
import { respondToOpinion } from '../services/responses';
import { makeCodebook, makeOpinion, versionOf } from './coding';
import { makeEvent, unwrap } from './factories';

const LONG = 'Potrzebujemy miejsc, w których sąsiedzi mogą się spotkać bez okazji i bez pieniędzy.';

/**
 * A hand-built consultation whose every report figure is known (see report.test.ts):
 * 12 opinions stored, of which 1 set aside and 1 split into 2 units: 11 counted.
 *
 * | #  | channel | event / table    | district        | age   | areas | themes            | response |
 * |----|---------|------------------|-----------------|-------|-------|-------------------|----------|
 * | 1  | kiosk   | picnic           | bielany         | 60-74 | 1     | picnics           | accepted |
 * | 2  | kiosk   | picnic           | bielany         | 30-44 | 1, 2  | picnics, seniors  | rejected |
 * | 3  | kiosk   | picnic           | —               | —     | 2     | seniors           |          |
 * | 4  | meeting | meeting / table1 | wola            | —     | 3     |                   |          |
 * | 5  | meeting | meeting / table1 | —               | —     |       |                   |          |
 * | 6  | meeting | meeting / table2 | mokotow         | 45-59 | 1     |                   | accepted |
 * | 7  | online  | —                | srodmiescie     | 18-29 | 2     | seniors           |          |
 * | 8  | online  | —                | outside-warsaw  | —     | 3     | greenery          |          |
 * | 9  | email   | —                | undisclosed     | —     |       |                   |          |
 * | 10 | email   | —                | —               | —     | set aside as spam             |
 * | 11 | online  | —                | bielany         | —     | split into 2 units: a (1), b (—) |
 */
export async function makeReportFixture(db: Database) {
	const book = await makeCodebook(db);
	const { consultation, areas, themes, analyst } = book;
	const id = consultation.id;
	const picnic = await makeEvent(db, id, {
		title: 'Piknik na Bielanach',
		district: 'bielany',
		starts_at: '2018-05-19T12:00',
		ends_at: '2018-05-19T16:00',
		participants_count: 40
	});
	const meeting = await makeEvent(db, id, {
		kind: 'open_meeting',
		title: 'Otwarte spotkanie konsultacyjne',
		district: 'wola',
		starts_at: '2018-05-29T17:30',
		ends_at: '2018-05-29T20:00',
		participants_count: 25
	});
	await db
		.insertInto('event_accessibility')
		.values([
			{ event_id: meeting.id, feature: 'step_free' },
			{ event_id: meeting.id, feature: 'pjm_interpreter' }
		])
		.execute();
	const table = async (name: string, area: number | null, participants: number) =>
		unwrap(
			await saveTable(
				db,
				meeting,
				null,
				{ name, area_id: area, participants_count: participants },
				null
			)
		).id;
	const table1 = await table('Stolik 1', areas[0].id, 12);
	const table2 = await table('Stolik 2', null, 13);

	const at = (day: number, hour = 10) => new Date(Date.UTC(2018, 4, day, hour)).toISOString();
	const opinion = (overrides: Partial<NewComment>) => makeOpinion(db, id, overrides);
	const kiosk = { channel: 'kiosk', event_id: picnic.id } as const;
	const ids = [
		await opinion({
			...kiosk,
			text: LONG,
			district: 'bielany',
			age_band: '60-74',
			received_at: at(19)
		}),
		await opinion({ ...kiosk, district: 'bielany', age_band: '30-44', received_at: at(19, 11) }),
		await opinion({ ...kiosk, received_at: at(19, 23) }),
		await opinion({
			channel: 'meeting',
			event_id: meeting.id,
			table_id: table1,
			district: 'wola',
			received_at: at(29, 18)
		}),
		await opinion({
			channel: 'meeting',
			event_id: meeting.id,
			table_id: table1,
			received_at: at(29, 18)
		}),
		await opinion({
			channel: 'meeting',
			event_id: meeting.id,
			table_id: table2,
			district: 'mokotow',
			age_band: '45-59',
			received_at: at(29, 19)
		}),
		await opinion({
			channel: 'online',
			district: 'srodmiescie',
			age_band: '18-29',
			received_at: at(30)
		}),
		await opinion({ channel: 'online', district: 'outside-warsaw', received_at: at(30) }),
		await opinion({ channel: 'email', district: 'undisclosed', received_at: at(31) }),
		await opinion({ channel: 'email', text: 'Kup tanie zegarki!', received_at: at(31) }),
		await opinion({
			channel: 'online',
			district: 'bielany',
			text: 'Pierwsza myśl.\n\nDruga myśl.',
			received_at: at(31, 12)
		})
	] as const;

	const code = async (commentId: number, areaIds: number[], themeIds: number[] = []) => {
		const { version } = await versionOf(db, commentId);
		const result = await codeOpinion(db, analyst.id, id, commentId, {
			areaIds,
			themeIds,
			expectedVersion: version
		});
		if (!result.ok) throw new Error(`fixture: coding refused: ${JSON.stringify(result)}`);
	};
	const [a1, a2, a3] = [areas[0].id, areas[1].id, areas[2].id];
	await code(ids[0], [a1], [themes.picnics]);
	await code(ids[1], [a1, a2], [themes.picnics, themes.seniors]);
	await code(ids[2], [a2], [themes.seniors]);
	await code(ids[3], [a3]);
	await code(ids[5], [a1]);
	await code(ids[6], [a2], [themes.seniors]);
	await code(ids[7], [a3], [themes.greenery]);
	await excludeOpinions(db, analyst.id, id, [ids[9]], { reason: 'spam', duplicateOfId: null });
	const split = await splitOpinion(
		db,
		analyst.id,
		id,
		ids[10],
		['Pierwsza myśl.', 'Druga myśl.'],
		(await versionOf(db, ids[10])).version
	);
	if (!split.ok) throw new Error(`fixture: split refused: ${JSON.stringify(split)}`);
	const units = await db
		.selectFrom('comments')
		.select('id')
		.where('parent_id', '=', ids[10])
		.orderBy('id')
		.execute();
	await code(units[0]!.id, [a1]);
	const answer = async (commentId: number, status: string) =>
		unwrap(
			await respondToOpinion(db, analyst.id, id, commentId, {
				status,
				justification: 'Uzasadnienie.'
			})
		);
	await answer(ids[0], 'accepted');
	await answer(ids[1], 'rejected');
	await answer(ids[5], 'accepted');
	return { ...book, picnic, meeting, table1, table2, ids, units: units.map((u) => u.id) };
}
