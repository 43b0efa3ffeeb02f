import { readFileSync } from 'node:fs';
import { percentile, round } from '../stats';

/** The resident set size in kB from the text of /proc/<pid>/status; null if absent. */
export function vmRssKb(status: string): number | null {
	const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
	return match ? Number(match[1]) : null;
}

export interface RssSummary {
	samples: number;
	/** MB of 1024 × 1024 bytes, as the kernel's kB are 1024 bytes (and the kiosk's KB too). */
	maxMB: number;
	medianMB: number;
}

export function summariseRss(samplesKb: readonly number[]): RssSummary {
	const sorted = [...samplesKb].sort((a, b) => a - b);
	const megabytes = (kb: number) => round(kb / 1024, 1);
	return {
		samples: sorted.length,
		maxMB: megabytes(sorted.at(-1) ?? 0),
		medianMB: megabytes(percentile(sorted, 50))
	};
}

/** User + system CPU time in clock ticks from the text of /proc/<pid>/stat. */
export function cpuTicks(stat: string): number | null {
	// Fields 14 and 15; the command name (field 2) is in parentheses and may hold spaces.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const [utime, stime] = [Number(fields[11]), Number(fields[12])];
	return Number.isInteger(utime) && Number.isInteger(stime) ? utime + stime : null;
}

// USER_HZ: 100 on every Linux the bench runs on (getconf CLK_TCK).
const MS_PER_TICK = 10;

/** CPU time a process has used so far, in ms (10 ms resolution); null if it cannot be read. */
export function cpuMs(pid: number): number | null {
	try {
		const ticks = cpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
		return ticks === null ? null : ticks * MS_PER_TICK;
	} catch {
		return null;
	}
}

/** Reads a process's RSS every `everyMs` until stopped; Linux only (/proc). */
export function sampleRss(pid: number, everyMs = 100) {
	const samples: number[] = [];
	const read = () => {
		try {
			const kb = vmRssKb(readFileSync(`/proc/${pid}/status`, 'utf8'));
			if (kb !== null) samples.push(kb);
		} catch {
			// The process is gone or /proc is missing: no sample.
		}
	};
	read();
	const timer = setInterval(read, everyMs);
	return {
		stop(): RssSummary {
			clearInterval(timer);
			return summariseRss(samples);
		}
	};
}
