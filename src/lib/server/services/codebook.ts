import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import type { AreaInput, ThemeInput } from '$lib/schemas/area';
import { rejected, type Saved } from './result';
import { writeAudited } from './audited-write';
import {
	findArea,
	findAreaByCode,
	findTheme,
	findThemeByName,
	insertArea,
	insertTheme,
	updateArea,
	updateTheme
} from '../repositories/codebook';

export type CodebookResult = Saved | null;

export async function saveArea(
	db: Database,
	consultationId: number,
	areaId: number | null,
	input: AreaInput,
	actorId: number | null
): Promise<CodebookResult> {
	return inTransaction(db, async (tx) => {
		const existing = areaId === null ? undefined : await findArea(tx, consultationId, areaId);
		if (areaId !== null && !existing) return null;
		const clash = await findAreaByCode(tx, consultationId, input.code);
		if (clash && clash.id !== areaId) return rejected('code', 'duplicate_area_code');
		const id = await writeAudited(tx, {
			entity: 'area',
			existing,
			after: input,
			actorId,
			insert: () => insertArea(tx, consultationId, input),
			update: (id) => updateArea(tx, id, input)
		});
		return { ok: true, id };
	});
}

export async function saveTheme(
	db: Database,
	consultationId: number,
	themeId: number | null,
	input: ThemeInput,
	actorId: number | null
): Promise<CodebookResult> {
	return inTransaction(db, async (tx) => {
		const existing = themeId === null ? undefined : await findTheme(tx, consultationId, themeId);
		if (themeId !== null && !existing) return null;
		if (input.area_id !== null && !(await findArea(tx, consultationId, input.area_id))) {
			return rejected('area_id', 'invalid_choice');
		}
		const clash = await findThemeByName(tx, consultationId, input.name);
		if (clash && clash.id !== themeId) return rejected('name', 'duplicate_theme');
		const id = await writeAudited(tx, {
			entity: 'theme',
			existing,
			after: input,
			actorId,
			insert: () => insertTheme(tx, consultationId, input),
			update: (id) => updateTheme(tx, id, input)
		});
		return { ok: true, id };
	});
}
