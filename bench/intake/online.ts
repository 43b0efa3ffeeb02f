import { DISTRICT_CODES } from '../../src/lib/domain/districts';
import { AGE_BANDS } from '../../src/lib/domain/vocabularies';
import { issueFormToken } from '../../src/lib/server/auth/form-token';
import { maybe, opinionText, pick, sample } from '../sync/opinions';
import type { Scenario } from './load';

/** An open consultation's public form, and what the bench needs to fill it in as the page does. */
export interface OnlineForm {
	origin: string;
	slug: string;
	consultationId: number;
	/** The app's form-token secret: the bench signs each form's token as the page's load would. */
	secret: string;
	questionIds: readonly number[];
	areaIds: readonly number[];
}

type Fields = [name: string, value: string][];

const DISTRICTS = DISTRICT_CODES.filter((code) => code !== 'undisclosed');

/** The form's fields as a resident leaves them: most optional answers given, a few with e-mail. */
export function onlineFields(form: OnlineForm, uuid: ReturnType<typeof crypto.randomUUID>): Fields {
	// Shown between half a minute and ten minutes ago: as long as a resident takes to write.
	const shown = new Date(Date.now() - (30 + Math.random() * 570) * 1000);
	const token = issueFormToken(form.secret, `online:${form.consultationId}`, shown, uuid);
	const fields: Fields = [
		['token', token],
		['text', opinionText()],
		['question_id', maybe(0.6, () => String(pick(form.questionIds))) ?? '']
	];
	for (const id of sample(form.areaIds, Math.floor(Math.random() * 3))) {
		fields.push(['area_ids', String(id)]);
	}
	fields.push(['district', maybe(0.6, () => pick(DISTRICTS)) ?? '']);
	fields.push(['age_band', maybe(0.5, () => pick(AGE_BANDS)) ?? '']);
	const email = maybe(0.05, () => `mieszkaniec.${uuid.slice(0, 8)}@example.org`);
	fields.push(['email', email ?? '']);
	if (email) fields.push(['consent', 'on']);
	fields.push(['website', '']);
	return fields;
}

/**
 * POST /konsultacje/<slug> as `use:enhance` sends it: multipart, kit's action headers, the
 * page's own Origin (kit refuses cross-site form posts). One new opinion per request, each
 * from its own address (X-Forwarded-For, read as behind the city's proxy: see BENCH_ENV).
 */
export function onlineScenario(form: OnlineForm): Scenario {
	return {
		path: `/konsultacje/${form.slug}`,
		headers: { origin: form.origin, accept: 'application/json', 'x-sveltekit-action': 'true' },
		next() {
			const uuid = crypto.randomUUID();
			const boundary = `----GlosyBench${uuid.replaceAll('-', '')}`;
			return {
				body: multipart(onlineFields(form, uuid), boundary),
				uuids: [uuid],
				headers: {
					'content-type': `multipart/form-data; boundary=${boundary}`,
					'x-forwarded-for': residentAddress()
				}
			};
		},
		// A refused form (too quick, throttled, invalid) also answers 200, as {"type":"failure"}.
		accepted: (status, body) => status === 200 && body.startsWith('{"type":"success"')
	};
}

/** The same opinions to the reference's /one, urlencoded, the UUID as a field of its own. */
export function referenceOneScenario(form: OnlineForm): Scenario {
	return {
		path: '/one',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		next() {
			const uuid = crypto.randomUUID();
			const fields = onlineFields(form, uuid).filter(([name]) => name !== 'token');
			return { body: new URLSearchParams([['uuid', uuid], ...fields]).toString(), uuids: [uuid] };
		},
		accepted: (status) => status === 200
	};
}

/** Residents write from their own connections: 10.0.0.0/8 gives the bench 16 million. */
function residentAddress(): string {
	const octet = () => Math.floor(Math.random() * 256);
	return `10.${octet()}.${octet()}.${octet()}`;
}

export function multipart(fields: Fields, boundary: string): Buffer {
	const parts = fields.map(
		([name, value]) =>
			`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
	);
	return Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8');
}
