import { findAddresses } from './pii/address';
import { findEmails } from './pii/email';
import { findNames } from './pii/names';
import { findPesels } from './pii/pesel';
import { findPhones } from './pii/phone';
import { redactWith, resolveOverlaps } from './pii/spans';
import type { PiiKind, PiiSpan } from './pii/types';

export { PII_KINDS, type PiiKind, type PiiSpan } from './pii/types';
export { isPesel } from './pii/pesel';
export { redactWith, segmentsOf, type Segment } from './pii/spans';

/**
 * Personal data an opinion may carry, found by rules (no model): e-mail addresses, Polish phone
 * numbers, PESEL numbers with a valid checksum, street addresses with a number, and people's
 * names. Spans do not overlap and come in text order.
 */
export function detectPersonalData(text: string): PiiSpan[] {
	return resolveOverlaps([
		...findEmails(text),
		...findPesels(text),
		...findPhones(text),
		...findAddresses(text),
		...findNames(text)
	]);
}

/** The text with every detected span replaced by its label, e.g. „[telefon]”. */
export function redact(text: string, labelFor: (kind: PiiKind) => string): string {
	return redactWith(text, detectPersonalData(text), labelFor);
}
