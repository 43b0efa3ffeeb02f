import { m } from '$lib/paraglide/messages';

export type UploadError =
	| { code: 'not_table' | 'empty_file' | 'no_rows' | 'no_file'; row?: number }
	| { code: 'broken_quote'; row?: number }
	| { code: 'too_large'; limit: number };

/** Why a file was refused, in the words the upload page shows under its input. */
export function uploadErrorText(error: UploadError): string {
	switch (error.code) {
		case 'too_large':
			return m.error_upload_too_large({ limit: error.limit });
		case 'broken_quote':
			return m.table_import_error_broken_quote({ row: error.row ?? 1 });
		case 'not_table':
			return m.table_import_error_not_table();
		case 'empty_file':
			return m.table_import_error_empty_file();
		case 'no_rows':
			return m.table_import_error_no_rows();
		case 'no_file':
			return m.table_import_error_no_file();
	}
}
