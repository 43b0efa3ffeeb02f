import * as v from 'valibot';
import { requiredText } from './fields';

export const DEVICE_NAME_MAX = 60;

export const deviceSchema = v.object({ name: requiredText(DEVICE_NAME_MAX) });

export type DeviceInput = v.InferOutput<typeof deviceSchema>;
