import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { recordAudit } from '../repositories/audit';
import {
	countThemeCodings,
	findTheme,
	moveThemeCodings,
	setThemeRetired
} from '../repositories/codebook';
import { applyThemeResponses } from './responses';

export type ThemeChange =
	| { ok: true; affected: number }
	| { ok: false; reason: 'not_found' | 'same_theme' | 'retired' | 'not_retired' | 'merged' };

/**
 * Merges one theme into another: its opinions move to the other theme, it is kept as retired
 * with a pointer to where it went, so old codings and the audit trail still make sense.
 */
export function mergeThemes(
	db: Database,
	actorId: number,
	consultationId: number,
	fromId: number,
	intoId: number,
	now = new Date()
): Promise<ThemeChange> {
	return inTransaction(db, async (tx) => {
		const from = await findTheme(tx, consultationId, fromId);
		const into = await findTheme(tx, consultationId, intoId);
		if (!from || !into) return { ok: false, reason: 'not_found' };
		if (from.id === into.id) return { ok: false, reason: 'same_theme' };
		if (from.retired_at !== null || into.retired_at !== null)
			return { ok: false, reason: 'retired' };
		const moved = await moveThemeCodings(tx, from.id, into.id);
		await setThemeRetired(tx, from.id, now.toISOString(), into.id);
		// The moved opinions now carry the kept theme's response, if it has one.
		for (const commentId of moved) await applyThemeResponses(tx, commentId, actorId);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'theme.merge',
			entity: 'theme',
			entityId: from.id,
			before: { name: from.name },
			after: { mergedIntoId: into.id, name: into.name, commentIds: moved }
		});
		return { ok: true, affected: moved.length };
	});
}

/** A retired theme keeps its codings but cannot be given to more opinions. */
export function retireTheme(
	db: Database,
	actorId: number,
	consultationId: number,
	themeId: number,
	retire: boolean,
	now = new Date()
): Promise<ThemeChange> {
	return inTransaction(db, async (tx) => {
		const theme = await findTheme(tx, consultationId, themeId);
		if (!theme) return { ok: false, reason: 'not_found' };
		if (theme.merged_into_id !== null) return { ok: false, reason: 'merged' };
		if (retire === (theme.retired_at !== null)) {
			return { ok: false, reason: retire ? 'retired' : 'not_retired' };
		}
		await setThemeRetired(tx, theme.id, retire ? now.toISOString() : null);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: retire ? 'theme.retire' : 'theme.reinstate',
			entity: 'theme',
			entityId: theme.id,
			before: { retired_at: theme.retired_at },
			after: { retired_at: retire ? now.toISOString() : null }
		});
		return { ok: true, affected: await countThemeCodings(tx, theme.id) };
	});
}
