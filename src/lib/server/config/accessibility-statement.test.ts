import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	AccessibilityStatementError,
	DEFAULT_STATEMENT_PATH,
	loadAccessibilityStatement as sut
} from './accessibility-statement';

let dir: string;
let committed: Record<string, unknown>;

async function written(name: string, content: string) {
	const path = join(dir, name);
	await writeFile(path, content);
	return path;
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'glosy-a11y-'));
	committed = JSON.parse(await readFile(DEFAULT_STATEMENT_PATH, 'utf8')) as Record<string, unknown>;
});

describe('loadAccessibilityStatement', () => {
	it('reads the committed demo statement: partly compliant, self-assessed, example contact', async () => {
		const statement = await sut(DEFAULT_STATEMENT_PATH);

		expect(statement.status).toBe('partial');
		expect(statement.assessment.method).toBe('self');
		expect(statement.gaps.length).toBeGreaterThan(0);
		expect(statement.contact.example).toBe(true);
	});

	it('names the field that is missing or wrong', async () => {
		const { contact, ...rest } = committed as { contact: Record<string, unknown> };
		const broken = { ...rest, publishedOn: '23.11.2026', contact: { ...contact, email: 'nobody' } };
		const path = await written('broken.json', JSON.stringify(broken));

		const error = await sut(path).catch((e: unknown) => e);

		expect(error).toBeInstanceOf(AccessibilityStatementError);
		expect((error as Error).message).toContain(path);
		expect((error as Error).message).toMatch(/publishedOn: expected a date as YYYY-MM-DD/);
		expect((error as Error).message).toMatch(/contact\.email: /);
	});

	it('refuses an unknown key, so that a misspelt field is not silently ignored', async () => {
		const path = await written('typo.json', JSON.stringify({ ...committed, mobileApp: 'x' }));

		await expect(sut(path)).rejects.toThrow(/mobileApp/);
	});

	it('requires the Polish text of every localized field', async () => {
		const gaps = [{ content: { en: 'Charts' }, reason: { pl: 'Tabela obok.' } }];
		const path = await written('no-polish.json', JSON.stringify({ ...committed, gaps }));

		await expect(sut(path)).rejects.toThrow(/gaps\.0\.content\.pl/);
	});

	it('says when the file is not JSON or cannot be read', async () => {
		const path = await written('half.json', '{ "publisher": ');

		await expect(sut(path)).rejects.toThrow(/is not valid JSON/);
		await expect(sut(join(dir, 'missing.json'))).rejects.toThrow(/Cannot read .*ENOENT/);
	});
});
