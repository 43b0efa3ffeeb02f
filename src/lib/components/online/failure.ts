import type { FieldErrors } from '$lib/schemas/form';
import type { OnlineValues } from '$lib/schemas/online-opinion';

/** Why a sent form was not stored, beyond a field's own error; storage: the disk, not the form. */
export type OnlineProblem =
	'closed' | 'honeypot' | 'too_quick' | 'token' | 'throttled' | 'too_large' | 'storage';

/** What a refused form gets back: everything the person typed, and a token to send it again. */
export interface OnlineFailure {
	values: OnlineValues;
	token: string;
	errors: FieldErrors;
	problem: OnlineProblem | null;
	minutes: number;
}
