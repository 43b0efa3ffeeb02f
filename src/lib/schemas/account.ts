import * as v from 'valibot';
import { ROLES } from '$lib/domain/roles';
import { picklistOf, requiredText } from './fields';

const email = v.pipe(
	v.string('required'),
	v.trim(),
	v.nonEmpty('required'),
	v.maxLength(254, 'too_long'),
	v.email('invalid_email')
);

export const loginSchema = v.object({
	email: v.pipe(
		v.string('required'),
		v.trim(),
		v.nonEmpty('required'),
		v.maxLength(254, 'too_long')
	),
	password: v.pipe(v.string('required'), v.nonEmpty('required'), v.maxLength(1000, 'too_long'))
});

export const inviteSchema = v.object({
	email,
	display_name: requiredText(120),
	role: picklistOf(ROLES)
});

export const PASSWORD_MIN = 12;

export const passwordSchema = v.pipe(
	v.object({
		password: v.pipe(
			v.string('required'),
			v.minLength(PASSWORD_MIN, 'too_short'),
			v.maxLength(256, 'too_long')
		),
		password_repeat: v.string('required')
	}),
	v.forward(
		v.check((p) => p.password === p.password_repeat, 'passwords_differ'),
		['password_repeat']
	)
);
