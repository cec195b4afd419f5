-- A document's row is inserted without its bytes, which PdfColumn writes next in the same transaction with a
-- statement prepared on the server (Connector/J would otherwise send them as a hex literal built a byte at a time).
-- The empty default only stands for "not yet written" inside that transaction; a committed row always has its PDF.
-- The parenthesised form is what MySQL 8 accepts for a BLOB default; MariaDB and H2 accept it too.
ALTER TABLE official_document ALTER COLUMN pdf SET DEFAULT (X'');
