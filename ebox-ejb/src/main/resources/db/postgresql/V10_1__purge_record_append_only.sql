-- PostgreSQL only: what stays of a purged message cannot be changed or deleted, whoever asks.
CREATE TRIGGER purge_record_append_only
    BEFORE UPDATE OR DELETE ON purge_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
