import type { ExportJobState, ExportJobView } from '$lib/domain/export-jobs';
import { formatNumber } from '$lib/domain/format';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

const kindName = (job: ExportJobView) => job.kind.toUpperCase();

/** „Eksport XLSX: 12 000 z 200 000 uwag” and its siblings for the other states. */
export function jobText(job: ExportJobView): string {
	const kind = kindName(job);
	if (job.state === 'queued') return m.exp_queued({ kind });
	if (job.state === 'done') return m.exp_done({ kind });
	if (job.state === 'failed') return m.exp_failed({ kind });
	const done = formatNumber(job.done, getLocale());
	return job.unit === 'opinions'
		? m.exp_progress({ kind, done, total: job.total })
		: m.exp_progress_steps({ kind, done, total: formatNumber(job.total, getLocale()) });
}

const RANK: Record<ExportJobState, number> = { queued: 0, running: 1, done: 2, failed: 2 };

/** Of the page's copy and the latest poll, the one further along. */
export function fresher(a: ExportJobView, b: ExportJobView | undefined): ExportJobView {
	if (!b) return a;
	if (RANK[b.state] !== RANK[a.state]) return RANK[b.state] > RANK[a.state] ? b : a;
	return b.done >= a.done ? b : a;
}

export const isActive = (job: ExportJobView) => job.state === 'queued' || job.state === 'running';
