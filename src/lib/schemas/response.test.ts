import { describe, expect, it } from 'vitest';
import { RESPONSE_STATUSES } from '$lib/domain/vocabularies';
import { parseForm } from './form';
import { errorsOf, formOf } from './testing';
import { responseSchema } from './response';

describe('responseSchema', () => {
	const sut = responseSchema;

	it('accepts an accepted opinion without a justification', () => {
		expect(parseForm(sut, formOf({ status: 'accepted' }))).toEqual({
			ok: true,
			data: { status: 'accepted', justification: '' }
		});
	});

	it.each(RESPONSE_STATUSES.filter((s) => s !== 'accepted'))(
		'requires a justification for %s',
		(status) => {
			expect(errorsOf(sut, { status, justification: ' \n ' })).toEqual({
				justification: { code: 'justification_required' }
			});
		}
	);

	it('normalises the justification: NFC, no control characters, LF line ends, trimmed', () => {
		const typed = ' Zgodnie z \u0007uchwałą\r\nRady.\u0000 ';
		const decomposed = 'Za\u0301sady';
		const result = parseForm(
			sut,
			formOf({ status: 'rejected', justification: `${typed}${decomposed}` })
		);
		expect(result.ok && result.data.justification).toBe('Zgodnie z uchwałą\nRady. Zásady');
	});

	it('refuses a justification over 4 000 characters and names the limit', () => {
		const long = 'a'.repeat(4001);
		expect(errorsOf(sut, { status: 'explanation', justification: long })).toEqual({
			justification: { code: 'too_long', limit: 4000 }
		});
		expect(errorsOf(sut, { status: 'explanation', justification: 'a'.repeat(4000) })).toEqual({});
	});

	it.each(['', 'approved', 'ACCEPTED'])('refuses the status %j', (status) => {
		expect(errorsOf(sut, { status, justification: 'Uzasadnienie.' })).toEqual({
			status: { code: 'invalid_choice' }
		});
	});

	it('reports a missing status as required', () => {
		expect(errorsOf(sut, { justification: 'Uzasadnienie.' })).toEqual({
			status: { code: 'required' }
		});
	});
});
