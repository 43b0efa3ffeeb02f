import * as v from 'valibot';
import { optionalText, requiredText } from './fields';

export const areaSchema = v.object({
	code: v.pipe(
		v.string('required'),
		v.trim(),
		v.regex(/^[1-9]\d?$/, 'invalid_area_code'),
		v.transform(Number)
	),
	name_pl: requiredText(300),
	name_en: optionalText(300),
	description: optionalText(2000),
	colour: v.pipe(v.string('required'), v.trim(), v.regex(/^#[0-9a-fA-F]{6}$/, 'invalid_colour'))
});

export type AreaInput = v.InferOutput<typeof areaSchema>;

export const themeSchema = v.object({
	name: requiredText(200),
	description: optionalText(2000),
	area_id: v.pipe(
		v.optional(v.string(), ''),
		v.regex(/^\d*$/, 'invalid_choice'),
		v.transform((s) => (s === '' ? null : Number(s)))
	)
});

export type ThemeInput = v.InferOutput<typeof themeSchema>;
