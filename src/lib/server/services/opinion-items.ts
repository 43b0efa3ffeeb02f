import * as v from 'valibot';
import type { ItemError } from '$lib/domain/kiosk';
import { fieldErrors } from '$lib/schemas/form';
import {
	opinionItemSchema,
	unofferedChoices,
	type OfferedChoices,
	type ValidOpinion
} from '$lib/schemas/opinion';

export type CheckedItem = { index: number; uuid: string | null } & (
	{ ok: true; opinion: ValidOpinion } | { ok: false; errors: ItemError[] }
);

const WITH_LIMIT = new Set(['too_long', 'too_many']);

/** Every item's verdict, in order; a UUID seen earlier in the batch rejects the later item. */
export function checkItems(items: readonly unknown[], choices: OfferedChoices): CheckedItem[] {
	const seen = new Set<string>();
	return items.map((item, index) => {
		const record = isRecord(item) ? item : {};
		const uuid = typeof record.uuid === 'string' ? record.uuid : null;
		const checked = isRecord(item)
			? checkItem(item, choices)
			: { errors: [{ field: 'item', code: 'invalid_choice' }] };
		const errors = [...checked.errors];
		const key = v.safeParse(opinionItemSchema.entries.uuid, record.uuid);
		if (key.success) {
			if (seen.has(key.output)) errors.push({ field: 'uuid', code: 'duplicate_in_batch' });
			seen.add(key.output);
		}
		if (errors.length > 0 || !checked.opinion) return { index, uuid, ok: false, errors };
		return { index, uuid, ok: true, opinion: checked.opinion };
	});
}

function checkItem(item: Record<string, unknown>, choices: OfferedChoices) {
	const result = v.safeParse(opinionItemSchema, item);
	if (!result.success) return { errors: schemaErrors(result.issues) };
	const opinion = result.output;
	const errors: ItemError[] = unofferedChoices(opinion, choices);
	// valibot's ISO check lets through forms Date cannot read, such as a decimal comma.
	if (Number.isNaN(Date.parse(opinion.submittedAt))) {
		errors.push({ field: 'submittedAt', code: 'invalid_datetime' });
	}
	return { errors, opinion };
}

/** One error per wire field: `areaIds.3` is reported on `areaIds`. */
function schemaErrors(issues: Parameters<typeof fieldErrors>[0]): ItemError[] {
	const errors = new Map<string, ItemError>();
	for (const [path, error] of Object.entries(fieldErrors(issues))) {
		const field = path.split('.')[0] ?? path;
		if (errors.has(field)) continue;
		const limit = WITH_LIMIT.has(error.code) ? error.limit : undefined;
		errors.set(field, { field, code: error.code, ...(limit === undefined ? {} : { limit }) });
	}
	return [...errors.values()];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
