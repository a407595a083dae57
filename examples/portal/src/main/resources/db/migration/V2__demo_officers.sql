-- Demo officers, one of each scope; every password is "inovasi-demo" (BCrypt). A real
-- deployment replaces them with its own (a later migration, or its directory of users).
--   officer.rotendao  the officer of Kabupaten Rote Ndao (53.14)
--   bappeda.ntt       the Bappeda of Nusa Tenggara Timur (53): its kabupaten/kota
--   admin             every region
INSERT INTO officer (username, password_hash, role, region_code) VALUES
  ('officer.rotendao', '{bcrypt}$2a$10$6ylCmMUze2a1aHFkjXeEL.Tq3Y8az/sjvvgy/OUVUzAhUWVky4UAu', 'REGION', '53.14'),
  ('bappeda.ntt', '{bcrypt}$2a$10$6ylCmMUze2a1aHFkjXeEL.Tq3Y8az/sjvvgy/OUVUzAhUWVky4UAu', 'PROVINCE', '53'),
  ('admin', '{bcrypt}$2a$10$6ylCmMUze2a1aHFkjXeEL.Tq3Y8az/sjvvgy/OUVUzAhUWVky4UAu', 'ADMIN', NULL);
