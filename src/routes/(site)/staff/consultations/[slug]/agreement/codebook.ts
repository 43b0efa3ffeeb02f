import { getLocale } from '$lib/paraglide/runtime';
import type { Database } from '$lib/server/db/connect';
import { listAreas, listThemes } from '$lib/server/repositories/codebook';

export interface CodeLabel {
	id: number;
	code: number | null;
	name: string;
	retired: boolean;
}

export interface ThemeGroup {
	areaCode: number | null;
	themes: CodeLabel[];
}

/** The consultation's areas and themes as coding forms and reports show them. */
export async function codebookView(db: Database, consultationId: number) {
	const english = getLocale() === 'en';
	const areas: CodeLabel[] = (await listAreas(db, consultationId)).map((a) => ({
		id: a.id,
		code: a.code,
		name: english && a.name_en ? a.name_en : a.name_pl,
		retired: false
	}));
	const themes: CodeLabel[] = (await listThemes(db, consultationId)).map((t) => ({
		id: t.id,
		code: t.area_code,
		name: t.name,
		retired: t.retired_at !== null
	}));
	const active = themes.filter((t) => !t.retired);
	const groups: ThemeGroup[] = [
		...areas.map((a) => ({ areaCode: a.code, themes: active.filter((t) => t.code === a.code) })),
		{ areaCode: null, themes: active.filter((t) => t.code === null) }
	].filter((g) => g.themes.length > 0);
	return { areas, themes, groups };
}

export type CodebookView = Awaited<ReturnType<typeof codebookView>>;
