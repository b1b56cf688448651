import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`stories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`category\` text,
  	\`hero_image_id\` text(36),
  	\`author_name\` text,
  	\`patient_consent_obtained\` integer DEFAULT false,
  	\`patient_consent_recorded_on\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_approved_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_publish_at\` text,
  	\`workflow_review_note\` text,
  	\`source_locale\` text DEFAULT 'en',
  	\`translation_progress\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_slug_idx\` ON \`stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`stories_category_idx\` ON \`stories\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`stories_hero_image_idx\` ON \`stories\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_published_at_idx\` ON \`stories\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_workflow_status_idx\` ON \`stories\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`stories_workflow_workflow_submitted_by_idx\` ON \`stories\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_workflow_workflow_approved_by_idx\` ON \`stories\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_workflow_workflow_last_edited_by_idx\` ON \`stories\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_workflow_workflow_publish_at_idx\` ON \`stories\` (\`workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`stories__status_idx\` ON \`stories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`stories_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`author_role\` text,
  	\`body\` text,
  	\`reading_minutes\` numeric,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_locales_locale_parent_id_unique\` ON \`stories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stories_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`hospitals_id\` text(36),
  	\`specialties_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`specialties_id\`) REFERENCES \`specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_rels_order_idx\` ON \`stories_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_parent_idx\` ON \`stories_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_path_idx\` ON \`stories_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_hospitals_id_idx\` ON \`stories_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_specialties_id_idx\` ON \`stories_rels\` (\`specialties_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_hero_image_id\` text(36),
  	\`version_author_name\` text,
  	\`version_patient_consent_obtained\` integer DEFAULT false,
  	\`version_patient_consent_recorded_on\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_approved_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_review_note\` text,
  	\`version_source_locale\` text DEFAULT 'en',
  	\`version_translation_progress\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_parent_idx\` ON \`_stories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_slug_idx\` ON \`_stories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_category_idx\` ON \`_stories_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_hero_image_idx\` ON \`_stories_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_published_at_idx\` ON \`_stories_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_workflow_status_idx\` ON \`_stories_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_workflow_version_workflow_submitted_b_idx\` ON \`_stories_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_workflow_version_workflow_approved_by_idx\` ON \`_stories_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_workflow_version_workflow_last_edited_idx\` ON \`_stories_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_workflow_version_workflow_publish_at_idx\` ON \`_stories_v\` (\`version_workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_updated_at_idx\` ON \`_stories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_created_at_idx\` ON \`_stories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version__status_idx\` ON \`_stories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_created_at_idx\` ON \`_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_updated_at_idx\` ON \`_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_snapshot_idx\` ON \`_stories_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_published_locale_idx\` ON \`_stories_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_latest_idx\` ON \`_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_author_role\` text,
  	\`version_body\` text,
  	\`version_reading_minutes\` numeric,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_stories_v_locales_locale_parent_id_unique\` ON \`_stories_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`hospitals_id\` text(36),
  	\`specialties_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`specialties_id\`) REFERENCES \`specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_order_idx\` ON \`_stories_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_parent_idx\` ON \`_stories_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_path_idx\` ON \`_stories_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_hospitals_id_idx\` ON \`_stories_v_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_specialties_id_idx\` ON \`_stories_v_rels\` (\`specialties_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_hero_order_idx\` ON \`pages_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_hero_parent_id_idx\` ON \`pages_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_hero_path_idx\` ON \`pages_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_hero_locale_idx\` ON \`pages_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`content\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_order_idx\` ON \`pages_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_parent_id_idx\` ON \`pages_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_path_idx\` ON \`pages_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_rich_text_locale_idx\` ON \`pages_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_steps_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_steps_items_order_idx\` ON \`pages_blocks_steps_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_steps_items_parent_id_idx\` ON \`pages_blocks_steps_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_steps_items_locale_idx\` ON \`pages_blocks_steps_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`intro\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_steps_order_idx\` ON \`pages_blocks_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_steps_parent_id_idx\` ON \`pages_blocks_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_steps_path_idx\` ON \`pages_blocks_steps\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_steps_locale_idx\` ON \`pages_blocks_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_faq_items_order_idx\` ON \`pages_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_faq_items_parent_id_idx\` ON \`pages_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_faq_items_locale_idx\` ON \`pages_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_faq_order_idx\` ON \`pages_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_faq_parent_id_idx\` ON \`pages_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_faq_path_idx\` ON \`pages_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_faq_locale_idx\` ON \`pages_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_checklist_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_checklist\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_checklist_items_order_idx\` ON \`pages_blocks_checklist_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_checklist_items_parent_id_idx\` ON \`pages_blocks_checklist_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_checklist_items_locale_idx\` ON \`pages_blocks_checklist_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_checklist\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`intro\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_checklist_order_idx\` ON \`pages_blocks_checklist\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_checklist_parent_id_idx\` ON \`pages_blocks_checklist\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_checklist_path_idx\` ON \`pages_blocks_checklist\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_checklist_locale_idx\` ON \`pages_blocks_checklist\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_contact_points_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`kind\` text DEFAULT 'email',
  	\`value\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_contact_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_points_items_order_idx\` ON \`pages_blocks_contact_points_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_points_items_parent_id_idx\` ON \`pages_blocks_contact_points_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_points_items_locale_idx\` ON \`pages_blocks_contact_points_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_contact_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_points_order_idx\` ON \`pages_blocks_contact_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_points_parent_id_idx\` ON \`pages_blocks_contact_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_points_path_idx\` ON \`pages_blocks_contact_points\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_contact_points_locale_idx\` ON \`pages_blocks_contact_points\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`label\` text,
  	\`href\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_call_to_action_order_idx\` ON \`pages_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_call_to_action_parent_id_idx\` ON \`pages_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_call_to_action_path_idx\` ON \`pages_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_call_to_action_locale_idx\` ON \`pages_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_approved_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_publish_at\` text,
  	\`workflow_review_note\` text,
  	\`source_locale\` text DEFAULT 'en',
  	\`translation_progress\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_workflow_status_idx\` ON \`pages\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`pages_workflow_workflow_submitted_by_idx\` ON \`pages\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_workflow_workflow_approved_by_idx\` ON \`pages\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_workflow_workflow_last_edited_by_idx\` ON \`pages\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_workflow_workflow_publish_at_idx\` ON \`pages\` (\`workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_hero_order_idx\` ON \`_pages_v_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_hero_parent_id_idx\` ON \`_pages_v_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_hero_path_idx\` ON \`_pages_v_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_hero_locale_idx\` ON \`_pages_v_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`content\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_order_idx\` ON \`_pages_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_parent_id_idx\` ON \`_pages_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_path_idx\` ON \`_pages_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_rich_text_locale_idx\` ON \`_pages_v_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_steps_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_steps_items_order_idx\` ON \`_pages_v_blocks_steps_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_steps_items_parent_id_idx\` ON \`_pages_v_blocks_steps_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_steps_items_locale_idx\` ON \`_pages_v_blocks_steps_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`intro\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_steps_order_idx\` ON \`_pages_v_blocks_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_steps_parent_id_idx\` ON \`_pages_v_blocks_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_steps_path_idx\` ON \`_pages_v_blocks_steps\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_steps_locale_idx\` ON \`_pages_v_blocks_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_faq_items_order_idx\` ON \`_pages_v_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_faq_items_parent_id_idx\` ON \`_pages_v_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_faq_items_locale_idx\` ON \`_pages_v_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_faq_order_idx\` ON \`_pages_v_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_faq_parent_id_idx\` ON \`_pages_v_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_faq_path_idx\` ON \`_pages_v_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_faq_locale_idx\` ON \`_pages_v_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_checklist_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_checklist\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_checklist_items_order_idx\` ON \`_pages_v_blocks_checklist_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_checklist_items_parent_id_idx\` ON \`_pages_v_blocks_checklist_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_checklist_items_locale_idx\` ON \`_pages_v_blocks_checklist_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_checklist\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`intro\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_checklist_order_idx\` ON \`_pages_v_blocks_checklist\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_checklist_parent_id_idx\` ON \`_pages_v_blocks_checklist\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_checklist_path_idx\` ON \`_pages_v_blocks_checklist\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_checklist_locale_idx\` ON \`_pages_v_blocks_checklist\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_contact_points_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`kind\` text DEFAULT 'email',
  	\`value\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_contact_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_points_items_order_idx\` ON \`_pages_v_blocks_contact_points_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_points_items_parent_id_idx\` ON \`_pages_v_blocks_contact_points_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_points_items_locale_idx\` ON \`_pages_v_blocks_contact_points_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_contact_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_points_order_idx\` ON \`_pages_v_blocks_contact_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_points_parent_id_idx\` ON \`_pages_v_blocks_contact_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_points_path_idx\` ON \`_pages_v_blocks_contact_points\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_contact_points_locale_idx\` ON \`_pages_v_blocks_contact_points\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`label\` text,
  	\`href\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_call_to_action_order_idx\` ON \`_pages_v_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_call_to_action_parent_id_idx\` ON \`_pages_v_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_call_to_action_path_idx\` ON \`_pages_v_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_call_to_action_locale_idx\` ON \`_pages_v_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_approved_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_review_note\` text,
  	\`version_source_locale\` text DEFAULT 'en',
  	\`version_translation_progress\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_workflow_status_idx\` ON \`_pages_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_workflow_version_workflow_submitted_by_idx\` ON \`_pages_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_workflow_version_workflow_approved_by_idx\` ON \`_pages_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_workflow_version_workflow_last_edited_b_idx\` ON \`_pages_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_workflow_version_workflow_publish_at_idx\` ON \`_pages_v\` (\`version_workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`affiliation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_resources_authors_order_idx\` ON \`knowledge_resources_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_authors_parent_id_idx\` ON \`knowledge_resources_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_organisations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_resources_organisations_order_idx\` ON \`knowledge_resources_organisations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_organisations_parent_id_idx\` ON \`knowledge_resources_organisations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_resources_countries_order_idx\` ON \`knowledge_resources_countries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_countries_parent_idx\` ON \`knowledge_resources_countries\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_resources_regions_order_idx\` ON \`knowledge_resources_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_regions_parent_idx\` ON \`knowledge_resources_regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_resources_topics_order_idx\` ON \`knowledge_resources_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_topics_parent_idx\` ON \`knowledge_resources_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_building_blocks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_resources_building_blocks_order_idx\` ON \`knowledge_resources_building_blocks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_building_blocks_parent_idx\` ON \`knowledge_resources_building_blocks\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_sdg_targets\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_resources_sdg_targets_order_idx\` ON \`knowledge_resources_sdg_targets\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_sdg_targets_parent_idx\` ON \`knowledge_resources_sdg_targets\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_resources_languages_order_idx\` ON \`knowledge_resources_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_languages_parent_idx\` ON \`knowledge_resources_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`file_id\` text(36),
  	FOREIGN KEY (\`file_id\`) REFERENCES \`resource_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_resources_files_order_idx\` ON \`knowledge_resources_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_files_parent_id_idx\` ON \`knowledge_resources_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_files_file_idx\` ON \`knowledge_resources_files\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_files_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_resources_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`knowledge_resources_files_locales_locale_parent_id_unique\` ON \`knowledge_resources_files_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`resource_type\` text,
  	\`published_on\` text,
  	\`licence\` text DEFAULT 'cc-by-4.0',
  	\`citation_publisher\` text,
  	\`citation_doi\` text,
  	\`citation_url\` text,
  	\`citation_edition\` text,
  	\`video_url\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_approved_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_publish_at\` text,
  	\`workflow_review_note\` text,
  	\`source_locale\` text DEFAULT 'en',
  	\`translation_progress\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`knowledge_resources_slug_idx\` ON \`knowledge_resources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_resource_type_idx\` ON \`knowledge_resources\` (\`resource_type\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_published_on_idx\` ON \`knowledge_resources\` (\`published_on\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_workflow_status_idx\` ON \`knowledge_resources\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_workflow_workflow_submitted_by_idx\` ON \`knowledge_resources\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_workflow_workflow_approved_by_idx\` ON \`knowledge_resources\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_workflow_workflow_last_edited_by_idx\` ON \`knowledge_resources\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_workflow_workflow_publish_at_idx\` ON \`knowledge_resources\` (\`workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_updated_at_idx\` ON \`knowledge_resources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_created_at_idx\` ON \`knowledge_resources\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources__status_idx\` ON \`knowledge_resources\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`knowledge_resources_locales_locale_parent_id_unique\` ON \`knowledge_resources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_resources_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`knowledge_resources_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_resources_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_resources_rels_order_idx\` ON \`knowledge_resources_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_rels_parent_idx\` ON \`knowledge_resources_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_rels_path_idx\` ON \`knowledge_resources_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_resources_rels_knowledge_resources_id_idx\` ON \`knowledge_resources_rels\` (\`knowledge_resources_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_version_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`affiliation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_authors_order_idx\` ON \`_knowledge_resources_v_version_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_authors_parent_id_idx\` ON \`_knowledge_resources_v_version_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_version_organisations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_organisations_order_idx\` ON \`_knowledge_resources_v_version_organisations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_organisations_parent_id_idx\` ON \`_knowledge_resources_v_version_organisations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_version_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_countries_order_idx\` ON \`_knowledge_resources_v_version_countries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_countries_parent_idx\` ON \`_knowledge_resources_v_version_countries\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_version_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_regions_order_idx\` ON \`_knowledge_resources_v_version_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_regions_parent_idx\` ON \`_knowledge_resources_v_version_regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_topics_order_idx\` ON \`_knowledge_resources_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_topics_parent_idx\` ON \`_knowledge_resources_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_version_building_blocks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_building_blocks_order_idx\` ON \`_knowledge_resources_v_version_building_blocks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_building_blocks_parent_idx\` ON \`_knowledge_resources_v_version_building_blocks\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_version_sdg_targets\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_sdg_targets_order_idx\` ON \`_knowledge_resources_v_version_sdg_targets\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_sdg_targets_parent_idx\` ON \`_knowledge_resources_v_version_sdg_targets\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_languages_order_idx\` ON \`_knowledge_resources_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_languages_parent_idx\` ON \`_knowledge_resources_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_version_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`file_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`resource_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_files_order_idx\` ON \`_knowledge_resources_v_version_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_files_parent_id_idx\` ON \`_knowledge_resources_v_version_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_files_file_idx\` ON \`_knowledge_resources_v_version_files\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_version_files_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_resources_v_version_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_knowledge_resources_v_version_files_locales_locale_parent_i\` ON \`_knowledge_resources_v_version_files_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_resource_type\` text,
  	\`version_published_on\` text,
  	\`version_licence\` text DEFAULT 'cc-by-4.0',
  	\`version_citation_publisher\` text,
  	\`version_citation_doi\` text,
  	\`version_citation_url\` text,
  	\`version_citation_edition\` text,
  	\`version_video_url\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_approved_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_review_note\` text,
  	\`version_source_locale\` text DEFAULT 'en',
  	\`version_translation_progress\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_parent_idx\` ON \`_knowledge_resources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_version_slug_idx\` ON \`_knowledge_resources_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_version_resource_type_idx\` ON \`_knowledge_resources_v\` (\`version_resource_type\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_version_published_on_idx\` ON \`_knowledge_resources_v\` (\`version_published_on\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_version_workflow_status_idx\` ON \`_knowledge_resources_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_workflow_version_workflow_idx\` ON \`_knowledge_resources_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_workflow_version_workfl_1_idx\` ON \`_knowledge_resources_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_workflow_version_workfl_2_idx\` ON \`_knowledge_resources_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_workflow_version_workfl_3_idx\` ON \`_knowledge_resources_v\` (\`version_workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_version_updated_at_idx\` ON \`_knowledge_resources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_version_created_at_idx\` ON \`_knowledge_resources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_version_version__status_idx\` ON \`_knowledge_resources_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_created_at_idx\` ON \`_knowledge_resources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_updated_at_idx\` ON \`_knowledge_resources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_snapshot_idx\` ON \`_knowledge_resources_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_published_locale_idx\` ON \`_knowledge_resources_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_latest_idx\` ON \`_knowledge_resources_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_knowledge_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_knowledge_resources_v_locales_locale_parent_id_unique\` ON \`_knowledge_resources_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_resources_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`knowledge_resources_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_resources_id\`) REFERENCES \`knowledge_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_rels_order_idx\` ON \`_knowledge_resources_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_rels_parent_idx\` ON \`_knowledge_resources_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_rels_path_idx\` ON \`_knowledge_resources_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_resources_v_rels_knowledge_resources_id_idx\` ON \`_knowledge_resources_v_rels\` (\`knowledge_resources_id\`);`)
  await db.run(sql`CREATE TABLE \`resource_files\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`original_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`resource_files_updated_at_idx\` ON \`resource_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resource_files_created_at_idx\` ON \`resource_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`resource_files_filename_idx\` ON \`resource_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`resource_files_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`resource_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`resource_files_locales_locale_parent_id_unique\` ON \`resource_files_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_programs_instruction_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_programs_instruction_languages_order_idx\` ON \`training_programs_instruction_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_instruction_languages_parent_idx\` ON \`training_programs_instruction_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_programs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`host_kind\` text DEFAULT 'hospital',
  	\`host_hospital_id\` text(36),
  	\`host_website\` text,
  	\`field\` text,
  	\`format\` text DEFAULT 'on-site',
  	\`length_weeks\` numeric,
  	\`scholarship_available\` integer DEFAULT false,
  	\`application_deadline\` text,
  	\`start_date\` text,
  	\`seats\` numeric,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_approved_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_publish_at\` text,
  	\`workflow_review_note\` text,
  	\`source_locale\` text DEFAULT 'en',
  	\`translation_progress\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`host_hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_programs_slug_idx\` ON \`training_programs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_host_host_hospital_idx\` ON \`training_programs\` (\`host_hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_field_idx\` ON \`training_programs\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_format_idx\` ON \`training_programs\` (\`format\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_scholarship_scholarship_available_idx\` ON \`training_programs\` (\`scholarship_available\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_application_deadline_idx\` ON \`training_programs\` (\`application_deadline\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_workflow_status_idx\` ON \`training_programs\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_workflow_workflow_submitted_by_idx\` ON \`training_programs\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_workflow_workflow_approved_by_idx\` ON \`training_programs\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_workflow_workflow_last_edited_by_idx\` ON \`training_programs\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_workflow_workflow_publish_at_idx\` ON \`training_programs\` (\`workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_updated_at_idx\` ON \`training_programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`training_programs_created_at_idx\` ON \`training_programs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`training_programs__status_idx\` ON \`training_programs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`training_programs_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`host_name\` text,
  	\`eligibility\` text,
  	\`scholarship_details\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_programs_locales_locale_parent_id_unique\` ON \`training_programs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_programs_v_version_instruction_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_training_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_instruction_languages_order_idx\` ON \`_training_programs_v_version_instruction_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_instruction_languages_parent_idx\` ON \`_training_programs_v_version_instruction_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_programs_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_host_kind\` text DEFAULT 'hospital',
  	\`version_host_hospital_id\` text(36),
  	\`version_host_website\` text,
  	\`version_field\` text,
  	\`version_format\` text DEFAULT 'on-site',
  	\`version_length_weeks\` numeric,
  	\`version_scholarship_available\` integer DEFAULT false,
  	\`version_application_deadline\` text,
  	\`version_start_date\` text,
  	\`version_seats\` numeric,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_approved_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_review_note\` text,
  	\`version_source_locale\` text DEFAULT 'en',
  	\`version_translation_progress\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_host_hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_programs_v_parent_idx\` ON \`_training_programs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_slug_idx\` ON \`_training_programs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_host_version_host_hospital_idx\` ON \`_training_programs_v\` (\`version_host_hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_field_idx\` ON \`_training_programs_v\` (\`version_field\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_format_idx\` ON \`_training_programs_v\` (\`version_format\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_scholarship_version_scholar_idx\` ON \`_training_programs_v\` (\`version_scholarship_available\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_application_deadlin_idx\` ON \`_training_programs_v\` (\`version_application_deadline\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_workflow_status_idx\` ON \`_training_programs_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_workflow_version_workflow_s_idx\` ON \`_training_programs_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_workflow_version_workflow_a_idx\` ON \`_training_programs_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_workflow_version_workflow_l_idx\` ON \`_training_programs_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_workflow_version_workflow_p_idx\` ON \`_training_programs_v\` (\`version_workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_updated_at_idx\` ON \`_training_programs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version_created_at_idx\` ON \`_training_programs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_version_version__status_idx\` ON \`_training_programs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_created_at_idx\` ON \`_training_programs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_updated_at_idx\` ON \`_training_programs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_snapshot_idx\` ON \`_training_programs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_published_locale_idx\` ON \`_training_programs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_training_programs_v_latest_idx\` ON \`_training_programs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_training_programs_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_host_name\` text,
  	\`version_eligibility\` text,
  	\`version_scholarship_details\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_programs_v_locales_locale_parent_id_unique\` ON \`_training_programs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_applications_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`at\` text,
  	\`by\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_applications_history_order_idx\` ON \`training_applications_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_applications_history_parent_id_idx\` ON \`training_applications_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_applications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`program_id\` text(36) NOT NULL,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`applicant_id\` text(36) NOT NULL,
  	\`host_hospital_id\` text(36),
  	\`full_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`country\` text NOT NULL,
  	\`profession\` text NOT NULL,
  	\`current_position\` text NOT NULL,
  	\`years_of_experience\` numeric NOT NULL,
  	\`motivation\` text NOT NULL,
  	\`cv_id\` text(36) NOT NULL,
  	\`consent_accepted\` integer,
  	\`consent_version\` text,
  	\`consent_locale\` text,
  	\`consent_text\` text,
  	\`consent_given_at\` text,
  	\`host_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`program_id\`) REFERENCES \`training_programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`host_hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cv_id\`) REFERENCES \`application_files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`training_applications_program_idx\` ON \`training_applications\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`training_applications_status_idx\` ON \`training_applications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`training_applications_applicant_idx\` ON \`training_applications\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`training_applications_host_hospital_idx\` ON \`training_applications\` (\`host_hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`training_applications_cv_idx\` ON \`training_applications\` (\`cv_id\`);`)
  await db.run(sql`CREATE INDEX \`training_applications_updated_at_idx\` ON \`training_applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`training_applications_created_at_idx\` ON \`training_applications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`application_files\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`original_name\` text,
  	\`applicant_id\` text(36),
  	\`program_id\` text(36),
  	\`host_hospital_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`program_id\`) REFERENCES \`training_programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`host_hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`application_files_applicant_idx\` ON \`application_files\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`application_files_program_idx\` ON \`application_files\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`application_files_host_hospital_idx\` ON \`application_files\` (\`host_hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`application_files_updated_at_idx\` ON \`application_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`application_files_created_at_idx\` ON \`application_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`application_files_filename_idx\` ON \`application_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`solutions_target_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`solutions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`solutions_target_countries_order_idx\` ON \`solutions_target_countries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`solutions_target_countries_parent_idx\` ON \`solutions_target_countries\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`solutions_target_countries_value_idx\` ON \`solutions_target_countries\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`solutions_reference_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`country\` text,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`solutions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`solutions_reference_projects_order_idx\` ON \`solutions_reference_projects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`solutions_reference_projects_parent_id_idx\` ON \`solutions_reference_projects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`solutions_reference_projects_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`solutions_reference_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`solutions_reference_projects_locales_locale_parent_id_unique\` ON \`solutions_reference_projects_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`solutions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`category\` text,
  	\`company_website\` text,
  	\`company_country\` text DEFAULT 'JP',
  	\`image_id\` text(36),
  	\`workflow_status\` text DEFAULT 'draft',
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_approved_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_publish_at\` text,
  	\`workflow_review_note\` text,
  	\`source_locale\` text DEFAULT 'en',
  	\`translation_progress\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`solutions_slug_idx\` ON \`solutions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`solutions_category_idx\` ON \`solutions\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`solutions_image_idx\` ON \`solutions\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`solutions_workflow_status_idx\` ON \`solutions\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`solutions_workflow_workflow_submitted_by_idx\` ON \`solutions\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`solutions_workflow_workflow_approved_by_idx\` ON \`solutions\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`solutions_workflow_workflow_last_edited_by_idx\` ON \`solutions\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`solutions_workflow_workflow_publish_at_idx\` ON \`solutions\` (\`workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`solutions_updated_at_idx\` ON \`solutions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`solutions_created_at_idx\` ON \`solutions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`solutions__status_idx\` ON \`solutions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`solutions_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`company_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`solutions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`solutions_locales_locale_parent_id_unique\` ON \`solutions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_solutions_v_version_target_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_solutions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_target_countries_order_idx\` ON \`_solutions_v_version_target_countries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_target_countries_parent_idx\` ON \`_solutions_v_version_target_countries\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_target_countries_value_idx\` ON \`_solutions_v_version_target_countries\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_solutions_v_version_reference_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`country\` text,
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_solutions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_reference_projects_order_idx\` ON \`_solutions_v_version_reference_projects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_reference_projects_parent_id_idx\` ON \`_solutions_v_version_reference_projects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_solutions_v_version_reference_projects_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_solutions_v_version_reference_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_solutions_v_version_reference_projects_locales_locale_paren\` ON \`_solutions_v_version_reference_projects_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_solutions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_company_website\` text,
  	\`version_company_country\` text DEFAULT 'JP',
  	\`version_image_id\` text(36),
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_approved_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_review_note\` text,
  	\`version_source_locale\` text DEFAULT 'en',
  	\`version_translation_progress\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`solutions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_solutions_v_parent_idx\` ON \`_solutions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_version_slug_idx\` ON \`_solutions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_version_category_idx\` ON \`_solutions_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_version_image_idx\` ON \`_solutions_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_version_workflow_status_idx\` ON \`_solutions_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_workflow_version_workflow_submitted_idx\` ON \`_solutions_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_workflow_version_workflow_approved__idx\` ON \`_solutions_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_workflow_version_workflow_last_edit_idx\` ON \`_solutions_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_workflow_version_workflow_publish_a_idx\` ON \`_solutions_v\` (\`version_workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_version_updated_at_idx\` ON \`_solutions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_version_created_at_idx\` ON \`_solutions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_version_version__status_idx\` ON \`_solutions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_created_at_idx\` ON \`_solutions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_updated_at_idx\` ON \`_solutions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_snapshot_idx\` ON \`_solutions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_published_locale_idx\` ON \`_solutions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_solutions_v_latest_idx\` ON \`_solutions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_solutions_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_company_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_solutions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_solutions_v_locales_locale_parent_id_unique\` ON \`_solutions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`country\` text NOT NULL,
  	\`verification_status\` text DEFAULT 'pending' NOT NULL,
  	\`website\` text,
  	\`contact_email\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_slug_idx\` ON \`partners\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`partners_kind_idx\` ON \`partners\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`partners_country_idx\` ON \`partners\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`partners_verification_status_idx\` ON \`partners\` (\`verification_status\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partners_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_locales_locale_parent_id_unique\` ON \`partners_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`patients_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`patients_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_rels_order_idx\` ON \`partners_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_parent_idx\` ON \`partners_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_path_idx\` ON \`partners_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_patients_id_idx\` ON \`partners_rels\` (\`patients_id\`);`)
  await db.run(sql`CREATE TABLE \`partner_requests_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`at\` text,
  	\`by\` text,
  	\`routed_to_id\` text(36),
  	FOREIGN KEY (\`routed_to_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partner_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_requests_history_order_idx\` ON \`partner_requests_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partner_requests_history_parent_id_idx\` ON \`partner_requests_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_requests_history_routed_to_idx\` ON \`partner_requests_history\` (\`routed_to_id\`);`)
  await db.run(sql`CREATE TABLE \`partner_requests\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`partner_id\` text(36) NOT NULL,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`requested_by_id\` text(36),
  	\`partner_pending\` integer DEFAULT false,
  	\`solution_id\` text(36),
  	\`training_program_id\` text(36),
  	\`message\` text NOT NULL,
  	\`routed_to_id\` text(36),
  	\`assigned_to_id\` text(36),
  	\`staff_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`solution_id\`) REFERENCES \`solutions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`training_program_id\`) REFERENCES \`training_programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`routed_to_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_requests_partner_idx\` ON \`partner_requests\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_requests_kind_idx\` ON \`partner_requests\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`partner_requests_status_idx\` ON \`partner_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`partner_requests_requested_by_idx\` ON \`partner_requests\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_requests_solution_idx\` ON \`partner_requests\` (\`solution_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_requests_training_program_idx\` ON \`partner_requests\` (\`training_program_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_requests_routed_to_idx\` ON \`partner_requests\` (\`routed_to_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_requests_assigned_to_idx\` ON \`partner_requests\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_requests_updated_at_idx\` ON \`partner_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partner_requests_created_at_idx\` ON \`partner_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`impact_projects_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`partner_id\` text(36),
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`impact_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`impact_projects_partners_order_idx\` ON \`impact_projects_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_partners_parent_id_idx\` ON \`impact_projects_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_partners_partner_idx\` ON \`impact_projects_partners\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`impact_projects_partners_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`impact_projects_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`impact_projects_partners_locales_locale_parent_id_unique\` ON \`impact_projects_partners_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`impact_projects_sdg_indicators\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`impact_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`impact_projects_sdg_indicators_order_idx\` ON \`impact_projects_sdg_indicators\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_sdg_indicators_parent_idx\` ON \`impact_projects_sdg_indicators\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_sdg_indicators_value_idx\` ON \`impact_projects_sdg_indicators\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`impact_projects_metrics_measurements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`impact_projects_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`impact_projects_metrics_measurements_order_idx\` ON \`impact_projects_metrics_measurements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_metrics_measurements_parent_id_idx\` ON \`impact_projects_metrics_measurements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`impact_projects_metrics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`unit\` text,
  	\`direction\` text DEFAULT 'higher-is-better',
  	\`sdg_indicator\` text,
  	\`iris_code\` text,
  	\`baseline_year\` numeric,
  	\`baseline_value\` numeric,
  	\`target_year\` numeric,
  	\`target_value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`impact_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`impact_projects_metrics_order_idx\` ON \`impact_projects_metrics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_metrics_parent_id_idx\` ON \`impact_projects_metrics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`impact_projects_metrics_locales\` (
  	\`name\` text,
  	\`definition\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`impact_projects_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`impact_projects_metrics_locales_locale_parent_id_unique\` ON \`impact_projects_metrics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`impact_projects\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`country\` text,
  	\`region\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_approved_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_publish_at\` text,
  	\`workflow_review_note\` text,
  	\`source_locale\` text DEFAULT 'en',
  	\`translation_progress\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`impact_projects_slug_idx\` ON \`impact_projects\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_country_idx\` ON \`impact_projects\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_region_idx\` ON \`impact_projects\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_workflow_status_idx\` ON \`impact_projects\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_workflow_workflow_submitted_by_idx\` ON \`impact_projects\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_workflow_workflow_approved_by_idx\` ON \`impact_projects\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_workflow_workflow_last_edited_by_idx\` ON \`impact_projects\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_workflow_workflow_publish_at_idx\` ON \`impact_projects\` (\`workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_updated_at_idx\` ON \`impact_projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects_created_at_idx\` ON \`impact_projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`impact_projects__status_idx\` ON \`impact_projects\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`impact_projects_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`dimensions_what\` text,
  	\`dimensions_who\` text,
  	\`dimensions_how_much\` text,
  	\`dimensions_contribution\` text,
  	\`dimensions_risk\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`impact_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`impact_projects_locales_locale_parent_id_unique\` ON \`impact_projects_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_impact_projects_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`partner_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_impact_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_partners_order_idx\` ON \`_impact_projects_v_version_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_partners_parent_id_idx\` ON \`_impact_projects_v_version_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_partners_partner_idx\` ON \`_impact_projects_v_version_partners\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`_impact_projects_v_version_partners_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_impact_projects_v_version_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_impact_projects_v_version_partners_locales_locale_parent_id\` ON \`_impact_projects_v_version_partners_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_impact_projects_v_version_sdg_indicators\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_impact_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_sdg_indicators_order_idx\` ON \`_impact_projects_v_version_sdg_indicators\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_sdg_indicators_parent_idx\` ON \`_impact_projects_v_version_sdg_indicators\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_sdg_indicators_value_idx\` ON \`_impact_projects_v_version_sdg_indicators\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_impact_projects_v_version_metrics_measurements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`value\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_impact_projects_v_version_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_metrics_measurements_order_idx\` ON \`_impact_projects_v_version_metrics_measurements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_metrics_measurements_parent_id_idx\` ON \`_impact_projects_v_version_metrics_measurements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_impact_projects_v_version_metrics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`unit\` text,
  	\`direction\` text DEFAULT 'higher-is-better',
  	\`sdg_indicator\` text,
  	\`iris_code\` text,
  	\`baseline_year\` numeric,
  	\`baseline_value\` numeric,
  	\`target_year\` numeric,
  	\`target_value\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_impact_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_metrics_order_idx\` ON \`_impact_projects_v_version_metrics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_metrics_parent_id_idx\` ON \`_impact_projects_v_version_metrics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_impact_projects_v_version_metrics_locales\` (
  	\`name\` text,
  	\`definition\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_impact_projects_v_version_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_impact_projects_v_version_metrics_locales_locale_parent_id_\` ON \`_impact_projects_v_version_metrics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_impact_projects_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_country\` text,
  	\`version_region\` text,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_approved_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_review_note\` text,
  	\`version_source_locale\` text DEFAULT 'en',
  	\`version_translation_progress\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`impact_projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_parent_idx\` ON \`_impact_projects_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_version_slug_idx\` ON \`_impact_projects_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_version_country_idx\` ON \`_impact_projects_v\` (\`version_country\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_version_region_idx\` ON \`_impact_projects_v\` (\`version_region\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_version_workflow_status_idx\` ON \`_impact_projects_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_workflow_version_workflow_sub_idx\` ON \`_impact_projects_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_workflow_version_workflow_app_idx\` ON \`_impact_projects_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_workflow_version_workflow_las_idx\` ON \`_impact_projects_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_workflow_version_workflow_pub_idx\` ON \`_impact_projects_v\` (\`version_workflow_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_version_updated_at_idx\` ON \`_impact_projects_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_version_created_at_idx\` ON \`_impact_projects_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_version_version__status_idx\` ON \`_impact_projects_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_created_at_idx\` ON \`_impact_projects_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_updated_at_idx\` ON \`_impact_projects_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_snapshot_idx\` ON \`_impact_projects_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_published_locale_idx\` ON \`_impact_projects_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_impact_projects_v_latest_idx\` ON \`_impact_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_impact_projects_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_dimensions_what\` text,
  	\`version_dimensions_who\` text,
  	\`version_dimensions_how_much\` text,
  	\`version_dimensions_contribution\` text,
  	\`version_dimensions_risk\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_impact_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_impact_projects_v_locales_locale_parent_id_unique\` ON \`_impact_projects_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stories_id\` text(36) REFERENCES stories(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pages_id\` text(36) REFERENCES pages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`knowledge_resources_id\` text(36) REFERENCES knowledge_resources(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`resource_files_id\` text(36) REFERENCES resource_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`training_programs_id\` text(36) REFERENCES training_programs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`training_applications_id\` text(36) REFERENCES training_applications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`application_files_id\` text(36) REFERENCES application_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`solutions_id\` text(36) REFERENCES solutions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`partners_id\` text(36) REFERENCES partners(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`partner_requests_id\` text(36) REFERENCES partner_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`impact_projects_id\` text(36) REFERENCES impact_projects(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_knowledge_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`knowledge_resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resource_files_id_idx\` ON \`payload_locked_documents_rels\` (\`resource_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_training_programs_id_idx\` ON \`payload_locked_documents_rels\` (\`training_programs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_training_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`training_applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_files_id_idx\` ON \`payload_locked_documents_rels\` (\`application_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_solutions_id_idx\` ON \`payload_locked_documents_rels\` (\`solutions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partner_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_impact_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`impact_projects_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // SQLite checks foreign keys on DROP TABLE; the generated drops are not in dependency order.
  await db.run(sql`PRAGMA foreign_keys = OFF;`)
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`DROP TABLE \`stories_locales\`;`)
  await db.run(sql`DROP TABLE \`stories_rels\`;`)
  await db.run(sql`DROP TABLE \`_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_rels\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_steps_items\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_steps\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_checklist_items\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_checklist\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_contact_points_items\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_contact_points\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_steps_items\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_steps\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_checklist_items\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_checklist\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_contact_points_items\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_contact_points\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_authors\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_organisations\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_countries\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_regions\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_topics\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_building_blocks\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_sdg_targets\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_languages\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_files\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_files_locales\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_locales\`;`)
  await db.run(sql`DROP TABLE \`knowledge_resources_rels\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_version_authors\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_version_organisations\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_version_countries\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_version_regions\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_version_building_blocks\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_version_sdg_targets\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_version_files\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_version_files_locales\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_resources_v_rels\`;`)
  await db.run(sql`DROP TABLE \`resource_files\`;`)
  await db.run(sql`DROP TABLE \`resource_files_locales\`;`)
  await db.run(sql`DROP TABLE \`training_programs_instruction_languages\`;`)
  await db.run(sql`DROP TABLE \`training_programs\`;`)
  await db.run(sql`DROP TABLE \`training_programs_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_programs_v_version_instruction_languages\`;`)
  await db.run(sql`DROP TABLE \`_training_programs_v\`;`)
  await db.run(sql`DROP TABLE \`_training_programs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`training_applications_history\`;`)
  await db.run(sql`DROP TABLE \`training_applications\`;`)
  await db.run(sql`DROP TABLE \`application_files\`;`)
  await db.run(sql`DROP TABLE \`solutions_target_countries\`;`)
  await db.run(sql`DROP TABLE \`solutions_reference_projects\`;`)
  await db.run(sql`DROP TABLE \`solutions_reference_projects_locales\`;`)
  await db.run(sql`DROP TABLE \`solutions\`;`)
  await db.run(sql`DROP TABLE \`solutions_locales\`;`)
  await db.run(sql`DROP TABLE \`_solutions_v_version_target_countries\`;`)
  await db.run(sql`DROP TABLE \`_solutions_v_version_reference_projects\`;`)
  await db.run(sql`DROP TABLE \`_solutions_v_version_reference_projects_locales\`;`)
  await db.run(sql`DROP TABLE \`_solutions_v\`;`)
  await db.run(sql`DROP TABLE \`_solutions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`DROP TABLE \`partners_locales\`;`)
  await db.run(sql`DROP TABLE \`partners_rels\`;`)
  await db.run(sql`DROP TABLE \`partner_requests_history\`;`)
  await db.run(sql`DROP TABLE \`partner_requests\`;`)
  await db.run(sql`DROP TABLE \`impact_projects_partners\`;`)
  await db.run(sql`DROP TABLE \`impact_projects_partners_locales\`;`)
  await db.run(sql`DROP TABLE \`impact_projects_sdg_indicators\`;`)
  await db.run(sql`DROP TABLE \`impact_projects_metrics_measurements\`;`)
  await db.run(sql`DROP TABLE \`impact_projects_metrics\`;`)
  await db.run(sql`DROP TABLE \`impact_projects_metrics_locales\`;`)
  await db.run(sql`DROP TABLE \`impact_projects\`;`)
  await db.run(sql`DROP TABLE \`impact_projects_locales\`;`)
  await db.run(sql`DROP TABLE \`_impact_projects_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_impact_projects_v_version_partners_locales\`;`)
  await db.run(sql`DROP TABLE \`_impact_projects_v_version_sdg_indicators\`;`)
  await db.run(sql`DROP TABLE \`_impact_projects_v_version_metrics_measurements\`;`)
  await db.run(sql`DROP TABLE \`_impact_projects_v_version_metrics\`;`)
  await db.run(sql`DROP TABLE \`_impact_projects_v_version_metrics_locales\`;`)
  await db.run(sql`DROP TABLE \`_impact_projects_v\`;`)
  await db.run(sql`DROP TABLE \`_impact_projects_v_locales\`;`)
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
  	\`patients_id\` text(36),
  	\`consents_id\` text(36),
  	\`inquiries_id\` text(36),
  	\`inquiry_messages_id\` text(36),
  	\`medical_documents_id\` text(36),
  	\`slots_id\` text(36),
  	\`slot_places_id\` text(36),
  	\`bookings_id\` text(36),
  	\`payments_id\` text(36),
  	\`outbox_id\` text(36),
  	\`audit_log_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`care_packages_id\`) REFERENCES \`care_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`specialties_id\`) REFERENCES \`specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fx_rates_id\`) REFERENCES \`fx_rates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_synonyms_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`patients_id\`) REFERENCES \`patients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consents_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiries_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiry_messages_id\`) REFERENCES \`inquiry_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`medical_documents_id\`) REFERENCES \`medical_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slots_id\`) REFERENCES \`slots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slot_places_id\`) REFERENCES \`slot_places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookings_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`payments_id\`) REFERENCES \`payments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "hospitals_id", "care_packages_id", "specialties_id", "media_id", "fx_rates_id", "search_synonyms_id", "users_id", "patients_id", "consents_id", "inquiries_id", "inquiry_messages_id", "medical_documents_id", "slots_id", "slot_places_id", "bookings_id", "payments_id", "outbox_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "hospitals_id", "care_packages_id", "specialties_id", "media_id", "fx_rates_id", "search_synonyms_id", "users_id", "patients_id", "consents_id", "inquiries_id", "inquiry_messages_id", "medical_documents_id", "slots_id", "slot_places_id", "bookings_id", "payments_id", "outbox_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
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
}
