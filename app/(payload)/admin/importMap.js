import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WaitingCell as WaitingCell_f1a69d28485874aaabf2e1b881b6d716 } from '@/components/admin/inquiries/WaitingCell'
import { InquiryThread as InquiryThread_4aacc0482a23d3b87fe2b339ef2578dc } from '@/components/admin/inquiries/InquiryThread'
import { BulkSlots as BulkSlots_f3c8215c37942a21228224863012b859 } from '@/components/admin/booking/BulkSlots'
import { BookingActions as BookingActions_ed44c0ee193ecb49676c227775b7754b } from '@/components/admin/booking/BookingActions'
import { EmailPreview as EmailPreview_a8f5533581450422bd701a75cc1d28f8 } from '@/notifications/admin/EmailPreview'
import { WorkflowActions as WorkflowActions_b32251e1a4ec682149836cbca5e708a9 } from '@/components/admin/editorial/WorkflowActions'
import { TranslationCell as TranslationCell_5c2aab6bd840cccfd6bb4a056e82d855 } from '@/components/admin/editorial/TranslationCell'
import { TranslationStatusField as TranslationStatusField_fb7ac11fa2e2c1a8437475332a82e371 } from '@/components/admin/editorial/TranslationStatusField'
import { WorkflowPublishButton as WorkflowPublishButton_4268181b87b91fd33d25ee17573ea7d4 } from '@/components/admin/editorial/WorkflowPublishButton'
import { WorkflowUnpublishButton as WorkflowUnpublishButton_4268181b87b91fd33d25ee17573ea7d4 } from '@/components/admin/editorial/WorkflowPublishButton'
import { CalendarNavLink as CalendarNavLink_f8d24576bc332e47254a34f39f4b028b } from '@/components/admin/booking/CalendarNavLink'
import { TranslationsNavLink as TranslationsNavLink_158549b8db537d635fff8fa9cee60077 } from '@/components/admin/editorial/TranslationsNavLink'
import { BookingDashboard as BookingDashboard_a5a23ebb641185e0bf44073379a37ea6 } from '@/components/admin/booking/BookingDashboard'
import { BookingCalendar as BookingCalendar_3e5b8b1b68a8cf316980db88f073f8d0 } from '@/components/admin/booking/BookingCalendar'
import { TranslationDashboard as TranslationDashboard_d124a8e2895c70b217833bc199445229 } from '@/components/admin/editorial/TranslationDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/inquiries/WaitingCell#WaitingCell": WaitingCell_f1a69d28485874aaabf2e1b881b6d716,
  "@/components/admin/inquiries/InquiryThread#InquiryThread": InquiryThread_4aacc0482a23d3b87fe2b339ef2578dc,
  "@/components/admin/booking/BulkSlots#BulkSlots": BulkSlots_f3c8215c37942a21228224863012b859,
  "@/components/admin/booking/BookingActions#BookingActions": BookingActions_ed44c0ee193ecb49676c227775b7754b,
  "@/notifications/admin/EmailPreview#EmailPreview": EmailPreview_a8f5533581450422bd701a75cc1d28f8,
  "@/components/admin/editorial/WorkflowActions#WorkflowActions": WorkflowActions_b32251e1a4ec682149836cbca5e708a9,
  "@/components/admin/editorial/TranslationCell#TranslationCell": TranslationCell_5c2aab6bd840cccfd6bb4a056e82d855,
  "@/components/admin/editorial/TranslationStatusField#TranslationStatusField": TranslationStatusField_fb7ac11fa2e2c1a8437475332a82e371,
  "@/components/admin/editorial/WorkflowPublishButton#WorkflowPublishButton": WorkflowPublishButton_4268181b87b91fd33d25ee17573ea7d4,
  "@/components/admin/editorial/WorkflowPublishButton#WorkflowUnpublishButton": WorkflowUnpublishButton_4268181b87b91fd33d25ee17573ea7d4,
  "@/components/admin/booking/CalendarNavLink#CalendarNavLink": CalendarNavLink_f8d24576bc332e47254a34f39f4b028b,
  "@/components/admin/editorial/TranslationsNavLink#TranslationsNavLink": TranslationsNavLink_158549b8db537d635fff8fa9cee60077,
  "@/components/admin/booking/BookingDashboard#BookingDashboard": BookingDashboard_a5a23ebb641185e0bf44073379a37ea6,
  "@/components/admin/booking/BookingCalendar#BookingCalendar": BookingCalendar_3e5b8b1b68a8cf316980db88f073f8d0,
  "@/components/admin/editorial/TranslationDashboard#TranslationDashboard": TranslationDashboard_d124a8e2895c70b217833bc199445229,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
