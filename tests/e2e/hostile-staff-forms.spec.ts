import { expect, request, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import type { Role } from '../../src/lib/domain/roles';
import { pathOf, waysOf, type Fixture, type Params, type Way } from '../authz/cells';
import { matrix } from '../authz/matrix';
import { storageStateFor } from './support/accounts';
import { createAuthzWorld } from './support/authz-fixtures';
import { urlOf } from './support/authz-requests';
import { brokenMultipart } from './support/hostile';

/** Who may act, in the order a form is tried: a role the matrix lets past the guard. */
const ACTORS: Role[] = ['admin', 'analyst', 'facilitator'];

/** Actions that read no form at all: a broken body is nothing to them. */
const READ_NO_FORM = new Set([
	'/(site)/staff/consultations/[slug]/report ?/publish',
	'/(site)/staff/consultations/[slug]/opinions/[id]/redaction ?/reset'
]);

/** The first role that gets past the guard (a status the action answers itself), if any. */
function actorOf(way: Way): Role | undefined {
	return ACTORS.find((role) => {
		const expected = way.expect[role];
		return typeof expected === 'number' && expected !== 403;
	});
}

function resolve(params: Params, fixtures: Record<string, string>): Params {
	return Object.fromEntries(
		Object.entries(params).map(([name, value]) => [
			name,
			value.startsWith('$') ? (fixtures[value.slice(1) as Fixture] ?? value) : value
		])
	);
}

test('every form action answers a broken multipart body with 400, never a 5xx', async () => {
	test.setTimeout(60_000);
	const world = createAuthzWorld();
	const forms = Object.entries(matrix).flatMap(([route, entry]) =>
		waysOf(entry).flatMap(([way, spec]) => {
			const isForm = way.startsWith('?/') || (way === 'POST' && spec.json === undefined);
			const actor = actorOf(spec);
			if (!isForm || !actor || READ_NO_FORM.has(`${route} ${way}`)) return [];
			const path = pathOf(route, resolve(spec.params ?? entry.params ?? {}, world.fixtures));
			return [{ name: `${route} ${way} (${actor})`, url: urlOf({ path, way }), actor }];
		})
	);
	const contexts = new Map(
		await Promise.all(
			ACTORS.map(
				async (role) =>
					[
						role,
						await request.newContext({ baseURL, storageState: storageStateFor(role) })
					] as const
			)
		)
	);
	try {
		const answers: string[] = [];
		for (const form of forms) {
			const response = await brokenMultipart(contexts.get(form.actor)!, form.url);
			answers.push(`${response.status()} ${form.name}`);
		}
		// A filter gone wrong would test nothing: the matrix holds about fifty form actions.
		expect(forms.length).toBeGreaterThan(40);
		expect(answers.filter((answer) => !answer.startsWith('400 '))).toEqual([]);
	} finally {
		await Promise.all([...contexts.values()].map((context) => context.dispose()));
	}
});
