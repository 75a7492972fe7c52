-- phase: contract
ALTER TABLE file_contents ALTER COLUMN content SET STORAGE EXTENDED;
