import { describe, expect, it } from 'vitest';
import * as sut from './form-token';

const secret = 'ab'.repeat(32);
const start = new Date('2026-06-05T10:00:00Z');
const after = (ms: number) => new Date(start.getTime() + ms);
const uuid = '3f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b';
const MIN = 3000;

describe('form tokens', () => {
	it('carries its UUID back once the form has been open long enough', () => {
		const token = sut.issueFormToken(secret, 'consultation:1', start, uuid);

		expect(sut.checkFormToken(secret, 'consultation:1', token, after(MIN), MIN)).toEqual({
			ok: true,
			uuid
		});
	});

	it('draws a fresh UUID for every form shown', () => {
		const a = sut.issueFormToken(secret, 's', start);
		const b = sut.issueFormToken(secret, 's', start);

		expect(a.split('.')[0]).not.toBe(b.split('.')[0]);
	});

	it('says a form sent before the minimum time was sent too quickly', () => {
		const token = sut.issueFormToken(secret, 's', start, uuid);

		expect(sut.checkFormToken(secret, 's', token, after(MIN - 1), MIN)).toEqual({
			ok: false,
			error: 'too_quick'
		});
	});

	it('expires a day after the form was shown', () => {
		const token = sut.issueFormToken(secret, 's', start, uuid);
		const check = (ms: number) => sut.checkFormToken(secret, 's', token, after(ms), MIN);

		expect(check(sut.FORM_TOKEN_MAX_AGE_MS).ok).toBe(true);
		expect(check(sut.FORM_TOKEN_MAX_AGE_MS + 1)).toEqual({ ok: false, error: 'token_expired' });
	});

	it.each([
		['another UUID', (t: string) => t.replace(uuid, crypto.randomUUID())],
		[
			'an earlier time',
			(t: string) => t.replace(String(start.getTime()), String(start.getTime() - 60000))
		],
		['a changed signature', (t: string) => t.slice(0, -1) + (t.endsWith('0') ? '1' : '0')],
		['an extra part', (t: string) => `${t}.x`],
		['nothing', () => ''],
		['garbage', () => 'not-a-token']
	])('refuses a token with %s', (_, tamper) => {
		const token = tamper(sut.issueFormToken(secret, 's', start, uuid));

		expect(sut.checkFormToken(secret, 's', token, after(60000), MIN)).toEqual({
			ok: false,
			error: 'token_invalid'
		});
	});

	it('refuses a token issued for another form or under another secret', () => {
		const token = sut.issueFormToken(secret, 'consultation:1', start, uuid);

		expect(sut.checkFormToken(secret, 'consultation:2', token, after(MIN), MIN).ok).toBe(false);
		expect(sut.checkFormToken('cd'.repeat(32), 'consultation:1', token, after(MIN), MIN).ok).toBe(
			false
		);
	});

	it('refuses a token from the future', () => {
		const token = sut.issueFormToken(secret, 's', after(5 * 60000), uuid);

		expect(sut.checkFormToken(secret, 's', token, start, 0)).toEqual({
			ok: false,
			error: 'token_invalid'
		});
	});
});
