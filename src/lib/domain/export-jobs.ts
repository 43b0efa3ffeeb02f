export type ExportJobState = 'queued' | 'running' | 'done' | 'failed';

/** What a progress count counts: opinions written, or the steps of a longer document. */
export type ExportUnit = 'opinions' | 'steps';

/** An export job as the staff page and its JSON status show it. */
export interface ExportJobView {
	id: string;
	kind: string;
	state: ExportJobState;
	done: number;
	total: number;
	unit: ExportUnit;
	file: string;
	href: string;
	statusHref: string;
}
