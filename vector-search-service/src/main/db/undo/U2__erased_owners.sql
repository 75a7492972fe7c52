-- phase: contract
DROP TABLE IF EXISTS erased_owners;
