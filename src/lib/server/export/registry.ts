import { join } from 'node:path';
import { exportDir } from './dir';
import { createJobRegistry, type JobRegistry } from './jobs';

let instance: JobRegistry | undefined;

/** The process's one job registry: its limit of two running exports holds for every user. */
export function exportJobs(): JobRegistry {
	instance ??= createJobRegistry({ dir: join(exportDir(), 'jobs') });
	return instance;
}
