-- Store file content uncompressed out of line, so a Range request reads only the bytes it needs
-- (substring on EXTERNAL storage skips decompressing the whole value). Catalog-only: applies to
-- rows written from now on, and takes the lock only for an instant.
ALTER TABLE file_contents ALTER COLUMN content SET STORAGE EXTERNAL;
