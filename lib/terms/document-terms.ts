/**
 * How ParnasSys and schools name a pupil's dossier of documents, and how a document says it is
 * the OPP (docs/regels.md#topdossier: each year the approved OPP as PDF in the leerlingendossier).
 * Documents are named freely, so these only ever lead to "in orde" or "controleren". Tested
 * against folded text.
 */

/** The place: a page, tab or section named for the pupil's documents. */
export const DOCUMENTS_PLACE = /\b(leerling ?dossier|dossier|documenten|document(en)?overzicht|bestanden|bijlagen|archief|dossierstukken|documents|files|attachments)\b/;

/**
 * The words that name a list of files, not just the pupil's file as a whole: "dossier" and
 * "archief" also head a pupil's card or an archive of years, where no document list stands.
 */
export const DOCUMENT_FILES = /\b(documenten|document(en)?overzicht|bestanden|bijlagen|dossierstukken|documents|files|attachments)\b/;

/**
 * A document that is the OPP: its name, type or category says OPP (as a word of its own, also
 * in a file name "OPP_2025.pdf") or ontwikkelingsperspectief(plan), or in English.
 */
export const OPP_DOCUMENT = /(?<![a-z0-9])opp(?![a-z])|ontwikkelingsperspectief|development perspective|\bdpp\b/;

/**
 * A document about the OPP that is not the OPP itself: its evaluation, minutes, an invitation,
 * a request, a draft, a letter. Only the document's own name is asked, never its folder's.
 */
export const ABOUT_THE_OPP = /\b(evaluatie\w*|verslag\w*|notulen|uitnodiging\w*|aanvraag\w*|concept\w*|brief|begeleidende brief|evaluation|minutes|invitation|request|draft|letter)\b/;

/** Sections about someone else: a brother's or sister's documents are never the pupil's. */
export const OTHER_PERSON = /\b(broer(tje)?s?|zus(je)?s?|zussen|broers en zussen|gezinsleden|gezin|siblings?|brothers?|sisters?|family|andere leerling(en)?|groepsdocumenten|groepsplan(nen)?|schooldocumenten)\b/;

/** Column headers of a document list that give the document's kind or folder ("Categorie"). */
export const KIND_HEADER = /^(categorie|type|soort|map|rubriek|documenttype|soort document|category|kind|folder)\b/;

/** A document the page shows as deleted (in the bin, struck through): no longer kept in the dossier. */
export const DELETED_DOCUMENT = /\b(verwijderd|prullenbak|in de prullenbak|deleted|trashed|in trash|removed)\b/;
