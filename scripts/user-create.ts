/**
 * npm run user:create -- --email anna@um.warszawa.pl --name "Anna Nowak" [--role admin]
 * Reads the password from a terminal prompt, or from the first line of standard input.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { openDatabase } from '../src/lib/server/db/connect';
import { migrateToLatest } from '../src/lib/server/db/migrator';
import { createUserWithPassword } from '../src/lib/server/services/users';
import { PASSWORD_MIN, inviteSchema } from '../src/lib/schemas/account';

const { values } = parseArgs({
	options: {
		email: { type: 'string' },
		name: { type: 'string' },
		role: { type: 'string', default: 'admin' }
	}
});
const input = v.safeParse(inviteSchema, {
	email: values.email ?? '',
	display_name: values.name ?? '',
	role: values.role
});
if (!input.success) {
	console.error(
		'Usage: npm run user:create -- --email EMAIL --name "FULL NAME" [--role admin|analyst|facilitator]'
	);
	process.exit(2);
}

const password = await readPassword();
if (password.length < PASSWORD_MIN) {
	console.error(`The password must have at least ${PASSWORD_MIN} characters.`);
	process.exit(2);
}

const db = openDatabase(process.env.DATABASE_PATH || 'db/glosy.sqlite');
try {
	await migrateToLatest(db);
	const { email, display_name, role } = input.output;
	const result = await createUserWithPassword(db, {
		email,
		displayName: display_name,
		role,
		password
	});
	if (!result.ok) {
		console.error(`A user with the e-mail ${email} already exists.`);
		process.exitCode = 1;
	} else {
		console.log(`Created ${role} ${email}.`);
	}
} finally {
	await db.destroy();
}

async function readPassword(): Promise<string> {
	const rl = createInterface({
		input: process.stdin,
		output: process.stdout,
		terminal: process.stdin.isTTY
	});
	try {
		return (await rl.question(process.stdin.isTTY ? 'Password: ' : '')).trim();
	} finally {
		rl.close();
	}
}
