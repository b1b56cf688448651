import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`patients_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`patients_sessions_order_idx\` ON \`patients_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`patients_sessions_parent_id_idx\` ON \`patients_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`patients\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`preferred_language\` text DEFAULT 'en' NOT NULL,
  	\`country\` text,
  	\`phone\` text,
  	\`time_zone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`_verified\` integer,
  	\`_verificationtoken\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`patients_updated_at_idx\` ON \`patients\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`patients_created_at_idx\` ON \`patients\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`patients_email_idx\` ON \`patients\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`consents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`patient_id\` text(36) NOT NULL,
  	\`hospital_id\` text(36) NOT NULL,
  	\`purpose\` text DEFAULT 'medical-data-to-hospital' NOT NULL,
  	\`text_version\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`given_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`patient_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consents_patient_idx\` ON \`consents\` (\`patient_id\`);`)
  await db.run(sql`CREATE INDEX \`consents_hospital_idx\` ON \`consents\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`consents_updated_at_idx\` ON \`consents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consents_created_at_idx\` ON \`consents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`inquiries_response_quote_extras\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`amount_j_p_y\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_response_quote_extras_order_idx\` ON \`inquiries_response_quote_extras\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_response_quote_extras_parent_id_idx\` ON \`inquiries_response_quote_extras\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`inquiries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`waiting_since\` text,
  	\`patient_id\` text(36) NOT NULL,
  	\`hospital_id\` text(36) NOT NULL,
  	\`assignee_id\` text(36),
  	\`package_id\` text(36),
  	\`response_decision\` text DEFAULT 'none',
  	\`response_decline_reason\` text,
  	\`response_quote_package_price_j_p_y\` numeric,
  	\`response_quote_interpreter_fee_j_p_y\` numeric,
  	\`response_quote_coordination_fee_j_p_y\` numeric,
  	\`response_quote_deposit_j_p_y\` numeric,
  	\`response_quote_valid_until\` text,
  	\`response_quote_total_j_p_y\` numeric,
  	\`response_quote_not_covered\` text,
  	\`question\` text NOT NULL,
  	\`condition_summary\` text,
  	\`preferred_dates_from\` text,
  	\`preferred_dates_to\` text,
  	\`companions\` numeric DEFAULT 0,
  	\`reply_language\` text NOT NULL,
  	\`consent_id\` text(36) NOT NULL,
  	\`quote_accepted_at\` text,
  	\`booking_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`patient_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`package_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`booking_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_reference_idx\` ON \`inquiries\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_status_idx\` ON \`inquiries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_waiting_since_idx\` ON \`inquiries\` (\`waiting_since\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_patient_idx\` ON \`inquiries\` (\`patient_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_hospital_idx\` ON \`inquiries\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_assignee_idx\` ON \`inquiries\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_package_idx\` ON \`inquiries\` (\`package_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_consent_idx\` ON \`inquiries\` (\`consent_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_booking_idx\` ON \`inquiries\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`inquiries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`medical_documents_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`medical_documents_id\`) REFERENCES \`medical_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_rels_order_idx\` ON \`inquiries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_parent_idx\` ON \`inquiries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_path_idx\` ON \`inquiries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_medical_documents_id_idx\` ON \`inquiries_rels\` (\`medical_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`inquiry_messages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`inquiry_id\` text(36) NOT NULL,
  	\`hospital_id\` text(36),
  	\`patient_id\` text(36),
  	\`author_type\` text NOT NULL,
  	\`author_staff_id\` text(36),
  	\`author_patient_id\` text(36),
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`patient_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_patient_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiry_messages_inquiry_idx\` ON \`inquiry_messages\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_messages_hospital_idx\` ON \`inquiry_messages\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_messages_patient_idx\` ON \`inquiry_messages\` (\`patient_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_messages_author_staff_idx\` ON \`inquiry_messages\` (\`author_staff_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_messages_author_patient_idx\` ON \`inquiry_messages\` (\`author_patient_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_messages_updated_at_idx\` ON \`inquiry_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_messages_created_at_idx\` ON \`inquiry_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`medical_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`original_name\` text,
  	\`patient_id\` text(36),
  	\`hospital_id\` text(36),
  	\`inquiry_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	FOREIGN KEY (\`patient_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`medical_documents_patient_idx\` ON \`medical_documents\` (\`patient_id\`);`)
  await db.run(sql`CREATE INDEX \`medical_documents_hospital_idx\` ON \`medical_documents\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`medical_documents_inquiry_idx\` ON \`medical_documents\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`medical_documents_updated_at_idx\` ON \`medical_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`medical_documents_created_at_idx\` ON \`medical_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`medical_documents_filename_idx\` ON \`medical_documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`slots\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`package_id\` text(36) NOT NULL,
  	\`date\` text NOT NULL,
  	\`capacity\` numeric DEFAULT 1 NOT NULL,
  	\`note\` text,
  	\`hospital_id\` text(36) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`package_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`slots_package_idx\` ON \`slots\` (\`package_id\`);`)
  await db.run(sql`CREATE INDEX \`slots_date_idx\` ON \`slots\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`slots_hospital_idx\` ON \`slots\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`slots_updated_at_idx\` ON \`slots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`slots_created_at_idx\` ON \`slots\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`slot_places\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slot_id\` text(36) NOT NULL,
  	\`place\` numeric NOT NULL,
  	\`booking_id\` text(36),
  	\`hospital_id\` text(36) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`slot_id\`) REFERENCES \`slots\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`booking_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`slot_places_slot_idx\` ON \`slot_places\` (\`slot_id\`);`)
  await db.run(sql`CREATE INDEX \`slot_places_booking_idx\` ON \`slot_places\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`slot_places_hospital_idx\` ON \`slot_places\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`slot_places_updated_at_idx\` ON \`slot_places\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`slot_places_created_at_idx\` ON \`slot_places\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slot_place_idx\` ON \`slot_places\` (\`slot_id\`,\`place\`);`)
  await db.run(sql`CREATE TABLE \`bookings_agreed_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`amount_j_p_y\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bookings_agreed_items_order_idx\` ON \`bookings_agreed_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bookings_agreed_items_parent_id_idx\` ON \`bookings_agreed_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bookings_transitions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`actor_type\` text NOT NULL,
  	\`actor_id\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bookings_transitions_order_idx\` ON \`bookings_transitions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bookings_transitions_parent_id_idx\` ON \`bookings_transitions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bookings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`patient_id\` text(36),
  	\`package_id\` text(36) NOT NULL,
  	\`slot_id\` text(36) NOT NULL,
  	\`slot_date\` text NOT NULL,
  	\`inquiry_id\` text(36),
  	\`hold_expires_at\` text,
  	\`locale\` text DEFAULT 'en' NOT NULL,
  	\`agreed_source\` text NOT NULL,
  	\`agreed_package_title\` text,
  	\`agreed_total_j_p_y\` numeric NOT NULL,
  	\`agreed_deposit_j_p_y\` numeric,
  	\`agreed_cancellation_free_until_days\` numeric,
  	\`agreed_cancellation_fee_percent\` numeric,
  	\`payment_method\` text,
  	\`deposit_paid_at\` text,
  	\`cancellation_at\` text,
  	\`cancellation_fee_j_p_y\` numeric,
  	\`cancellation_refund_j_p_y\` numeric,
  	\`hospital_id\` text(36) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`patient_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`package_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`slot_id\`) REFERENCES \`slots\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_reference_idx\` ON \`bookings\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_idx\` ON \`bookings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`bookings_patient_idx\` ON \`bookings\` (\`patient_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_package_idx\` ON \`bookings\` (\`package_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_slot_idx\` ON \`bookings\` (\`slot_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_slot_date_idx\` ON \`bookings\` (\`slot_date\`);`)
  await db.run(sql`CREATE INDEX \`bookings_inquiry_idx\` ON \`bookings\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_hold_expires_at_idx\` ON \`bookings\` (\`hold_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_hospital_idx\` ON \`bookings\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_updated_at_idx\` ON \`bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_created_at_idx\` ON \`bookings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`booking_id\` text(36) NOT NULL,
  	\`hospital_id\` text(36) NOT NULL,
  	\`patient_id\` text(36),
  	\`provider\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`amount_j_p_y\` numeric NOT NULL,
  	\`event_key\` text NOT NULL,
  	\`provider_ref\` text,
  	\`event_type\` text,
  	\`occurred_at\` text NOT NULL,
  	\`recorded_by_id\` text(36),
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`booking_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`patient_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`payments_booking_idx\` ON \`payments\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_hospital_idx\` ON \`payments\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_patient_idx\` ON \`payments\` (\`patient_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`payments_event_key_idx\` ON \`payments\` (\`event_key\`);`)
  await db.run(sql`CREATE INDEX \`payments_provider_ref_idx\` ON \`payments\` (\`provider_ref\`);`)
  await db.run(sql`CREATE INDEX \`payments_recorded_by_idx\` ON \`payments\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_updated_at_idx\` ON \`payments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payments_created_at_idx\` ON \`payments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`outbox\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`template\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`html\` text,
  	\`text\` text NOT NULL,
  	\`data\` text,
  	\`idempotency_key\` text NOT NULL,
  	\`about_collection\` text,
  	\`about_id\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`next_attempt_at\` text NOT NULL,
  	\`lease_until\` text,
  	\`sent_at\` text,
  	\`provider_message_id\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`outbox_template_idx\` ON \`outbox\` (\`template\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`outbox_idempotency_key_idx\` ON \`outbox\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`outbox_about_id_idx\` ON \`outbox\` (\`about_id\`);`)
  await db.run(sql`CREATE INDEX \`outbox_status_idx\` ON \`outbox\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`outbox_updated_at_idx\` ON \`outbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_created_at_idx\` ON \`outbox\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_nextAttemptAt_idx\` ON \`outbox\` (\`status\`,\`next_attempt_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`actor_type\` text NOT NULL,
  	\`actor_id\` text,
  	\`actor_label\` text,
  	\`action\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`hospital_id\` text(36),
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_actor_id_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_doc_id_idx\` ON \`audit_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_hospital_idx\` ON \`audit_log\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`care_packages\` ADD \`requires_approval\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`patients_id\` text(36) REFERENCES patients(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consents_id\` text(36) REFERENCES consents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inquiries_id\` text(36) REFERENCES inquiries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inquiry_messages_id\` text(36) REFERENCES inquiry_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`medical_documents_id\` text(36) REFERENCES medical_documents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`slots_id\` text(36) REFERENCES slots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`slot_places_id\` text(36) REFERENCES slot_places(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bookings_id\` text(36) REFERENCES bookings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`payments_id\` text(36) REFERENCES payments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outbox_id\` text(36) REFERENCES outbox(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` text(36) REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_patients_id_idx\` ON \`payload_locked_documents_rels\` (\`patients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consents_id_idx\` ON \`payload_locked_documents_rels\` (\`consents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiry_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiry_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_medical_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`medical_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slot_places_id_idx\` ON \`payload_locked_documents_rels\` (\`slot_places_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payments_id_idx\` ON \`payload_locked_documents_rels\` (\`payments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_preferences_rels\` ADD \`patients_id\` text(36) REFERENCES patients(id);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_patients_id_idx\` ON \`payload_preferences_rels\` (\`patients_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // SQLite checks foreign keys on DROP TABLE; the generated drops are not in dependency order.
  await db.run(sql`PRAGMA foreign_keys = OFF;`)
  await db.run(sql`DROP TABLE \`patients_sessions\`;`)
  await db.run(sql`DROP TABLE \`patients\`;`)
  await db.run(sql`DROP TABLE \`consents\`;`)
  await db.run(sql`DROP TABLE \`inquiries_response_quote_extras\`;`)
  await db.run(sql`DROP TABLE \`inquiries\`;`)
  await db.run(sql`DROP TABLE \`inquiries_rels\`;`)
  await db.run(sql`DROP TABLE \`inquiry_messages\`;`)
  await db.run(sql`DROP TABLE \`medical_documents\`;`)
  await db.run(sql`DROP TABLE \`slots\`;`)
  await db.run(sql`DROP TABLE \`slot_places\`;`)
  await db.run(sql`DROP TABLE \`bookings_agreed_items\`;`)
  await db.run(sql`DROP TABLE \`bookings_transitions\`;`)
  await db.run(sql`DROP TABLE \`bookings\`;`)
  await db.run(sql`DROP TABLE \`payments\`;`)
  await db.run(sql`DROP TABLE \`outbox\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`hospitals_id\` text(36),
  	\`care_packages_id\` text(36),
  	\`specialties_id\` text(36),
  	\`media_id\` text(36),
  	\`fx_rates_id\` text(36),
  	\`search_synonyms_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`care_packages_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`specialties_id\`) REFERENCES \`specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fx_rates_id\`) REFERENCES \`fx_rates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_synonyms_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "hospitals_id", "care_packages_id", "specialties_id", "media_id", "fx_rates_id", "search_synonyms_id", "users_id") SELECT "id", "order", "parent_id", "path", "hospitals_id", "care_packages_id", "specialties_id", "media_id", "fx_rates_id", "search_synonyms_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hospitals_id_idx\` ON \`payload_locked_documents_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_care_packages_id_idx\` ON \`payload_locked_documents_rels\` (\`care_packages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_specialties_id_idx\` ON \`payload_locked_documents_rels\` (\`specialties_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fx_rates_id_idx\` ON \`payload_locked_documents_rels\` (\`fx_rates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_synonyms_id_idx\` ON \`payload_locked_documents_rels\` (\`search_synonyms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences_rels\` RENAME TO \`payload_preferences_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`care_packages\` DROP COLUMN \`requires_approval\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
