import type { Database } from '../db/connect';
import { saveTheme } from '../services/codebook';
import { storeOpinions } from '../services/intake';
import { unwrap } from './factories';

let sequence = 0;

export const rejectedAnswer = {
	status: 'rejected',
	justification: 'Nie leży w kompetencjach miasta.'
};
export const partlyAnswer = {
	status: 'partly_accepted',
	justification: 'Ławki tak, fontanna nie.'
};
/** A minute of one afternoon, to order responses in time. */
export const at = (minute: number) => new Date(Date.UTC(2018, 5, 20, 10, minute));

export async function makeTheme(
	db: Database,
	consultationId: number,
	overrides: { name?: string; area_id?: number | null } = {}
) {
	sequence++;
	const input = { name: `Temat ${sequence}`, description: '', area_id: null, ...overrides };
	const saved = unwrap(await saveTheme(db, consultationId, null, input, null));
	return { id: saved.id, consultationId, ...input };
}

/** Opinions of a consultation, stored the way every channel stores them; returns their ids. */
export async function makeOpinions(
	db: Database,
	consultationId: number,
	count: number,
	overrides: { status?: 'received' | 'coded' | 'excluded' } = {}
): Promise<number[]> {
	const intakes = Array.from({ length: count }, (_, i) => ({
		comment: {
			uuid: crypto.randomUUID(),
			consultation_id: consultationId,
			channel: 'online',
			text: `Opinia ${++sequence}: więcej zieleni ${i}.`,
			status: overrides.status ?? 'coded'
		}
	}));
	return [...(await storeOpinions(db, intakes)).values()];
}

export async function makeOpinion(
	db: Database,
	consultationId: number,
	overrides: { status?: 'received' | 'coded' | 'excluded' } = {}
): Promise<number> {
	const [id] = await makeOpinions(db, consultationId, 1, overrides);
	if (id === undefined) throw new Error('factory: the opinion was not stored');
	return id;
}

/** Codes opinions with a theme, as the analysts' coding would. */
export async function codeWithTheme(db: Database, themeId: number, commentIds: readonly number[]) {
	for (let start = 0; start < commentIds.length; start += 500) {
		const rows = commentIds
			.slice(start, start + 500)
			.map((comment_id) => ({ comment_id, theme_id: themeId }));
		await db.insertInto('comment_themes').values(rows).execute();
	}
}

export async function uncodeTheme(db: Database, themeId: number, commentId: number) {
	await db
		.deleteFrom('comment_themes')
		.where('theme_id', '=', themeId)
		.where('comment_id', '=', commentId)
		.execute();
}

export async function setOpinionStatus(
	db: Database,
	commentIds: readonly number[],
	status: 'received' | 'coded' | 'excluded'
) {
	await db.updateTable('comments').set({ status }).where('id', 'in', commentIds).execute();
}

export async function retireTheme(db: Database, themeId: number) {
	await db
		.updateTable('themes')
		.set({ retired_at: '2018-06-01T10:00:00.000Z' })
		.where('id', '=', themeId)
		.execute();
}

export async function mergeTheme(db: Database, themeId: number, intoId: number) {
	await db
		.updateTable('themes')
		.set({ merged_into_id: intoId })
		.where('id', '=', themeId)
		.execute();
}

export function responseOf(db: Database, commentId: number) {
	return db
		.selectFrom('comment_responses')
		.select(['status', 'justification', 'from_theme_id', 'responded_by'])
		.where('comment_id', '=', commentId)
		.executeTakeFirst();
}
