import * as v from 'valibot';
import { requiredText } from '$lib/schemas/fields';

const coderId = v.pipe(
	v.string('required'),
	v.regex(/^\d{1,12}$/, 'required'),
	v.transform(Number)
);

export const sampleSchema = v.pipe(
	v.object({
		name: requiredText(200),
		share: v.pipe(
			v.string('required'),
			v.trim(),
			v.regex(/^\d{1,3}$/, 'agr_share_range'),
			v.transform(Number),
			v.minValue(1, 'agr_share_range'),
			v.maxValue(50, 'agr_share_range')
		),
		size: v.pipe(
			v.optional(v.string(), ''),
			v.trim(),
			v.union(
				[v.literal(''), v.pipe(v.string(), v.regex(/^[1-9]\d{0,5}$/, 'agr_size_range'))],
				'agr_size_range'
			),
			v.transform((s) => (s === '' ? undefined : Number(s)))
		),
		coder_a: coderId,
		coder_b: coderId
	}),
	v.forward(
		v.partialCheck(
			[['coder_a'], ['coder_b']],
			(input) => input.coder_a !== input.coder_b,
			'agr_same_coder'
		),
		['coder_b']
	)
);
