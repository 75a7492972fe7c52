-- phase: contract
DROP TABLE IF EXISTS account_access;
