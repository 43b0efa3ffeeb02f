export { default as PairingForm } from './PairingForm.svelte';
export { pair } from '$lib/kiosk/pair';
