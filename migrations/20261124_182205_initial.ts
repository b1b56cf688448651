import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`hospitals_accreditations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`label\` text,
  	\`valid_until\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_accreditations_order_idx\` ON \`hospitals_accreditations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_accreditations_parent_id_idx\` ON \`hospitals_accreditations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_languages_order_idx\` ON \`hospitals_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_languages_parent_idx\` ON \`hospitals_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_languages_value_idx\` ON \`hospitals_languages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_interpretation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`mode\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_interpretation_order_idx\` ON \`hospitals_interpretation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_interpretation_parent_id_idx\` ON \`hospitals_interpretation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_interpretation_locales\` (
  	\`hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals_interpretation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hospitals_interpretation_locales_locale_parent_id_unique\` ON \`hospitals_interpretation_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_routes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_routes_order_idx\` ON \`hospitals_routes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_routes_parent_idx\` ON \`hospitals_routes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_guarantors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_guarantors_order_idx\` ON \`hospitals_guarantors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_guarantors_parent_id_idx\` ON \`hospitals_guarantors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_support\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_support_order_idx\` ON \`hospitals_support\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_support_parent_idx\` ON \`hospitals_support\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_support_value_idx\` ON \`hospitals_support\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_payment_methods\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_payment_methods_order_idx\` ON \`hospitals_payment_methods\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_payment_methods_parent_idx\` ON \`hospitals_payment_methods\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`foreign_patients_per_year\` numeric,
  	\`accepts_emergencies\` integer DEFAULT false,
  	\`prefecture\` text NOT NULL,
  	\`coordinates_lat\` numeric,
  	\`coordinates_lng\` numeric,
  	\`nearest_airport_code\` text,
  	\`nearest_airport_travel_minutes\` numeric,
  	\`nearest_station_travel_minutes\` numeric,
  	\`international_office_email\` text,
  	\`international_office_phone\` text,
  	\`uninsured_fees_basis\` text,
  	\`uninsured_fees_multiplier\` numeric,
  	\`uninsured_fees_yen_per_point\` numeric,
  	\`no_referral_fee\` numeric,
  	\`interpreter_fee\` numeric,
  	\`deposit_rule\` text DEFAULT 'none',
  	\`bills_overseas_insurers\` integer DEFAULT false,
  	\`slug\` text NOT NULL,
  	\`verification_status\` text DEFAULT 'draft' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_prefecture_idx\` ON \`hospitals\` (\`prefecture\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`hospitals_slug_idx\` ON \`hospitals\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_verification_status_idx\` ON \`hospitals\` (\`verification_status\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_updated_at_idx\` ON \`hospitals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_created_at_idx\` ON \`hospitals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_locales\` (
  	\`name\` text NOT NULL,
  	\`summary\` text,
  	\`description\` text,
  	\`city\` text NOT NULL,
  	\`address\` text,
  	\`nearest_airport_name\` text,
  	\`nearest_station_name\` text,
  	\`international_office_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hospitals_locales_locale_parent_id_unique\` ON \`hospitals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`specialties_id\` text(36),
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`specialties_id\`) REFERENCES \`specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_rels_order_idx\` ON \`hospitals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_rels_parent_idx\` ON \`hospitals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_rels_path_idx\` ON \`hospitals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_rels_specialties_id_idx\` ON \`hospitals_rels\` (\`specialties_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_rels_media_id_idx\` ON \`hospitals_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`care_packages_included\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`care_packages_included_order_idx\` ON \`care_packages_included\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_included_parent_id_idx\` ON \`care_packages_included\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_included_locale_idx\` ON \`care_packages_included\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`care_packages_excluded\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`care_packages_excluded_order_idx\` ON \`care_packages_excluded\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_excluded_parent_id_idx\` ON \`care_packages_excluded\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_excluded_locale_idx\` ON \`care_packages_excluded\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`care_packages_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`care_packages_languages_order_idx\` ON \`care_packages_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_languages_parent_idx\` ON \`care_packages_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`care_packages_extras\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`price_j_p_y\` numeric NOT NULL,
  	\`unit\` text DEFAULT 'flat' NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`care_packages_extras_order_idx\` ON \`care_packages_extras\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_extras_parent_id_idx\` ON \`care_packages_extras\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`care_packages_extras_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`care_packages_extras\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`care_packages_extras_locales_locale_parent_id_unique\` ON \`care_packages_extras_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`care_packages_required_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`care_packages_required_documents_order_idx\` ON \`care_packages_required_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_required_documents_parent_id_idx\` ON \`care_packages_required_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_required_documents_locale_idx\` ON \`care_packages_required_documents\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`care_packages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`specialty_id\` text(36),
  	\`stay_nights\` numeric,
  	\`price_j_p_y\` numeric NOT NULL,
  	\`deposit_j_p_y\` numeric,
  	\`cancellation_free_until_days\` numeric,
  	\`cancellation_fee_percent\` numeric,
  	\`hospital_id\` text(36) NOT NULL,
  	\`slug\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`specialty_id\`) REFERENCES \`specialties\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`care_packages_specialty_idx\` ON \`care_packages\` (\`specialty_id\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_hospital_idx\` ON \`care_packages\` (\`hospital_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`care_packages_slug_idx\` ON \`care_packages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_status_idx\` ON \`care_packages\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_updated_at_idx\` ON \`care_packages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`care_packages_created_at_idx\` ON \`care_packages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`care_packages_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`stay_note\` text,
  	\`cancellation_terms\` text,
  	\`eligibility\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`care_packages_locales_locale_parent_id_unique\` ON \`care_packages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`specialties\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`order\` numeric DEFAULT 100,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`specialties_slug_idx\` ON \`specialties\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`specialties_updated_at_idx\` ON \`specialties\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`specialties_created_at_idx\` ON \`specialties\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`specialties_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`specialties_locales_locale_parent_id_unique\` ON \`specialties_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`hospital_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_hospital_idx\` ON \`media\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fx_rates\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`currency\` text NOT NULL,
  	\`yen_per_unit\` numeric NOT NULL,
  	\`as_of\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fx_rates_currency_idx\` ON \`fx_rates\` (\`currency\`);`)
  await db.run(sql`CREATE INDEX \`fx_rates_updated_at_idx\` ON \`fx_rates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fx_rates_created_at_idx\` ON \`fx_rates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`preferred_language\` text DEFAULT 'ja',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`hospitals_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_hospitals_id_idx\` ON \`users_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`hospitals_id\` text(36),
  	\`care_packages_id\` text(36),
  	\`specialties_id\` text(36),
  	\`media_id\` text(36),
  	\`fx_rates_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`care_packages_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`specialties_id\`) REFERENCES \`specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fx_rates_id\`) REFERENCES \`fx_rates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hospitals_id_idx\` ON \`payload_locked_documents_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_care_packages_id_idx\` ON \`payload_locked_documents_rels\` (\`care_packages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_specialties_id_idx\` ON \`payload_locked_documents_rels\` (\`specialties_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fx_rates_id_idx\` ON \`payload_locked_documents_rels\` (\`fx_rates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // SQLite checks foreign keys on DROP TABLE; the generated drops are not in dependency order.
  await db.run(sql`PRAGMA foreign_keys = OFF;`)
  await db.run(sql`DROP TABLE \`hospitals_accreditations\`;`)
  await db.run(sql`DROP TABLE \`hospitals_languages\`;`)
  await db.run(sql`DROP TABLE \`hospitals_interpretation\`;`)
  await db.run(sql`DROP TABLE \`hospitals_interpretation_locales\`;`)
  await db.run(sql`DROP TABLE \`hospitals_routes\`;`)
  await db.run(sql`DROP TABLE \`hospitals_guarantors\`;`)
  await db.run(sql`DROP TABLE \`hospitals_support\`;`)
  await db.run(sql`DROP TABLE \`hospitals_payment_methods\`;`)
  await db.run(sql`DROP TABLE \`hospitals\`;`)
  await db.run(sql`DROP TABLE \`hospitals_locales\`;`)
  await db.run(sql`DROP TABLE \`hospitals_rels\`;`)
  await db.run(sql`DROP TABLE \`care_packages_included\`;`)
  await db.run(sql`DROP TABLE \`care_packages_excluded\`;`)
  await db.run(sql`DROP TABLE \`care_packages_languages\`;`)
  await db.run(sql`DROP TABLE \`care_packages_extras\`;`)
  await db.run(sql`DROP TABLE \`care_packages_extras_locales\`;`)
  await db.run(sql`DROP TABLE \`care_packages_required_documents\`;`)
  await db.run(sql`DROP TABLE \`care_packages\`;`)
  await db.run(sql`DROP TABLE \`care_packages_locales\`;`)
  await db.run(sql`DROP TABLE \`specialties\`;`)
  await db.run(sql`DROP TABLE \`specialties_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`fx_rates\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`PRAGMA foreign_keys = ON;`)
}
