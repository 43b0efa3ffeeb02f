/** What one resident has entered so far; it lives only in memory and dies with the screen. */
export interface Draft {
	questionId: number | null;
	text: string;
	areaIds: number[];
	unsure: boolean;
	district: string;
	ageBand: string;
}

export const emptyDraft = (questionId: number | null = null): Draft => ({
	questionId,
	text: '',
	areaIds: [],
	unsure: false,
	district: '',
	ageBand: ''
});
