import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { generateReceiptCode } from '../../../src/lib/domain/receipt';
import { expectNoAxeViolations } from './axe';
import { withDatabase } from './database';

export const OPEN = 'wspolnota-dzialania';
export const CLOSED = 'program-wspolnota-2018';

/** Every page route of the app (src/routes, groups dropped); the sweep visits each one. */
export const PAGE_ROUTES = [
	'/',
	'/deklaracja-dostepnosci',
	'/invite/[token]',
	'/konsultacje/[slug]',
	'/konsultacje/[slug]/raport',
	'/konsultacje/[slug]/raport/[version]',
	'/kiosk',
	'/login',
	'/status',
	'/staff',
	'/staff/consultations',
	'/staff/consultations/new',
	'/staff/consultations/[slug]',
	'/staff/consultations/[slug]/agreement',
	'/staff/consultations/[slug]/agreement/[sampleId]',
	'/staff/consultations/[slug]/agreement/[sampleId]/adjudicate',
	'/staff/consultations/[slug]/agreement/[sampleId]/code',
	'/staff/consultations/[slug]/areas',
	'/staff/consultations/[slug]/duplicates',
	'/staff/consultations/[slug]/events',
	'/staff/consultations/[slug]/events/[id]',
	'/staff/consultations/[slug]/events/[id]/notes',
	'/staff/consultations/[slug]/events/new',
	'/staff/consultations/[slug]/import',
	'/staff/consultations/[slug]/import/email',
	'/staff/consultations/[slug]/import/table',
	'/staff/consultations/[slug]/import/table/[upload]',
	'/staff/consultations/[slug]/opinions',
	'/staff/consultations/[slug]/opinions/[id]',
	'/staff/consultations/[slug]/opinions/[id]/redaction',
	'/staff/consultations/[slug]/report',
	'/staff/consultations/[slug]/report/exports',
	'/staff/consultations/[slug]/responses',
	'/staff/consultations/[slug]/themes',
	'/staff/rodo',
	'/staff/users'
] as const;
export type PageRoute = (typeof PAGE_ROUTES)[number];

/** The route ids of the +page.svelte files under src/routes. */
export function routesOnDisk(dir = 'src/routes', prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (entry.isFile()) return entry.name === '+page.svelte' ? [prefix || '/'] : [];
		const segment = /^\(.+\)$/.test(entry.name) ? '' : `/${entry.name}`;
		return routesOnDisk(join(dir, entry.name), prefix + segment);
	});
}

/** The sweep's spec files, to check that each route is named in one of them. */
export function sweepSources(): string {
	return readdirSync('tests/e2e')
		.filter((name) => /^a11y(-.+)?\.spec\.ts$/.test(name))
		.map((name) => readFileSync(join('tests/e2e', name), 'utf8'))
		.join('\n');
}

/** A route's path with its parameters filled in. */
export function pathOf(route: PageRoute, params: Record<string, string | number> = {}): string {
	return route.replace(/\[(\w+)\]/g, (_, name: string) => {
		if (params[name] === undefined) throw new Error(`${route} needs ${name}`);
		return encodeURIComponent(String(params[name]));
	});
}

/** Opens a route, expects it to answer 200 (not an error page that passes axe), runs axe. */
export async function sweep(
	page: Page,
	route: PageRoute,
	params: Record<string, string | number> = {},
	query = ''
) {
	const response = await page.goto(pathOf(route, params) + query);
	expect(response?.status(), `${route}${query}`).toBe(200);
	await expectNoAxeViolations(page);
}

/** Submits the page's form untouched (after hydration) and runs axe on the errors shown. */
export async function sweepErrors(page: Page, button: string | RegExp) {
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: button }).click();
	await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
	await expectNoAxeViolations(page);
}

/** A fresh open consultation with no areas, events or opinions: the empty state of every page. */
export function emptyConsultation(): string {
	const slug = `pusta-${crypto.randomUUID().slice(0, 8)}`;
	withDatabase((db) =>
		db
			.prepare(
				`insert into consultations (slug, title, status, opens_on, closes_on, description)
				 values (?, ?, 'open', '2026-11-01', '2026-12-31', 'Konsultacja bez opinii.')`
			)
			.run(slug, `Konsultacja bez opinii ${slug}`)
	);
	return slug;
}

export function eventId(slug: string, title: string): number {
	return withDatabase(
		(db) =>
			(
				db
					.prepare(
						`select e.id from events e join consultations c on c.id = e.consultation_id
						 where c.slug = ? and e.title = ?`
					)
					.get(slug, title) as { id: number }
			).id
	);
}

export function firstOpinionId(slug: string): number {
	return withDatabase(
		(db) =>
			(
				db
					.prepare(
						`select min(c.id) as id from comments c join consultations k on k.id = c.consultation_id
						 where k.slug = ?`
					)
					.get(slug) as { id: number }
			).id
	);
}

/** An online opinion of the open consultation with a receipt code the lookup will find. */
export function opinionWithReceipt(): string {
	const code = generateReceiptCode();
	withDatabase((db) =>
		db
			.prepare(
				`insert into comments (uuid, consultation_id, channel, text, received_at, receipt_code)
				 select ?, id, 'online', 'Więcej ławek przy placu zabaw.', ?, ? from consultations
				 where slug = ?`
			)
			.run(crypto.randomUUID(), new Date().toISOString(), code, OPEN)
	);
	return code;
}
