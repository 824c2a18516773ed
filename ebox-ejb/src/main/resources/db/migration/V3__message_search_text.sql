-- The text search of a box (q with qlang): per language, the subject, business data values and the person it is for,
-- in lower case and without accents (written by the application, see SearchText). Searched only within one
-- enterprise's box, whose index narrows the rows first.
ALTER TABLE message ADD COLUMN search_nl CHARACTER VARYING;
ALTER TABLE message ADD COLUMN search_fr CHARACTER VARYING;
ALTER TABLE message ADD COLUMN search_de CHARACTER VARYING;
