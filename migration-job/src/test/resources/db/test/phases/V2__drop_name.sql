-- phase: contract
ALTER TABLE items DROP COLUMN IF EXISTS name;
