import { fail } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readFormWithin, UPLOAD_LIMIT_BYTES } from '$lib/server/http/form-body';
import { consultationOr404 } from '$lib/server/http/lookups';
import { importMail, type MailFile } from '$lib/server/services/mail-import';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	authorize(event, 'comments:import');
	await consultationOr404(getDb(), event.params.slug);
	return { limitMb: UPLOAD_LIMIT_BYTES / 1024 / 1024 };
};

/** A file input left empty still sends one nameless, empty part. */
async function chosenFiles(form: FormData): Promise<MailFile[]> {
	const files = form
		.getAll('files')
		.filter(
			(entry): entry is File => entry instanceof File && (entry.name !== '' || entry.size > 0)
		);
	return Promise.all(
		files.map(async (file) => ({
			name: file.name,
			bytes: new Uint8Array(await file.arrayBuffer())
		}))
	);
}

export const actions: Actions = {
	default: async (event) => {
		const user = authorize(event, 'comments:import');
		const db = getDb();
		const consultation = await consultationOr404(db, event.params.slug);
		const body = await readFormWithin(event.request, UPLOAD_LIMIT_BYTES);
		if (!body.ok) return fail(413, { tooLarge: true });
		const files = await chosenFiles(body.form);
		if (files.length === 0) return fail(400, { noFiles: true });
		const result = await importMail(db, {
			consultationId: consultation.id,
			userId: user.id,
			files
		});
		if (!result.ok) return fail(400, { problems: result.problems });
		return { imported: result.imported, duplicates: result.duplicates };
	}
};
