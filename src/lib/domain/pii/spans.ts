import { PII_KINDS, type PiiKind, type PiiSpan } from './types';

/** Where spans overlap, the more specific kind wins: an e-mail over a name inside it. */
const priority = (kind: PiiKind) => PII_KINDS.indexOf(kind);

/** Non-overlapping spans in text order; overlapping spans of one kind become one. */
export function resolveOverlaps(spans: readonly PiiSpan[]): PiiSpan[] {
	const byPriority = [...spans].sort(
		(a, b) => priority(a.kind) - priority(b.kind) || b.end - b.start - (a.end - a.start)
	);
	const kept: PiiSpan[] = [];
	for (const span of byPriority) {
		const clash = kept.find((k) => span.start < k.end && k.start < span.end);
		if (!clash) kept.push({ ...span });
		else if (clash.kind === span.kind) {
			clash.start = Math.min(clash.start, span.start);
			clash.end = Math.max(clash.end, span.end);
		}
	}
	return kept.sort((a, b) => a.start - b.start);
}

/** Replaces each span by its label; spans must not overlap (resolveOverlaps gives such). */
export function redactWith(
	text: string,
	spans: readonly PiiSpan[],
	labelFor: (kind: PiiKind) => string
): string {
	let out = '';
	let from = 0;
	for (const span of [...spans].sort((a, b) => a.start - b.start)) {
		out += text.slice(from, span.start) + labelFor(span.kind);
		from = span.end;
	}
	return out + text.slice(from);
}

export interface Segment {
	text: string;
	kind: PiiKind | null;
}

/** The text cut at the spans, for showing them highlighted; plain stretches have no kind. */
export function segmentsOf(text: string, spans: readonly PiiSpan[]): Segment[] {
	const segments: Segment[] = [];
	let from = 0;
	for (const span of [...spans].sort((a, b) => a.start - b.start)) {
		if (span.start > from) segments.push({ text: text.slice(from, span.start), kind: null });
		segments.push({ text: text.slice(span.start, span.end), kind: span.kind });
		from = span.end;
	}
	if (from < text.length) segments.push({ text: text.slice(from), kind: null });
	return segments;
}
