import { expect, test } from './support/fixtures';

test('a facilitator may not manage users', async ({ facilitatorPage }) => {
	const response = await facilitatorPage.goto('/staff/users');
	expect(response?.status()).toBe(403);
	await expect(facilitatorPage.getByRole('heading', { level: 1 })).toHaveText('Brak dostępu');
	await expect(facilitatorPage.getByRole('link', { name: 'Użytkownicy' })).toHaveCount(0);
});

test('an analyst sees a consultation but cannot create or edit one', async ({ analystPage }) => {
	const response = await analystPage.goto('/staff/consultations/new');
	expect(response?.status()).toBe(403);
	await analystPage.goto('/staff/consultations/program-wspolnota-2018');
	await expect(analystPage.getByRole('heading', { level: 1 })).toContainText('Program Wspólnota');
	await expect(analystPage.getByRole('heading', { name: 'Edycja konsultacji' })).toHaveCount(0);
});

test('a forged form post by an analyst is refused', async ({ analystPage }) => {
	const response = await analystPage.request.post('/staff/consultations/new', {
		form: { title: 'Przejęta', slug: 'przejeta', status: 'open' },
		headers: { origin: 'http://127.0.0.1:4173' }
	});
	expect(response.status()).toBe(403);
	const check = await analystPage.goto('/staff/consultations/przejeta');
	expect(check?.status()).toBe(404);
});
