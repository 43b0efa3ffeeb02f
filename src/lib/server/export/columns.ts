import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import {
	ageBandLabel,
	channelLabel,
	districtLabel,
	exclusionReasonLabel,
	responseStatusLabel,
	speakerKindLabel
} from '$lib/i18n/labels';
import type { ExportOpinion, OpinionState } from './opinions';

type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/** A column of the staff export: text, a whole number, or an instant (ISO in CSV, a date in XLSX). */
export interface ExportColumn {
	header: Message;
	width: number;
	kind: 'text' | 'number' | 'date';
	value: (opinion: ExportOpinion, locale: Locale) => string | number | null;
}

const STATE: Record<OpinionState, Message> = {
	received: m.inbox_status_received,
	coded: m.inbox_status_coded,
	excluded: m.inbox_status_excluded,
	split: m.inbox_status_split
};

/** A vocabulary value in the reader's language; a code we do not know stays as stored. */
function labelled(table: Record<string, Message>) {
	return (code: string | null, locale: Locale) =>
		code === null ? null : (table[code]?.({}, { locale }) ?? code);
}

const text = (header: Message, width: number, value: ExportColumn['value']): ExportColumn => ({
	header,
	width,
	kind: 'text',
	value
});
const whole = (header: Message, value: (o: ExportOpinion) => number | null): ExportColumn => ({
	header,
	width: 10,
	kind: 'number',
	value
});
const instant = (header: Message, value: (o: ExportOpinion) => string | null): ExportColumn => ({
	header,
	width: 20,
	kind: 'date',
	value
});

const channel = labelled(channelLabel);
const ageBand = labelled(ageBandLabel);
const speaker = labelled(speakerKindLabel);
const reason = labelled(exclusionReasonLabel);
const response = labelled(responseStatusLabel);

export const OPINION_COLUMNS: readonly ExportColumn[] = [
	whole(m.exp_col_id, (o) => o.id),
	text(m.exp_col_uuid, 38, (o) => o.uuid),
	instant(m.exp_col_received_at, (o) => o.received_at),
	instant(m.exp_col_submitted_at, (o) => o.submitted_at),
	text(m.exp_col_channel, 14, (o, l) => channel(o.channel, l)),
	text(m.exp_col_event, 30, (o) => o.event_title),
	text(m.exp_col_table, 20, (o) => o.table_name),
	text(m.exp_col_question, 30, (o) => o.question_text),
	text(m.exp_col_language, 8, (o) => o.language),
	text(m.exp_col_district, 16, (o, l) => (o.district ? districtLabel(o.district, l) : null)),
	text(m.exp_col_age_band, 10, (o, l) => ageBand(o.age_band, l)),
	text(m.exp_col_speaker_kind, 16, (o, l) => speaker(o.speaker_kind, l)),
	text(m.exp_col_text, 60, (o) => o.text),
	text(m.exp_col_public_text, 60, (o) => o.public_text),
	text(m.exp_col_state, 16, (o, l) => STATE[o.state]({}, { locale: l })),
	text(m.exp_col_excluded_reason, 16, (o, l) => reason(o.excluded_reason, l)),
	whole(m.exp_col_duplicate_of, (o) => o.duplicate_of_id),
	whole(m.exp_col_parent, (o) => o.parent_id),
	text(m.exp_col_area_codes, 10, (o) => o.areas.map((a) => a.code).join('; ')),
	text(m.exp_col_area_names, 40, (o) => o.areas.map((a) => a.name).join('; ')),
	text(m.exp_col_themes, 40, (o) => o.themes.join('; ')),
	text(m.exp_col_response, 20, (o, l) => response(o.response_status, l)),
	text(m.exp_col_justification, 50, (o) => o.justification),
	text(m.exp_col_coded_by, 20, (o) => o.coded_by_name),
	instant(m.exp_col_coded_at, (o) => o.coded_at)
];

export const headerRow = (locale: Locale) => OPINION_COLUMNS.map((c) => c.header({}, { locale }));
