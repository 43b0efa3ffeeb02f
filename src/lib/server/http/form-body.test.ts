import { describe, expect, it } from 'vitest';
import * as sut from './form-body';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
	new Request('http://localhost/x', { method: 'POST', body, headers });

describe('readFormWithin', () => {
	it('reads a form under the limit', async () => {
		const form = new FormData();
		form.set('text', 'Zażółć gęślą jaźń');

		const result = await sut.readFormWithin(post(form), 1024);

		expect(result.ok && result.form.get('text')).toBe('Zażółć gęślą jaźń');
	});

	it('refuses a declared 50 MB body without reading it', async () => {
		const request = post('x', { 'content-length': String(50 * 1024 * 1024) });

		expect(await sut.readFormWithin(request, sut.UPLOAD_LIMIT_BYTES)).toEqual({
			ok: false,
			error: 'body_too_large'
		});
		expect(request.bodyUsed).toBe(false);
	});

	it('turns the adapter’s 413 while reading into the same answer', async () => {
		const request = post('a=1', { 'content-type': 'application/x-www-form-urlencoded' });
		Object.defineProperty(request, 'formData', {
			value: () => Promise.reject(Object.assign(new Error('too large'), { status: 413 }))
		});

		expect(await sut.readFormWithin(request, 1024)).toEqual({ ok: false, error: 'body_too_large' });
	});
});

describe('bodyTooLarge', () => {
	const big = () => post('x', { 'content-length': String(2 * 1024 * 1024) });

	it('refuses a 2 MB body on an ordinary form', () => {
		expect(sut.bodyTooLarge(big(), '/konsultacje/wspolnota')).toBe(true);
	});

	it('leaves uploads and the kiosk API to their own limits', () => {
		expect(sut.bodyTooLarge(big(), '/staff/consultations/wspolnota/import/email')).toBe(false);
		expect(sut.bodyTooLarge(big(), '/api/kiosk/opinions')).toBe(false);
	});

	it('lets a small body through', () => {
		expect(sut.bodyTooLarge(post('a=1'), '/login')).toBe(false);
	});
});

describe('readFormWithin with a broken body', () => {
	it('answers 400, not 500, when a multipart body has no boundary it promised', async () => {
		const request = post('--nothing--', { 'content-type': 'multipart/form-data; boundary=x' });

		await expect(sut.readFormWithin(request, 1024)).rejects.toMatchObject({ status: 400 });
	});
});

describe('readForm', () => {
	it('gives the form of an ordinary post', async () => {
		const form = new FormData();
		form.set('name', 'Rada Osiedla');

		expect((await sut.readForm(post(form))).get('name')).toBe('Rada Osiedla');
	});

	it('answers 400 to a broken multipart body', async () => {
		const request = post('--nothing--', { 'content-type': 'multipart/form-data; boundary=x' });

		await expect(sut.readForm(request)).rejects.toMatchObject({ status: 400 });
	});

	it('answers 413 to a body declared over the form limit, unread', async () => {
		const request = post('x', { 'content-length': String(sut.FORM_LIMIT_BYTES + 1) });

		await expect(sut.readForm(request)).rejects.toMatchObject({ status: 413 });
		expect(request.bodyUsed).toBe(false);
	});
});
