export interface CodebookArea {
	id: number;
	code: number;
	name: string;
	colour: string;
}

export interface CodebookTheme {
	id: number;
	name: string;
	areaCode: number | null;
	retired: boolean;
}

export interface Coder {
	id: number;
	display_name: string;
}

/** One opinion as the inbox lists it, with its coding. */
export interface InboxRow {
	id: number;
	text: string;
	length: number;
	channel: string;
	received_at: string;
	district: string | null;
	age_band: string | null;
	status: string;
	excluded_reason: string | null;
	duplicate_of_id: number | null;
	version: number;
	assigned_to: number | null;
	parent_id: number | null;
	split_at: string | null;
	event_title: string | null;
	table_name: string | null;
	response_status: string | null;
	areaIds: number[];
	themeIds: number[];
}

/** What the classifier proposes for an opinion not yet coded, with its confidence (0–1). */
export interface Suggestion {
	areas: { areaId: number; confidence: number }[];
	themes: { themeId: number; confidence: number }[];
}

export type CodingRefusal =
	| 'conflict'
	| 'excluded'
	| 'split'
	| 'unknown_area'
	| 'unknown_theme'
	| 'retired_theme'
	| 'too_many_areas';
