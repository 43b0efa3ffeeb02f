import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { pathOf, waysOf, WHO, type Fixture, type Params } from '../authz/cells';
import { matrix } from '../authz/matrix';
import { callers } from './support/authz-callers';
import { dataAnswerOf, pageDataOnly } from './support/authz-data';
import { createAuthzWorld } from './support/authz-fixtures';
import { differencesTable, type Outcome } from './support/authz-report';
import {
	answerOf,
	expectedAnswer,
	finishedExportJob,
	send,
	type Ask
} from './support/authz-requests';

/** Requests at once: enough to keep the server busy, few enough for a two-core machine. */
const CONCURRENCY = 4;

function resolve(params: Params, fixtures: Record<Fixture, string>): Params {
	return Object.fromEntries(
		Object.entries(params).map(([name, value]) => [
			name,
			value.startsWith('$') ? fixtures[value.slice(1) as Fixture] : value
		])
	);
}

async function inTurns<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
	const results: T[] = new Array<T>(tasks.length);
	let next = 0;
	const worker = async () => {
		while (next < tasks.length) {
			const i = next++;
			results[i] = await tasks[i]!();
		}
	};
	await Promise.all(Array.from({ length: width }, worker));
	return results;
}

test('every route and way in answers each caller as the authorization matrix says', async () => {
	test.setTimeout(120_000);
	const world = createAuthzWorld();
	const { contextFor, admin, dispose } = await callers(world);
	try {
		const fixtures = {
			...world.fixtures,
			adminJob: await finishedExportJob(admin, baseURL, world.fixtures.own)
		};
		const asks = Object.entries(matrix).flatMap(([route, entry]) =>
			waysOf(entry).flatMap(([way, spec]) => {
				const path = pathOf(route, resolve(spec.params ?? entry.params ?? {}, fixtures));
				const ask: Ask = { path, way, spec };
				// A page is also asked for its own load's data alone, as client navigation does.
				const modes = way === 'load' ? [false, true] : [false];
				return modes.flatMap((data) => WHO.map((who) => ({ route, ask, who, data })));
			})
		);
		const outcomes = await inTurns(
			asks.map(({ route, ask, who, data }) => async (): Promise<Outcome> => {
				const context = contextFor(who, ask.spec);
				const actual = data
					? await dataAnswerOf(await pageDataOnly(context, route, ask.path))
					: answerOf(await send(context, baseURL, ask));
				return {
					row: `${route} ${ask.way}${data ? ' (data)' : ''}`,
					who,
					expected: expectedAnswer(ask.spec.expect[who], ask),
					actual,
					login: expectedAnswer('login', ask)
				};
			}),
			CONCURRENCY
		);
		const wrong = outcomes.filter((o) => o.actual !== o.expected);
		expect(
			wrong.length,
			`${wrong.length} of ${outcomes.length} answers differ:\n${differencesTable(outcomes)}`
		).toBe(0);
	} finally {
		await dispose();
	}
});
