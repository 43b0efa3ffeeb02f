import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from './schema.gen';

export type { DB };
export type User = Selectable<DB['users']>;
export type Consultation = Selectable<DB['consultations']>;
export type NewConsultation = Insertable<DB['consultations']>;
export type ConsultationUpdate = Updateable<DB['consultations']>;
export type Area = Selectable<DB['areas']>;
export type Theme = Selectable<DB['themes']>;
export type Question = Selectable<DB['questions']>;
export type Event = Selectable<DB['events']>;
export type NewEvent = Insertable<DB['events']>;
export type MeetingTable = Selectable<DB['meeting_tables']>;
export type Comment = Selectable<DB['comments']>;
export type NewComment = Insertable<DB['comments']>;
export type CommentResponse = Selectable<DB['comment_responses']>;
export type ImportBatch = Selectable<DB['import_batches']>;
export type NewImportBatch = Insertable<DB['import_batches']>;
