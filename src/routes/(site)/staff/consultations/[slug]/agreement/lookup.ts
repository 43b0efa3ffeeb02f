import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Database } from '$lib/server/db/connect';
import { findSample } from '$lib/server/repositories/agreement';
import type { Coding } from '$lib/server/services/coding';

export async function sampleOr404(db: Database, consultationId: number, rawId: string) {
	const id = /^\d{1,12}$/.test(rawId) ? Number(rawId) : NaN;
	const sample = Number.isNaN(id) ? undefined : await findSample(db, consultationId, id);
	if (!sample) error(404, m.agr_not_found());
	return sample;
}

/** Ticked area and theme boxes; anything but a plain number is no code of this codebook. */
export function codingField(form: FormData): Coding {
	const ids = (name: string) =>
		form.getAll(name).map((v) => (typeof v === 'string' && /^\d{1,12}$/.test(v) ? Number(v) : -1));
	return { areaIds: ids('area'), themeIds: ids('theme') };
}
