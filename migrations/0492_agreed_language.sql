-- One word for the corpus the drafting checks compare against: agreed language, as the pages say
-- ("Agreed language"), not "reference". The tables, their sequence and the constraints and indexes
-- named after them are renamed; rows, ids and foreign keys are kept as they are. Audit events
-- already recorded keep their action ('reference.imported'): history is not rewritten.
alter table reference_documents rename to agreed_language_documents;
alter sequence reference_documents_id_seq rename to agreed_language_documents_id_seq;
alter table agreed_language_documents rename constraint reference_documents_pkey to agreed_language_documents_pkey;
alter table agreed_language_documents rename constraint reference_documents_symbol_key to agreed_language_documents_symbol_key;
alter table agreed_language_documents rename constraint reference_documents_symbol_check to agreed_language_documents_symbol_check;
alter table agreed_language_documents rename constraint reference_documents_imported_by_fkey to agreed_language_documents_imported_by_fkey;

alter table reference_paragraphs rename to agreed_language_paragraphs;
alter table agreed_language_paragraphs rename constraint reference_paragraphs_pkey to agreed_language_paragraphs_pkey;
alter table agreed_language_paragraphs rename constraint reference_paragraphs_document_id_fkey to agreed_language_paragraphs_document_id_fkey;
