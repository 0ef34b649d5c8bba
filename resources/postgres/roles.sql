-- GiftDesk on a PostgreSQL server: the database and its three roles (docs/community.md).
--
-- Run by a superuser (or a role with CREATEROLE and CREATEDB), with psql:
--
--   psql -v ON_ERROR_STOP=1 -d postgres -f resources/postgres/roles.sql
--
-- The names are psql variables, with these defaults; give others with -v, e.g.
-- -v dbname=gifts -v owner=gifts_owner:
--   dbname  the database                                            (giftdesk)
--   owner   owns the schema; runs the migrations (upgrades); admin   (giftdesk_owner)
--   app     every window and command of the community               (giftdesk_app)
--   reader  reads only: reports, a read replica                      (giftdesk_reader)
--
-- No password is set here (a file is no place for one): give each login role its own
-- afterwards with psql's \password, which sends it hashed. Then, as the owner, the first
-- `giftdesk --db postgresql://OWNER@HOST/DBNAME verify` creates the schema, and grants.sql
-- gives the app and the reader what they need on its tables.

\if :{?dbname} \else \set dbname giftdesk \endif
\if :{?owner} \else \set owner giftdesk_owner \endif
\if :{?app} \else \set app giftdesk_app \endif
\if :{?reader} \else \set reader giftdesk_reader \endif

-- Login roles with nothing else: not superusers, no CREATEDB, no CREATEROLE. Those that
-- exist already are kept as they are, so that this file also makes a second database for the
-- same roles (to restore a backup into, docs/community.md).
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') AS make_owner,
       NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') AS make_app,
       NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'reader') AS make_reader \gset
\if :make_owner
    CREATE ROLE :"owner" LOGIN;
\endif
\if :make_app
    CREATE ROLE :"app" LOGIN;
\endif
\if :make_reader
    CREATE ROLE :"reader" LOGIN;
\endif

-- UTF8: names are Unicode. The locale does not matter: every text column is COLLATE "C".
CREATE DATABASE :"dbname" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;

-- Who may connect: the three roles only. PUBLIC (every role on the server) may by default
-- connect and make temporary tables; GiftDesk needs neither.
REVOKE ALL ON DATABASE :"dbname" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"dbname" TO :"owner", :"app", :"reader";

\connect :"dbname"

-- GiftDesk's tables go in the schema `public`, which the owner owns (PostgreSQL 15 gives it
-- to the database's owner already; 14 and older to the bootstrap superuser, with CREATE for
-- everyone). Only the owner may create objects in it; the app and the reader may use it.
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app", :"reader";
