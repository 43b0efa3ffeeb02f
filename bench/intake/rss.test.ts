import { describe, expect, it } from 'vitest';
import { cpuTicks, summariseRss, vmRssKb } from './rss';

describe('vmRssKb', () => {
	it('reads the VmRSS line of /proc/<pid>/status', () => {
		const status = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmRSS:\t  153600 kB\nRssAnon:\t 90000 kB\n';

		expect(vmRssKb(status)).toBe(153_600);
		expect(vmRssKb('Name:\tkthreadd\n')).toBeNull();
	});
});

describe('summariseRss', () => {
	it('gives the largest and the median sample in MB of 1024 KiB', () => {
		expect(summariseRss([102_400, 204_800, 153_600])).toEqual({
			samples: 3,
			maxMB: 200,
			medianMB: 150
		});
	});
});

describe('cpuTicks', () => {
	it('adds user and system time, whatever the command name holds', () => {
		const rest = 'S 1 2 3 0 -1 4194560 500 0 0 0 1234 567 0 0 20 0 11 0 100 1000 200';

		expect(cpuTicks(`4242 (node) ${rest}`)).toBe(1801);
		expect(cpuTicks(`4242 (node (worker) x) ${rest}`)).toBe(1801);
		expect(cpuTicks('4242 (node)')).toBeNull();
	});
});
