import type { DistrictCode, WarsawDistrict } from './districts';
import type {
	AccessibilityFeature,
	AgeBand,
	Channel,
	ConsultationStatus,
	EventKind,
	ResponseStatus,
	SpeakerKind
} from './vocabularies';

/**
 * The consultation report's figures, as computed from the database at one moment. A published
 * version stores exactly this (as JSON), so its shape only ever grows: a new field is optional.
 * Labels of our own vocabularies (channels, age bands…) are not stored, they are rendered in the
 * reader's language; names the office typed (areas, themes, events) are stored as typed.
 */
export interface ReportSnapshot {
	schema: 1;
	generatedAt: string;
	/** Set when personal data was erased from the published version after publication. */
	amendedAt?: string;
	consultation: ReportConsultation;
	figures: ReportFigures;
	channels: Tally<Channel>[];
	events: ReportEvent[];
	/** Opinions not tied to any event (online form, e-mail, paper cards…). */
	withoutEvent: number;
	districts: Tally<DistrictCode | 'none'>[];
	ageBands: Tally<AgeBand | 'none'>[];
	representativeness: Representativeness;
	areas: ReportArea[];
	/** Counted opinions coded against no area. */
	withoutArea: number;
	/** Themes that belong to no area, ranked. */
	crossThemes: ReportTheme[];
	/** areaId null: opinions coded against no area. */
	areaByChannel: { areaId: number | null; channel: Channel; n: number }[];
	/** Opinions per Warsaw calendar day (YYYY-MM-DD), days without opinions left out. */
	overTime: Tally<string>[];
	responses: ResponseCounts;
}

export interface Tally<K extends string = string> {
	key: K;
	n: number;
}

export interface ReportConsultation {
	slug: string;
	title: string;
	description: string;
	visionText: string;
	opensOn: string | null;
	closesOn: string | null;
	status: ConsultationStatus;
	questions: string[];
}

export interface ReportFigures {
	/** Opinions the report counts: neither set aside nor split into units (the units count). */
	opinions: number;
	/** Of those, coded against at least one area or theme. */
	coded: number;
	/** Set aside by analysts (spam, abusive, off-topic, duplicates); not counted above. */
	excluded: number;
	/** People met: participants noted at events. */
	people: number;
	events: number;
	/** Events of the kinds where people meet and talk: open meetings and workshops. */
	meetings: number;
	/** Channels through which at least one counted opinion came. */
	channels: number;
	firstAt: string | null;
	lastAt: string | null;
}

export interface ReportEvent {
	id: number;
	title: string;
	kind: EventKind;
	organiser: string;
	place: string;
	address: string;
	district: DistrictCode | null;
	startsAt: string | null;
	endsAt: string | null;
	participants: number | null;
	opinions: number;
	accessibility: AccessibilityFeature[];
	accessibilityNotes: string;
	tables: ReportTable[];
}

export interface ReportTable {
	id: number;
	name: string;
	areaId: number | null;
	participants: number | null;
	opinions: number;
}

export interface Representativeness {
	source: string;
	sourceUrl: string;
	asOf: string;
	rows: { district: WarsawDistrict; population: number; opinions: number }[];
}

export interface ReportArea {
	id: number;
	code: number;
	name: string;
	colour: string;
	opinions: number;
	themes: ReportTheme[];
	quotes: ReportQuote[];
}

export interface ReportTheme {
	id: number;
	name: string;
	n: number;
}

/** A quote is already redacted; `district` and the event (or channel) make its attribution. */
export interface ReportQuote {
	commentId: number;
	text: string;
	district: DistrictCode | null;
	channel: Channel;
	eventTitle: string | null;
	eventKind: EventKind | null;
}

export interface ResponseCounts {
	total: number;
	/** Opinions with no response yet. */
	none: number;
	byStatus: Record<ResponseStatus, number>;
}

/** One line of the zestawienie uwag; `text` is the public (redacted) text. */
export interface ReportOpinionRow {
	lp: number;
	id: number;
	receivedAt: string;
	channel: Channel;
	speakerKind: SpeakerKind | null;
	district: DistrictCode | null;
	areas: { code: number; name: string }[];
	themes: string[];
	text: string;
	status: ResponseStatus | null;
	justification: string;
}
