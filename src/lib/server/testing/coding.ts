import type { Database } from '../db/connect';
import type { NewComment } from '../db/types';
import { saveTheme } from '../services/codebook';
import { storeOpinion } from '../services/intake';
import { makeArea, makeConsultation, makeUser, unwrap } from './factories';

/** A consultation with the programme's three areas, a theme under area 1 and a cross-cutting one. */
export async function makeCodebook(db: Database) {
	const consultation = await makeConsultation(db, { status: 'open' });
	const areas = [
		await makeArea(db, consultation.id, { code: 1 }),
		await makeArea(db, consultation.id, { code: 2 }),
		await makeArea(db, consultation.id, { code: 3 })
	] as const;
	const theme = async (name: string, area_id: number | null) =>
		unwrap(await saveTheme(db, consultation.id, null, { name, description: '', area_id }, null)).id;
	const themes = {
		picnics: await theme('Pikniki sąsiedzkie', areas[0].id),
		greenery: await theme('Zieleń i skwery', null),
		seniors: await theme('Seniorzy', areas[1].id)
	};
	const analyst = await makeUser(db, 'analyst');
	return { consultation, areas, themes, analyst };
}

export async function makeOpinion(
	db: Database,
	consultationId: number,
	overrides: Partial<NewComment> = {}
): Promise<number> {
	const id = await storeOpinion(db, {
		comment: {
			uuid: crypto.randomUUID(),
			consultation_id: consultationId,
			channel: 'online',
			text: 'Więcej ławek i drzew na skwerze przy bibliotece.',
			...overrides
		}
	});
	if (id === undefined) throw new Error('factory: opinion not stored');
	return id;
}

export async function versionOf(db: Database, commentId: number) {
	const row = await db
		.selectFrom('comments')
		.select(['version', 'status'])
		.where('id', '=', commentId)
		.executeTakeFirstOrThrow();
	return row;
}
