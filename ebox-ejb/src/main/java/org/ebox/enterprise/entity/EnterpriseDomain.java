package org.ebox.enterprise.entity;

/** The two standard access domains a company gets in the access management (CSAM). */
public enum EnterpriseDomain {
    /** 'Employeur ONSS' / 'RSZ-werkgever': the company is registered as an employer with the NSSO. */
    NSSO_EMPLOYER,
    /** 'Entreprise sans personnel' / 'Onderneming zonder personeel'. */
    COMPANY_WITHOUT_STAFF
}
