import { spansOf, type PiiSpan } from './types';

const EMAIL =
	/(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

export function findEmails(text: string): PiiSpan[] {
	return spansOf(text, EMAIL, 'email');
}
