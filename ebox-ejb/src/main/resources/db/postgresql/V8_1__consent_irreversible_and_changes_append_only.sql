-- PostgreSQL only: the database itself keeps these rules, whoever asks (the application, an operator, a migration).

-- 'Go fully digital' cannot be undone: once given, the consent's date and author never change again.
CREATE FUNCTION enterprise_consent_is_irreversible() RETURNS trigger AS $$
BEGIN
    IF OLD.fully_digital_at IS NOT NULL
            AND (NEW.fully_digital_at IS DISTINCT FROM OLD.fully_digital_at
                 OR NEW.fully_digital_by IS DISTINCT FROM OLD.fully_digital_by) THEN
        RAISE EXCEPTION 'The consent to go fully digital cannot be withdrawn';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER enterprise_consent_irreversible
    BEFORE UPDATE ON enterprise
    FOR EACH ROW EXECUTE FUNCTION enterprise_consent_is_irreversible();

CREATE TRIGGER change_record_append_only
    BEFORE UPDATE OR DELETE ON change_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
