import { describe, expect, it } from 'vitest';
import { parseForm } from './form';
import { formOf } from './testing';
import { inviteSchema, loginSchema, PASSWORD_MIN, passwordSchema } from './account';

describe('inviteSchema', () => {
	const sut = inviteSchema;
	const valid = { email: 'ewa@example.org', display_name: 'Ewa Nowak', role: 'facilitator' };

	it('accepts an invitation and trims the e-mail', () => {
		const result = parseForm(sut, formOf({ ...valid, email: '  ewa@example.org ' }));
		expect(result).toEqual({ ok: true, data: valid });
	});

	it.each([
		['email', 'ewa.example.org', 'invalid_email'],
		['email', '', 'required'],
		['display_name', ' ', 'required'],
		['role', 'superuser', 'invalid_choice']
	])('rejects %s %j with %s', (field, value, code) => {
		const result = parseForm(sut, formOf({ ...valid, [field]: value }));
		expect(result.ok ? {} : result.errors).toEqual({ [field]: { code } });
	});
});

describe('passwordSchema', () => {
	const sut = passwordSchema;
	const password = 'długie hasło mieszkańca';

	it('accepts a long enough password typed twice', () => {
		const result = parseForm(sut, formOf({ password, password_repeat: password }));
		expect(result).toEqual({ ok: true, data: { password, password_repeat: password } });
	});

	it('reports a mismatch on password_repeat', () => {
		const result = parseForm(sut, formOf({ password, password_repeat: `${password}!` }));
		expect(result.ok ? {} : result.errors).toEqual({
			password_repeat: { code: 'passwords_differ' }
		});
	});

	it(`refuses a password shorter than ${PASSWORD_MIN} characters`, () => {
		const short = 'x'.repeat(PASSWORD_MIN - 1);
		const result = parseForm(sut, formOf({ password: short, password_repeat: short }));
		expect(result.ok ? {} : result.errors).toEqual({
			password: { code: 'too_short', limit: 12 }
		});
	});

	it('accepts a password of exactly the minimum length', () => {
		const exact = 'x'.repeat(PASSWORD_MIN);
		expect(parseForm(sut, formOf({ password: exact, password_repeat: exact })).ok).toBe(true);
	});

	it('does not echo passwords back when told to omit them', () => {
		const result = parseForm(sut, formOf({ password: 'short', password_repeat: 'short' }), [
			'password',
			'password_repeat'
		]);
		expect(result.ok ? null : result.values).toEqual({});
	});
});

describe('loginSchema', () => {
	it('requires both fields', () => {
		const result = parseForm(loginSchema, formOf({ email: ' ', password: '' }));
		expect(result.ok ? {} : result.errors).toEqual({
			email: { code: 'required' },
			password: { code: 'required' }
		});
	});
});
