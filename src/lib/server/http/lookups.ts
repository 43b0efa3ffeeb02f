import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Database } from '../db/connect';
import { findConsultationBySlug } from '../repositories/consultations';
import { findEvent } from '../repositories/events';

export async function consultationOr404(db: Database, slug: string) {
	const consultation = await findConsultationBySlug(db, slug);
	if (!consultation) error(404, m.error_consultation_not_found());
	return consultation;
}

export async function eventOr404(db: Database, consultationId: number, rawId: string) {
	const id = /^\d{1,12}$/.test(rawId) ? Number(rawId) : NaN;
	const event = Number.isNaN(id) ? undefined : await findEvent(db, consultationId, id);
	if (!event) error(404, m.error_event_not_found());
	return event;
}

/** Hidden form fields carrying row ids; anything but a plain number is nobody's row. */
export function idField(form: FormData, name: string): number | null {
	const value = form.get(name);
	return typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : null;
}
