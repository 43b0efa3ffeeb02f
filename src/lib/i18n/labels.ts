import { m } from '$lib/paraglide/messages';
import type { Role } from '$lib/domain/roles';
import type {
	AccessibilityFeature,
	Channel,
	ConsultationStatus,
	EventKind,
	ExclusionReason,
	ResponseStatus,
	SpeakerKind
} from '$lib/domain/vocabularies';
import type { Locale } from '$lib/paraglide/runtime';

export { ageBandLabel, districtLabel } from './resident-labels';

/** A message without inputs; the kiosk passes the resident's language, other pages the request's. */
type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

export const roleLabel: Record<Role, () => string> = {
	admin: m.role_admin,
	analyst: m.role_analyst,
	facilitator: m.role_facilitator
};

export const channelLabel: Record<Channel, Message> = {
	kiosk: m.channel_kiosk,
	meeting: m.channel_meeting,
	online: m.channel_online,
	email: m.channel_email,
	paper: m.channel_paper,
	import: m.channel_import
};

export const eventKindLabel: Record<EventKind, Message> = {
	open_meeting: m.event_kind_open_meeting,
	neighbour_day: m.event_kind_neighbour_day,
	workshop: m.event_kind_workshop,
	online: m.event_kind_online
};

export const statusLabel: Record<ConsultationStatus, () => string> = {
	draft: m.status_draft,
	open: m.status_open,
	closed: m.status_closed
};

export const speakerKindLabel: Record<SpeakerKind, Message> = {
	resident: m.speaker_resident,
	ngo: m.speaker_ngo,
	institution: m.speaker_institution
};

export const accessibilityLabel: Record<AccessibilityFeature, Message> = {
	pjm_interpreter: m.access_pjm_interpreter,
	step_free: m.access_step_free,
	induction_loop: m.access_induction_loop,
	easy_read: m.access_easy_read,
	childcare: m.access_childcare,
	assistant: m.access_assistant
};

/** Shown to residents too (receipt lookup), hence in their language. */
export const responseStatusLabel: Record<ResponseStatus, Message> = {
	accepted: m.response_accepted,
	partly_accepted: m.response_partly_accepted,
	rejected: m.response_rejected,
	explanation: m.response_explanation,
	out_of_scope: m.response_out_of_scope
};

export const exclusionReasonLabel: Record<ExclusionReason, Message> = {
	spam: m.exclusion_spam,
	abusive: m.exclusion_abusive,
	off_topic: m.exclusion_off_topic,
	duplicate: m.exclusion_duplicate
};

export function label<K extends string>(table: Record<K, () => string>, key: string): string {
	return key in table ? table[key as K]() : key;
}
