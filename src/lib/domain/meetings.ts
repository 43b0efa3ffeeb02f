import type { EventKind } from './vocabularies';

/** Kinds of event where facilitators write down what people said: meetings and workshops. */
export const NOTE_TAKING_KINDS: readonly EventKind[] = ['open_meeting', 'workshop'];

export function takesNotes(event: { kind: string }): boolean {
	return (NOTE_TAKING_KINDS as readonly string[]).includes(event.kind);
}
