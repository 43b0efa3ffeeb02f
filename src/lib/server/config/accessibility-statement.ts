import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { env } from '$env/dynamic/private';

export const DEFAULT_STATEMENT_PATH = 'config/accessibility-statement.json';

/** Polish is required: the statement must exist in the site's main language; others fall back to it. */
const localized = v.strictObject({
	pl: v.pipe(v.string(), v.trim(), v.nonEmpty()),
	en: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty())),
	uk: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty()))
});

const paragraphs = v.pipe(v.array(localized), v.minLength(1));
const day = v.pipe(v.string(), v.isoDate('expected a date as YYYY-MM-DD'));

const statementSchema = v.strictObject({
	$comment: v.optional(v.string()),
	publisher: localized,
	siteName: localized,
	publishedOn: day,
	updatedOn: day,
	preparedOn: day,
	reviewedOn: day,
	status: v.picklist(['full', 'partial', 'none']),
	assessment: v.strictObject({
		method: v.picklist(['self', 'external']),
		by: v.optional(localized)
	}),
	gaps: v.array(v.strictObject({ content: localized, reason: localized })),
	contact: v.strictObject({
		person: v.pipe(v.string(), v.trim(), v.nonEmpty()),
		email: v.pipe(v.string(), v.trim(), v.email()),
		phone: v.pipe(v.string(), v.trim(), v.regex(/^\+?[\d ()-]{6,20}$/, 'expected a phone number')),
		example: v.optional(v.boolean(), false)
	}),
	architecture: v.strictObject({
		address: localized,
		description: paragraphs,
		example: v.optional(v.boolean(), false)
	}),
	mobileApps: localized
});

export type AccessibilityStatement = v.InferOutput<typeof statementSchema>;
export type LocalizedText = v.InferOutput<typeof localized>;

/** The file is missing, is not JSON or does not fit the schema; the message says where. */
export class AccessibilityStatementError extends Error {
	override name = 'AccessibilityStatementError';
}

export function parseAccessibilityStatement(raw: unknown, source: string): AccessibilityStatement {
	const result = v.safeParse(statementSchema, raw);
	if (result.success) return result.output;
	const problems = result.issues.map((issue) => {
		const at = v.getDotPath(issue) ?? '(top level)';
		return `${at}: ${issue.message}`;
	});
	throw new AccessibilityStatementError(
		`The accessibility statement in ${source} is invalid — ${problems.join('; ')}`
	);
}

/** GLOSY_ACCESSIBILITY_STATEMENT, else the committed file, relative to the working directory. */
export function statementPath(): string {
	return resolve(env.GLOSY_ACCESSIBILITY_STATEMENT || DEFAULT_STATEMENT_PATH);
}

export async function loadAccessibilityStatement(
	path = statementPath()
): Promise<AccessibilityStatement> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (cause) {
		const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
		throw new AccessibilityStatementError(
			`Cannot read the accessibility statement ${path}: ${code}`
		);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (cause) {
		throw new AccessibilityStatementError(
			`The accessibility statement ${path} is not valid JSON: ${(cause as Error).message}`
		);
	}
	return parseAccessibilityStatement(raw, path);
}
