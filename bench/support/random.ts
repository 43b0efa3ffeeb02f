/** A seeded generator (mulberry32): the same seed gives the same corpus on every machine. */
export class Random {
	private state: number;

	constructor(seed: number) {
		this.state = seed | 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) | 0;
		let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(share: number): boolean {
		return this.next() < share;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('Nothing to pick from');
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** Picks by weight: [[value, weight], …]. */
	weighted<T>(choices: readonly (readonly [T, number])[]): T {
		const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
		let roll = this.next() * total;
		for (const [value, weight] of choices) {
			roll -= weight;
			if (roll < 0) return value;
		}
		return choices[choices.length - 1]![0];
	}

	/** Up to `count` distinct items, in a random order. */
	sample<T>(items: readonly T[], count: number): T[] {
		const pool = [...items];
		const chosen: T[] = [];
		while (chosen.length < count && pool.length > 0) {
			chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
		}
		return chosen;
	}

	hex(length: number): string {
		let text = '';
		while (text.length < length)
			text += Math.floor(this.next() * 0x10000)
				.toString(16)
				.padStart(4, '0');
		return text.slice(0, length);
	}

	uuid(): string {
		const h = this.hex(32);
		return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
	}
}
