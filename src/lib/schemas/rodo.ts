import * as v from 'valibot';
import { normaliseReceiptCode } from '$lib/domain/receipt';

/** Whom a data subject's request is about: their e-mail address or a receipt code they hold. */
export interface SubjectIdentifier {
	kind: 'email' | 'receipt';
	value: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** „ Anna@Example.org ” → anna@example.org; „k7f2 9qxm” → K7F2-9QXM; anything else → null. */
export function parseIdentifier(raw: string): SubjectIdentifier | null {
	const typed = raw.trim();
	if (typed.includes('@')) {
		return EMAIL.test(typed) ? { kind: 'email', value: typed.toLowerCase() } : null;
	}
	const code = normaliseReceiptCode(typed);
	return code ? { kind: 'receipt', value: code } : null;
}

const identifier = v.pipe(
	v.string('required'),
	v.trim(),
	v.nonEmpty('required'),
	v.maxLength(320, 'too_long'),
	v.check((typed) => parseIdentifier(typed) !== null, 'invalid_identifier'),
	v.transform((typed) => parseIdentifier(typed)!)
);

export const subjectSchema = v.object({ identifier });

export const erasureSchema = v.object({
	identifier,
	remove_text: v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s === 'on')
	),
	confirmed: v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s === 'yes')
	)
});
