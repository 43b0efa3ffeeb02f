import type { ExportJobView } from '$lib/domain/export-jobs';
import { exportKindNames } from './kinds';
import { exportJobs } from './registry';
import { exportJobViews, exportsPath } from './service';

export interface ExportPanelData {
	/** Where the panel's form posts: the exports page's `start` action. */
	action: string;
	kinds: string[];
	jobs: ExportJobView[];
}

/** What ExportPanel.svelte needs; a page's load calls it after authorising 'reports:view'. */
export async function exportPanel(
	userId: number,
	consultation: { id: number; slug: string }
): Promise<ExportPanelData> {
	return {
		action: `${exportsPath(consultation.slug)}?/start`,
		kinds: exportKindNames(),
		jobs: await exportJobViews(exportJobs(), userId, consultation)
	};
}
